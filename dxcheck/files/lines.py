"""Block YAML read line by line: a plan's data and positions without the parser's events.

A plan is written in block style — one key or one list item a line, each value on its line — and
the C parser's events cost a Python object each (about 650 a plan, 0.6 ms of the 1.0 ms a plan's
YAML took, measured on `benchmarks/generate.py` plans). For a text that is entirely of that shape,
this module reads each line with string operations and gives what `dxcheck.files.loader` gives:
the same data (plain scalars resolved by the same `_plain`) and the same line and column for every
key and value.

It reads only what it is sure of, and declines (returns None) on anything else, leaving the text
to the event loader, which declines in turn to ruamel's loader. Declined: a tab, a carriage
return, a byte order mark, a character YAML does not print or counts as a line break; a document
marker or directive; a flow collection other than `{}` or a one-line list of plain scalars (`[a, b]`,
which plans use for `addresses`); a block scalar, anchor, alias, tag or complex key; a key with
no value on its line that is not followed by a deeper block (a null); a scalar that goes on to the
next line; a double-quoted scalar with an escape; a plain scalar holding `: `; a `?` in a one-line
list; anything but spaces and a comment after a quoted scalar or a list (U+3000 and NBSP are not
YAML's spaces); a line starting with `---` or `...`; a key of more than 1,000 characters; an
indentation that does not close back to an open block; a duplicate key; more values or nesting than
the limits (a one-line list or `{}` counted as a level, as the event loader counts it).
tests/test_loader.py reads every shipped plan and framework, generated plans and hypothesis-made
texts with both and requires the same result, or a decline.
"""

from __future__ import annotations

import re
from typing import Any

from dxcheck.files.loader import Loaded, NumberTooLong, Position, PositionKey, _Decline, _plain

# What this reader leaves to the others, anywhere in the text: tabs, carriage returns, NEL, the
# Unicode line and paragraph separators (line breaks to YAML, not to str.split), a byte order
# mark, and the characters YAML does not allow unescaped (control characters, surrogates, U+FFFE/F).
# (The class says what is refused, not what is allowed: compiling the allowed ranges up to U+10FFFF
# took 7 ms, at every start.)
_REFUSED = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
# A plain scalar may not start with these (YAML 1.2's c-indicator); `-`, `?`, `:` only when followed by a space.
_INDICATORS = frozenset(",[]{}#&*!|>'\"%@`")


def load_lines(text: str, *, max_depth: int, max_values: int) -> Loaded | None:
    """The data and positions of a block-style YAML text, or None to leave it to the event loader."""
    if _REFUSED.search(text):
        return None
    try:
        return _read(text, max_depth, max_values)
    except (_Decline, NumberTooLong):  # the event loader refuses a long number with where it is
        return None


class _Frame:
    __slots__ = ("container", "indent", "is_map", "path")

    def __init__(self, container: Any, indent: int, is_map: bool, path: PositionKey) -> None:
        self.container, self.indent, self.is_map, self.path = container, indent, is_map, path


# The common line, read by one match: an indentation, perhaps a dash, perhaps a plain key, and a
# plain value, none holding `:` or `#` or starting with an indicator. Any other line is read by `_split`.
# Every repetition is possessive (`*+`): the match never goes back over a run of spaces, so a line
# is read in time linear in its length. (With `*?` and ` *`, a run of k spaces followed by what no
# branch takes — `a: x<k spaces>y`, `<k spaces>:` — was tried k² times: 0.6 s for k = 16,000, hours
# for a 16 MB line.) The value takes a run of spaces only when more of it follows. Its words are each
# one repetition of a character class, not one pass through an alternation a character (0.71 → 0.51 µs
# a line of the generated plans: 460,000 lines in a comparison of 1,741).
_FIRST = r"[^\s#'\"?:,\[\]{}&*!|>%@`-]|-[^\s:#]"
_KEY = rf"(?:{_FIRST})[^:#]*+"
_VALUE = rf"(?:{_FIRST})[^:# ]*+(?: ++[^:# ]++)*+"
_COMMON = re.compile(rf"( *+)(?:(- ++))?(?:({_KEY})(?<! ):(?: ++|$))?({_VALUE})? *+").fullmatch
_MARKERS = ("---", "...")
_KEY_CHARS = 1000  # a key longer than this is left to the parser (libyaml takes no implicit key over 1,024 characters)
_NONE: Any = object()  # no value on the line (a key whose block follows)


