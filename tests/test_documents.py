"""Plans in the documents towns write them in, through the real commands: `dxcheck import`, and
`audit`, `lint`, `compare`, `explain` reading a .docx, a PDF or a text directly. The documents are
made here from plans/*.yaml (tests/plan_documents.py); a PDF needs headless Chromium (.ci/run
installs it; without it those tests skip and say why)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from plan_documents import DocPlan, chromium, from_plan, print_pdf, to_damaged_text, to_docx, to_html

from conftest import ROOT, run_cli
from dxcheck.catalogue.framework import shipped_catalogue
from dxcheck.plan.lint import check_file


def _doc_plan(name: str) -> DocPlan:
    check = check_file(ROOT / "plans" / f"{name}.yaml", shipped_catalogue().select({"dx": "1.0"}))
    assert check.plan is not None
    return from_plan(check.plan)


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """furano as a Word document and as damaged PDF-extracted text; eniwa as text."""
    folder = tmp_path_factory.mktemp("documents")
    furano = _doc_plan("furano")
    (folder / "furano.txt").write_text(to_damaged_text(furano), encoding="utf-8")
    (folder / "eniwa.txt").write_text(to_damaged_text(_doc_plan("eniwa")), encoding="utf-8")
    return {
        "docx": to_docx(furano, folder / "furano.docx"),
        "text": folder / "furano.txt",
        "eniwa": folder / "eniwa.txt",
    }


def _json(*args: str) -> dict[str, Any]:
    run = run_cli(*args, "--format", "json")
    assert run.exit_code in (0, 1), run.output + run.stderr
    document: dict[str, Any] = json.loads(run.output)
    return document


def _verdicts(audit: dict[str, Any]) -> dict[str, str]:
    return {f"{f['id']}/{i['id']}": i["status"] for f in audit["frameworks"] for i in f["items"]}


def _fold(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


# --- dxcheck import ------------------------------------------------------------------------------


def test_import_writes_the_draft_that_lints(documents: dict[str, Path], tmp_path: Path) -> None:
    draft = tmp_path / "furano.yaml"
    run = run_cli("import", str(documents["docx"]), "-o", str(draft))
    assert run.exit_code == 0, run.stderr
    assert run.output == ""  # the YAML went to the file; what to check went to stderr
    assert "方針 " in run.stderr
    assert "施策 11 件を読み取りました" in run.stderr
    assert "背景として除外しました" in run.stderr
    assert f"次は: dxcheck lint {draft}" in run.stderr
    text = draft.read_text(encoding="utf-8")
    assert text.startswith("# furano.docx から dxcheck が読み取った計画の下書き")
    lint = run_cli("lint", str(draft))
    assert lint.exit_code == 0, lint.output
    assert "エラー 0 件" in lint.output


def test_import_to_stdout_and_never_over_a_file(documents: dict[str, Path], tmp_path: Path) -> None:
    run = run_cli("import", str(documents["text"]))
    assert run.exit_code == 0
    assert run.output.startswith("# furano.txt から dxcheck が読み取った計画の下書き")
    assert "# 行 " in run.output
    existing = tmp_path / "plan.yaml"
    existing.write_text("mine\n", encoding="utf-8")
    refused = run_cli("import", str(documents["text"]), "-o", str(existing))
    assert refused.exit_code == 2
    assert "すでにあります。上書きするなら --force" in refused.stderr
    assert existing.read_text(encoding="utf-8") == "mine\n"
    forced = run_cli("import", str(documents["text"]), "-o", str(existing), "--force")
    assert forced.exit_code == 0
    assert existing.read_text(encoding="utf-8") == run.output


@pytest.mark.parametrize(
    ("content", "name", "exit_code", "words"),
    [
        (None, "missing.pdf", 2, "ファイルがありません"),
        (b"not a pdf", "plan.pdf", 2, "PDF ではありません"),
        (b"PK\x03\x04broken", "plan.docx", 2, "Word"),
        ("はじめに\n\n本町は豊かな自然に恵まれています。\n".encode(), "plan.txt", 2, "方針・施策が見つかりません"),
        (b"version: 1\n", "plan.yaml", 2, "すでに計画ファイル（YAML）です"),
    ],
)
def test_import_refuses_what_it_cannot_read(tmp_path: Path, content: bytes | None, name: str, exit_code: int, words: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    run = run_cli("import", str(path), "-o", str(tmp_path / "draft.yaml"))
    assert run.exit_code == exit_code, run.stderr
    assert words in run.stderr
    assert "Traceback" not in run.stderr
    assert not (tmp_path / "draft.yaml").exists()


def test_import_output_must_be_yaml(documents: dict[str, Path], tmp_path: Path) -> None:
    run = run_cli("import", str(documents["text"]), "-o", str(tmp_path / "draft.pdf"))
    assert run.exit_code == 2
    assert ".yaml のファイル名" in run.stderr
    dash = run_cli("import", str(documents["text"]), "-o", "-", env={"DXCHECK_LANG": ""})
    assert dash.exit_code == 2
    assert "標準出力に書くには -o を付けずに実行します" in dash.stderr  # `-o -` as other tools take it


def test_import_in_english(documents: dict[str, Path]) -> None:
    run = run_cli("import", str(documents["text"]), "--lang", "en")
    assert run.exit_code == 0
    assert "policies and 11 measures read" in run.stderr
    assert "Check:" in run.stderr


# --- audit, lint, compare read documents ---------------------------------------------------------


def test_auditing_a_document_is_auditing_its_draft(documents: dict[str, Path], tmp_path: Path) -> None:
    for kind in ("docx", "text"):
        document = documents[kind]
        draft = tmp_path / f"{kind}.yaml"
        assert run_cli("import", str(document), "-o", str(draft)).exit_code == 0
        direct, imported = _json("audit", str(document)), _json("audit", str(draft))
        assert _verdicts(direct) == _verdicts(imported)
        assert direct["overall_score"] == imported["overall_score"]
        assert direct["document"]["kind"] == kind
        assert "document" not in imported or imported["document"] is None
        assert any("背景として除外しました" in note for note in direct["document"]["notes"])


def test_evidence_points_into_the_document(documents: dict[str, Path]) -> None:
    # Word: the page of the measure; text: the line of its heading, which holds its title.
    docx = _json("audit", str(documents["docx"]))
    evidence = [e for f in docx["frameworks"] for i in f["items"] for e in i["evidence"] if e["kind"] == "inferred"]
    assert evidence
    assert all(e["location"]["line"] is None for e in evidence)
    assert all(isinstance(e["location"]["page"], int) and e["location"]["page"] > 1 for e in evidence)
    text = _json("audit", str(documents["text"]))
    lines = documents["text"].read_text(encoding="utf-8").splitlines()
    evidence = [e for f in text["frameworks"] for i in f["items"] for e in i["evidence"] if e["measure_id"]]
    assert evidence
    for e in evidence:
        line = e["location"]["line"]
        assert line is not None
        assert _fold(e["measure_title"])[:6] in _fold(lines[line - 1]), (e["measure_title"], lines[line - 1])


def test_the_report_says_the_plan_was_read_from_a_document(documents: dict[str, Path]) -> None:
    run = run_cli("audit", str(documents["docx"]))
    assert run.exit_code in (0, 1)
    assert "計画書（Word 文書）から方針・施策の構成を推定して読み取りました" in run.output
    assert f"dxcheck import {documents['docx']}" in run.output
    assert re.search(r"\]p\.\d+", run.output)  # evidence: the page after the matched words
    markdown = run_cli("audit", str(documents["text"]), "--format", "markdown")
    assert "> 計画書（テキスト）から方針・施策の構成を推定して読み取りました" in markdown.output
    english = run_cli("audit", str(documents["docx"]), "--lang", "en")
    assert "Read from a Word document: its policies and measures were inferred" in english.output


def test_lint_and_compare_mix_documents_and_yaml(documents: dict[str, Path], tmp_path: Path) -> None:
    lint = run_cli("lint", str(documents["docx"]), str(documents["eniwa"]), str(ROOT / "plans" / "kamisato.yaml"))
    assert lint.exit_code == 0, lint.output
    assert "3 ファイルを検査: エラー 0 件" in lint.output
    assert re.search(r"furano\.docx( p\.\d+)?: DX406 警告", lint.output)  # no code on the cover: said once
    compare = _json("compare", str(documents["docx"]), str(documents["eniwa"]), str(ROOT / "plans" / "kamisato.yaml"))
    towns = [t["municipality"] for t in compare["towns"]]
    assert sorted(towns) == ["上里町", "富良野市", "恵庭市"]


def test_a_bad_document_among_plans(documents: dict[str, Path], tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n garbage")
    lint = run_cli("lint", str(broken), str(documents["eniwa"]))
    assert lint.exit_code == 2  # one file could not be read
    assert f"{broken}: DX009 エラー:" in lint.output
    assert "1 ファイルは読めませんでした" in lint.output
    audit = run_cli("audit", str(broken), str(documents["eniwa"]))
    assert audit.exit_code == 2
    assert "DX009" in audit.stderr
    assert "恵庭市" in audit.output  # the readable one is still audited


def test_fmt_leaves_documents_alone(documents: dict[str, Path]) -> None:
    before = documents["text"].read_bytes()
    run = run_cli("fmt", str(documents["text"]))
    assert run.exit_code == 1
    assert "文書は整形しません" in run.output + run.stderr
    assert documents["text"].read_bytes() == before


def test_the_installed_command_audits_a_pdf(tmp_path: Path) -> None:
    if chromium() is None:
        pytest.skip("chromium is not installed, so no PDF can be printed (apt-get install chromium fonts-noto-cjk; .ci/run does)")
    pdf = print_pdf(to_html(_doc_plan("kamisato")), tmp_path / "kamisato.pdf", tmp_path)
    run = subprocess.run(
        [sys.executable, "-m", "dxcheck", "audit", str(pdf), "--format", "json"], capture_output=True, text=True, check=False
    )
    assert run.returncode in (0, 1), run.stderr
    result = json.loads(run.stdout)
    assert result["document"]["kind"] == "pdf"
    assert result["document"]["extractor"] == "pypdfium2"
    pages = {e["location"]["page"] for f in result["frameworks"] for i in f["items"] for e in i["evidence"] if e["kind"] == "inferred"}
    assert pages
    assert None not in pages
    lint = subprocess.run([sys.executable, "-m", "dxcheck", "lint", str(pdf)], capture_output=True, text=True, check=False)
    assert lint.returncode == 0, lint.stdout + lint.stderr


def test_dxchecks_own_reports_in_a_folder_of_plans_are_passed_over_and_refused_when_named(tmp_path: Path) -> None:
    """A consultant writes 比較.docx and 報告.docx into the folder of towns: `compare --documents .` read them back as
    two towns (the matrix's item titles as measures, 確かさ 高, 合格), and `compare .` advised naming them to include
    them (the third walkthrough). A PDF printed from a report keeps its author and subject: refused when read."""
    from pypdf import PdfWriter

    plans = ROOT / "plans"
    (tmp_path / "kamisato.yaml").write_bytes((plans / "kamisato.yaml").read_bytes())
    assert run_cli("compare", str(tmp_path), "-o", str(tmp_path / "比較.docx")).exit_code == 0
    assert run_cli("audit", str(tmp_path / "kamisato.yaml"), "-o", str(tmp_path / "報告.docx")).exit_code in (0, 1)
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.add_metadata({"/Author": "dxcheck", "/Subject": "国の枠組みとの照合", "/Title": "自治体DX計画の比較"})
    with (tmp_path / "比較.pdf").open("wb") as out:
        writer.write(out)
    yaml_only = run_cli("compare", str(tmp_path), env={"DXCHECK_LANG": ""})
    assert "報告.docx" not in yaml_only.stderr
    assert "比較.docx" not in yaml_only.stderr
    documents = run_cli("compare", "--documents", str(tmp_path), "--format", "json", env={"DXCHECK_LANG": ""})
    for name in ("比較.docx", "報告.docx"):
        assert f"飛ばしました: {tmp_path / name}（dxcheck が書いた報告書で、計画書ではありません）" in documents.stderr, documents.stderr
    assert "比較.pdf: DX009 エラー: dxcheck が書いた報告書です" in documents.stderr, documents.stderr
    compared = json.loads(documents.output)
    assert compared["towns"] == []
    assert [entry["file"] for entry in compared["not_compared"]] == [str(tmp_path / "比較.pdf")]
    for name in ("報告.docx", "比較.pdf"):
        named = run_cli("audit", str(tmp_path / name), env={"DXCHECK_LANG": ""})
        assert named.exit_code == 2
        assert "dxcheck が書いた報告書です" in named.output + named.stderr


def test_the_evidence_column_says_how_a_document_is_placed(documents: dict[str, Path]) -> None:
    """The terminal's header said 根拠（施策・行） for a Word file cited by 段落 and a PDF by p. (the third walkthrough)."""
    paged = run_cli("audit", str(documents["docx"]), "--accept-reading", env={"DXCHECK_LANG": "", "COLUMNS": "200"}).output
    assert "根拠（施策・ページ）" in paged  # its page breaks give pages
    assert "根拠（施策・行）" not in paged
    import docx

    flat = docx.Document()
    flat.add_paragraph("美幌町DX推進計画")
    flat.add_heading("第3章 施策の展開", 1)
    flat.add_heading("基本方針1 住民サービスのデジタル化", 2)
    flat.add_heading("(1)行政手続のオンライン化", 3)
    flat.add_paragraph("子育て関係の手続をオンライン化します。")
    source = documents["docx"].parent / "flat.docx"
    flat.save(str(source))
    word = run_cli("audit", str(source), "--accept-reading", env={"DXCHECK_LANG": "", "COLUMNS": "200"}).output
    assert "根拠（施策・段落）" in word
    plan = run_cli("audit", str(ROOT / "plans" / "furano.yaml"), env={"DXCHECK_LANG": "", "COLUMNS": "200"}).output
    assert "根拠（施策・行）" in plan
