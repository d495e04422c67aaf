"""Reading a plan file: bytes → text → YAML data, and where every value came from.

Plain YAML — every real plan — is read in one pass over the C parser's events, which gives the
data and the line and column of every value together (dxcheck.files.loader). Anything else (anchors,
tags, duplicate keys, syntax errors, hostile shapes) goes through ruamel.yaml's C-based safe
loader, which says what is wrong; positions are then indexed from the events only when a finding
needs them (`PositionIndex`).
"""

from __future__ import annotations

import itertools
import os
import re
import stat
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from ruamel.yaml import YAML
from ruamel.yaml.constructor import ConstructorError, DuplicateKeyError, SafeConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import ScalarNode

from dxcheck.files.lines import load_lines
from dxcheck.files.loader import MAX_NUMBER_CHARS, NumberTooLong, Position, PositionKey, TooManyValues, load_fast, yaml_float, yaml_int
from dxcheck.files.streams import is_stdin
from dxcheck.model import rules
from dxcheck.model.findings import Finding, JsonPath, display_name

UTF8_BOM = b"\xef\xbb\xbf"

# Limits against hostile input (docs/hostile-input.md). Real plans are tens of KB, nest about ten
# deep and have a few thousand values. Once aliases are expanded, the text in a plan's strings may
# not exceed what the largest file could hold without aliases (a 1 MB string aliased 1,000 times
# is a gigabyte in every report); numbers have at most MAX_NUMBER_CHARS characters (dxcheck.files.loader).
MAX_PLAN_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 64
MAX_EXPANDED_NODES = 250_000
MAX_EXPANDED_CHARS = MAX_PLAN_BYTES

STDIN_SHOWN = "<stdin>"  # how a plan read from standard input is named (dxcheck.files.streams.is_stdin)


def shown_name(path: str | Path) -> str:
    """The name a plan is reported under: `<stdin>`, or its path with what cannot be shown escaped."""
    return STDIN_SHOWN if is_stdin(path) else display_name(path)


class SourceError(Exception):
    """The file could not be turned into data; carries the finding that says why."""

    def __init__(self, finding: Finding, *, could_not_run: bool = False) -> None:
        super().__init__(finding.message.en)
        self.finding = finding
        self.could_not_run = could_not_run


@dataclass(frozen=True)
class SourceText:
    """A plan file's decoded text and the name it is reported under."""

    name: str
    text: str
    had_bom: bool = False


class _PlanConstructor(SafeConstructor):
    """The safe constructor, with dates kept as the strings the author wrote.

    JSON Schema and every other consumer (check-jsonschema, ajv, editors) see `2022-03-01`
    as a string; so must we. A plain scalar that ruamel's patterns take for a number but that is
    none (`0x_`, `-_`: ruamel raises ValueError) is a string, as in YAML 1.2's core schema — the
    same rule as dxcheck.files.loader.
    """

    def construct_plan_int(self, node: ScalarNode) -> int | str:
        value: int | str = _number(yaml_int, self.construct_scalar(node), node)
        return value

    def construct_plan_float(self, node: ScalarNode) -> float | str:
        value: float | str = _number(yaml_float, self.construct_scalar(node), node)
        return value


def _number(read: Callable[[str], Any], text: str, node: ScalarNode) -> Any:
    try:
        return read(text)
    except NumberTooLong as exc:
        mark = node.start_mark
        raise NumberTooLong(exc.length, (mark.line + 1, mark.column + 1)) from None


_PlanConstructor.add_constructor("tag:yaml.org,2002:timestamp", SafeConstructor.construct_yaml_str)
_PlanConstructor.add_constructor("tag:yaml.org,2002:int", _PlanConstructor.construct_plan_int)
_PlanConstructor.add_constructor("tag:yaml.org,2002:float", _PlanConstructor.construct_plan_float)


def _safe_yaml() -> YAML:
    yaml = YAML(typ="safe", pure=False)
    yaml.Constructor = _PlanConstructor
    yaml.allow_duplicate_keys = False
    return yaml


