"""The one-pass loader (dxcheck.files.loader) against ruamel.yaml's safe loader, which it replaces for plain YAML.

Whenever `load_fast` reads a text, its data must equal what ruamel's loader (with dxcheck's
constructor) gives, and its positions what `PositionIndex` finds by parsing again. Whenever the
text is not plain YAML, it must decline, so that ruamel's loader gives the data or the error.
"""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hostile_cases import CASES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from conftest import MINIMAL_PLAN, ROOT, run_cli
from dxcheck.files.lines import load_lines
from dxcheck.files.loader import NumberTooLong, TooManyValues, load_fast
from dxcheck.files.source import MAX_DEPTH, MAX_EXPANDED_NODES, PositionIndex, _safe_yaml


def _fast(text: str) -> Any:
    return load_fast(text, max_depth=MAX_DEPTH, max_values=MAX_EXPANDED_NODES)


def _same(a: Any, b: Any) -> bool:
    """Equal data, with the types (True is not 1 here) and NaN equal to itself."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b)


def _ruamel(text: str) -> tuple[bool, Any]:
    try:
        return True, _safe_yaml().load(text)
    except Exception as exc:  # any failure: the fast path must then decline
        return False, exc


def _lines(text: str) -> Any:
    return load_lines(text, max_depth=MAX_DEPTH, max_values=MAX_EXPANDED_NODES)


def assert_agrees(text: str) -> bool:
    """The fast loader reads `text` exactly as ruamel does, or declines; whether it read it. The line
    reader (dxcheck.files.lines) reads it exactly as the fast loader does, or declines."""
    loaded = _fast(text)
    by_line = _lines(text)
    if by_line is not None:
        assert loaded is not None, f"the line reader read what the event loader declines:\n{text}"
        assert _same(by_line.data, loaded.data), f"{by_line.data!r} != {loaded.data!r}\n{text}"
        assert by_line.values == loaded.values, f"{by_line.values} != {loaded.values}\n{text}"
        assert by_line.keys == loaded.keys, f"{by_line.keys} != {loaded.keys}\n{text}"
    if loaded is None:
        return False
    ok, expected = _ruamel(text)
    assert ok, f"ruamel refuses what the fast loader read: {expected!r}\n{text}"
    assert _same(loaded.data, expected), f"{loaded.data!r} != {expected!r}\n{text}"
    index = PositionIndex(text)
    assert loaded.values == index._values, text
    assert loaded.keys == index._keys, text
    return True


def _corpus() -> list[Path]:
    return sorted((ROOT / "plans").glob("*.yaml")) + sorted((ROOT / "frameworks").glob("*.yaml"))


@pytest.mark.parametrize("path", _corpus(), ids=lambda p: p.name)
def test_every_shipped_plan_and_framework_is_read_in_one_pass_exactly_as_ruamel_reads_it(path: Path) -> None:
    assert assert_agrees(path.read_text(encoding="utf-8-sig")), f"{path.name} fell back to ruamel's loader"


def test_generated_plans_are_read_in_one_pass_exactly_as_ruamel_reads_them(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "generate.py"), "--count", "40", "--seed", "3", "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    for path in sorted(tmp_path.glob("*.yaml")):
        assert assert_agrees(path.read_text(encoding="utf-8")), path.name


def test_the_hostile_corpus_is_read_identically_or_left_to_ruamel(tmp_path: Path) -> None:
    for case in CASES:
        path = case.make(tmp_path)
        if path.is_fifo():
            continue  # not a regular file: refused before any YAML is read
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError, RuntimeError):
            continue  # not text: refused before any YAML is read
        try:
            assert_agrees(text)
        except TooManyValues:
            continue  # refused as it reads, by design (the value limit: tested against ruamel's path below)
        except NumberTooLong:
            with pytest.raises(NumberTooLong):  # ruamel's path refuses the same number
                _safe_yaml().load(text)


@pytest.mark.parametrize(
    "text",
    [
        "a: &x 1\nb: *x\n",  # anchors and aliases
        "a: !!str 5\n",  # an explicit tag
        "a: !include other.yaml\n",
        "base: {x: 1}\nc:\n  <<: {y: 2}\n",  # a merge key
        "a: =\n",  # the value tag
        "? [k]\n: v\n",  # a complex key
        "? {k: 1}\n: v\n",
        "a: 1\na: 2\n",  # a duplicate key
        "1: a\n1.0: b\n",  # duplicate once constructed
        "a: 1\n---\nb: 2\n",  # two documents
        "%YAML 1.1\n---\na: yes\n",  # a directive changes the schema
        "a: [1, 2\n",  # a syntax error
        "a:\n\tb: 1\n",
        "a: " + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1) + "\n",  # deeper than the limit
    ],
)
def test_anything_but_plain_yaml_is_left_to_ruamels_loader(text: str) -> None:
    assert _fast(text) is None


def test_the_value_limit_counts_as_check_shape_counts() -> None:
    # The root mapping, the list and its 1,000 items: 1,002 values (keys are not counted).
    text = "a:\n" + "".join(f"- {i}\n" for i in range(1000))
    assert load_fast(text, max_depth=MAX_DEPTH, max_values=1002) is not None
    with pytest.raises(TooManyValues) as refused:  # refused at once, not read to the end (issue 17)
        load_fast(text, max_depth=MAX_DEPTH, max_values=1001)
    assert refused.value.position == (1001, 3)


@pytest.mark.parametrize("anchor", ["", "b: &x 1\n"], ids=["plain", "with-an-anchor"])
def test_a_plan_over_the_value_limit_gets_the_same_finding_from_either_loader(anchor: str, tmp_path: Path) -> None:
    # Plain YAML is refused by the fast loader as it reads; with an anchor, ruamel's loader reads
    # it and check_shape refuses it. Either way: too many values, not an alias bomb.
    path = tmp_path / "many.yaml"
    path.write_text(anchor + "a:\n" + "".join(f"- {i}\n" for i in range(MAX_EXPANDED_NODES)), encoding="utf-8")
    run = run_cli("lint", str(path))
    assert run.exit_code == 1
    assert "DX011" in run.output
    assert "billion" not in run.output


# Plain scalars chosen to hit every implicit type and the edges of ruamel's patterns.
TRICKY = [
    "", "~", "null", "Null", "NULL", "nULL", "true", "True", "TRUE", "tRUE", "false", "yes", "no", "on", "off", "y", "n",
    "0", "-0", "+1", "007", "0755", "0o17", "0o", "0x1F", "0x", "0x_", "0b101", "0b", "1_000", "_", "-_", "+_", "1__0",
    "1.5", "-1.5", ".5", "1.", "1e5", "1E-5", "1.0e+3", ".inf", "-.Inf", "+.INF", ".nan", ".NaN", "._", "-.", "1:30", "1:30:00",
    "2024-01-01", "2024-1-1", "2024-01-01 10:00:00", "2024-01-01T10:00:00Z", "R7", "令和7年度", "2025（令和7）年度", "p20-01",
    "dx/telework", "<<", "=", "-", "+", ".", "a b", "012319", "1,000", "１０", "０x1",
]  # fmt: skip


@pytest.mark.parametrize("scalar", TRICKY)
def test_each_plain_scalar_resolves_as_ruamel_resolves_it(scalar: str) -> None:
    for text in (f"k: {scalar}\n", f"{scalar or '~'}: v\n", f"- {scalar}\n", f"k: [{scalar}]\n" if scalar else "k: []\n"):
        if _ruamel(text)[0] or _fast(text) is not None:
            assert_agrees(text)


def test_a_number_that_is_not_one_is_read_as_text_not_a_crash(tmp_path: Path) -> None:
    # ruamel's patterns take `0x_` for an int and then raise ValueError; YAML 1.2 says it is a string.
    text = MINIMAL_PLAN.replace("  title: テスト計画\n", "  title: 0x_\n")
    assert _fast(text) is not None
    assert _ruamel(text)[0]
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    run = run_cli("lint", str(path))
    assert run.exit_code == 0, run.output
    aliased = tmp_path / "aliased.yaml"  # ruamel's loader (an anchor): the same reading
    aliased.write_text(text.replace("  title: 0x_\n", "  title: &t -_\n"), encoding="utf-8")
    assert run_cli("lint", str(aliased)).exit_code == 0
    formatted = run_cli("fmt", str(path))  # fmt's round-trip loader reads it the same way, and quotes it
    assert formatted.exit_code == 0, formatted.output
    assert "  title: '0x_'\n" in path.read_text(encoding="utf-8")
    assert run_cli("lint", str(path)).exit_code == 0


KEYS = st.sampled_from(["a", "b", "title", "id", "1", "2025", "null", "true", "<<", "年度", "p20"])
SCALARS = st.one_of(
    st.sampled_from(TRICKY),
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=12),
)
DATA = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(KEYS, inner, max_size=4)), max_leaves=25)


def _dump(data: Any, flow: bool | None) -> str:
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = flow
    yaml.allow_unicode = True
    from io import StringIO

    out = StringIO()
    yaml.dump(data, out)
    return out.getvalue()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=DATA, flow=st.sampled_from([False, True, None]))
def test_any_dumped_data_is_read_as_ruamel_reads_it(data: Any, flow: bool | None) -> None:
    text = _dump(data, flow)
    assert_agrees(text)


LINES = st.lists(
    st.one_of(
        st.builds(lambda k, v: f"{k}: {v}", KEYS, st.sampled_from(TRICKY)),
        st.builds(lambda k: f"{k}:", KEYS),
        st.builds(lambda v: f"  - {v}", st.sampled_from(TRICKY)),
        st.builds(lambda k, v: f"  {k}: '{v}'", KEYS, st.sampled_from(TRICKY)),
        st.sampled_from(["# コメント", "", "---", "...", "  ? x", "  : y", "- [a, {b: c}]", '"q": "\\u3042"', "&a x: *a"]),
    ),
    max_size=8,
)


@settings(max_examples=300, deadline=None)
@given(lines=LINES)
def test_any_yaml_shaped_text_is_read_as_ruamel_reads_it_or_declined(lines: list[str]) -> None:
    assert_agrees("\n".join(lines) + "\n")


# --- the line reader (dxcheck.files.lines) ------------------------------------------------------------

# Texts of the shapes plans are written in, each with whether the line reader reads it itself (True)
# or leaves it to the event loader (False); either way it must agree with the event loader and ruamel.
BLOCK_TEXTS = {
    "comments after values": ("a: 1 # one\nb: 'x' # two\nc: [p, q] # three\n", True),
    "quoted keys": ("'1': a\n\"2\": b\n'it''s': c\n", True),
    "a doubled single quote": ("a: 'it''s'\n", True),
    "a colon in double quotes": ('a: "x: y"\n', True),
    "one-line lists": ("a: [ x ,y,  z ]\nb: []\nc: [ ]\nd: {}\n", True),
    "one-line list of numbers": ("a: [1, 2.5, true, null, ~, 0x1F, 2024-04]\n", True),
    "a list at its key's indentation": ("a:\n- 1\n- b: 2\n  c: 3\nd: 4\n", True),
    "nesting": ("a:\n  b:\n    c: 1\n  d:\n  - x\n  - y\ne: z\n", True),
    "spaces after a dash": ("-   a: 1\n    b: 2\n-   c\n", True),
    "a colon without a space": ("a: b:c\nurl: http://x.y/z\n", True),
    "a hash without a space": ("a: C#言語\n", True),
    "full-width colon": ("タイトル: 計画：第２版\n", True),
    "a key starting with a dash": ("-a: 1\n", True),
    "plain scalars starting with a dash": ("a: -1\nb: -x\nc: ?x\n", True),
    "trailing spaces": ("a: x   \nb: 'y'   \n", True),
    "no last line break": ("a: 1\n# end", True),
    "a list in a compact mapping": ("- a:\n  - 1\n  b: 2\n", True),
    "blank lines": ("a: 1\n\n\nb:\n\n  c: 2\n", True),
    "comments between": ("a:\n# c\n  b: 1\nd: 2\n    # deeper\ne: 3\n", True),
    "brackets inside a value": ("a: 計画[案]\nb: x{y}\n", True),
    "quoted indicators": ("- '-'\n- \"[x]\"\n", True),
    "keys that resolve": ("true: 1\nnull: 2\n3: c\n", True),
    "a space inside a list item": ("a: [x y, z]\n", True),
    "astral characters": ("a: 𠀋\nb: [𠀋, x]\n", True),
    "runs of spaces inside values": ("a: x" + " " * 50 + "y   \n-k:   -v  w  \nc: d  e # f\n", True),
    "a list in a list": ("- - a\n", False),
    "a value going on": ("a: one\n  two\nb: 3\n", False),
    "an item going on": ("- one\n  two\n", False),
    "a null": ("a:\nb: 1\n", False),
    "a null last": ("a: 1\nb:\n", False),
    "a null in an item": ("- a:\n- b\n", False),
    "an empty item": ("-\n- a\n", False),
    "a space before the colon": ("a : 1\n", False),
    "a tab": ("a:\t1\n", False),
    "CRLF": ("a: 1\r\nb: 2\r\n", False),
    "a document marker": ("---\na: 1\n", False),
    "a document end": ("a: 1\n...\n", False),
    "an indented root": ("  a: 1\n  b: 2\n", False),
    "a scalar document": ("hello\n", False),
    "an empty document": ("# x\n", False),
    "a trailing comma": ("a: [x, y,]\n", False),
    "a nested list": ("a: [x, [y]]\n", False),
    "a list over lines": ("a: [x,\n  y]\n", False),
    "a quoted list item": ("a: ['x', y]\n", False),
    "a flow mapping": ("a: {b: 1}\n", False),
    "a block scalar": ("a: |\n  text\nb: >-\n  more\n", False),
    "a dash with no space": ("-a\n", False),
}


@pytest.mark.parametrize("name", list(BLOCK_TEXTS))
def test_the_line_reader_reads_block_yaml_exactly_as_the_event_loader_or_leaves_it(name: str) -> None:
    text, read_by_lines = BLOCK_TEXTS[name]
    assert assert_agrees(text)
    assert (_lines(text) is not None) is read_by_lines


@pytest.mark.parametrize(
    "text",
    [
        "a: b: c\n",  # a mapping value in a plain scalar
        "a:\n    b: 1\n  c: 2\n",  # an indentation that closes to no block
        "a:\n  b: 1\n c: 2\n",
        "a: 1\na: 2\n",
        "1: a\n0x1: b\n",  # duplicate once resolved
        "a: x\x85y\n",  # NEL and LS are line breaks to YAML
        "a: x\u2028y\n",
        "\ufeffa: 1\n",
        "a: &x 1\n",
        "a: - x\n",
        "a: %x\n",
        "a: @x\n",
        ": x\n",
        "a: 'x' y\n",
        "- a\n  b: 1\n",
        "a: [x:y]\n",
        # found by a hostile review: each was read by the line reader, and refused by the parser or read otherwise
        "a: [?a]\n",  # `?` in a flow list: a key ([{a: null}]), or the end of a plain scalar (`[a?b]` is an error)
        "a: [a?b]\n",
        "a: 'x'\u3000\n",  # after a scalar or a one-line list, only spaces: U+3000, NBSP, U+2003 are not YAML's whitespace
        'a: "x"\u2003\n',
        "a: 'x'\xa0\n",
        "a: [x]\u3000\n",
        "- [x]\u3000\n",
        "a: {}\u3000\n",
        "- {}\xa0\n",
        "--- a: 1\n",  # a document marker before a key: `---` or `...` then a space, at the line's start
        "---  a: 1\n",
        "... a: 1\n",
        "a: 1\n--- b: 2\n",
        "a: 1\n... b: 2\n",
        "a" * 1025 + ": 1\n",  # a key longer than libyaml's 1,024 characters is no key
        "- " + "a" * 1025 + ": 1\n",
        "b:\n  " + "a" * 1025 + ": 1\n",
        "'" + "a" * 1023 + "': 1\n",
        '"' + "a" * 1023 + '": 1\n',
    ],
)
def test_the_line_reader_leaves_what_it_is_not_sure_of(text: str) -> None:
    assert _lines(text) is None
    assert_agrees(text)


@pytest.mark.parametrize(
    ("text", "max_depth"),
    [
        ("a:\n  b: [x]\n", 2),  # a one-line list or `{}` is one level deeper than its key
        ("a:\n  b: {}\n", 2),
        ("- [x]\n", 1),
        ("a: {}\n", 1),
        ("- a: []\n", 2),
        ("a: 1\n", 0),
    ],
)
def test_the_line_reader_declines_what_is_deeper_than_the_limit_as_the_event_loader_does(text: str, max_depth: int) -> None:
    assert load_fast(text, max_depth=max_depth, max_values=MAX_EXPANDED_NODES) is None
    assert load_lines(text, max_depth=max_depth, max_values=MAX_EXPANDED_NODES) is None
    assert load_lines(text, max_depth=max_depth + 1, max_values=MAX_EXPANDED_NODES) is not None


def test_the_line_reader_leaves_a_long_number_to_the_event_loader_which_says_where_it_is() -> None:
    text = "a: 1\nb: " + "1" * 150 + "\n"
    assert _lines(text) is None
    with pytest.raises(NumberTooLong) as refused:
        _fast(text)
    assert refused.value.position == (2, 4)


def test_plans_are_read_line_by_line(tmp_path: Path) -> None:
    # What makes the line reader worth having: the plans people write, and generated ones, are read by it.
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "generate.py"), "--count", "40", "--seed", "5", "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    plans = sorted(tmp_path.glob("*.yaml")) + [ROOT / "plans" / name for name in ("kamisato.yaml", "eniwa.yaml", "furano.yaml")]
    for path in plans:
        assert _lines(path.read_text(encoding="utf-8")) is not None, path.name


EDITS = st.sampled_from(["indent+1", "indent-1", "indent+2", "comment", "blank", "flow", "null", "quote"])


def _edit(lines: list[str], at: int, edit: str) -> list[str]:
    line = lines[at]
    if edit.startswith("indent"):
        change = int(edit[6:])
        line = " " * max(0, len(line) - len(line.lstrip(" ")) + change) + line.lstrip(" ")
    elif edit == "comment":
        line += " # c"
    elif edit == "blank":
        return [*lines[:at], "", *lines[at:]]
    elif edit == "flow" and ": " in line:
        line = line.split(": ", 1)[0] + ": [a, 1, ' x']"[: 10 if at % 2 else 14]
    elif edit == "null" and ": " in line:
        line = line.split(": ", 1)[0] + ":"
    elif edit == "quote" and ": " in line:
        key, value = line.split(": ", 1)
        line = f"{key}: '{value}'"
    return [*lines[:at], line, *lines[at + 1 :]]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=DATA, edits=st.lists(st.tuples(st.integers(min_value=0), EDITS), max_size=4))
def test_block_yaml_with_its_lines_disturbed_is_read_as_the_event_loader_reads_it_or_left(data: Any, edits: list[tuple[int, str]]) -> None:
    lines = _dump(data, False).splitlines()
    for at, edit in edits:
        if lines:
            lines = _edit(lines, at % len(lines), edit)
    assert_agrees("\n".join(lines) + "\n")


# Fragments that sit at the edges of what the line reader reads: YAML's indicators, characters
# Python takes for whitespace and YAML does not (U+3000, NBSP, U+2003), document markers, one-line
# lists and quoted scalars, combining marks and astral characters — put into keys and values of
# block YAML that is otherwise well formed, at the root, under a key and in list items.
EDGE = st.sampled_from(
    ["x", "x", "x y", "1", "-1", "~", "<<", "-", "?", ":", "#", " #", " # c", "'", "''", "'q'", '"q"', "[", "]", "{}", "[]", "[x, y]", "[?x]",
     "[x]", ",", "&x", "*x", "!t", "|", ">", "%", "@", "`", " ", "  ", "\u3000", "\xa0", "\u2003", "𠀋", "\u0301", "---", "...", ": ", "-a"]
)  # fmt: skip
KEY_EDGE = st.sampled_from(["", "", "", "--- ", "... ", "---", "'", "?", "-", "- ", "\u3000", "'k", "x" * 1030, "あ" * 1030])
EDGE_VALUE = st.lists(EDGE, min_size=1, max_size=3).map("".join)
LAYOUTS = [
    ("", "", ""),
    ("m:\n", "  ", "  "),
    ("s:\n", "- ", "- "),
    ("- ", "", "  "),
    ("-   a: 1\n", "    ", "    "),
]  # head, first line's indentation, the others'


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    items=st.lists(st.tuples(KEY_EDGE, EDGE_VALUE), min_size=1, max_size=5),
    layout=st.sampled_from(LAYOUTS),
    end=st.sampled_from(["\n", "", "  \n", "\u3000\n", "\n# c"]),
)
def test_block_yaml_with_yamls_edge_cases_in_keys_and_values_is_read_as_the_event_loader_reads_it_or_left(
    items: list[tuple[str, str]], layout: tuple[str, str, str], end: str
) -> None:
    head, first, indent = layout
    lines = [f"{indent if i else first}{pre}k{i}: {value}" for i, (pre, value) in enumerate(items)]
    assert_agrees(head + "\n".join(lines) + end)


@pytest.mark.parametrize("text", [".nan: a\n", ".nan: a\n.NaN: b\n", "- .nan: a\n  .nan: b\n"])
def test_a_nan_key_is_left_to_ruamel_whatever_the_scalars_kept(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Two `.nan` keys are one duplicate key to ruamel; to the fast readers they were the same key only
    # when _plain had kept the first NaN (cleared at 20,000 scalars). Neither reads a NaN key now.
    from dxcheck.files import loader

    for kept in (loader._PLAIN_SEEN, {}):
        monkeypatch.setattr(loader, "_PLAIN_SEEN", kept)
        assert _lines(text) is None
        assert _fast(text) is None
