"""The importer: plans/*.yaml and made-up plans rendered into .docx, PDF (headless Chromium) and
damaged PDF-extracted text, imported back and compared with their source; and every kind of bad
input. Needs nothing outside the repository (a test that needs Chromium skips, saying why)."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest
from plan_documents import DocPlan, chromium, from_plan, generated_plan, print_pdf, to_damaged_text, to_docx, to_html

from conftest import EXAMPLE_PLANS, ROOT
from dxcheck.fmt import format_text
from dxcheck.framework import shipped_frameworks
from dxcheck.importer import DocumentError, ImportResult, import_document, import_text
from dxcheck.lint import check_data, check_file
from dxcheck.plan import Plan
from dxcheck.source import SourceText, load_with_positions

PLAN_NAMES = [p.stem for p in EXAMPLE_PLANS]


def _source(name: str) -> DocPlan:
    if name == "generated":
        return generated_plan(25, seed=3)
    check = check_file(ROOT / "plans" / f"{name}.yaml", shipped_frameworks())
    assert check.plan is not None
    return from_plan(check.plan)


def _checked(result: ImportResult) -> Plan:
    """The draft lints without errors, is formatted as `dxcheck fmt` writes it, and has no addresses."""
    assert result.yaml == format_text(result.yaml)
    assert "addresses:" not in result.yaml
    source = SourceText("draft.yaml", result.yaml)
    data, positions = load_with_positions(source)
    check = check_data(source, data, shipped_frameworks(), positions)
    errors = [f for f in check.findings if f.severity.value == "error"]
    assert not errors, [f.message_ja for f in errors]
    assert check.plan is not None
    return check.plan


def _fold(text: str | None) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def _compare(imported: Plan, source: DocPlan, result: ImportResult, *, exact: bool) -> None:
    measures = [m for _, m in imported.walk_measures()]
    expected = source.measures()
    shown = (lambda t: t) if exact else _fold
    assert [shown(m.title) for m in measures] == [shown(m.title) for m in expected]
    for got, want in zip(measures, expected, strict=True):
        assert _fold(got.description) == _fold(want.description), got.title
        assert [(k.name, k.target, k.unit, k.baseline, k.target_year) for k in got.kpis] == [
            (k["name"], k.get("target"), k.get("unit"), k.get("baseline"), k.get("target_year")) for k in want.kpis
        ], got.title
        if want.owner:
            assert got.owner == want.owner
    assert imported.municipality.name == source.municipality
    assert _fold(imported.plan.title) == _fold(source.title)
    period = imported.plan.period
    if source.start is not None:
        assert period is not None
        assert (period.start, period.end) == (source.start, source.end)
    assert [(b.law, b.article, b.designation) for b in imported.plan.legal_basis] == [
        ("官民データ活用推進基本法", "第9条第3項", "市町村官民データ活用推進計画")
    ]
    # The background chapter, full of national-policy words, is left out, and the notes say so.
    assert any(n.startswith("背景として除外しました: 第2章") for n in result.notes), result.notes
    assert all("国の動向" not in m.title for m in measures)
    # Every policy and measure says where it came from, in the YAML and in `sources`.
    ids = [p.id for _, p in imported.walk_policies()] + [m.id for m in measures]
    assert sorted(ids) == sorted(result.sources)
    labels = re.findall(r'id: "[^"]+"  # (p\.\d+|行 \d+|段落 \d+)$', result.yaml, re.MULTILINE)
    assert len(labels) == len(ids)


@pytest.mark.parametrize("name", [*PLAN_NAMES, "generated"])
def test_docx(tmp_path: Path, name: str) -> None:
    source = _source(name)
    result = import_document(to_docx(source, tmp_path / f"{name}.docx"))
    assert result.kind == "docx"
    _compare(_checked(result), source, result, exact=True)
    assert "# p." in result.yaml  # the document has page breaks: pages are known


@pytest.mark.parametrize("name", [*PLAN_NAMES, "generated"])
def test_damaged_text(tmp_path: Path, name: str) -> None:
    source = _source(name)
    text = to_damaged_text(source)
    assert "- 2 -" in text
    assert "目 次" in text
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    result = import_document(path)
    _compare(_checked(result), source, result, exact=False)
    assert "# 行 " in result.yaml
    assert any("目次として除外しました" in n for n in result.notes)
    assert any("柱" in n for n in result.notes)  # the running header went
    for measure in source.measures():  # spaces put inside words are gone, the author's words stay
        assert measure.title in result.yaml


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    if chromium() is None:
        pytest.skip("chromium is not installed, so no PDF can be printed (apt-get install chromium fonts-noto-cjk; .ci/run does)")
    workdir = tmp_path_factory.mktemp("pdf")
    return {name: print_pdf(to_html(_source(name)), workdir / f"{name}.pdf", workdir) for name in [*PLAN_NAMES, "generated"]}


@pytest.mark.parametrize("name", [*PLAN_NAMES, "generated"])
def test_pdf(pdfs: dict[str, Path], name: str) -> None:
    result = import_document(pdfs[name])
    assert result.kind == "pdf"
    assert result.extractor == "pypdfium2"
    _compare(_checked(result), _source(name), result, exact=True)
    assert "# p." in result.yaml


def test_the_command_prints_yaml_and_notes(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(to_damaged_text(_source("kamisato")), encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "dxcheck", "import", str(path)], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("# plan.txt から dxcheck が読み取った計画の下書き")
    assert "施策 13 件" in run.stderr
    assert "背景として除外しました" in run.stderr


def test_heavy_libraries_are_imported_only_for_their_documents() -> None:
    code = "import sys, dxcheck.importer, dxcheck.cli; print(sorted(m for m in ('docx', 'pypdfium2', 'lxml') if m in sys.modules))"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


# --- text repair ----------------------------------------------------------------------------------


def test_text_repairs() -> None:
    from dxcheck.importer.text import repair_spacing

    assert repair_spacing("自立的で個性豊 かな地域社会") == "自立的で個性豊かな地域社会"
    assert repair_spacing("富 良 野 市") == "富良野市"
    assert repair_spacing("令和 7 年度") == "令和7年度"
    assert repair_spacing("重要業績評価指標 (K P I)") == "重要業績評価指標 (KPI)"
    assert repair_spacing("ICT 利活用による") == "ICT 利活用による"  # the author's space between words
    assert repair_spacing("ア マイナンバーカードの意義") == "ア マイナンバーカードの意義"  # a marker's space


def test_numbering_that_does_not_follow_on_is_figure_text() -> None:
    text = "\n".join(
        [
            "テスト市DX推進計画",
            "",
            "第1章 施策の展開",
            "(1) 基本方針1 行政のデジタル化",
            "①テレワークの推進",
            "職員のテレワークを推進します。",
            "②電子申請の拡充",
            "③AI・RPAの導入",
            "④観光分野でのデータ活用",
            "観光データを活用します。",
            "③ IoTおよびAIによる観光の展開",  # a figure pasted in: ③ after ④
            "・リフト券のICチップ化",
            "⑤マイナンバーカードの普及",
        ]
    )
    result = import_text(text)
    plan = _checked(result)
    titles = [m.title for _, m in plan.walk_measures()]
    assert titles == ["テレワークの推進", "電子申請の拡充", "AI・RPAの導入", "観光分野でのデータ活用", "マイナンバーカードの普及"]
    assert any(n.startswith("番号が前後とつながらないため") and "IoTおよびAI" in n for n in result.notes)


def test_a_kpi_table_with_targets() -> None:
    text = "\n".join(
        [
            "テスト町DX推進計画",
            "",
            "第1章 施策",
            "1. オンライン化",
            "(1) 電子申請の拡充",
            "電子申請の対象手続を拡充します。",
            "指標\t現状値（令和4年度）\t目標値\t目標年度\t担当課",
            "オンライン手続数\t12件\t60件\t令和7年度\t総務課",
            "(2) キャッシュレス決済",
            "窓口にキャッシュレス決済を導入します。",
        ]
    )
    result = import_text(text)
    plan = _checked(result)
    measure = next(m for _, m in plan.walk_measures())
    (kpi,) = measure.kpis
    assert (kpi.name, kpi.baseline, kpi.baseline_year, kpi.target, kpi.unit, kpi.target_year) == (
        "オンライン手続数",
        12,
        2022,
        60,
        "件",
        2025,
    )
    assert measure.owner == "総務課"


# --- bad input ------------------------------------------------------------------------------------


def _refused(path: Path, *words: str) -> DocumentError:
    with pytest.raises(DocumentError) as caught:
        import_document(path)
    error = caught.value
    for word in words:
        assert word in error.message_ja, error.message_ja
    assert (error.message_en and error.message_en.isascii()) or "(" in error.message_en
    # The command says the same in one message, without a traceback.
    run = subprocess.run([sys.executable, "-m", "dxcheck", "import", str(path)], capture_output=True, text=True, check=False)
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    assert error.message_ja in run.stderr
    return error


def test_a_scan_without_text_layer(tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument.new()
    for _ in range(3):
        document.new_page(595, 842)
    path = tmp_path / "scan.pdf"
    document.save(str(path))
    _refused(path, "テキスト層", "OCR")


def test_an_encrypted_pdf(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf", reason="pypdf (a test dependency) encrypts the PDF")
    writer = pypdf.PdfWriter()
    writer.add_blank_page(595, 842)
    writer.encrypt(user_password="secret", owner_password="owner")
    buffer = io.BytesIO()
    writer.write(buffer)
    path = tmp_path / "locked.pdf"
    path.write_bytes(buffer.getvalue())
    _refused(path, "パスワード")


def test_an_encrypted_docx(tmp_path: Path) -> None:
    # Word stores a password-protected .docx as an OLE2 file with EncryptionInfo and EncryptedPackage streams.
    path = tmp_path / "locked.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 1000)
    _refused(path, "パスワード")


def test_a_truncated_docx(tmp_path: Path) -> None:
    whole = to_docx(_source("kamisato"), tmp_path / "whole.docx").read_bytes()
    path = tmp_path / "truncated.docx"
    path.write_bytes(whole[: len(whole) // 2])
    _refused(path, "壊れて")


def test_a_docx_with_broken_xml(tmp_path: Path) -> None:
    original = to_docx(_source("kamisato"), tmp_path / "whole.docx")
    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(original) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, data[:200] if info.filename == "word/document.xml" else data)
    _refused(path, "壊れて")


def test_a_zip_bomb_named_docx(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (40 * 1024 * 1024))
    assert path.stat().st_size < 1024 * 1024
    _refused(path, "zip 爆弾")


def test_an_excel_file_named_docx(tmp_path: Path) -> None:
    path = tmp_path / "book.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    _refused(path, "Excel")


@pytest.mark.parametrize(
    ("name", "words"), [("plan.doc", ["古い形式", ".docx"]), ("plan.jtd", ["一太郎", ".docx"]), ("plan.docx", ["古い形式"])]
)
def test_old_binary_formats(tmp_path: Path, name: str, words: list[str]) -> None:
    path = tmp_path / name
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 8)
    _refused(path, *words)


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(65 * 1024 * 1024)
    _refused(path, "大きすぎます")


@pytest.mark.parametrize("kind", ["txt", "docx", "pdf"])
def test_empty_documents(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"empty.{kind}"
    if kind == "txt":
        path.write_text("\n \n", encoding="utf-8")
    elif kind == "docx":
        import docx

        docx.Document().save(str(path))
    else:
        path.write_bytes(b"")
    _refused(path, "空")


def test_no_policy_or_measure(tmp_path: Path) -> None:
    path = tmp_path / "essay.txt"
    path.write_text(
        "まちの将来について\n\n私たちのまちは豊かな自然に恵まれています。これからも住みよいまちを目指します。\n", encoding="utf-8"
    )
    error = _refused(path, "方針・施策が見つかりません", "基本方針", "(1)")
    assert "背景" in error.message_ja


def test_a_directory_and_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DocumentError):
        import_document(tmp_path)
    with pytest.raises(DocumentError):
        import_document(tmp_path / "missing.pdf")


def test_a_long_plan_whose_policies_share_names() -> None:
    # Numbered headings with the same name (two 基本方針 called 「福祉分野のデータ活用」) stay two
    # policies; only an unnumbered heading repeated under each section is a divider.
    source = generated_plan(240, seed=1)
    titles = [p.title for p in source.policies]
    assert len(set(titles)) < len(titles)
    result = import_text(to_damaged_text(source), "long.txt")
    plan = _checked(result)
    assert [_fold(m.title) for _, m in plan.walk_measures()] == [_fold(m.title) for m in source.measures()]
    assert result.policies == len(source.policies)
