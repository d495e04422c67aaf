"""`dxcheck import`: a draft plan (YAML) read from a Word or PDF plan (dxcheck.importer), to stdout or
to a new file, with what to check said on stderr."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from dxcheck.cli.process import ExitCode
from dxcheck.model.message import Message, shell_word
from dxcheck.model.rules import write_reason

if TYPE_CHECKING:
    from dxcheck.cli.invocation import Invocation
    from dxcheck.importer.assess import Assessment


def _not_yaml(output: Path) -> Message:
    if str(output) == "-":  # the draft goes to standard output already when -o is left out
        return Message(
            "-o には .yaml のファイル名を指定してください（-）。標準出力に書くには -o を付けずに実行します",
            "-o must name a .yaml file (-); to write the draft to standard output, leave -o out",
        )
    return Message(f"-o には .yaml のファイル名を指定してください（{output}）", f"-o must name a .yaml file ({output})")


def _exists(output: Path) -> Message:
    return Message(f"{output} はすでにあります。上書きするなら --force", f"{output} exists; use --force to overwrite")


def _already_a_plan(document: Path) -> Message:
    return Message(
        f"{document} はすでに計画ファイル（YAML）です。確かめるには: dxcheck lint {shell_word(str(document))}",
        f"{document} is already a plan (YAML); to check it: dxcheck lint {shell_word(str(document))}",
    )


def _cannot_write(output: Path, exc: OSError) -> Message:
    reason, reason_en = write_reason(exc)
    return Message(f"書き込めません: {output}（{reason}）", f"cannot write {output}: {reason_en}")


def _read(document: Path, policies: int, measures: int) -> Message:
    return Message(
        f"{document}: 方針 {policies} 件、施策 {measures} 件を読み取りました",
        f"{document}: {policies} policies and {measures} measures read",
    )


_CONFIDENCE = {"high": ("高", "high"), "medium": ("中", "medium"), "low": ("低", "low")}


def _confidence(reading: Assessment) -> Message:
    """What was read besides the measures, and how sure the reading is (docs/import.md)."""
    ja, en = _CONFIDENCE[reading.confidence]
    pages = (f"、{reading.pages} ページ", f", {reading.pages} pages") if reading.pages else ("", "")
    tables = (
        (f"（うち表から {reading.table_measures}）", f" ({reading.table_measures} from tables)") if reading.table_measures else ("", "")
    )
    return Message(
        f"  施策 {reading.measures}{tables[0]}{pages[0]}、除外した章 {len(reading.excluded)}、施策の外の取組の文 {len(reading.unplaced)}。読み取りの確かさ: {ja}",
        f"  {reading.measures} measures{tables[1]}{pages[1]}, {len(reading.excluded)} sections left out, "
        f"{len(reading.unplaced)} committing sentences outside any measure. Reading confidence: {en}",
    )


def _next_step(output: Path) -> Message:
    return Message(
        f"{output} に書きました。次は: dxcheck lint {shell_word(str(output))}、dxcheck audit {shell_word(str(output))}",
        f"wrote {output}; next: dxcheck lint {shell_word(str(output))}, then dxcheck audit {shell_word(str(output))}",
    )


NOTES = Message("確かめてください:", "Check:")
_NOT_FROM_STDIN = Message(
    "計画書は標準入力からは読めません。ファイルのパスを指定してください（dxcheck import 計画書.docx）",
    "a document is not read from standard input: give its path (dxcheck import plan.docx)",
)


def _a_folder(document: Path) -> Message:
    return Message(
        f"{document} はディレクトリです。取り込む計画書（.docx・.pdf・.txt）を 1 つ指定してください",
        f"{document} is a directory; give the document to import (.docx, .pdf, .txt)",
    )


def run_import(invocation: Invocation, document: Path, output: Path | None, *, force: bool) -> ExitCode:
    from dxcheck.cli.reporting import refuse_output
    from dxcheck.files.source import SourceError, check_readable
    from dxcheck.importer import DocumentError, import_document
    from dxcheck.importer.notes import note_text
    from dxcheck.report import ReportError
    from dxcheck.report.output import to_new_file

    if output is not None:
        if output.suffix.lower() not in (".yaml", ".yml"):
            invocation.fail(_not_yaml(output))
        if output.exists() and not force:
            invocation.fail(_exists(output))
        refuse_output(invocation, output, [document])  # a link named .yaml to the document itself
    if str(document) == "-":
        invocation.fail(_NOT_FROM_STDIN)
    if document.is_dir():  # before the name: a folder named d.yaml is no plan either
        invocation.fail(_a_folder(document))
    if document.suffix.lower() in (".yaml", ".yml"):
        invocation.fail(_already_a_plan(document))
    try:
        check_readable(document, str(document))
    except SourceError as exc:
        invocation.fail(Message(exc.finding.text("ja"), exc.finding.text("en")))
    try:
        result = import_document(document)
    except DocumentError as exc:
        invocation.fail(Message(f"{document}: {exc.message_ja}", f"{document}: {exc.message_en}"))
    if output is None:
        with invocation.writing():
            invocation.stdout.write(result.yaml)
    else:
        try:
            to_new_file(output, result.yaml, force=force)  # exclusively, as init: never over a file made meanwhile
        except FileExistsError:
            invocation.fail(_exists(output))
        except OSError as exc:
            invocation.fail(_cannot_write(output, exc))
        except ReportError as exc:
            invocation.fail(Message(exc.ja, exc.en))
    from dxcheck.cli.invocation import one_line

    console = invocation.console(stderr=True)
    console.print(_read(document, result.policies, result.measures).text(invocation.lang), style="bold", markup=False, highlight=False)
    if result.reading is not None:
        console.print(_confidence(result.reading).text(invocation.lang), markup=False, highlight=False)
        for doubt in result.reading.doubts:
            console.print(
                one_line(Message(f"  ⚠ 読み取りが不確か: {doubt.ja}", f"  ⚠ the reading looks broken: {doubt.en}").text(invocation.lang)),
                style="bold red",
                markup=False,
            )
        for caution in result.reading.cautions:
            console.print(
                one_line(
                    Message(f"  △ 読み取りを確かめてください: {caution.ja}", f"  △ check the reading: {caution.en}").text(invocation.lang)
                ),
                style="yellow",
                markup=False,
            )
    if result.notes:
        console.print(NOTES.text(invocation.lang), style="yellow")
        for note in result.notes:
            console.print(f"  - {one_line(note_text(note, invocation.lang))}", markup=False, highlight=False)
    if output is not None:
        console.print(_next_step(output).text(invocation.lang), markup=False)
    return ExitCode.OK
