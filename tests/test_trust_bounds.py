"""Issue 25, items 9 and 10: a document is read to a bound, and what stopped it is said.

The documents are written here by small generators (a .docx as its bare zip, a PDF as raw syntax):
python-docx takes minutes to add 100,000 paragraphs. Each test runs the real CLI in a process of
its own with a time limit, so that a bound that no longer holds fails the test instead of hanging it."""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

import pytest
from fault_helpers import dx

from conftest import PLANS

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(path: Path, paragraphs: list[str]) -> Path:
    """The smallest Word document Word opens: content types, the package relationship, the body."""
    body = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>',
        )
        z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document {_W}><w:body>{body}</w:body></w:document>')
    return path


def _chapters(count: int) -> list[str]:
    """A plan's cover, then `count` 基本方針, each with one measure: two paragraphs a chapter."""
    paragraphs = ["恵庭市デジタル化推進計画", "計画期間 令和5年度から令和7年度"]
    for n in range(1, count + 1):
        paragraphs += [f"基本方針{n} 行政のデジタル化{n}", f"(1) 窓口手続{n}のオンライン化を推進します。"]
    return paragraphs


def _run(*args: str, cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    try:
        return dx(*args, cwd=cwd, timeout=timeout)
    except subprocess.TimeoutExpired:
        pytest.fail(f"dxcheck {' '.join(args)} did not end in {timeout:.0f} s: the document is not read to a bound")


def test_a_docx_of_100000_short_paragraphs_is_refused_by_its_count_and_compare_goes_on(tmp_path: Path) -> None:
    """Was 7 minutes and 1.5 GB, then 「内部エラー」 (the draft beyond the value limit). Now the reader
    stops at the 30,001st paragraph (about 1.5 s) and says which limit."""
    document = _docx(tmp_path / "many.docx", _chapters(50_000))
    done = _run("import", "many.docx", "-o", "draft.yaml", cwd=tmp_path)
    said = done.stderr.decode()
    assert done.returncode == 2, said
    assert "many.docx: 段落・見出し・表の行が上限の 30,000 個を超えました（実際の計画は数千個）" in said
    assert "内部エラー" not in said
    assert not (tmp_path / "draft.yaml").exists()
    audit = _run("audit", "many.docx", cwd=tmp_path)
    assert audit.returncode == 2
    assert "many.docx: DX009 error: 段落・見出し・表の行が上限の 30,000 個を超えました" in audit.stdout.decode() + audit.stderr.decode()
    compare = _run("compare", str(PLANS / "kamisato.yaml"), str(document), cwd=tmp_path)
    assert "many.docx: 比較から外しました" in compare.stderr.decode()
    assert "上里町" in compare.stdout.decode()


def test_a_docx_of_more_than_1000_policies_and_measures_is_refused_before_its_draft(tmp_path: Path) -> None:
    """Within the paragraph limit, 600 chapters make 1,200 policies and measures: the draft (ruamel.yaml's
    round trip, about 5 ms a part) is not made; the count and the limit are said."""
    _docx(tmp_path / "chapters.docx", _chapters(600))
    done = _run("import", "chapters.docx", "-o", "draft.yaml", cwd=tmp_path)
    said = done.stderr.decode()
    assert done.returncode == 2, said
    assert "chapters.docx: 方針と施策が多すぎます（1,200 件、上限 1,000 件。実際の計画は数百件）" in said
    # A real plan's size still imports.
    _docx(tmp_path / "fine.docx", _chapters(40))
    fine = _run("import", "fine.docx", "-o", "fine.yaml", cwd=tmp_path)
    assert fine.returncode == 0, fine.stderr.decode()
    assert "方針 40 件、施策 40 件を読み取りました" in fine.stderr.decode()