def _split(content: str, indent: int) -> tuple[int, str | None, Any, Any, int, int]:
    """A line `_COMMON` does not read: (the column after the dash or -1, its key's text or None,
    the key, the value or _NONE, the value's column, the key's column) — the value read, the key resolved."""
    column = -1
    if content[0] == "-" and (len(content) == 1 or content[1] == " "):
        rest = content[1:].lstrip(" ")
        if not rest or rest[0] == "#" or (rest[0] == "-" and (len(rest) == 1 or rest[1] == " ")):
            raise _Decline  # an empty item, or a list in a list
        column = indent + len(content) - len(rest)
        content = rest
    start = indent if column < 0 else column
    key_end = _key_end(content)
    if key_end < 0:
        if column < 0:
            raise _Decline  # a scalar where a key belongs
        return column, None, None, _value(content, column), column, start
    if key_end > _KEY_CHARS:
        raise _Decline  # longer than YAML's implicit keys (libyaml: 1,024 characters, quotes counted)
    key_text, key = _key(content[:key_end])
    after = content[key_end + 1 :]
    value = after.lstrip(" ")
    if not value or value[0] == "#":
        return column, key_text, key, _NONE, 0, start
    value_column = start + key_end + 1 + len(after) - len(value)
    return column, key_text, key, _value(value, value_column), value_column, start


def _read(text: str, max_depth: int, max_values: int) -> Loaded:
    values: dict[PositionKey, Position] = {}
    keys: dict[PositionKey, Position] = {}
    stack: list[_Frame] = []
    root: Any = None
    count = 0
    # A key read with nothing after it: its mapping frame, key, key's text and column; the next line opens its value.
    pending: tuple[_Frame, Any, str, int] | None = None
    scalar_owner = -1  # after a scalar value: the column of its key or dash; a deeper line would continue it
    number = 0
    for line in text.split("\n"):
        number += 1
        common = _COMMON(line)
        if common is not None:
            spaces, dashed, key_text, plain = common.groups()
            if key_text is None and (dashed is None or plain is None):
                if plain is None and dashed is None:
                    continue  # a blank line
                raise _Decline  # a scalar where a key belongs or going on, an empty item
            indent = len(spaces)
            if not indent and line[:3] in _MARKERS:
                raise _Decline  # `--- a: 1`: a document marker, then a key
            dash_column = -1 if dashed is None else indent + len(dashed)
            key_column = indent if dashed is None else dash_column
            if key_text is not None and len(key_text) > _KEY_CHARS:
                raise _Decline
            key = key_text if key_text is None else _plain(key_text)
            if plain is None:
                value, value_column = _NONE, 0
            else:
                value, value_column = _plain(plain), common.start(4)
        else:
            content = line.lstrip(" ")
            if not content or content[0] == "#":
                continue
            indent = len(line) - len(content)
            if indent == 0 and content.startswith(("---", "...", "%")):
                raise _Decline
            dash_column, key_text, key, value, value_column, key_column = _split(content, indent)
        if indent <= scalar_owner:
            scalar_owner = -1
        elif scalar_owner >= 0:
            raise _Decline  # a scalar going on over lines
        dash = dash_column >= 0
        # 1. Which open collection this line belongs to, opening the pending key's value if it is a block.
        if pending is not None:
            frame, pending_key, pending_text, pending_column = pending
            pending = None
            if indent > pending_column or (dash and indent == pending_column):
                container: Any = [] if dash else {}
                path = (*frame.path, pending_text)
                frame.container[pending_key] = container
                values[path] = (number, indent + 1)
                count += 1
                if count > max_values or len(stack) >= max_depth:
                    raise _Decline  # the event loader refuses it, with where
                stack.append(_Frame(container, indent, not dash, path))
            else:
                raise _Decline  # a key with no value: a null, left to the others
        elif not stack:
            if root is not None or indent != 0 or max_depth < 1:
                raise _Decline
            root = [] if dash else {}
            values[()] = (number, 1)
            count += 1
            stack.append(_Frame(root, 0, not dash, ()))
        else:
            while stack and (stack[-1].indent > indent or (stack[-1].indent == indent and stack[-1].is_map == dash)):
                stack.pop()
            if not stack or stack[-1].indent != indent or stack[-1].is_map == dash:
                raise _Decline  # an indentation that closes to no open block
        top = stack[-1]
        # 2. A list item: its scalar, or the compact mapping it opens (`- key: value`).
        if dash:
            items = top.container
            path = (*top.path, str(len(items)))
            count += 1
            if count > max_values:
                raise _Decline
            values[path] = (number, dash_column + 1)
            if key_text is None:
                if type(value) is _Flow:
                    count += _flow_positions(value, path, number, values)
                    if count > max_values or len(stack) >= max_depth:
                        raise _Decline
                    value = value.items
                elif type(value) is dict and len(stack) >= max_depth:
                    raise _Decline
                items.append(value)
                scalar_owner = indent
                continue
            if len(stack) >= max_depth:
                raise _Decline
            mapping: dict[Any, Any] = {}
            items.append(mapping)
            top = _Frame(mapping, dash_column, True, path)
            stack.append(top)
        # 3. A key, and its value on the line or a block below it.
        mapping = top.container
        if key in mapping or key != key:
            raise _Decline  # a duplicate key (ruamel's loader says so), or a NaN key (loader.py says why)
        key_path = (*top.path, key_text)
        keys[key_path] = (number, key_column + 1)
        if value is _NONE:
            mapping[key] = None  # kept in order; replaced when its block opens
            pending = (top, key, key_text, key_column)
            continue
        count += 1
        if count > max_values:
            raise _Decline
        if type(value) is _Flow:
            count += _flow_positions(value, key_path, number, values)
            if count > max_values or len(stack) >= max_depth:
                raise _Decline  # too many values, or a list one level deeper than the limit
            value = value.items
        elif type(value) is dict and len(stack) >= max_depth:
            raise _Decline
        mapping[key] = value
        values[key_path] = (number, value_column + 1)
        scalar_owner = key_column
    if pending is not None or root is None:
        raise _Decline  # a last key with no value; an empty document
    return Loaded(root, values, keys)


