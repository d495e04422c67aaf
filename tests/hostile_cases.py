"""The corpus of broken and hostile plan files: each case writes its file (or directory) into a folder.

Kept as code rather than files: some cases are large (a 17 MB file), binary, or links, which a
repository holds badly. docs/hostile-input.md is generated from these cases by the test suite.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from conftest import MINIMAL_PLAN


@dataclass(frozen=True)
class Case:
    name: str
    what: str
    make: Callable[[Path], Path]
    valid: bool = False  # a valid plan, however odd: it may pass
    formattable: bool = False  # well-formed YAML: fmt formats it (the schema is lint's business)


def _text(name: str, text: str, encoding: str = "utf-8") -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(text.encode(encoding))
        return path

    return make


def _bytes(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


def _billion_laughs() -> str:
    lines = ['lol0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"lol{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    return "\n".join(lines) + "\nmunicipality: *a9\n"


def _huge(folder: Path) -> Path:
    path = folder / "huge.yaml"
    with path.open("wb") as stream:
        stream.write(b"# " + b"x" * (17 * 1024 * 1024) + b"\n")
    return path


def _directory(folder: Path) -> Path:
    path = folder / "plan-dir.yaml"
    path.mkdir()
    return path


def _symlink_loop(folder: Path) -> Path:
    a, b = folder / "loop-a.yaml", folder / "loop-b.yaml"
    os.symlink(b.name, a)
    os.symlink(a.name, b)
    return a


def _fifo(folder: Path) -> Path:
    path = folder / "pipe.yaml"
    os.mkfifo(path)
    return path


def _dangling(folder: Path) -> Path:
    path = folder / "gone.yaml"
    os.symlink("deleted.yaml", path)
    return path


def _cp932_name(folder: Path) -> Path:
    name = os.fsdecode("恵庭市.yaml".encode("cp932"))  # not UTF-8: read back with surrogate escapes
    path = folder / name
    path.write_bytes(MINIMAL_PLAN.encode("utf-8"))
    return path


def _string_bomb() -> str:
    head = MINIMAL_PLAN.split("    measures:\n")[0] + "    measures:\n"
    first = f'      - id: "1-0"\n        title: &a {"テレワーク" * 200_000}\n        addresses: [dx/telework]\n'
    return head + first + "".join(f'      - id: "1-{i}"\n        title: *a\n        addresses: [dx/telework]\n' for i in range(1, 1000))


def _many_measures(count: int) -> str:
    head = MINIMAL_PLAN.split("    measures:\n")[0] + "    measures:\n"
    return head + "".join(f'      - id: "1-{i}"\n        title: 施策{i}\n        addresses: [dx/telework]\n' for i in range(count))


WRONG_TYPES = """\
version: "one"
municipality: [恵庭市]
plan:
  title: 42
  stage: 1
  period: R5
  legal_basis: 官民データ活用推進基本法
policies:
  - id: [1]
    title: {a: b}
    measures: 方針