def read_source(path: Path, name: str | None = None) -> SourceText:
    """Read and decode a plan file; raise SourceError with a clear finding if that fails."""
    shown = name if name is not None else shown_name(path)
    # Read one byte past the limit: that refuses a huge file without reading it all.
    data = read_plan_bytes(path, shown, MAX_PLAN_BYTES + 1)
    if len(data) > MAX_PLAN_BYTES:
        raise SourceError(rules.FILE_TOO_LARGE(MAX_PLAN_BYTES // (1024 * 1024)).at(shown))
    return decode_source(data, shown)


def check_readable(path: Path, name: str) -> None:
    """Raise the SourceError read_source would for a file that is missing, a directory, not a regular
    file or unreadable (a document is then reported as a YAML plan would be: DX001)."""
    read_plan_bytes(path, name, 0)


def read_plan_bytes(path: Path, shown: str, limit: int) -> bytes:
    """At most `limit` bytes of a plan file, or of standard input; SourceError if it cannot be read.

    Only a regular file is read: a FIFO, a device or a socket would block or never end (`mkfifo
    f.yaml; dxcheck lint f.yaml` hung), so it is refused without being opened for long. Standard
    input is read when asked for by name (`-`, /dev/stdin).
    """
    if is_stdin(path):
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            raise _unreadable(shown, "other", "standard input is closed")
        try:
            data: bytes = stream.read(limit)
        except OSError as exc:
            raise _unreadable(shown, "other", exc.strerror or type(exc).__name__) from None
    else:
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
        try:
            fd = os.open(path, flags)  # O_NONBLOCK: opening a FIFO does not wait for a writer
        except FileNotFoundError:
            if os.path.islink(path):
                raise _unreadable(shown, "dangling") from None
            raise _unreadable(shown, "missing", _near_name(path, shown)) from None
        except IsADirectoryError:
            raise _unreadable(shown, "directory") from None
        except PermissionError:
            raise _unreadable(shown, "permission") from None
        except OSError as exc:
            kind = _special(path)  # a socket cannot be opened (ENXIO)
            if kind is not None:
                raise _unreadable(shown, "special", kind) from None
            raise _unreadable(shown, "other", exc.strerror or type(exc).__name__) from None
        try:
            status = os.fstat(fd)
        except OSError:
            os.close(fd)
            raise
        mode = status.st_mode
        if not stat.S_ISREG(mode):
            os.close(fd)
            raise _unreadable(shown, "directory") if stat.S_ISDIR(mode) else _unreadable(shown, "special", file_kind(mode))
        try:
            data = _read_up_to(fd, limit, status.st_size)
        except OSError as exc:
            raise _unreadable(shown, "other", exc.strerror or type(exc).__name__) from None
        finally:
            os.close(fd)
    return data


def _read_up_to(fd: int, limit: int, size: int) -> bytes:
    """At most `limit` bytes of an open file, read in pieces of about its size. (A buffered read of
    `limit` bytes made a buffer of the whole limit for every plan, and freed it: 1.4 ms a plan.)"""
    pieces = []
    left = limit
    while left > 0:
        piece = os.read(fd, min(left, max(size + 1, 1 << 16)))  # a file that grows is read to its end too
        if not piece:
            break
        pieces.append(piece)
        left -= len(piece)
    return b"".join(pieces)


def file_kind(mode: int) -> str:
    """What a file that is neither a regular file nor a directory is: "fifo", "char", "block", "socket"."""
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISCHR(mode):
        return "char"
    if stat.S_ISBLK(mode):
        return "block"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "other"


def _special(path: Path) -> str | None:
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    return None if stat.S_ISREG(mode) or stat.S_ISDIR(mode) else file_kind(mode)


def _near_name(path: Path, shown: str) -> str:
    """A file beside a missing one whose name is one slip away (「higashikwa.yaml」 → higashikawa.yaml), as it was typed
    (a walkthrough's: the item id's typo got 「もしかして」, the file's did not); "" when none is."""
    import difflib

    try:
        with os.scandir(path.parent if str(path.parent) else ".") as entries:
            names = sorted(entry.name for entry in itertools.islice(entries, 2000) if not entry.name.startswith("."))
    except OSError:
        return ""
    found = difflib.get_close_matches(path.name, names, n=1, cutoff=0.8)
    return os.path.join(os.path.dirname(shown), found[0]) if found else ""


def _unreadable(name: str, problem: str, reason: str = "") -> SourceError:
    return SourceError(rules.FILE_UNREADABLE(problem, name, reason).at(name), could_not_run=True)


def decode_source(data: bytes, name: str) -> SourceText:
    """Decode UTF-8 (with or without BOM); anything else is refused with the likely encoding."""
    if data.startswith(UTF8_BOM):
        data, had_bom = data[len(UTF8_BOM) :], True
    else:
        had_bom = False
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(data):
        raise _not_utf8(name, "UTF-16", "UTF-16", None)
    if data.startswith((b"PK\x03\x04", b"%PDF-")):
        document = "zip 形式のファイル（Word 文書 .docx など）" if data.startswith(b"PK") else "PDF"
        raise SourceError(rules.NOT_UTF8(document=document).at(name))
    if b"\x00" in data:
        line, column = _position_of_byte(data, data.index(b"\x00"))
        raise SourceError(rules.NOT_UTF8(nul=True).at(name, line=line, column=column))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        likely = _likely_encoding(data)
        raise _not_utf8(name, *likely, _position_of_byte(data, exc.start)) from None
    return SourceText(name=name, text=text, had_bom=had_bom)


def _looks_utf16(data: bytes) -> bool:
    # UTF-16 without a BOM: ASCII characters come out as a NUL every other byte.
    sample = data[:200]
    return len(sample) >= 4 and (sample[1::2].count(0) > len(sample) // 4 or sample[0::2].count(0) > len(sample) // 4)


def _likely_encoding(data: bytes) -> tuple[str, str]:
    for codec, label in (("cp932", "Shift_JIS（CP932）"), ("euc_jp", "EUC-JP")):
        try:
            data.decode(codec)
        except UnicodeDecodeError:
            continue
        return label, codec.upper()
    return "不明な文字コード", "an unknown encoding"


def _not_utf8(name: str, label: str, codec: str, at: tuple[int, int] | None) -> SourceError:
    source = "CP932" if codec == "CP932" else codec
    fix_cmd = f"iconv -f {source} -t UTF-8 {name} > utf8.yaml"
    line, column = at if at else (None, None)
    return SourceError(rules.NOT_UTF8(label, codec).at(name, line=line, column=column, suggestion=rules.save_as_utf8(fix_cmd)))


def _position_of_byte(data: bytes, offset: int) -> tuple[int, int]:
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return line, column


# ruamel.yaml's problems, in the words a planning officer would use.
_YAML_PROBLEMS_JA = [
    ("found character '\\t' that cannot start any token", "タブ文字はインデントに使えません。半角スペースにしてください"),
    ("found unexpected end of stream", "ファイルの終わりまでに閉じられていません（引用符の閉じ忘れ？）"),
    (  # "… here" (ruamel's scanner), "… in this context" (libyaml's: 「title: 計画: 第2次」, the commonest mistake)
        "mapping values are not allowed",
        "ここに「キー: 値」は書けません（インデントのずれ、または値の中のコロン「: 」。値を引用符で囲んでください）",
    ),
    ("sequence entries are not allowed", "ここにリストの「- 」は書けません（インデントのずれ？）"),
    ("found character that cannot start any token", "値の始めに使えない文字があります（@ や ` で始まる値は引用符で囲んでください）"),
    ("did not find expected ',' or ']'", "[ ] の中の区切り「,」か閉じ括弧「]」がありません"),
    ("did not find expected ',' or '}'", "{ } の中の区切り「,」か閉じ括弧「}」がありません"),
    ("did not find expected node content", "値があるべき位置です（インデントのずれ、または空の「- 」？）"),
    ("found unexpected document", "--- や ... の区切りが予期しない位置にあります"),
    ("could not find expected ':'", "「:」がありません（キーの後のコロン、またはインデントを確認）"),
    ("did not find expected key", "キーがあるべき位置です（インデントのずれ？）"),
    ("did not find expected '-' indicator", "リストの「- 」があるべき位置です（インデントのずれ？）"),
    ("expected a single document", "1つのファイルに文書は1つだけです（--- の区切りを取り除いてください）"),
    ("found undefined alias", "定義されていないエイリアス（*名前）です"),
    ("found unknown escape character", "不明なエスケープ文字です（\\ を二重引用符の中で使うときは \\\\ と書きます）"),
    (
        "found invalid Unicode character escape code",
        "文字として使えない Unicode のエスケープです（\\ud800〜\\udfff のサロゲートは単独では書けません）",
    ),
    ("while scanning a quoted scalar", "引用符が閉じられていません"),
    ("found a tab character", "タブ文字は使えません。半角スペースにしてください"),
]


def _translate_problem(problem: str) -> str:
    for english, japanese in _YAML_PROBLEMS_JA:
        if english in problem:
            return japanese
    return problem


def _too_complex(name: str, ja: str, en: str, line: int | None = None) -> SourceError:
    return SourceError(rules.YAML_TOO_COMPLEX(ja, en).at(name, line=line, column=1 if line else None))


_FLOW = re.compile(r"[\[\]{}'\"#]")
_BRACKET = re.compile(r"[\[\]{}]")


def _flow_depth(text: str) -> tuple[int, int]:
    """The deepest nesting of flow brackets, outside quotes and comments, and the line it is on.

    Only the lines with a bracket are looked at, and in them only the characters that matter
    (a 100,000-measure file, each with `addresses: [dx/telework]`, took 0.7 s character by character).
    """
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return 0, 0  # too few brackets to nest too deep: no need to scan
    depth = deepest = deepest_line = 0
    for number, line in enumerate(text.splitlines(), 1):
        if _BRACKET.search(line) is None:
            continue
        quote = ""
        for match in _FLOW.finditer(line):
            ch = match.group()
            if quote:
                if ch == quote:
                    quote = ""
            elif ch in "'\"":
                quote = ch
            elif ch == "#":
                index = match.start()
                if index == 0 or line[index - 1] in " \t":
                    break
            elif ch in "[{":
                depth += 1
                if depth > deepest:
                    deepest, deepest_line = depth, number
            else:
                depth = max(0, depth - 1)
    return deepest, deepest_line


def check_shape(data: Any, name: str) -> None:
    """Refuse data that is recursive, too deep, or enormous once its aliases are expanded.

    Aliases make the loaded data a graph in which one node can be reached many times; every later
    stage walks it as a tree, and every report prints it as one. The expanded size — values, and
    characters of text in keys and strings — is counted once per node (memoised), so the check
    itself stays linear however large the expansion would be. Data that is large without any
    expansion is too many values (DX010), not an alias bomb.
    """
    sizes: dict[int, tuple[int, int]] = {}  # id of a container → (values, characters) once expanded
    on_path: set[int] = set()
    distinct = 0  # values counted once each, as the file holds them
    # An explicit stack (node, depth, children pending?) instead of recursion.
    stack: list[tuple[Any, int, bool]] = [(data, 1, False)]
    while stack:
        node, depth, done = stack.pop()
        if not isinstance(node, dict | list):
            continue
        key = id(node)
        children = list(node.values()) if isinstance(node, dict) else node
        if done:
            on_path.discard(key)
            values = 1
            chars = sum(len(k) for k in node if isinstance(k, str)) if isinstance(node, dict) else 0
            for child in children:
                if isinstance(child, dict | list):
                    size = sizes[id(child)]
                    values, chars = values + size[0], chars + size[1]
                else:
                    values, chars = values + 1, chars + (len(child) if isinstance(child, str) else 0)
            sizes[key] = (values, chars)
            if values > MAX_EXPANDED_NODES:
                if distinct > MAX_EXPANDED_NODES:
                    raise SourceError(rules.TOO_MANY_VALUES(MAX_EXPANDED_NODES).at(name))
                raise _too_complex(
                    name,
                    f"エイリアスを展開すると値が {MAX_EXPANDED_NODES:,} 個（上限）を超えます（ファイルにあるのは {distinct:,} 個。billion laughs 攻撃の形）。エイリアス（&・*）を使わずに書いてください",
                    f"aliases expand to more than the {MAX_EXPANDED_NODES:,} values allowed (the file holds {distinct:,}; a billion-laughs shape); write the plan without aliases",
                )
            if chars > MAX_EXPANDED_CHARS:
                raise _too_complex(
                    name,
                    f"エイリアスを展開すると文字列が合計 {MAX_EXPANDED_CHARS:,} 文字（上限）を超えます（長い文字列をエイリアスで何度も使う形）。エイリアス（&・*）を使わずに書いてください",
                    f"aliases expand to more than the {MAX_EXPANDED_CHARS:,} characters of text allowed (a long string aliased many times); write the plan without aliases",
                )
            continue
        if key in on_path:
            raise _too_complex(
                name, "エイリアスが自分自身を含んでいます（再帰するエイリアス）", "a recursive alias: a value contains itself"
            )
        if key in sizes:
            continue
        if depth > MAX_DEPTH:
            raise _too_complex(name, f"入れ子が深すぎます（上限 {MAX_DEPTH} 段）", f"nesting deeper than {MAX_DEPTH} levels")
        on_path.add(key)
        distinct += 1 + len(children)
        stack.append((node, depth, True))
        stack.extend((child, depth + 1, False) for child in children)


def parse_yaml(source: SourceText) -> Any:
    """Load the text safely: no tags constructed, duplicate keys refused, hostile shapes refused."""
    return load_with_positions(source)[0]


def load_with_positions(source: SourceText) -> tuple[Any, PositionIndex | None]:
    """The data, and where its values are when that came for free.

    Block YAML written a value a line (nearly every plan) is read line by line (dxcheck.files.lines);
    other plain YAML in one pass over the C parser's events (dxcheck.files.loader), positions included
    either way; anything else goes through ruamel's safe loader, and positions are left to
    `PositionIndex` when a finding needs them.
    """
    name = source.name
    try:
        # The fast loader stops at the nesting limit itself (its parser keeps no stack of calls);
        # only a text it declines is scanned for deep flow brackets before ruamel's recursive loader.
        loaded = load_lines(source.text, max_depth=MAX_DEPTH, max_values=MAX_EXPANDED_NODES)
        if loaded is None:
            loaded = load_fast(source.text, max_depth=MAX_DEPTH, max_values=MAX_EXPANDED_NODES)
        if loaded is not None:
            return loaded.data, PositionIndex.from_maps(loaded.values, loaded.keys)
        deepest, line = _flow_depth(source.text)
        if deepest > MAX_DEPTH:
            raise _too_complex(name, f"入れ子が深すぎます（上限 {MAX_DEPTH} 段）", f"nesting deeper than {MAX_DEPTH} levels", line)
        data = _load(source, name)
    except NumberTooLong as exc:
        at_line, at_column = exc.position or (None, None)
        raise SourceError(rules.NUMBER_TOO_LONG(exc.length, MAX_NUMBER_CHARS).at(name, line=at_line, column=at_column)) from None
    except TooManyValues as exc:
        raise SourceError(rules.TOO_MANY_VALUES(exc.limit).at(name, line=exc.position[0], column=exc.position[1])) from None
    check_shape(data, name)
    return data, None


def _load(source: SourceText, name: str) -> Any:
    try:
        return _safe_yaml().load(source.text)
    except DuplicateKeyError as exc:
        line, column = _mark(exc)
        key = _duplicate_key_name(exc)
        raise SourceError(rules.DUPLICATE_KEY(key).at(name, line=line, column=column)) from None
    except ConstructorError as exc:
        line, column = _mark(exc)
        problem = str(exc.problem or "")
        if "tag" in problem:
            tag = problem.split("tag", 1)[1].strip(" :'\"")
            raise SourceError(rules.YAML_TAG(tag).at(name, line=line, column=column)) from None
        raise _syntax(name, problem, line, column) from None
    except MarkedYAMLError as exc:
        line, column = _mark(exc)
        problem = str(exc.problem or exc.context or "syntax error")
        if _char_at(source.text, line, column) == "\t":
            # The C scanner does not name the character; a tab is by far the commonest one.
            problem = "found character '\\t' that cannot start any token"
        context = str(exc.context or "")
        if "quoted scalar" in context and "end of stream" in problem:
            problem = "while scanning a quoted scalar"
            line, column = _mark(exc, context=True)
        cause = _typing_slip(source.text, line, problem)
        if cause is not None:
            slip_line, slip_column, ja, en = cause
            raise SourceError(rules.YAML_SYNTAX(ja, en).at(name, line=slip_line, column=slip_column)) from None
        raise _syntax(name, problem, line, column) from None
    except YAMLError as exc:
        raise _syntax(name, str(exc), None, None) from None
    except RecursionError:
        raise _too_complex(name, f"入れ子が深すぎます（上限 {MAX_DEPTH} 段）", f"nesting deeper than {MAX_DEPTH} levels") from None


# Slips of Japanese typing that the parser reports a line late, as something else (a new user's walkthrough): a key
# followed by a full-width colon (「owner： 住民課」), an indent of full-width spaces, a key with no colon at all
# (「owner 住民課」), a double quote opened and not closed on its line.
# (only where a plan's key would stand — an ASCII name — so that a description's 「・目標：…」 or its 字下げ is never blamed)
_WIDE_COLON = re.compile(r"^[ ]*(?:-[ ]+)?[A-Za-z_][A-Za-z0-9_]{0,40}(：)")  # 「title：恵庭市」 too: IME users type no space
_WIDE_INDENT = re.compile(r"^[ ]*(\u3000+)[ \u3000]*(?:-[ ]+)?[A-Za-z_][A-Za-z0-9_]*[:：]")
# 「owner:　住民課」: the IME still on after the colon, a full-width space where YAML needs an ASCII one (a walkthrough's)
_WIDE_SPACE_AFTER = re.compile(r"^[ ]*(?:-[ ]+)?[A-Za-z_][A-Za-z0-9_]{0,40}:(\u3000)")
_NO_COLON = re.compile(r"^([ ]*(?:-[ ]+)?)([A-Za-z_][A-Za-z0-9_]*)[ ]+\S")
_KEY_LINE = re.compile(r"^[ ]*(?:-[ ]+)?[A-Za-z_][A-Za-z0-9_]*:(?:[ ]|$)")
_OPEN_QUOTE = re.compile(r"^[ ]*(?:-[ ]+)?[^\s:#'\"]{1,40}:[ ]+(\")[^\"]*$")


def _typing_slip(text: str, line: int | None, problem: str) -> tuple[int, int, str, str] | None:
    """The line and column of a typing slip at or up to three lines before where the parser stopped, and what to do."""
    if line is None:
        return None
    lines = text.split("\n")
    for number in range(min(line, len(lines)), max(0, line - 4), -1):
        content = lines[number - 1]
        if (found := _WIDE_INDENT.match(content)) is not None:
            return (
                number,
                found.start(1) + 1,
                "全角スペースはインデントに使えません。半角スペースにしてください",
                "a full-width space (U+3000) cannot indent YAML; use ASCII spaces",
            )
        if (found := _WIDE_COLON.match(content)) is not None:
            return (
                number,
                found.start(1) + 1,
                "キーの後のコロンが全角の「：」です。半角の「: 」（コロンと半角スペース）にしてください",
                "the colon after the key is a full-width '：'; write ': ' (an ASCII colon and a space)",
            )
        if number >= line - 1 and (found := _WIDE_SPACE_AFTER.match(content)) is not None:
            # (on the line the parser stopped at or the one before: a line inside a 「|」 block is text — a hostile review's)
            return (
                number,
                found.start(1) + 1,
                "キーの後のコロン「:」の次が全角スペースです。半角スペースにしてください",
                "a full-width space (U+3000) follows the key's colon; use an ASCII space",
            )
        closed = any('"' in later and not _KEY_LINE.match(later) for later in lines[number:line])
        if number < line and (found := _OPEN_QUOTE.match(content)) is not None and not closed:
            # (closed on a later line that is no key's before the parser stopped: a value over two lines, not an open quote)
            return (
                number,
                found.start(1) + 1,
                'この行で開いた引用符「"」が閉じられていません',
                "the double quote opened on this line is not closed",
            )
        if number == line - 1 and "expected ':'" in problem and (found := _NO_COLON.match(content)) is not None and ":" not in content:
            return (
                number,
                len(found.group(1)) + len(found.group(2)) + 1,
                f"キー「{found.group(2)}」の後に「: 」がありません",
                f"no ': ' after the key '{found.group(2)}'",
            )
    return None


def _syntax(name: str, problem: str, line: int | None, column: int | None) -> SourceError:
    return SourceError(rules.YAML_SYNTAX(_translate_problem(problem), problem).at(name, line=line, column=column))


def _char_at(text: str, line: int | None, column: int | None) -> str:
    if line is None or column is None:
        return ""
    lines = text.splitlines()
    if 0 < line <= len(lines) and 0 < column <= len(lines[line - 1]):
        return lines[line - 1][column - 1]
    return ""


def _mark(exc: MarkedYAMLError, *, context: bool = False) -> tuple[int | None, int | None]:
    mark = exc.context_mark if context else (exc.problem_mark or exc.context_mark)
    if mark is None:
        return None, None
    return mark.line + 1, mark.column + 1


def _duplicate_key_name(exc: DuplicateKeyError) -> str:
    problem = str(exc.problem or "")
    if '"' in problem:
        return problem.split('"')[1]
    return problem


# What dxcheck reads as a plan document rather than YAML (dxcheck.document); .doc, 一太郎 and RTF
# files are recognised so as to be refused with advice.
DOCUMENT_SUFFIXES = (".docx", ".pdf", ".txt", ".md", ".markdown", ".doc", ".jtd", ".jtdc", ".rtf")


def is_document(path: Path) -> bool:
    """Whether dxcheck reads `path` as a Word, PDF or text document (by its suffix)."""
    return path.suffix.lower() in DOCUMENT_SUFFIXES


class Positions(Protocol):
    """Where the values of a plan are: in its YAML file (PositionIndex), or in the document it was read
    from (dxcheck.document.DocumentPositions), where a page may stand for the line."""

    def locate(self, path: JsonPath, *, key: bool = False) -> tuple[int | None, int | None]: ...

    def page(self, path: JsonPath) -> int | None: ...

    def paragraph(self, path: JsonPath) -> int | None: ...


class PositionIndex:
    """Line and column (1-based) of every key and value of a YAML text, by JSON path.

    Built from the C parser's event stream: no nodes composed, no tags resolved (positions need
    neither), which makes it several times cheaper than composing the document again.
    """

    def __init__(self, text: str | None) -> None:
        self._values: dict[PositionKey, Position] = {}
        self._keys: dict[PositionKey, Position] = {}
        if text is None:
            return
        try:
            self._index(text)
        except (YAMLError, RecursionError):
            return  # positions of what could be read so far

    @classmethod
    def from_maps(cls, values: dict[PositionKey, Position], keys: dict[PositionKey, Position]) -> PositionIndex:
        """An index from positions already recorded (dxcheck.files.loader reads them with the data)."""
        index = cls(None)
        index._values, index._keys = values, keys
        return index

    def _index(self, text: str) -> None:
        from ruamel.yaml.events import AliasEvent, CollectionEndEvent, MappingStartEvent, ScalarEvent, SequenceStartEvent

        # Each open collection: [kind, path, state]; a mapping's state is its pending key (None
        # while a key is expected), a sequence's the next index. A collection used as a mapping
        # key ("complex key", never in a plan) is tracked as kind "skip" and not indexed.
        stack: list[list[Any]] = []
        for event in _safe_yaml().parse(text):
            if isinstance(event, CollectionEndEvent):
                closed = stack.pop()
                if closed[0] == "skip" and stack and stack[-1][0] == "map":
                    stack[-1][2] = "?"
                continue
            if not isinstance(event, ScalarEvent | AliasEvent | MappingStartEvent | SequenceStartEvent):
                continue
            mark = (event.start_mark.line + 1, event.start_mark.column + 1)
            path: tuple[str, ...] = ()
            if stack:
                top = stack[-1]
                if top[0] == "skip":
                    if isinstance(event, MappingStartEvent | SequenceStartEvent):
                        stack.append(["skip", (), None])
                    continue
                if top[0] == "map" and top[2] is None:
                    if isinstance(event, ScalarEvent):
                        top[2] = event.value
                        self._keys[(*top[1], event.value)] = mark
                    elif isinstance(event, MappingStartEvent | SequenceStartEvent):
                        stack.append(["skip", (), None])
                    else:
                        top[2] = "?"
                    continue
                if top[0] == "map":
                    path, top[2] = (*top[1], top[2]), None
                else:
                    path, top[2] = (*top[1], str(top[2])), top[2] + 1
            self._values[path] = mark
            if isinstance(event, MappingStartEvent):
                stack.append(["map", path, None])
            elif isinstance(event, SequenceStartEvent):
                stack.append(["seq", path, 0])

    def locate(self, path: JsonPath, *, key: bool = False) -> tuple[int | None, int | None]:
        """The position of the value (or key) at `path`, else of its nearest existing parent."""
        parts = tuple(map(str, path))
        if key and parts in self._keys:
            return self._keys[parts]
        while parts not in self._values and parts:
            parts = parts[:-1]
        return self._values.get(parts, (None, None))

    def page(self, path: JsonPath) -> int | None:
        """A YAML file has lines, not pages."""
        return None

    def paragraph(self, path: JsonPath) -> int | None:
        """… nor paragraphs."""
        return None

    @classmethod
    def for_source(cls, source: SourceText) -> PositionIndex:
        return cls(source.text)
