"""`dxcheck fmt`: canonical key order, indentation, fiscal years and ids — comments and text kept.

Through ruamel.yaml's round-trip mode, so every comment and every Japanese sentence survives. The
canonical forms:
- keys in the order of the plan format (schemas/plan.schema.json); unknown keys keep their place after;
- indentation: 2 for mappings, sequences indented 4 with the dash at 2 (`  - id: "1"`);
- fiscal years in both calendars as staff write them: 2023（令和5）年度;
- policy and measure ids as quoted strings; procedure keys p01, p20-01; item ids trimmed, lower case;
- a municipality code written as a number (leading zero lost) back to its six-digit string, when the
  check digit confirms it.
A formatted text is only written when it loads to the same data as the canonicalised original.
"""

from __future__ import annotations

import io
import os
import typing
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, PlainScalarString

from dxcheck.model import fiscal
from dxcheck.model.findings import Finding, Message, display_name
from dxcheck.model.message import shell_word
from dxcheck.model.municipality import code_is_valid
from dxcheck.model.plan import FiscalPeriod, Kpi, Measure, Plan, Policy, ProcedureStatus, canonical_procedure_key
from dxcheck.model.rules import write_reason

_FISCAL_FIELDS: dict[type[BaseModel], tuple[str, ...]] = {
    FiscalPeriod: ("start", "end"),
    Kpi: ("baseline_year", "target_year"),
    ProcedureStatus: ("target_year",),
}
_ID_FIELDS: dict[type[BaseModel], tuple[str, ...]] = {Policy: ("id",), Measure: ("id",)}


class _Constructor(RoundTripConstructor):
    """Round-trip construction, where a plain scalar that ruamel's patterns take for a number but is
    none (`0x_`, `-_`) is a string, as lint reads it (dxcheck.files.loader), instead of an IndexError."""

    def construct_plan_int(self, node: ScalarNode) -> Any:
        try:
            return self.construct_yaml_int(node)
        except (ValueError, IndexError):
            return str(node.value)

    def construct_plan_float(self, node: ScalarNode) -> Any:
        try:
            return self.construct_yaml_float(node)
        except (ValueError, IndexError):
            return str(node.value)


_Constructor.add_constructor("tag:yaml.org,2002:int", _Constructor.construct_plan_int)
_Constructor.add_constructor("tag:yaml.org,2002:float", _Constructor.construct_plan_float)


def _round_trip() -> YAML:
    yaml = YAML(typ="rt")
    yaml.Constructor = _Constructor
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap a long Japanese line
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.allow_duplicate_keys = False
    return yaml


def canonical_fiscal_year(value: object) -> str | None:
    """2023（令和5）年度 for any accepted form of FY2023; None when the value is not a fiscal year."""
    try:
        year = fiscal.parse_fiscal_year(value)
    except fiscal.FiscalYearError:
        return None
    era = fiscal.wareki(year)
    return f"{year}（{era}）年度" if era != str(year) else str(year)


def _model_children(model: type[BaseModel]) -> dict[str, tuple[str, type[BaseModel]]]:
    """The fields of a model that hold models: ("one" | "list" | "dict", model)."""
    children: dict[str, tuple[str, type[BaseModel]]] = {}
    hints = typing.get_type_hints(model)
    for name in model.model_fields:
        annotation = hints[name]
        kind, inner = "one", annotation
        origin = typing.get_origin(annotation)
        if origin is list:
            kind, inner = "list", typing.get_args(annotation)[0]
        elif origin is dict:
            kind, inner = "dict", typing.get_args(annotation)[1]
        for candidate in typing.get_args(inner) or (inner,):
            target = typing.get_args(candidate)[0] if typing.get_origin(candidate) is typing.Annotated else candidate
            if isinstance(target, type) and issubclass(target, BaseModel):
                children[name] = (kind, target)
    return children


def _canonical_item_id(value: object) -> object:
    if isinstance(value, str):
        folded = unicodedata.normalize("NFKC", value).strip().lower()
        if folded != value:
            # An id needs no quotes; a plain str would keep the quotes the author had used.
            return PlainScalarString(folded)
    return value


