"""Plans rendered into the documents towns write them in: Word (.docx), PDF (HTML printed by headless
Chromium), and text as a PDF converter leaves it (page numbers, running headers, broken lines,
spaces inside words, a table of contents). Used by tests/test_import.py and benchmarks/import_*.py;
nothing here comes from outside the repository.

Every document has the parts an importer must leave out: a 目次, a chapter 計画策定の背景 full of
national-policy words (テレワーク, オンライン化, マイナンバーカード …), and a 推進体制 chapter.
"""

from __future__ import annotations

import html
import random
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from dxcheck.model.fiscal import wareki

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

BACKGROUND = (
    "国は、デジタル・ガバメント実行計画において、行政手続のオンライン化、マイナンバーカードの普及、"
    "テレワークの推進、AI・RPA の利用、情報システムの標準化・共通化、セキュリティ対策の徹底を掲げています。"
    "また、自治体DX推進計画では、地域社会のデジタル化とデジタルデバイド対策を併せて取り組むべき事項としています。"
)
PURPOSE = (
    "少子高齢化と人口減少が進む中、情報通信技術の進展は私たちの暮らしを大きく変えつつあります。"
    "本計画は、デジタル技術を活用して住民の利便性を高め、行政運営を効率化するための基本的な方向を示すものです。"
)
GOVERNANCE = "本計画の推進にあたっては、副市長を本部長とするDX推進本部を中心に、全庁的な体制で進行管理を行います。"


@dataclass
class DocMeasure:
    title: str
    description: str | None = None
    kpis: list[dict[str, object]] = field(default_factory=list)
    owner: str | None = None


@dataclass
class DocPolicy:
    title: str
    description: str | None = None
    policies: list[DocPolicy] = field(default_factory=list)
    measures: list[DocMeasure] = field(default_factory=list)


@dataclass
class DocPlan:
    """What a rendered document says: enough to check an import against."""

    title: str
    municipality: str
    prefecture: str
    start: int | None
    end: int | None
    policies: list[DocPolicy]

    def measures(self) -> list[DocMeasure]:
        out: list[DocMeasure] = []

        def walk(policy: DocPolicy) -> None:
            out.extend(policy.measures)
            for child in policy.policies:
                walk(child)

        for policy in self.policies:
            walk(policy)
        return out


def from_plan(plan: object) -> DocPlan:
    """A DocPlan from a dxcheck Plan (plans/*.yaml): policies that hold measures, with their text and KPIs."""
    from dxcheck.model.plan import Plan, Policy

    assert isinstance(plan, Plan)

    def convert(policy: Policy) -> DocPolicy | None:
        children = [c for c in (convert(p) for p in policy.policies) if c is not None]
        measures = [
            DocMeasure(
                m.title,
                m.description,
                [k.model_dump(exclude_none=True) for k in m.kpis],
                m.owner,
            )
            for m in policy.measures
        ]
        if not children and not measures:
            return None
        return DocPolicy(policy.title, policy.description, children, measures)

    period = plan.plan.period
    return DocPlan(
        plan.plan.title,
        plan.municipality.name,
        plan.municipality.prefecture,
        period.start if period else None,
        period.end if period else None,
        [p for p in (convert(p) for p in plan.policies) if p is not None],
    )


def generated_plan(measure_count: int, seed: int = 1) -> DocPlan:
    """A made-up plan of about `measure_count` measures, each with a paragraph and some with KPIs."""
    rng = random.Random(seed)
    subjects = ["窓口", "子育て", "介護", "防災", "教育", "観光", "農業", "健康", "交通", "図書館", "税務", "福祉"]
    actions = ["オンライン化", "デジタル化", "データ活用", "キャッシュレス化", "情報発信の充実", "業務の見直し", "人材の育成"]
    policies: list[DocPolicy] = []
    index = 0
    while index < measure_count:
        policy = DocPolicy(f"{rng.choice(subjects)}分野の{rng.choice(actions)}", "住民の利便性を高め、行政運営の効率化を進めます。")
        for _ in range(min(rng.randint(3, 8), measure_count - index)):
            index += 1
            subject, action = rng.choice(subjects), rng.choice(actions)
            kpis: list[dict[str, object]] = []
            if rng.random() < 0.3:
                kpis.append(
                    {
                        "name": f"{subject}の{action}件数",
                        "baseline": rng.randint(0, 50),
                        "target": rng.randint(60, 200),
                        "unit": "件",
                        "target_year": 2027,
                    }
                )
            policy.measures.append(
                DocMeasure(
                    f"{subject}における{action}の推進（{index}）",
                    f"{subject}の分野で、これまでの取組を踏まえ、{action}を段階的に進めます。"
                    f"関係課と連携し、{subject}に関する手続や情報の提供方法を見直し、住民の利便性の向上を図ります。",
                    kpis,
                    f"{subject}課" if rng.random() < 0.5 else None,
                )
            )
        policies.append(policy)
    return DocPlan("架空市デジタル化推進計画", "架空市", "北海道", 2024, 2027, policies)