procedures: [p01]
exemptions: {item: dx/telework}
"""

CASES = [
    Case("empty", "an empty file", _text("empty.yaml", "")),
    Case("comments-only", "only comments", _text("comments.yaml", "# 計画はまだ書いていない\n# TODO\n")),
    Case("list-root", "a list at the root", _text("list.yaml", "- 恵庭市\n- 芦別市\n")),
    Case("scalar-root", "a scalar at the root", _text("scalar.yaml", "恵庭市デジタル化推進計画\n")),
    Case("unclosed-quote", "an unclosed quote", _text("quote.yaml", MINIMAL_PLAN.replace("addresses: [dx/telework]", 'owner: "総務課'))),
    Case("bad-indentation", "bad indentation", _text("indent.yaml", "municipality:\n  name: 恵庭市\n   prefecture: 北海道\n")),
    Case("tab-indentation", "tab indentation", _text("tabs.yaml", "municipality:\n\tname: 恵庭市\n")),
    Case(
        "duplicate-keys",
        "duplicate keys",
        _text("dup.yaml", MINIMAL_PLAN.replace("  title: テスト計画\n", "  title: テスト計画\n  title: 別名\n")),
    ),
    Case(
        "python-tag",
        "a !!python/object/apply tag",
        _text("python-tag.yaml", "municipality: !!python/object/apply:os.system ['touch pwned']\n"),
    ),
    Case("custom-tag", "a custom tag", _text("custom-tag.yaml", "municipality: !include other.yaml\n")),
    Case("billion-laughs", "an alias bomb (billion laughs)", _text("bomb.yaml", _billion_laughs())),
    Case("recursive-alias", "a recursive alias", _text("recursive.yaml", "municipality: &a\n  name: *a\n")),
    Case("deep-nesting", "nesting 20,000 deep", _text("deep.yaml", "plan: " + "[" * 20_000 + "]" * 20_000 + "\n")),
    Case(
        "deep-block-nesting",
        "block nesting 2,000 deep",
        _text("deep-block.yaml", "a:\n" + "".join("  " * i + "b:\n" for i in range(1, 2000))),
    ),
    Case("huge-file", "a file over the 16 MiB limit", _huge),
    Case(
        "long-line",
        "a 4 MB line (a valid plan)",
        _text("long-line.yaml", MINIMAL_PLAN.replace("title: 施策", "title: 施策" + "あ" * 1_400_000)),
        valid=True,
    ),
    Case("nul-bytes", "NUL bytes", _bytes("nul.yaml", MINIMAL_PLAN.encode("utf-8").replace(b"version", b"ver\x00sion"))),
    Case("random-binary", "random binary data", _bytes("binary.yaml", random.Random(7).randbytes(8192))),
    Case("utf8-bom", "UTF-8 with BOM (accepted)", _bytes("bom.yaml", b"\xef\xbb\xbf" + MINIMAL_PLAN.encode("utf-8")), valid=True),
    Case("utf16", "UTF-16", _text("utf16.yaml", MINIMAL_PLAN, "utf-16")),
    Case("shift-jis", "Shift_JIS", _text("sjis.yaml", MINIMAL_PLAN.replace("テスト計画", "恵庭市の計画"), "shift_jis")),
    Case("cp932", "CP932 with 髙 and ①", _text("cp932.yaml", MINIMAL_PLAN.replace("テスト計画", "髙橋市①計画"), "cp932")),
    Case("directory", "a directory where a file is expected", _directory),
    Case("missing", "a file that does not exist", lambda folder: folder / "nai.yaml"),
    Case("symlink-loop", "a symlink loop", _symlink_loop),
    Case("wrong-types", "valid YAML, every field of the wrong type", _text("wrong-types.yaml", WRONG_TYPES), formattable=True),
    # Issue 17: faults beyond the corpus above (tests/test_faults.py has the rest: writes, signals, races).
    Case("fifo", "a named pipe (FIFO) named as a plan", _fifo),
    Case("dangling-link", "a link to a plan that is gone", _dangling),
    Case("non-utf8-name", "a file name in CP932 (from a Windows zip)", _cp932_name, valid=True),
    Case(
        "huge-number",
        "a number of 5,002 characters (0x + 5,000 hex digits)",
        _text("huge-number.yaml", MINIMAL_PLAN.replace("version: 1", "version: 0x" + "f" * 5000)),
    ),
    Case(
        "control-character",
        "an ESC in a string (a warning: every report shows it as \\x1b)",
        _text("control.yaml", MINIMAL_PLAN.replace("name: 恵庭市", 'name: "恵庭\\x1b市"')),
        valid=True,
    ),
    Case("string-alias-bomb", "a 1 MB string aliased 1,000 times", _text("string-bomb.yaml", _string_bomb())),
    Case("many-values", "100,000 measures, no alias", _text("many.yaml", _many_measures(100_000))),
    Case(
        "long-run-of-spaces",
        "a title with 1,000,000 spaces before its last word, and a line of 1,000,000 spaces then `:`",
        _text(
            "spaces.yaml", MINIMAL_PLAN.replace("title: テスト計画", "title: テスト" + " " * 1_000_000 + "計画") + " " * 1_000_000 + ":\n"
        ),
    ),
]