def _flow_positions(flow: _Flow, path: PositionKey, line: int, values: dict[PositionKey, Position]) -> int:
    """Record where a one-line list's items are; how many there are."""
    for index, column in enumerate(flow.columns):
        values[(*path, str(index))] = (line, column + 1)
    return len(flow.columns)


def _key_end(content: str) -> int:
    """Where the `:` that ends a key is (followed by a space or the line's end), or -1 when the line has no key."""
    if content[0] in "'\"":
        close = _quoted_end(content)
        if close + 1 < len(content) and content[close + 1] == ":" and (close + 2 == len(content) or content[close + 2] == " "):
            return close + 1
        if close + 1 == len(content) or content[close + 1] == " ":
            return -1  # a quoted scalar, not a key
        raise _Decline
    at = content.find(": ")
    if at < 0:
        return len(content) - 1 if content[-1] == ":" else -1
    return at


def _key(text: str) -> tuple[str, Any]:
    """A key's text (what positions are filed under) and its value."""
    if not text:
        raise _Decline  # an empty key
    if text[0] in "'\"":
        key = _scalar(text)
        return key, key
    if text[-1] == " " or " #" in text:
        raise _Decline  # a space before the colon, a comment
    return text, _scalar(text)


def _quoted_end(text: str) -> int:
    """The index of the quote that closes the quoted scalar `text` starts with."""
    quote = text[0]
    if quote == '"':
        end = text.find('"', 1)
        if end < 0 or "\\" in text[:end]:
            raise _Decline  # goes on to the next line, or has an escape
        return end
    at = 1
    while True:
        end = text.find("'", at)
        if end < 0:
            raise _Decline
        if text[end + 1 : end + 2] != "'":
            return end
        at = end + 2


class _Flow:
    """A list written on one line, `[a, b]`: its items and the column of each."""

    __slots__ = ("columns", "items")

    def __init__(self, items: list[Any], columns: list[int]) -> None:
        self.items, self.columns = items, columns


def _value(text: str, column: int) -> Any:
    """A value on a line: a scalar, `{}`, or a list of plain scalars in brackets closed on the same line (a `_Flow`)."""
    if text[0] == "{" and text[1:2] == "}" and not text[2:].strip(" "):
        return {}  # an empty mapping, `{}`
    if text[0] != "[":
        return _scalar(text)
    close = text.find("]")
    if close < 0:
        raise _Decline  # goes on to the next line
    inner, rest = text[1:close], text[close + 1 :]
    if (rest and rest[0] != " ") or rest.strip(" ")[:1] not in ("", "#"):
        raise _Decline  # after the list only spaces, perhaps a comment (str.isspace is wider than YAML's space)
    if any(mark in inner for mark in "[]{}#'\":?"):
        raise _Decline  # nested, quoted, a comment or a key (`?` starts one, and ends a plain scalar in a list)
    items: list[Any] = []
    columns: list[int] = []
    if inner.strip(" "):
        at = 1
        for piece in inner.split(","):
            item = piece.strip(" ")
            if not item or item[0] in _INDICATORS or (item[0] in "-?" and (len(item) == 1 or item[1] == " ")):
                raise _Decline  # an empty item (`[a,,b]`, `[a,]`), or one starting with an indicator
            items.append(_plain(item))
            columns.append(column + at + len(piece) - len(piece.lstrip(" ")))
            at += len(piece) + 1
    return _Flow(items, columns)


def _scalar(text: str) -> Any:
    """The value of a scalar written on one line from `text`'s start (a comment after it allowed)."""
    first = text[0]
    if first in "'\"":
        end = _quoted_end(text)
        rest = text[end + 1 :]
        if (rest and rest[0] != " ") or rest.strip(" ")[:1] not in ("", "#"):
            raise _Decline  # after the quote only spaces, perhaps a comment (not U+3000 or NBSP)
        inner = text[1:end]
        return inner.replace("''", "'") if first == "'" else inner
    if first in _INDICATORS or (first in "-?:" and (len(text) == 1 or text[1] == " ")):
        raise _Decline
    comment = text.find(" #")
    if comment >= 0:
        text = text[:comment]
    text = text.rstrip(" ")
    if ": " in text or text[-1] == ":":
        raise _Decline
    return _plain(text)
