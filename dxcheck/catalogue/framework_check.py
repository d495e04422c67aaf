"""`dxcheck frameworks check FILE`: a framework file linted before it is used, with file:line:col and
a stable code for each problem. The same checks guard the framework files a user adds
(dxcheck.catalogue.user): a file with an error is not loaded.

The codes (docs/frameworks.md lists them):

    FW001 error    the file cannot be read or is not YAML (encoding, syntax, limits)
    FW002 error    the file does not fit the framework schema (schemas/framework.schema.json)
    FW003 error    an item of a framework without words to match (vocabulary.signals), nor 推進体制 checks
    FW004 error    an id given twice (an item, a group)
    FW005 error    a target without a fiscal year
    FW006 error    a date that does not parse (the edition's date, a source's date)
    FW007 error    an item in a group the file does not define
    FW008 warning  the file's name is not ID.yaml or ID@EDITION.yaml
    FW009 error    across files: the previous edition is missing or not the one right before, an item it names is not in it, …
    FW010 error    two user files hold the same edition
    FW011 warning  an item that names no place in its source (section, article, entry or quote)
    FW012 warning  a text with a line break, a control, bidirectional or zero-width character: reports
                   show it escaped (`\\n`, `\\u202e`), so that it cannot print a line of its own

Nothing here raises for a user's file: every problem is a `FrameworkProblem`.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from dxcheck.model.findings import severity_word
from dxcheck.model.message import Message

if TYPE_CHECKING:
    from dxcheck.catalogue.framework import CatalogueProblem

ProblemSeverity = Literal["error", "warning"]


@dataclass(frozen=True)
class FrameworkProblem:
    """One problem of a framework file, where it is."""

    code: str
    severity: ProblemSeverity
    file: str
    line: int | None
    column: int | None
    message: Message

    def text(self, lang: str) -> str:
        """`file:line:col: FW004 error: …`, as ruff and the plan lint write it."""
        where = self.file + (f":{self.line}" if self.line else "") + (f":{self.column}" if self.line and self.column else "")
        return f"{where}: {self.code} {severity_word(self.severity, lang)}: {self.message.text(lang)}"


@dataclass(frozen=True)
class CheckedFile:
    """A framework file as checked: its problems and, when it has no error, the framework it holds."""

    path: Path
    problems: tuple[FrameworkProblem, ...]
    data: Any = None  # its texts escaped (one_line): what reports show
    positions: Any = None  # the PositionIndex of the text read

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)


def check_file(path: Path, shown: str, raw: bytes | None = None) -> CheckedFile:
    """Every problem of one framework file (`shown` is how reports name it). `raw`: its bytes, already
    read (dxcheck.catalogue.user hashes and checks the same bytes: the file is read once)."""
    from dxcheck.files.source import MAX_PLAN_BYTES, PositionIndex, SourceError, decode_source, parse_yaml, read_source
    from dxcheck.model import rules

    try:
        if raw is None:
            source = read_source(path, shown)
        elif len(raw) > MAX_PLAN_BYTES:
            raise SourceError(rules.FILE_TOO_LARGE(MAX_PLAN_BYTES // (1024 * 1024)).at(shown))
        else:
            source = decode_source(raw, shown)
        data = parse_yaml(source)
    except SourceError as exc:
        finding = exc.finding
        return CheckedFile(path, (FrameworkProblem("FW001", "error", shown, finding.line, finding.column, finding.message),))
    positions = PositionIndex.for_source(source)

    def at(
        code: str, where: tuple[str | int, ...], message: Message, severity: ProblemSeverity = "error", key: bool = False
    ) -> FrameworkProblem:
        line, column = positions.locate(tuple(str(p) for p in where), key=key)
        return FrameworkProblem(code, severity, shown, line, column, message)

    problems = list(_specific(data, at))
    problems += _schema(data, at, {(p.line, p.column) for p in problems})
    if not any(p.severity == "error" for p in problems):
        problems += _model(data, at)
    if isinstance(data, dict) and isinstance(data.get("id"), str):
        problems += _file_name(path, data, at)
    problems += _hidden(data, (), at)
    ok = not any(p.severity == "error" for p in problems)
    return CheckedFile(path, tuple(problems), one_line(data) if ok else None, positions if ok else None)


def one_line(value: Any) -> Any:
    """`value` with every text escaped as a plan's names are in reports (dxcheck.model.findings.visible):
    a line break as `\\n`, a bidirectional override as `\\u202e`. A user's framework text reaches the
    terminal, GitHub's log and every report; a title with a line break could print a fake verdict line
    (`判定: 合格`) or a workflow command (`::error …`) of its own."""
    from dxcheck.model.findings import visible

    if isinstance(value, str):
        return visible(value, breaks=True)
    if isinstance(value, dict):
        return {key: one_line(child) for key, child in value.items()}
    if isinstance(value, list):
        return [one_line(child) for child in value]
    return value


def _hidden(value: Any, where: tuple[str | int, ...], at: Locate) -> Iterator[FrameworkProblem]:
    """FW012: each text that holds a line break or a character that changes what is shown unseen."""
    from dxcheck.model.findings import visible

    if isinstance(value, dict):
        for key, child in value.items():
            yield from _hidden(child, (*where, key), at)
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _hidden(child, (*where, index), at)
    elif isinstance(value, str) and (shown := visible(value, breaks=True)) != value:
        yield at(
            "FW012",
            where,
            Message(
                f"改行または見えない文字があります: 「{shown[:60]}」。報告ではエスケープして表示します（一行に一つの値）",
                f"a line break or an invisible character: '{shown[:60]}'. Reports show it escaped (one value, one line)",
            ),
            severity="warning",
        )


Locate = Any  # the `at` closure of check_file


def _specific(data: Any, at: Locate) -> Iterator[FrameworkProblem]:
    """The problems with a code of their own: said before the schema's more general words."""
    if not isinstance(data, dict):
        return
    kind = data.get("kind", "framework")
    items: list[Any] = data["items"] if isinstance(data.get("items"), list) else []
    groups: list[Any] = data["groups"] if isinstance(data.get("groups"), list) else []
    for name, entries in (("items", items), ("groups", groups)):
        seen: dict[str, int] = {}
        for index, entry in enumerate(entries):
            if isinstance(entry, dict) and isinstance(entry.get("id"), str):
                if entry["id"] in seen:
                    yield at(
                        "FW004",
                        (name, index, "id"),
                        Message(
                            f"ID「{entry['id']}」が二度あります（{name} の {seen[entry['id']] + 1} 番目と {index + 1} 番目）",
                            f"the id '{entry['id']}' is given twice ({name} #{seen[entry['id']] + 1} and #{index + 1})",
                        ),
                    )
                else:
                    seen[entry["id"]] = index
    group_ids = {g["id"] for g in groups if isinstance(g, dict) and isinstance(g.get("id"), str)}
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        name = item.get("id", f"#{index + 1}")
        vocabulary: dict[str, Any] = item["vocabulary"] if isinstance(item.get("vocabulary"), dict) else {}
        if kind == "framework" and not vocabulary.get("signals") and not item.get("governance"):
            yield at(
                "FW003",
                ("items", index, "vocabulary") if "vocabulary" in item else ("items", index),
                Message(
                    f"項目「{name}」に照合する語（vocabulary.signals）がありません: 計画の文章からこの項目を見つけられません",
                    f"item '{name}' has no words to match (vocabulary.signals): a plan's text can never be found to take it up",
                ),
            )
        if isinstance(item.get("group"), str) and group_ids and item["group"] not in group_ids:
            yield at(
                "FW007",
                ("items", index, "group"),
                Message(
                    f"項目「{name}」のグループ「{item['group']}」が groups にありません（{'、'.join(sorted(group_ids))}）",
                    f"item '{name}': group '{item['group']}' is not defined in groups ({', '.join(sorted(group_ids))})",
                ),
            )
        if "target" in item:
            yield from _target(item["target"], ("items", index, "target"), at)
        own: dict[str, Any] = item["source"] if isinstance(item.get("source"), dict) else {}
        if not any(own.get(k) for k in ("section", "article", "entry", "quote")):
            yield at(
                "FW011",
                ("items", index, "source") if "source" in item else ("items", index, "id"),
                Message(
                    f"項目「{name}」に出典の箇所（source の section・article・entry・quote）がありません: 読んだ人が原文で確かめられません",
                    f"item '{name}' names no place in its source (source.section, article, entry or quote): a reader cannot check it",
                ),
                severity="warning",
            )
    targets: list[Any] = data["targets"] if isinstance(data.get("targets"), list) else []
    for index, target in enumerate(targets):
        yield from _target(target, ("targets", index), at)
    yield from _dates(data, (), at)


