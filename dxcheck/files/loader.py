"""One pass over the C parser's events: a plan's data and the position of every value, together.

ruamel.yaml's C parser is fast, but its safe loader composes nodes, resolves every scalar through
`Resolver.resolve` (which asks `processing_version` each time) and constructs the values in Python:
about 45 % of a comparison's time per town. A plan is plain YAML — mappings, sequences, scalars —
so this module builds the data straight from the events, resolving plain scalars with ruamel's own
YAML 1.2 table (same regular expressions, same order), and records the line and column of every
key and value on the way (what `PositionIndex` would find by parsing again).

Anything else — an anchor or alias, a tag, a merge key `<<`, a key that is a list or a mapping, a
%YAML directive, a second document, a duplicate key, a syntax error, more nesting than the limit
allows — makes `load_fast` return None, and the caller loads the text with ruamel's loader as
before, which gives the same data or the same error. tests/test_loader.py checks both paths
against each other. Two limits are refused here at once, with where: more values than
`max_values` (TooManyValues: a large plan is not read to the end just to be refused) and a number
longer than MAX_NUMBER_CHARS (NumberTooLong).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from _ruamel_yaml import CParser  # type: ignore[import-not-found]  # the C extension has no stubs
from ruamel.yaml.error import YAMLError
from ruamel.yaml.events import (
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)
from ruamel.yaml.resolver import VersionedResolver

Position = tuple[int, int]
PositionKey = tuple[str, ...]

# The longest number a plan may hold, in characters. Python refuses to print an int of more than
# 4,300 digits (its int-to-string limit), and `0x` + 5,000 hex digits is a 6,000-digit int: the
# audit and every report failed on it. A real plan's numbers have a few digits.
MAX_NUMBER_CHARS = 100


class NumberTooLong(ValueError):
    """A scalar read as a number is longer than MAX_NUMBER_CHARS; where it is, when known."""

    def __init__(self, length: int, position: Position | None = None) -> None:
        super().__init__(f"a number of {length} characters")
        self.length, self.position = length, position


class TooManyValues(Exception):
    """More values than the limit, in plain YAML (no alias): refused as soon as the limit is passed."""

    def __init__(self, limit: int, position: Position) -> None:
        super().__init__(f"more than {limit} values")
        self.limit, self.position = limit, position


_YAML = "tag:yaml.org,2002:"


class _Decline(Exception):
    """Not plain YAML: leave this text to ruamel's loader."""


def _resolvers() -> dict[str, list[tuple[str, Callable[[str], Any]]]]:
    # ruamel's own YAML 1.2 table: first character → [(tag, regexp.match)], in ruamel's order.
    table = VersionedResolver(version=(1, 2)).versioned_resolver
    return {first: [(tag.removeprefix(_YAML), regexp.match) for tag, regexp in rules] for first, rules in table.items()}


_RESOLVERS = _resolvers()
_INF = float("inf")
_NAN = float("nan")


def yaml_int(text: str) -> int | str:
    """A plain scalar resolved as an int, as ruamel's SafeConstructor (YAML 1.2) reads it.

    ruamel's pattern allows underscores anywhere, so `0x_` or `-_` match it and then fail to
    convert (ruamel raises ValueError); YAML 1.2's core schema says such a scalar is a string,
    and so does dxcheck.
    """
    if len(text) > MAX_NUMBER_CHARS:
        raise NumberTooLong(len(text))
    digits = text.replace("_", "")
    sign = -1 if digits[:1] == "-" else 1
    if digits[:1] in ("+", "-"):
        digits = digits[1:]
    try:
        if digits[:2] == "0b":
            return sign * int(digits[2:], 2)
        if digits[:2] == "0x":
            return sign * int(digits[2:], 16)
        if digits[:2] == "0o":
            return sign * int(digits[2:], 8)
        return sign * int(digits)
    except ValueError:
        return text


def yaml_float(text: str) -> float | str:
    """A plain scalar resolved as a float, as ruamel's SafeConstructor (YAML 1.2) reads it."""
    if len(text) > MAX_NUMBER_CHARS:
        raise NumberTooLong(len(text))
    digits = text.replace("_", "").lower()
    sign = -1 if digits[:1] == "-" else 1
    if digits[:1] in ("+", "-"):
        digits = digits[1:]
    if digits == ".inf":
        return sign * _INF
    if digits == ".nan":
        return _NAN
    try:
        return sign * float(digits)
    except ValueError:
        return text


