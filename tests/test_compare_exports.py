"""dxcheck compare and the exports, each opened by its real client: openpyxl, csv, markdown-it, Chromium."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from openpyxl import load_workbook

from conftest import EXAMPLE_PLANS, MINIMAL_PLAN, PLANS, ROOT, run_cli


def test_compare_prints_the_matrix_for_the_four_towns() -> None:
    run = run_cli("compare", str(PLANS))
    assert run.exit_code == 0
    rows = [line for line in run.output.splitlines() if line.lstrip().startswith(("芦別市", "恵庭市", "富良野市", "上里町"))]
    assert [r.split()[0] for r in rows] == [
        "恵庭市",
        "芦別市",
        "富良野市",
        "上里町",
    ]  # by score, best first (100, 90, 85.6, 84.4: the procedures are not in 総合)
    kamisato = next(r for r in rows if r.lstrip().startswith("上里町")).split()
    # K1..K5, D1..D8: 上里町 misses dx/ai-rpa (D4) and dx/telework (D5); dx/standardization (D1) is partial.
    assert kamisato[1:14] == ["●", "●", "●", "●", "●", "◐", "●", "●", "○", "○", "●", "●", "●"]
    assert "D5  dx/telework" in run.output


def test_the_line_by_line_matrix_prints_the_same_bytes_as_richs_table(tmp_path: Path) -> None:
    # The matrix is drawn line by line for speed (1,741 towns); rich's Table is the reference.
    from rich.console import Console

    from conftest import pipeline
    from dxcheck.model.results import AuditResult
    from dxcheck.report.compare_table import matrix, matrix_cells, table

    plans = sorted(PLANS.glob("*.yaml"))
    odd = tmp_path / "odd.yaml"  # an exemption, and a long town name
    odd.write_text(
        MINIMAL_PLAN.replace("name: 恵庭市", "name: とても長い名前の恵庭市")
        + "exemptions:\n  - item: dx/ai-rpa\n    reason: 職員5人の町のため\n",
        encoding="utf-8",
    )
    audits = [a for a in (pipeline().audit(p) for p in [*plans, odd]) if isinstance(a, AuditResult)]
    assert len(audits) == 5
    for lang in ("ja", "en"):
        cells = matrix_cells(audits, lang)
        for terminal in (False, True):
            printed = []
            for drawing in (matrix(*cells), table(*cells)):
                buffer = io.StringIO()
                console = Console(file=buffer, width=200, force_terminal=terminal, color_system="truecolor" if terminal else None)
                console.print(drawing)
                printed.append(buffer.getvalue())
            assert printed[0] == printed[1]
            assert ("\x1b[32m● \x1b[0m" in printed[0]) is terminal


def test_sort_orders() -> None:
    def order(*args: str) -> list[str]:
        document = json.loads(run_cli("compare", str(PLANS), "--format", "json", *args).output)
        return [t["municipality"] for t in document["towns"]]

    assert order("--sort", "code") == ["芦別市", "富良野市", "恵庭市", "上里町"]  # 012165 < 012297 < 012319 < 113859
    assert order("--sort", "score") == ["恵庭市", "芦別市", "富良野市", "上里町"]
    assert order("--sort", "name") == ["上里町", "富良野市", "恵庭市", "芦別市"]  # code point order of the names


def test_files_directories_and_globs_and_a_broken_plan_is_skipped(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("municipality: [\n", encoding="utf-8")
    glob = str(PLANS / "k*.yaml")
    run = run_cli("compare", str(PLANS / "eniwa.yaml"), glob, str(broken), "--format", "json")
    assert run.exit_code == 1  # the rest still compared
    assert [t["municipality"] for t in json.loads(run.output)["towns"]] == ["恵庭市", "上里町"]
    assert "broken.yaml" in run.stderr
    assert "DX003" in run.stderr


def test_json_full_is_the_audit_contract_one_entry_per_town() -> None:
    import jsonschema

    schema = json.loads((ROOT / "schemas" / "audits.schema.json").read_text(encoding="utf-8"))
    document = json.loads(run_cli("compare", str(PLANS), "--format", "json", "--full").output)
    jsonschema.Draft202012Validator(schema).validate(document)
    assert len(document["audits"]) == 4


def test_csv_opens_with_the_csv_module_after_the_bom(tmp_path: Path) -> None:
    out = tmp_path / "towns.csv"
    assert run_cli("compare", str(PLANS), "--format", "csv", "-o", str(out)).exit_code == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert [r["自治体"] for r in rows] == ["恵庭市", "芦別市", "富良野市", "上里町"]
    assert rows[3]["dx/telework"] == "なし"
    english = tmp_path / "en.csv"
    assert run_cli("compare", str(PLANS), "--format", "csv", "--lang", "en", "-o", str(english)).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(english.read_bytes().decode("utf-8-sig"))))
    assert [r["municipality"] for r in rows] == ["恵庭市", "芦別市", "富良野市", "上里町"]
    kamisato = rows[3]
    assert kamisato["code"] == "113859"
    assert kamisato["dx/telework"] == "missing"
    assert kamisato["dx/standardization"] == "partial"
    long = tmp_path / "long.csv"
    run_cli("compare", str(PLANS), "--format", "csv", "--long", "--lang", "en", "-o", str(long))
    long_rows = list(csv.DictReader(io.StringIO(long.read_bytes().decode("utf-8-sig"))))
    assert len(long_rows) == 4 * (5 + 11 + 53)
    # an optional item the plan does not take up is "optional", as in every format, not "missing"
    assert {r["status"] for r in long_rows} <= {"covered", "partial", "missing", "exempt", "optional", "not mentioned"}
    assert {r["required"] for r in long_rows if r["status"] == "optional"} == {"no"}
    # a priority procedure the plan does not name is 「not mentioned」, not 「missing」: a consultant filtering status ==
    # missing counted 193 of them for five towns (the third walkthrough)
    unnamed = [r for r in long_rows if r["item"] == "procedures/p01" and r["municipality"] == "上里町"]
    assert [r["status"] for r in unnamed] == ["not mentioned"], unnamed


def test_csv_in_cp932_and_what_it_cannot_hold(tmp_path: Path) -> None:
    out = tmp_path / "sjis.csv"
    assert run_cli("compare", str(PLANS), "--format", "csv", "--encoding", "cp932", "-o", str(out)).exit_code == 0
    assert "富良野市" in out.read_bytes().decode("cp932")
    plan = tmp_path / "plan.yaml"
    plan.write_text(MINIMAL_PLAN.replace("テスト計画", "𠮷野町の計画"), encoding="utf-8")  # 𠮷 is not in CP932
    run = run_cli("compare", str(plan), "--format", "csv", "--encoding", "cp932", "-o", str(tmp_path / "x.csv"))
    assert run.exit_code == 2
    assert "𠮷" in run.stderr
    assert "utf-8-sig" in run.stderr
    assert not (tmp_path / "x.csv").exists()


def test_the_matrix_sheets_filter_row_names_every_column_and_pandas_reads_it(tmp_path: Path) -> None:
    """The filters are on the second row (the items' titles): its other cells were blank, so their buttons
    sat on nothing and `pd.read_excel(header=1)` named the columns Unnamed: 0… (found by a review)."""
    import pandas as pd

    out = tmp_path / "towns.xlsx"
    assert run_cli("compare", str(PLANS), "-o", str(out)).exit_code == 0
    matrix = load_workbook(out)["比較"]
    assert matrix.auto_filter.ref is not None
    assert matrix.auto_filter.ref.startswith("A2:")
    assert all(cell.value for cell in matrix[2])
    # README's line: the ids, not the titles (two are alike), and the code as the text it is (芦別市 is 012165)
    towns = pd.read_excel(out, sheet_name="比較", skiprows=[1], dtype={"コード": str})
    assert towns.loc[towns["自治体"] == "芦別市", "コード"].item() == "012165"
    assert list(towns.columns[:5]) == ["自治体", "都道府県", "コード", "版", "判定"]
    assert {"kanmin/divide", "dx/divide", "総合"} <= set(towns.columns)
    assert towns.loc[towns["自治体"] == "上里町", "dx/telework"].item().endswith("なし")
    assert sorted(towns["自治体"]) == sorted(["恵庭市", "芦別市", "富良野市", "上里町"])


def test_xlsx_reads_back_with_colours_frozen_headers_and_a_sheet_per_town(tmp_path: Path) -> None:
    out = tmp_path / "towns.xlsx"
    assert run_cli("compare", str(PLANS), "--format", "xlsx", "-o", str(out)).exit_code == 0
    book = load_workbook(out)
    assert book.sheetnames == ["比較", "恵庭市", "芦別市", "富良野市", "上里町"]
    matrix = book["比較"]
    assert matrix.freeze_panes == "F3"  # municipality, prefecture, code, edition, verdict
    header = [c.value for c in matrix[1]]
    telework = header.index("dx/telework") + 1
    kamisato_row = next(r for r in range(3, 7) if matrix.cell(row=r, column=1).value == "上里町")
    cell = matrix.cell(row=kamisato_row, column=telework)
    assert cell.value == "○ なし"
    assert cell.fill.fgColor.rgb.endswith("D73027")
    covered = matrix.cell(row=kamisato_row, column=header.index("kanmin/online") + 1)
    assert covered.fill.fgColor.rgb.endswith("1A9850")
    assert matrix.column_dimensions["A"].width >= 8  # 富良野市 is 8 half-width cells
    town = book["上里町"]
    values = [[c.value for c in row] for row in town.iter_rows()]
    assert any(row[1] == "dx/telework" and row[4] == "○ なし" for row in values)
    assert any(row[0] == "DX501" for row in values)


def test_xlsx_matrix_has_the_verdict_its_reasons_filters_links_and_a_print_setup(tmp_path: Path) -> None:
    """Issue 28, item 10: 判定 and 不合格の理由 as the CSV has them, an autofilter over the matrix, the
    headers frozen, each town linked to its sheet, and A4 landscape fitted to the width with the header
    rows repeated on every page (five towns printed on 79 pages)."""
    out = tmp_path / "towns.xlsx"
    assert run_cli("compare", str(PLANS), "--format", "xlsx", "-o", str(out)).exit_code == 0
    book = load_workbook(out)
    matrix = book["比較"]
    header = [c.value for c in matrix[1]]
    assert header[:5] == ["自治体", "都道府県", "コード", "版", "判定"]
    assert header[-1] == "不合格の理由"
    rows = {matrix.cell(row=r, column=1).value: r for r in range(3, 7)}
    csv_rows = {
        row["自治体"]: row for row in csv.DictReader(io.StringIO(run_cli("compare", str(PLANS), "--format", "csv").output.lstrip("\ufeff")))
    }
    for town, r in rows.items():
        assert matrix.cell(row=r, column=5).value == csv_rows[town]["判定"]
        assert (matrix.cell(row=r, column=len(header)).value or "") == csv_rows[town]["不合格の理由"]
    assert matrix.cell(row=rows["上里町"], column=5).value == "不合格"
    assert "dx/telework" in str(matrix.cell(row=rows["上里町"], column=len(header)).value)
    assert matrix.cell(row=rows["芦別市"], column=5).value == "合格"
    assert matrix.auto_filter.ref == f"A2:{matrix.cell(row=6, column=len(header)).coordinate}"
    assert matrix.freeze_panes == "F3"
    for town, r in rows.items():
        link = matrix.cell(row=r, column=1).hyperlink
        assert link is not None
        assert link.location == f"'{town}'!A1"
        assert town in book.sheetnames
    for sheet in book.worksheets:
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.paperSize == 9  # A4
        fit = sheet.sheet_properties.pageSetUpPr
        assert fit is not None
        assert fit.fitToPage
        assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
    assert matrix.print_title_rows == "$1:$2"
    assert book["上里町"].print_title_rows == "$5:$5"
    assert book["上里町"].freeze_panes == "A6"


def test_xlsx_is_the_same_bytes_every_time(tmp_path: Path) -> None:
    import zipfile

    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    run_cli("compare", str(PLANS), "--format", "xlsx", "-o", str(first))
    run_cli("compare", str(PLANS), "--format", "xlsx", "-o", str(second))
    assert first.read_bytes() == second.read_bytes()
    # No clock inside: the two runs above may fall in the same second, so check the stamps too.
    archive = zipfile.ZipFile(first)
    core = archive.read("docProps/core.xml").decode("utf-8")
    assert "<dcterms:modified" in core
    assert "2020-12-25T00:00:00Z</dcterms:modified>" in core
    assert {info.date_time for info in archive.infolist()} == {(2020, 12, 25, 0, 0, 0)}


def test_markdown_renders_as_tables() -> None:
    md = MarkdownIt("commonmark").enable("table")
    comparison = run_cli("compare", str(PLANS), "--format", "markdown").output
    html = md.render(comparison)
    assert html.count("<table>") == 2
    assert "<td>上里町</td>" in html
    assert re.search(r"<td style=\"text-align:center\">○</td>", html)
    single = md.render(run_cli("audit", str(PLANS / "kamisato.yaml"), "--format", "markdown").output)
    assert "<code>dx/telework</code>" in single
    assert "○ なし" in single


def test_html_is_self_contained() -> None:
    html = run_cli("compare", str(PLANS), "--format", "html").output
    assert "<script" not in html.lower()
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "@import" not in html
    assert "url(" not in html
    assert "size: A4 landscape" in html
    assert html.count('<tr class="town">') == 4
    assert html.count("<svg") == 4  # a score chart per town
    audit = run_cli("audit", str(PLANS / "furano.yaml"), "--format", "html").output
    assert audit.count('<tr class="town">') == 1


# --- the HTML in a real browser ----------------------------------------------------------------

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if found is None:
        pytest.skip("Chromium is not installed, so the HTML cannot be opened in a browser (.ci/run installs Debian's chromium)")
    return found


def render_screenshot(html: Path, png: Path, profile: Path, size: str = "1400,1050") -> str:
    """Screenshot the page in headless Chromium; return the DOM as Chromium built it."""
    chromium = _chromium()
    common = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--window-size={size}"]
    subprocess.run([*common, f"--screenshot={png}", html.as_uri()], capture_output=True, check=True, timeout=120)
    dom = subprocess.run([*common, "--dump-dom", html.as_uri()], capture_output=True, text=True, check=True, timeout=120)
    return dom.stdout


def test_html_in_chromium_shows_the_heatmap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image

    monkeypatch.chdir(ROOT)  # relative paths, so that the picture is the same in every checkout
    html = tmp_path / "towns.html"
    run_cli("compare", "plans", "--format", "html", "-o", str(html))
    png = tmp_path / "towns.png"
    dom = render_screenshot(html, png, tmp_path / "profile")
    assert dom.count('class="cell ') == 4 * 16
    image = Image.open(png).convert("RGB")
    assert image.size == (1400, 1050)
    colours = {pixel for x in range(0, 1400, 4) for y in range(0, 1050, 4) if isinstance(pixel := image.getpixel((x, y)), tuple)}

    def near(rgb: tuple[int, int, int]) -> bool:
        return any(all(abs(c - t) <= 6 for c, t in zip(pixel, rgb, strict=True)) for pixel in colours)

    assert near((0x1A, 0x98, 0x50))  # covered cells
    assert near((0xD7, 0x30, 0x27))  # missing cells
    assert near((0xFE, 0xE0, 0x8B))  # partial cells
    if os.environ.get("DXCHECK_UPDATE_DOCS") == "1":
        shutil.copy(png, ROOT / "docs" / "compare.png")


def test_the_committed_screenshot_is_current(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """docs/compare.png is what Chromium shows of `dxcheck compare plans/ --format html` today, pixel for
    pixel but for anti-aliasing (regenerate: see README)."""
    from PIL import Image, ImageChops

    monkeypatch.chdir(ROOT)
    html = tmp_path / "towns.html"
    run_cli("compare", "plans", "--format", "html", "-o", str(html))
    png = tmp_path / "now.png"
    render_screenshot(html, png, tmp_path / "profile")
    now = Image.open(png).convert("RGB")
    committed = Image.open(ROOT / "docs" / "compare.png").convert("RGB")
    assert committed.size == now.size
    # A pixel differs when a channel moves by more than 48: glyph edges may, a changed cell or word does not.
    difference = ImageChops.difference(now, committed).convert("L").point(lambda v: 255 if v > 48 else 0)
    changed = difference.histogram()[255]
    assert changed / (now.width * now.height) < 0.002, f"{changed} pixels differ: regenerate docs/compare.png (README)"


def test_every_example_plan_exports_in_every_format(tmp_path: Path) -> None:
    for plan in EXAMPLE_PLANS:
        for fmt in ("markdown", "html", "xlsx", "csv"):
            out = tmp_path / f"{plan.stem}.{fmt}"
            run = run_cli("audit", str(plan), "--format", fmt, "-o", str(out))
            assert run.exit_code in (0, 1)
            assert out.stat().st_size > 0


def test_towns_with_the_same_name_are_told_apart_by_their_prefecture(tmp_path: Path) -> None:
    """Issue 28, item 13: 府中市 is two towns. The comparison names each with its prefecture, in the terminal,
    Markdown and CSV; two plans of one town (the same prefecture) are told apart by their file too."""
    from conftest import MINIMAL_PLAN

    def town(file: str, prefecture: str, code: str) -> None:
        text = MINIMAL_PLAN.replace(
            '  name: 恵庭市\n  prefecture: 北海道\n  code: "012319"\n', f'  name: 府中市\n  prefecture: {prefecture}\n  code: "{code}"\n'
        )
        assert "府中市" in text
        (tmp_path / file).write_text(text, encoding="utf-8")

    town("tokyo.yaml", "東京都", "132063")
    town("hiroshima.yaml", "広島県", "342084")
    table = run_cli("compare", str(tmp_path), env={"COLUMNS": "200"}).output
    assert "府中市 (東京都)" in table
    assert "府中市 (広島県)" in table
    assert "tokyo.yaml" not in table
    markdown = run_cli("compare", str(tmp_path), "--format", "markdown").output
    assert "府中市 (東京都)" in markdown
    assert "府中市 (広島県)" in markdown
    town("tokyo-draft.yaml", "東京都", "132063")
    table = run_cli("compare", str(tmp_path), env={"COLUMNS": "200"}).output
    assert "府中市 (広島県)" in table
    assert "府中市 (東京都) (tokyo.yaml)" in table
    assert "府中市 (東京都) (tokyo-draft.yaml)" in table
    # two plans of one town with the same file name, in two folders: told apart by the path as given
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "tokyo.yaml").write_bytes((tmp_path / "tokyo.yaml").read_bytes())
    table = run_cli("compare", str(tmp_path), str(tmp_path / "old"), env={"COLUMNS": "300"}).output
    assert f"府中市 (東京都) ({tmp_path / 'tokyo.yaml'})" in table
    assert f"府中市 (東京都) ({tmp_path / 'old' / 'tokyo.yaml'})" in table
    assert "府中市 (東京都) (tokyo-draft.yaml)" in table  # its file name is its own
