"""`dxcheck init`: a starter plan (dxcheck.plan.scaffold), written only where no file is, with the plan
schema beside it for the editor."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from dxcheck.cli.process import ExitCode
from dxcheck.model.message import Message, shell_word
from dxcheck.model.rules import write_reason

if TYPE_CHECKING:
    from dxcheck.cli.invocation import Invocation


def _exists(shown: str) -> Message:
    return Message(f"{shown} はすでにあります。上書きするなら --force", f"{shown} exists; use --force to overwrite")


def _cannot_create_folder(folder: Path, exc: OSError) -> Message:
    reason, reason_en = write_reason(exc)
    return Message(f"フォルダを作れません: {folder}（{reason}）", f"cannot create {folder}: {reason_en}")


def _cannot_write(shown: str, exc: OSError) -> Message:
    reason, reason_en = write_reason(exc)
    return Message(f"書き込めません: {shown}（{reason}）", f"cannot write {shown}: {reason_en}")


def _wrote(shown: str) -> Message:
    return Message(
        f"{shown} を作りました。次は: dxcheck lint {shell_word(shown)}", f"wrote {shown}; next: dxcheck lint {shell_word(shown)}"
    )


def _wrote_schema(schema_file: Path) -> Message:
    return Message(
        f"{schema_file} も書きました（エディタの補完・検証用。計画と一緒にコミットしてください）",
        f"wrote {schema_file} (the editor's completion and checks; commit it with the plan)",
    )


def _not_yaml(shown: str) -> Message:
    return Message(
        f"-o には .yaml のファイル名を指定してください（{shown}）。dxcheck は .yaml・.yml を計画ファイルとして読み、ほかは計画書として読みます",
        f"-o must name a .yaml file ({shown}): dxcheck reads .yaml and .yml as plans, anything else as a document",
    )


def _stale_schema(schema_file: Path) -> Message:
    return Message(
        f"{schema_file} は別の版の dxcheck のものです。更新するには: dxcheck schema plan -o {schema_file}",
        f"{schema_file} is from another dxcheck version; to update it: dxcheck schema plan -o {schema_file}",
    )


def run_init(
    invocation: Invocation,
    output: Path,
    *,
    municipality: str | None,
    code: str | None,
    prefecture: str | None,
    schema_ref: str | None,
    force: bool,
) -> ExitCode:
    from dxcheck.model.findings import display_name
    from dxcheck.plan.scaffold import municipality_code, starter
    from dxcheck.report import ReportError
    from dxcheck.report.output import to_file, to_new_file

    if code is not None:
        code, invalid = municipality_code(code, output)
        if invalid is not None:  # the words lint uses (DX405), with what to write instead
            invocation.fail(Message(invalid.text("ja"), invalid.text("en")))
    shown = display_name(output)
    if output.suffix.lower() not in (".yaml", ".yml"):
        # 「init -o z.txt」 wrote a plan that dxcheck then read as a text document (DX013, exit 2)
        invocation.fail(_not_yaml(shown))
    if os.path.lexists(output) and not force:
        invocation.fail(_exists(shown))
    files = starter(invocation.catalogue, output, name=municipality, code=code, prefecture=prefecture, schema_ref=schema_ref, force=force)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)  # `init -o plans/town.yaml` in a new repository
    except OSError as exc:
        invocation.fail(_cannot_create_folder(output.parent, exc))
    try:
        to_new_file(output, files.plan, force=force)  # exclusively: two `init -o new.yaml` at once, one wins
        if files.write_schema:
            to_file(files.schema_file, files.schema, force=force)
    except FileExistsError:
        invocation.fail(_exists(shown))
    except OSError as exc:
        invocation.fail(_cannot_write(shown, exc))
    except ReportError as exc:
        invocation.fail(Message(exc.ja, exc.en))
    with invocation.writing():
        print(_wrote(shown).text(invocation.lang), file=invocation.stdout)
        if files.write_schema:
            print(_wrote_schema(files.schema_file).text(invocation.lang), file=invocation.stdout)
    if files.stale_schema():
        print(_stale_schema(files.schema_file).text(invocation.lang), file=invocation.stderr)
    return ExitCode.OK