def _target(target: Any, where: tuple[str | int, ...], at: Locate) -> Iterator[FrameworkProblem]:
    if isinstance(target, dict) and not (isinstance(target.get("fiscal_year"), int) and not isinstance(target.get("fiscal_year"), bool)):
        yield at(
            "FW005",
            (*where, "fiscal_year") if "fiscal_year" in target else where,
            Message(
                "国の目標に年度（fiscal_year、西暦の年度。例: 2025）がありません",
                "a target without a fiscal year (fiscal_year, e.g. 2025)",
            ),
        )


def _dates(value: Any, where: tuple[str | int, ...], at: Locate) -> Iterator[FrameworkProblem]:
    """Every `date` (the edition's, each source's) must be a real day, YYYY-MM-DD."""
    if isinstance(value, dict):
        for key, child in value.items():
            if key == "date" and not _is_day(child):
                yield at(
                    "FW006",
                    (*where, key),
                    Message(
                        f"日付「{child}」を読めません。YYYY-MM-DD の実在する日付で書いてください（例: 2024-02-05）",
                        f"the date '{child}' does not parse: write a real day as YYYY-MM-DD (2024-02-05)",
                    ),
                )
            elif isinstance(child, dict | list):
                yield from _dates(child, (*where, key), at)
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _dates(child, (*where, index), at)