def _canonicalise(node: Any, model: type[BaseModel]) -> None:
    if not isinstance(node, CommentedMap):
        return
    fields = list(model.model_fields)
    last = next(reversed(node), None)
    for key in [k for k in fields if k in node] + [k for k in list(node) if k not in fields]:
        node.move_to_end(key)
    _keep_closing_comment(node, last)
    for name in _FISCAL_FIELDS.get(model, ()):
        if name in node and node[name] is not None:
            canonical = canonical_fiscal_year(node[name])
            if canonical is not None:
                node[name] = canonical
    for name in _ID_FIELDS.get(model, ()):
        if isinstance(node.get(name), int) and not isinstance(node.get(name), bool):
            node[name] = DoubleQuotedScalarString(str(node[name]))
    if model.__name__ == "Municipality" and isinstance(node.get("code"), int):
        padded = f"{node['code']:06d}"
        if code_is_valid(padded):
            node["code"] = DoubleQuotedScalarString(padded)
    if model is Measure and isinstance(node.get("addresses"), CommentedSeq):
        seq = node["addresses"]
        for index, entry in enumerate(seq):
            if isinstance(entry, str):
                seq[index] = _canonical_item_id(entry)
            elif isinstance(entry, CommentedMap) and "item" in entry:
                entry["item"] = _canonical_item_id(entry["item"])
    if model.__name__ == "Exemption" and "item" in node:
        node["item"] = _canonical_item_id(node["item"])
    if model is Plan and isinstance(node.get("procedures"), CommentedMap):
        _rename_procedure_keys(node["procedures"])
    for name, (kind, child) in _model_children(model).items():
        value = node.get(name)
        if kind == "one":
            _canonicalise(value, child)
        elif kind == "list" and isinstance(value, CommentedSeq):
            for entry in value:
                _canonicalise(entry, child)
        elif kind == "dict" and isinstance(value, CommentedMap):
            for entry in value.values():
                _canonicalise(entry, child)


def left_as_written(data: Any) -> tuple[Message, ...]:
    """What fmt would fix but does not, and why: a procedure key written loosely (p4) beside the same
    procedure written canonically (p04). Renaming one would make two of the same key; which status
    holds is the officer's to say."""
    procedures = data.get("procedures") if isinstance(data, dict) else None
    if not isinstance(procedures, dict):
        return ()
    left = []
    for key in procedures:
        canonical = canonical_procedure_key(key)
        if canonical is not None and canonical != key and canonical in procedures:
            left.append(
                Message(
                    f"手続「{key}」は「{canonical}」と同じ手続で、両方が書かれているため直していません。一つにまとめてください",
                    f"procedure '{key}' is '{canonical}', which is also there: not renamed; keep one of the two",
                )
            )
    return tuple(left)


def _keep_closing_comment(node: CommentedMap, last: Any) -> None:
    """The comment block after a mapping stays after it when its keys are put in order: ruamel keeps it on the key
    that was last, and a key moved after that one came out below the block (`init`'s commented governance, uncommented
    and formatted, put cycle, training and partnership under the list of the items, far from governance)."""
    now = next(reversed(node), None)
    entry = node.ca.items.get(last) if last is not None else None
    if now is None or now == last or not entry or len(entry) < 3 or entry[2] is None:
        return
    token = entry[2]
    if not str(token.value).startswith("\n"):
        return  # a comment on the key's own line first: it stays with that line, and so the block with it
    entry[2] = None
    moved = node.ca.items.setdefault(now, [None, None, None, None])
    if moved[2] is None:
        moved[2] = token
    else:
        moved[2].value = str(moved[2].value).rstrip("\n") + str(token.value)  # (the block's value opens with its line's end)