def _period_sentence(plan: DocPlan) -> str:
    if plan.start is None or plan.end is None:
        return "本計画は特に期間を定めないものとし、社会の変化に応じて適宜見直します。"
    years = plan.end - plan.start + 1
    return f"本計画の計画期間は、{wareki(plan.start)}年度から{wareki(plan.end)}年度までの{years}年間とします。"


LEGAL = "また、本計画を官民データ活用推進基本法第9条第3項に基づく「市町村官民データ活用推進計画」として位置づけます。"


def _label(depth: int, index: int) -> str:
    if depth == 0:
        return f"基本方針{index}"
    if depth == 1:
        return f"({index})"
    return f"{index}."


# --- HTML (printed to PDF by Chromium) -----------------------------------------------------------


def to_html(plan: DocPlan) -> str:
    """An HTML rendering of the plan, as a town's PDF looks: cover, contents, background, plan, governance."""
    e = html.escape
    out = [
        "<!doctype html><html lang='ja'><head><meta charset='utf-8'><style>",
        "body{font-family:'Noto Sans CJK JP',sans-serif;font-size:11pt;line-height:1.7;margin:0 12mm}",
        "h1{font-size:24pt;margin-top:60mm;text-align:center}h2{font-size:17pt;page-break-before:always}",
        "h3{font-size:14pt}h4{font-size:12.5pt}p{margin:0.4em 0}table{border-collapse:collapse}",
        "td,th{border:1px solid #444;padding:2px 6px;font-size:10pt}.toc p{margin:0}",
        "</style></head><body>",
        f"<h1>{e(plan.title)}</h1><p style='text-align:center'>令和6年3月</p><p style='text-align:center'>{e(plan.municipality)}</p>",
        "<h2>目次</h2><div class='toc'>",
        "<p>第1章 計画の策定にあたって ……………… 1</p><p>第2章 計画策定の背景 ……………… 2</p>",
        "<p>第3章 施策の展開 ……………… 3</p><p>第4章 推進体制 ……………… 9</p></div>",
        "<h2>第1章 計画の策定にあたって</h2><h3>1. 計画策定の趣旨</h3>",
        f"<p>{e(PURPOSE)}</p><h3>2. 計画の期間</h3><p>{e(_period_sentence(plan))}</p>",
        f"<h3>3. 計画の位置づけ</h3><p>{e(LEGAL)}</p>",
        f"<h2>第2章 計画策定の背景</h2><h3>1. 国の動向</h3><p>{e(BACKGROUND)}</p>",
        "<h2>第3章 施策の展開</h2>",
    ]

    def policy(p: DocPolicy, depth: int, index: int) -> None:
        tag = ("h3", "h4", "h4")[min(depth, 2)]
        out.append(f"<{tag}>{e(_label(depth, index))} {e(p.title)}</{tag}>")
        if p.description:
            out.append(f"<p>{e(p.description)}</p>")
        for i, child in enumerate(p.policies, 1):
            policy(child, depth + 1, i)
        if p.measures and all(m.description is None and not m.kpis for m in p.measures):
            # Japanese plans write the bullet as a character (・), which stays in the PDF's text layer.
            out.append("<ul style='list-style:none'>" + "".join(f"<li>・{e(m.title)}</li>" for m in p.measures) + "</ul>")
            return
        for i, m in enumerate(p.measures, 1):
            out.append(f"<h4>{CIRCLED[(i - 1) % 20]} {e(m.title)}</h4>")
            if m.description:
                out.append(f"<p>{e(m.description)}</p>")
            if m.owner:
                out.append(f"<p>担当課：{e(m.owner)}</p>")
            if m.kpis:
                out.append("<table><tr><th>指標</th><th>現状値</th><th>目標値</th><th>目標年度</th></tr>")
                for k in m.kpis:
                    target = f"{k.get('target', '')}{k.get('unit', '')}"
                    year = f"{wareki(int(str(k['target_year'])))}年度" if k.get("target_year") else ""
                    out.append(
                        f"<tr><td>{e(str(k['name']))}</td><td>{e(str(k.get('baseline', '')))}</td><td>{e(target)}</td><td>{year}</td></tr>"
                    )
                out.append("</table>")

    for i, p in enumerate(plan.policies, 1):
        policy(p, 0, i)
    out.append(f"<h2>第4章 推進体制</h2><h3>1. 推進体制と進行管理</h3><p>{e(GOVERNANCE)}</p></body></html>")
    return "\n".join(out)