def _is_day(value: Any) -> bool:
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return True  # YAML's own date (an unquoted 2024-02-05): the schema asks for a string, and says so
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _schema(data: Any, at: Locate, said: set[tuple[int | None, int | None]]) -> list[FrameworkProblem]:
    """What the published schema says (FW002), but not twice where a specific code said it already."""
    import json

    import jsonschema

    from dxcheck.files.resources import schema_path

    schema = json.loads(schema_path("framework").read_text(encoding="utf-8"))
    found = []
    for error in sorted(jsonschema.Draft202012Validator(schema).iter_errors(_plain(data)), key=lambda e: [str(p) for p in e.absolute_path]):
        path = tuple(error.absolute_path)
        problem = at("FW002", path, _schema_message(path, error), key=error.validator == "additionalProperties")
        if (problem.line, problem.column) in said and error.validator in ("required", "pattern", "type", "anyOf", "oneOf", "format"):
            continue
        found.append(problem)
    return found


def _schema_message(path: tuple[Any, ...], error: Any) -> Message:
    where = "/" + "/".join(str(p) for p in path)
    if error.validator == "required":
        missing = str(error.message).split("'")[1] if "'" in str(error.message) else str(error.message)
        return Message(f"{where}: 必須の「{missing}」がありません", f"{where}: '{missing}' is required")
    if error.validator == "additionalProperties":
        return Message(f"{where}: 定義されていないキーがあります（{error.message}）", f"{where}: {error.message}")
    return Message(f"{where}: 形式に合いません（{error.message}）", f"{where}: {error.message}")


def _plain(value: Any) -> Any:
    """YAML's own dates as the strings the schema expects them as (so the schema says 'not a string')."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _model(data: Any, at: Locate) -> list[FrameworkProblem]:
    """What the model sees beyond the schema (a rule across fields)."""
    from pydantic import ValidationError

    from dxcheck.catalogue.framework import Framework

    try:
        Framework.model_validate(data)
    except ValidationError as exc:
        return [
            at("FW002", tuple(e["loc"]), Message(f"/{'/'.join(str(p) for p in e['loc'])}: {e['msg']}", e["msg"]))
            for e in exc.errors(include_url=False)
        ]
    return []


def _file_name(path: Path, data: dict[str, Any], at: Locate) -> Iterator[FrameworkProblem]:
    expected = {f"{data['id']}.yaml", f"{data['id']}@{data.get('edition')}.yaml"}
    if path.name not in expected:
        yield at(
            "FW008",
            ("id",),
            Message(
                f"ファイル名「{path.name}」が id と edition に合いません（{' か '.join(sorted(expected))}）",
                f"the file name '{path.name}' does not match its id and edition ({' or '.join(sorted(expected))})",
            ),
            severity="warning",
        )


def across_files(problems: list[CatalogueProblem], files: dict[str, tuple[str, Any]]) -> list[FrameworkProblem]:
    """`Catalogue.problems()` (previous editions, continues, same_as, targets) said at the file that has them:
    `files` maps an edition's ref (dx@3.0) to the file shown and the positions of that file."""
    found = []
    for problem in problems:
        ref = problem.ref.split("/", 1)[0]
        shown, positions = files.get(ref, ("", None))
        line, column = positions.locate(("previous",)) if positions is not None else (None, None)
        if not shown:  # a shipped edition broken by a user's (one it continues, replaced): said at that user's file
            framework_id = ref.partition("@")[0]
            shown = next((f for r, (f, _) in files.items() if r.partition("@")[0] == framework_id), "")
            line = column = None
        if not shown:
            continue  # a shipped file's problem: not the user's to fix (the tests keep them clean)
        found.append(FrameworkProblem("FW009", "error", shown, line, column, Message(f"版どうしの整合: {problem.ja}", problem.en)))
    return found