def _rename_procedure_keys(procedures: CommentedMap) -> None:
    for position, key in enumerate(list(procedures)):
        canonical = canonical_procedure_key(key)
        if canonical is None or canonical == key or canonical in procedures:
            continue
        value = procedures.pop(key)
        procedures.insert(position, canonical, value)
        comment = procedures.ca.items.pop(key, None)
        if comment is not None:
            procedures.ca.items[canonical] = comment


class FormatError(Exception):
    """The file cannot be formatted safely; it is left as it is."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.en)
        self.message = message


def format_text(text: str) -> str:
    """The canonical text of a plan. Raises FormatError when that would change the data."""
    yaml = _round_trip()
    data = yaml.load(text)
    if not isinstance(data, CommentedMap):
        raise FormatError(Message("計画として読めません（最上位がマッピングではありません）", "not a plan: the top level is not a mapping"))
    _canonicalise(data, Plan)
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    formatted = buffer.getvalue()
    # The safety net: the formatted text must load to exactly the canonicalised data.
    if _plain(yaml.load(formatted)) != _plain(data):
        raise FormatError(
            Message("整形するとデータが変わるため、ファイルはそのままです", "formatting would change the data; the file is left unchanged")
        )
    return formatted


# fmt rewrites the whole file through ruamel.yaml's round trip (comments and order kept), about 0.4 ms
# a value: the largest real plans hold a few thousand values; 40,000 (about 10,000 measures) is some
# 15 s. Beyond it, fmt says so rather than working for minutes (80,000 measures: 87 s, 666 MB).
MAX_FORMAT_VALUES = 40_000


def _count(node: Any) -> int:
    """The values of a loaded YAML document: every mapping, list and scalar, keys included."""
    count, stack = 0, [node]
    while stack:
        item = stack.pop()
        count += 1
        if isinstance(item, dict):
            count += len(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return count


def _plain(node: Any) -> Any:
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    return node if node is None or isinstance(node, bool | int | float) else str(node)


@dataclass(frozen=True)
class Formatted:
    """What `dxcheck fmt` did to one file: left it, rewrote it, would rewrite it (--check), or could
    not read, format or write it. `output` is the formatted text of standard input (`fmt -`)."""

    path: Path
    state: Literal["unchanged", "formatted", "would-change", "failed", "unreadable", "unwritable"]
    diff: str = ""
    finding: Finding | None = None  # why it could not be read as YAML
    problem: Message | None = None  # why it could not be formatted or written
    output: str | None = None
    left: tuple[Message, ...] = ()  # what fmt would fix but left, and why (left_as_written)

    @property
    def shown(self) -> str:
        from dxcheck.files.source import shown_name

        return shown_name(self.path)


def format_file(path: Path, *, check: bool, force: bool = False) -> Formatted:
    """Format one plan file in place, or with `check` only say what would change.

    The file is written by dxcheck.files.atomic.write_file: through a symbolic link, keeping owner, mode,
    attributes and hard links; a write-protected file only with `force`; and never over a file that
    changed after it was read (another program writing it). Standard input (`-`) is formatted to stdout.
    """
    import difflib

    from dxcheck.files.atomic import ChangedSince, LeftInBackup, PlantedLink, Snapshot, WriteProtected, write_file
    from dxcheck.files.source import UTF8_BOM, SourceError, is_document, parse_yaml, read_source, shown_name
    from dxcheck.files.streams import is_stdin

    stdin = is_stdin(path)
    shown = shown_name(path)
    if is_document(path):
        return Formatted(
            path,
            "failed",
            problem=Message(
                f"文書は整形しません（YAML の計画ファイルだけを整えます）。下書きの YAML を作るには: dxcheck import {shell_word(shown)}",
                f"documents are not formatted (fmt formats YAML plans); to draft the YAML: dxcheck import {shell_word(shown)}",
            ),
        )
    try:
        before = None if stdin else _stat(path)
        source = read_source(path)
        data = parse_yaml(source)  # broken YAML, duplicate keys, tags: the same located findings as lint
        values = _count(data)
        if values > MAX_FORMAT_VALUES:
            return Formatted(
                path,
                "failed",
                problem=Message(
                    f"大きすぎるため整形しません（値が {values:,} 個、fmt の上限は {MAX_FORMAT_VALUES:,} 個。lint と audit は読めます）",
                    f"too large to format ({values:,} values; fmt's limit is {MAX_FORMAT_VALUES:,}; lint and audit read it)",
                ),
            )
        text = source.text.replace("\r\n", "\n")
        formatted = format_text(text)
        left = left_as_written(data)
    except SourceError as exc:
        return Formatted(path, "unreadable" if exc.could_not_run else "failed", finding=exc.finding)
    except FormatError as exc:
        return Formatted(path, "failed", problem=exc.message)
    except Exception as exc:
        reason = type(exc).__name__
        return Formatted(
            path,
            "failed",
            problem=Message(f"整形できません（dxcheck lint で確認）: {reason}", f"cannot format (see dxcheck lint): {reason}"),
        )
    newline = "\r\n" if "\r\n" in source.text else "\n"
    if stdin:
        if check and formatted != text:
            diff = difflib.unified_diff(text.splitlines(keepends=True), formatted.splitlines(keepends=True), shown, f"{shown} (formatted)")
            return Formatted(path, "would-change", diff="".join(diff), left=left)
        return Formatted(path, "unchanged" if formatted == text else "formatted", output=formatted.replace("\n", newline), left=left)
    if formatted == text:
        return Formatted(path, "unchanged", left=left)
    if check:
        diff = difflib.unified_diff(text.splitlines(keepends=True), formatted.splitlines(keepends=True), shown, f"{shown} (formatted)")
        return Formatted(path, "would-change", diff="".join(diff), left=left)
    bom = UTF8_BOM if source.had_bom else b""
    payload = bom + formatted.replace("\n", newline).encode("utf-8")
    read = Snapshot.of(before, bom + source.text.encode("utf-8")) if before is not None else None
    try:
        write_file(path, payload, force=force, expect=read)
    except WriteProtected:
        return Formatted(
            path,
            "unwritable",
            problem=Message("書き込み禁止のファイルです（整形するなら --force）", "the file is write-protected (use --force to format it)"),
        )
    except ChangedSince:
        return Formatted(
            path,
            "unwritable",
            problem=Message(
                "読んだ後にほかのプログラムが書き換えました。上書きしません（もう一度実行してください）",
                "another program changed the file after it was read; not overwritten (run again)",
            ),
        )
    except PlantedLink as exc:
        folder = display_name(exc.link.parent)
        if exc.kind != "link":
            return Formatted(
                path,
                "unwritable",
                problem=Message(
                    f"ほかのユーザーが共有ディレクトリ {folder} に作ったファイルです。書き換えません（カーネルの protected_regular と同じ規則）",
                    f"a file another user made in the shared directory {folder}; it is not rewritten (the kernel's protected_regular rule)",
                ),
            )
        return Formatted(
            path,
            "unwritable",
            problem=Message(
                f"ほかのユーザーが共有ディレクトリ {folder} に置いたシンボリックリンクです。たどって書き込むことはしません"
                "（自分のファイルなら、リンクではなくファイルそのものを指定してください）",
                f"a symbolic link another user put in the shared directory {folder}; it is not followed for writing "
                "(if the file is yours, name the file itself, not the link)",
            ),
        )
    except LeftInBackup as exc:
        reason, reason_en = write_reason(exc)
        return Formatted(
            path,
            "unwritable",
            problem=Message(
                f"書き込めません（{reason}）。元の内容は {display_name(exc.backup)} にあります",
                f"cannot write it ({reason_en}); the old content is in {display_name(exc.backup)}",
            ),
        )
    except OSError as exc:
        reason, reason_en = write_reason(exc)
        return Formatted(path, "unwritable", problem=Message(f"書き込めません（{reason}）", f"cannot write it ({reason_en})"))
    return Formatted(path, "formatted", left=left)


def _stat(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except OSError:
        return None  # read_source says why it cannot be read