def chromium() -> str | None:
    """The headless Chromium binary, if installed."""
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def print_pdf(html_text: str, out: Path, workdir: Path) -> Path:
    """Print HTML to PDF with headless Chromium (the caller checks `chromium()` first)."""
    binary = chromium()
    assert binary is not None
    source = workdir / f"{out.stem}.html"
    source.write_text(html_text, encoding="utf-8")
    profile = workdir / f"profile-{out.stem}"
    subprocess.run(
        [
            binary,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={out}",
            source.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return out


# --- Word --------------------------------------------------------------------------------------


def soffice() -> str | None:
    """LibreOffice's command, if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(documents: list[Path], outdir: Path) -> list[Path]:
    """Convert Word documents to PDF with headless LibreOffice, as a town's PDF made from Word (the
    caller checks `soffice()` first). A profile of its own, so that a running LibreOffice does not
    take the job, and so that runs in parallel do not share one."""
    binary = soffice()
    assert binary is not None
    profile = outdir / "lo-profile"
    subprocess.run(
        [
            binary,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            *map(str, documents),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    out = [outdir / f"{document.stem}.pdf" for document in documents]
    missing = [path.name for path in out if not path.exists()]
    assert not missing, f"LibreOffice wrote no {missing}"
    return out


def to_docx(plan: DocPlan, out: Path, list_style: str = "List Number") -> Path:
    """A Word document: 見出し styles, numbered measures, KPI tables, a background chapter, page breaks.
    Measures without text are a list in `list_style` (「List Bullet」: Word's bullets, U+F0B7 in Symbol)."""
    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    document.add_heading(plan.title, level=0)
    document.add_paragraph("令和6年3月")
    document.add_paragraph(plan.municipality)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading("第1章 計画の策定にあたって", level=1)
    document.add_heading("1. 計画策定の趣旨", level=2)
    document.add_paragraph(PURPOSE)
    document.add_heading("2. 計画の期間", level=2)
    document.add_paragraph(_period_sentence(plan))
    document.add_heading("3. 計画の位置づけ", level=2)
    document.add_paragraph(LEGAL)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading("第2章 計画策定の背景", level=1)
    document.add_heading("1. 国の動向", level=2)
    document.add_paragraph(BACKGROUND)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading("第3章 施策の展開", level=1)

    def policy(p: DocPolicy, depth: int, index: int) -> None:
        document.add_heading(f"{_label(depth, index)} {p.title}", level=min(depth + 2, 4))
        if p.description:
            document.add_paragraph(p.description)
        for i, child in enumerate(p.policies, 1):
            policy(child, depth + 1, i)
        if p.measures and all(m.description is None and not m.kpis for m in p.measures):
            for m in p.measures:
                document.add_paragraph(m.title, style=list_style)
            return
        for i, m in enumerate(p.measures, 1):
            document.add_heading(f"{CIRCLED[(i - 1) % 20]} {m.title}", level=min(depth + 3, 5))
            if m.description:
                document.add_paragraph(m.description)
            if m.owner:
                document.add_paragraph(f"担当課：{m.owner}")
            if m.kpis:
                table = document.add_table(rows=1, cols=4)
                for cell, text in zip(table.rows[0].cells, ["指標", "現状値", "目標値", "目標年度"], strict=True):
                    cell.text = text
                for k in m.kpis:
                    cells = table.add_row().cells
                    cells[0].text = str(k["name"])
                    cells[1].text = str(k.get("baseline", ""))
                    cells[2].text = f"{k.get('target', '')}{k.get('unit', '')}"
                    cells[3].text = f"{wareki(int(str(k['target_year'])))}年度" if k.get("target_year") else ""

    for i, p in enumerate(plan.policies, 1):
        policy(p, 0, i)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading("第4章 推進体制", level=1)
    document.add_paragraph(GOVERNANCE)
    document.save(str(out))
    return out


# --- text as a PDF converter leaves it ------------------------------------------------------------


def to_damaged_text(plan: DocPlan, seed: int = 7, width: int = 36, page_lines: int = 38) -> str:
    """Plain text with the damage of PDF extraction: lines broken every `width` characters in the
    middle of sentences, a running header and a page number on every page, spaces inside words,
    a table of contents, figure captions and footnotes in the flow."""
    rng = random.Random(seed)
    logical: list[str] = [plan.title, "", "令和6年3月", plan.municipality, "", "目 次", ""]
    logical += [
        "第1章 計画の策定にあたって ······ 1",
        "1. 計画策定の趣旨 ······ 1",
        "第2章 計画策定の背景 ······ 2",
        "第3章 施策の展開 ······ 3",
        "第4章 推進体制 ······ 9",
        "",
    ]
    logical += [
        "第1章 計画の策定にあたって",
        "",
        "1. 計画策定の趣旨",
        "",
        PURPOSE,
        "",
        "図1 計画の位置づけ",
        "",
        "2. 計画の期間",
        "",
        _period_sentence(plan),
        "",
    ]
    logical += ["3. 計画の位置づけ", "", LEGAL, "", "※官民データ…国や地方公共団体が管理するデータ。", ""]
    logical += ["第2章 計画策定の背景", "", "1. 国の動向", "", BACKGROUND, "", "出典：総務省資料", "", "第3章 施策の展開", ""]

    def policy(p: DocPolicy, depth: int, index: int) -> None:
        logical.extend([f"{_label(depth, index)} {p.title}", ""])
        if p.description:
            logical.extend([p.description, ""])
        for i, child in enumerate(p.policies, 1):
            policy(child, depth + 1, i)
        if p.measures and all(m.description is None and not m.kpis for m in p.measures):
            logical.extend([f"・{m.title}" for m in p.measures] + [""])
            return
        for i, m in enumerate(p.measures, 1):
            logical.extend([f"{CIRCLED[(i - 1) % 20]}{m.title}", ""])
            if m.description:
                logical.extend([m.description, ""])
            if m.owner:
                logical.extend([f"担当課：{m.owner}", ""])
            if m.kpis:
                logical.append("指標\t現状値\t目標値\t目標年度")
                for k in m.kpis:
                    year = f"{wareki(int(str(k['target_year'])))}年度" if k.get("target_year") else ""
                    logical.append(f"{k['name']}\t{k.get('baseline', '')}\t{k.get('target', '')}{k.get('unit', '')}\t{year}")
                logical.append("")

    for i, p in enumerate(plan.policies, 1):
        policy(p, 0, i)
    logical += ["第4章 推進体制", "", GOVERNANCE, ""]

    # Break long lines (prose only, not tables), and put a space inside some words.
    physical: list[str] = []
    for line in logical:
        if "\t" in line or len(line) <= width:
            physical.append(line)
            continue
        pieces = [line[i : i + width] for i in range(0, len(line), width)]
        for piece in pieces:
            if len(piece) > 6 and rng.random() < 0.25:
                at = rng.randint(2, len(piece) - 2)
                if all("\u3040" <= c <= "\u9fff" for c in piece[at - 1 : at + 1]):
                    piece = piece[:at] + " " + piece[at:]
            physical.append(piece)
    # Pages: a running header on top, the page number at the bottom.
    out: list[str] = []
    for page, start in enumerate(range(0, len(physical), page_lines), 1):
        out.append(f"{plan.title}")
        out.extend(physical[start : start + page_lines])
        out.append(f"- {page} -")
    return "\n".join(out) + "\n"