def _plain(text: str) -> Any:
    """A plain scalar's value. The short ones repeat (keys, statuses, years, item ids): each is
    resolved once per process (the value is an immutable str, int, float, bool or None)."""
    rules = _RESOLVERS.get(text[:1])
    if rules is None:
        return text  # no implicit type starts so (most Japanese text)
    known = _PLAIN_SEEN.get(text, _KEY)
    if known is not _KEY:
        return known
    value = _resolve(text, rules)
    if len(text) <= 32:
        if len(_PLAIN_SEEN) >= 20_000:
            _PLAIN_SEEN.clear()
        _PLAIN_SEEN[text] = value
    return value


def _resolve(text: str, rules: list[tuple[str, Callable[[str], Any]]]) -> Any:
    for tag, match in rules:
        if match(text):
            if tag == "str" or tag == "timestamp":  # dates stay the text the author wrote
                return text
            if tag == "int":
                return yaml_int(text)
            if tag == "float":
                return yaml_float(text)
            if tag == "bool":
                return text.lower() == "true"
            if tag == "null":
                return None
            raise _Decline  # merge `<<`, value `=`: ruamel's loader decides
    return text


class _KeyExpected:
    """A mapping's pending key while none has been read (None is a key YAML can have: `~: x`)."""

    __slots__ = ()


_KEY: Any = _KeyExpected()
_PLAIN_SEEN: dict[str, Any] = {}


class Loaded:
    """What `load_fast` read: the data, and the 1-based line and column of every value and key by path."""

    __slots__ = ("data", "keys", "values")

    def __init__(self, data: Any, values: dict[PositionKey, Position], keys: dict[PositionKey, Position]) -> None:
        self.data, self.values, self.keys = data, values, keys


def load_fast(text: str, *, max_depth: int, max_values: int) -> Loaded | None:
    """The data and positions of a plain YAML document, or None to leave the text to ruamel's loader."""
    parser = CParser(text)
    try:
        return _build(parser.get_event, max_depth, max_values)
    except (_Decline, YAMLError):
        return None
    finally:
        parser.dispose()


def _build(next_event: Callable[[], Any], max_depth: int, max_values: int) -> Loaded:
    values: dict[PositionKey, Position] = {}
    keys: dict[PositionKey, Position] = {}
    if type(next_event()) is not StreamStartEvent:
        raise _Decline
    event = next_event()
    if type(event) is StreamEndEvent:
        return Loaded(None, values, keys)  # an empty file
    if type(event) is not DocumentStartEvent or event.version is not None or event.tags:
        raise _Decline
    # One frame per open collection: [container, its path, is a mapping, pending key, its text].
    # A mapping's pending key is `_KEY` while a key is expected.
    stack: list[list[Any]] = []
    root: Any = None
    count = 0
    while True:
        event = next_event()
        kind = type(event)
        if kind is ScalarEvent:
            if event.ctag is not None or event.anchor is not None:  # ctag: `tag` is a property that makes a str
                raise _Decline
            try:
                value: Any = _plain(event.value) if event.implicit[0] else event.value
            except NumberTooLong as exc:
                mark = event.start_mark
                raise NumberTooLong(exc.length, (mark.line + 1, mark.column + 1)) from None
            opens = False
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            if event.ctag is not None or event.anchor is not None:
                raise _Decline
            value = {} if kind is MappingStartEvent else []
            opens = True
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            stack.pop()
            continue
        elif kind is DocumentEndEvent:
            break
        else:  # an alias, or anything unforeseen
            raise _Decline
        mark = event.start_mark
        position = (mark.line + 1, mark.column + 1)
        if stack:
            frame = stack[-1]
            container = frame[0]
            if frame[2]:
                if frame[3] is _KEY:
                    if opens or value in container or value != value:  # a complex key, a duplicate key, a NaN key
                        raise _Decline  # (NaN: whether two are one key would hang on whether _plain had kept the first)
                    frame[3], frame[4] = value, event.value
                    keys[(*frame[1], event.value)] = position
                    continue
                container[frame[3]] = value
                path = (*frame[1], frame[4])
                frame[3] = _KEY
            else:
                path = (*frame[1], str(len(container)))
                container.append(value)
        else:
            root, path = value, ()
        values[path] = position
        count += 1
        if count > max_values:
            raise TooManyValues(max_values, position)  # no alias so far: a plan this large is refused here, early
        if opens:
            if len(stack) >= max_depth:
                raise _Decline  # ruamel's loader and check_shape say what is wrong
            stack.append([value, path, kind is MappingStartEvent, _KEY, None])
    if type(next_event()) is not StreamEndEvent:
        raise _Decline  # a second document
    return Loaded(root, values, keys)
