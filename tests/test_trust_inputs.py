"""Trust (issue 25, items 13 and 15): a glob visits each real directory once; a Word document that is
not what its parts say is DX009 with its name, and a comparison goes on without it.

Each test was seen failing with its fix undone.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from fault_helpers import dx

from conftest import MINIMAL_PLAN, run_cli

# --- 13. globs and links to directories --------------------------------------------------------------


def _linked_plans(root: Path, *links: tuple[str, str]) -> None:
    """plans/a.yaml and plans/sub/b.yml, and the links to directories given (name → target)."""
    (root / "plans" / "sub").mkdir(parents=True)
    (root / "plans" / "a.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    (root / "plans" / "sub" / "b.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    for name, target in links:
        os.symlink(target, root / "plans" / name)


def test_a_glob_through_a_link_to_its_own_directory_names_each_plan_once_at_its_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A link plans/self → . : glob followed it 40 levels down, and sub/b.yaml was reported as
    plans/self/self/…/self/sub/b.yaml (the deepest name sorts first)."""
    _linked_plans(tmp_path, ("self", "."))
    monkeypatch.chdir(tmp_path)
    run = run_cli("lint", "plans/**/*.yaml", "--format", "json")
    assert run.exit_code == 0, run.output + run.stderr
    assert [f["file"] for f in json.loads(run.output)["files"]] == ["plans/a.yaml", "plans/sub/b.yaml"]


def test_a_glob_through_two_links_to_its_directories_ends_at_once(tmp_path: Path) -> None:
    """Two links (plans/self → ., plans/sub/up → ..): 2^40 paths for glob; every real directory once now."""
    _linked_plans(tmp_path, ("self", "."), ("sub/up", ".."))
    try:
        done = dx("lint", "plans/**/*.yaml", cwd=tmp_path, timeout=20)
    except subprocess.TimeoutExpired:
        pytest.fail("dxcheck lint 'plans/**/*.yaml' did not end in 20 s: the glob walks the links again and again")
    assert done.returncode == 0, done.stderr
    assert "2 ファイルを検査" in done.stdout.decode()


def test_a_glob_still_follows_a_link_to_a_directory_outside_the_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "common").mkdir()
    (tmp_path / "common" / "c.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    _linked_plans(tmp_path, ("common", "../common"))
    monkeypatch.chdir(tmp_path)
    run = run_cli("lint", "plans/**/*.yaml", "--format", "json")
    assert [f["file"] for f in json.loads(run.output)["files"]] == ["plans/a.yaml", "plans/common/c.yaml", "plans/sub/b.yaml"]


# --- 15. a Word document whose parts are not what they say ------------------------------------------

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

BROKEN_PARTS = {
    "no-body": ("word/document.xml", f"{_XML}<w:document {_W}></w:document>", "word/document.xml に <w:body> がありません"),
    "document-root": (
        "word/document.xml",
        f"{_XML}<w:styles {_W}><w:body><w:p><w:r><w:t>第1章</w:t></w:r></w:p></w:body></w:styles>",
        "word/document.xml の最上位が <w:styles> です（<w:document> のはず）",
    ),
    "html-root": (
        "word/document.xml",
        f"{_XML}<html><body>x</body></html>",
        "word/document.xml の最上位が <html> です（<w:document> のはず）",
    ),
    "styles-root": (
        "word/styles.xml",
        f"{_XML}<w:document {_W}><w:body/></w:document>",
        "word/styles.xml の最上位が <w:document> です（<w:styles> のはず）",
    ),
    "numbering-root": ("word/numbering.xml", f"{_XML}<foo/>", "word/numbering.xml の最上位が <foo> です（<w:numbering> のはず）"),
}


def _broken_docx(folder: Path, case: str) -> Path:
    """A Word document made by python-docx, with one part replaced."""
    import zipfile

    import docx

    made = folder / "made.docx"
    document = docx.Document()
    document.add_heading("第1章 基本方針", 1)
    document.add_paragraph("1 窓口のオンライン化")
    document.save(str(made))
    part, text, _said = BROKEN_PARTS[case]
    broken = folder / f"{case}.docx"
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(broken, "w") as target:
        assert part in source.namelist()
        for name in source.namelist():
            target.writestr(name, text.encode() if name == part else source.read(name))
    made.unlink()
    return broken


@pytest.mark.parametrize("case", sorted(BROKEN_PARTS))
def test_a_word_document_with_a_broken_part_is_dx009_with_its_name(tmp_path: Path, case: str) -> None:
    """Was 「内部エラー … dxcheck の不具合です」 (an AttributeError), without the file's name."""
    broken = _broken_docx(tmp_path, case)
    run = run_cli("lint", str(broken))
    assert run.exit_code == 2, run.output + run.stderr
    report = run.output + run.stderr
    assert "内部エラー" not in report
    assert (
        f"{broken}: DX009 エラー: Word 文書（.docx）が壊れていて読めません（{BROKEN_PARTS[case][2]}）。Word で開けるか確かめ、保存し直してください"
        in report
    )
    english = run_cli("lint", str(broken), "--lang", "en")
    assert f"{broken}: DX009 error: the Word document (.docx) is broken (" in english.output + english.stderr


def test_compare_goes_on_past_broken_word_documents(tmp_path: Path) -> None:
    """A comparison of a plan and broken documents: each document named with DX009 and left out; the
    plan compared (it used to stop at the first one with an internal error)."""
    from conftest import PLANS

    broken = [_broken_docx(tmp_path, case) for case in ("no-body", "styles-root")]
    run = run_cli("compare", str(PLANS / "kamisato.yaml"), *map(str, broken), "--format", "json")
    assert "内部エラー" not in run.stderr
    for document in broken:
        assert f"{document}: DX009 エラー:" in run.stderr
        assert f"{document}: 比較から外しました" in run.stderr
    assert [t["municipality"] for t in json.loads(run.output)["towns"]] == ["上里町"]


def _pdf(objects: list[str]) -> bytes:
    """A PDF of these objects (numbered from 1), with its cross-reference table."""
    out = b"%PDF-1.7\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def test_a_pdf_whose_page_tree_holds_itself_is_dx009_not_an_internal_error(tmp_path: Path) -> None:
    """A hostile review: /Kids [2 0 R 3 0 R] in object 2 itself — PDFium cannot load the page, and the
    error ran out as 「内部エラー」 without the file's name, stopping compare."""
    stream = "BT /F1 12 Tf 72 720 Td (Chapter 1 Telework) Tj ET"
    broken = tmp_path / "cycle.pdf"
    broken.write_bytes(
        _pdf(
            [
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            ]
        )
    )
    run = run_cli("audit", str(broken))
    assert run.exit_code == 2
    assert "DX009" in run.output + run.stderr
    assert "内部エラー" not in run.output + run.stderr
