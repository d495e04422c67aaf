"""PDF import: speed of a 50-page plan, and the measurement behind the choice of PDF extractor.

    .venv/bin/python benchmarks/import_speed.py                # import of a ~50-page PDF: time, peak memory
    .venv/bin/python benchmarks/import_speed.py --extractors   # pypdfium2 vs pdfminer.six vs pdfplumber

The PDFs are made here: plans/*.yaml and a long generated plan rendered to HTML and printed by
headless Chromium (fonts-noto-cjk). Needs chromium; says so and exits 0 without it.

Extractor measurement, per PDF: the share of the document's paragraphs (every <h1>–<h4>, <p>,
<li> and table cell of the HTML) found whole in the extracted text once whitespace is removed
(correct characters, and correct order inside a paragraph), the share of consecutive paragraphs
found in the same order (reading order across paragraphs), and the time to extract all pages.
Each extractor runs in a fresh process, so that the peak memory is its own.
"""

from __future__ import annotations

import argparse
import html.parser
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import ClassVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

LONG_PLAN_MEASURES = 240  # prints to about 50 A4 pages


def _documents(workdir: Path) -> dict[str, tuple[Path, str]]:
    from plan_documents import from_plan, generated_plan, print_pdf, to_html

    from dxcheck.catalogue.framework import shipped_catalogue
    from dxcheck.plan.lint import check_file

    out: dict[str, tuple[Path, str]] = {}
    for path in sorted((ROOT / "plans").glob("*.yaml")):
        plan = check_file(path, shipped_catalogue().select({"dx": "1.0"})).plan
        assert plan is not None
        text = to_html(from_plan(plan))
        out[path.stem] = (print_pdf(text, workdir / f"{path.stem}.pdf", workdir), text)
    text = to_html(generated_plan(LONG_PLAN_MEASURES))
    out["generated-long"] = (print_pdf(text, workdir / "long.pdf", workdir), text)
    return out


class _Paragraphs(html.parser.HTMLParser):
    """The text of every block element of the HTML, in order."""

    BLOCKS: ClassVar[set[str]] = {"h1", "h2", "h3", "h4", "p", "li", "td", "th"}

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self._open: list[str] = []
        self._buffer: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCKS:
            self._open.append(tag)
            self._buffer = []

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BLOCKS and self._open:
            self._open.pop()
            text = re.sub(r"\s+", "", "".join(self._buffer))
            if len(text) >= 2:
                self.found.append(text)
            self._buffer = []

    def handle_data(self, data: str) -> None:
        if self._open:
            self._buffer.append(data)


def extract(name: str, pdf: Path) -> str:
    """The whole text of a PDF through one extractor."""
    if name == "pypdfium2":
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(pdf)
        parts = []
        for page in document:
            textpage = page.get_textpage()
            parts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        document.close()
        return "\n".join(parts)
    if name == "pypdfium2-lines":  # what dxcheck's reader lays out from the characters' positions
        from dxcheck.importer.pdf_reader import laid_out_text

        return laid_out_text(pdf.read_bytes())
    if name == "pdfminer.six":
        from pdfminer.high_level import extract_text

        return str(extract_text(str(pdf)))
    if name == "pdfplumber":
        import pdfplumber

        with pdfplumber.open(str(pdf)) as document:
            return "\n".join(page.extract_text() or "" for page in document.pages)
    raise ValueError(name)


def score(extracted: str, reference_html: str) -> tuple[float, float]:
    """(paragraphs found whole, consecutive paragraphs in order)."""
    parser = _Paragraphs()
    parser.feed(reference_html)
    text = re.sub(r"\s+", "", extracted)
    found = sum(1 for p in parser.found if p in text)
    # In order: each paragraph looked for after the end of the previous one found (a paragraph
    # repeated in the document, such as a heading listed in the contents, is not a false alarm).
    position = ordered = 0
    for paragraph in parser.found:
        at = text.find(paragraph, position)
        if at >= 0:
            ordered += 1
            position = at + len(paragraph)
    return found / len(parser.found), ordered / max(found, 1)


def _child(name: str, pdf: str, reference: str) -> None:
    start = time.perf_counter()
    text = extract(name, Path(pdf))
    seconds = time.perf_counter() - start
    found, ordered = score(text, Path(reference).read_text(encoding="utf-8"))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "found": found, "ordered": ordered, "peak_mib": peak}))


def compare_extractors(documents: dict[str, tuple[Path, str]], workdir: Path) -> None:
    names = ["pypdfium2", "pypdfium2-lines", "pdfminer.six", "pdfplumber"]
    print(f"{'PDF':16} {'pages':>5} {'extractor':16} {'paragraphs whole':>16} {'in order':>9} {'time':>8} {'peak':>8}")
    for label, (pdf, reference) in documents.items():
        ref = workdir / f"{label}.ref.html"
        ref.write_text(reference, encoding="utf-8")
        import pypdfium2 as pdfium

        pages = len(pdfium.PdfDocument(pdf))
        for name in names:
            run = subprocess.run(
                [sys.executable, __file__, "--child", name, str(pdf), str(ref)], capture_output=True, text=True, check=True
            )
            r = json.loads(run.stdout.strip().splitlines()[-1])
            print(
                f"{label:16} {pages:5} {name:16} {100 * r['found']:15.1f}% {100 * r['ordered']:8.1f}% {r['seconds']:7.2f}s {r['peak_mib']:6.0f}MiB"
            )


def speed(documents: dict[str, tuple[Path, str]]) -> None:
    pdf = documents["generated-long"][0]
    import pypdfium2 as pdfium

    pages = len(pdfium.PdfDocument(pdf))
    code = (
        "import resource, sys, time; from pathlib import Path; t = time.perf_counter();"
        "from dxcheck.importer import import_document; r = import_document(Path(sys.argv[1]));"
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, r.measures)"
    )
    times = []
    for _ in range(5):
        run = subprocess.run([sys.executable, "-c", code, str(pdf)], capture_output=True, text=True, check=True)
        seconds, peak, measures = run.stdout.split()
        times.append(float(seconds))
    times.sort()
    print(
        f"import of a {pages}-page PDF ({measures} measures): median {times[2]:.2f} s (min {times[0]:.2f}, max {times[-1]:.2f}), peak memory {float(peak):.0f} MiB"
    )
    met = times[2] <= 2 and float(peak) <= 300
    print("target (issue 22): ≤ 2 s and ≤ 300 MB" + (" — met" if met else " — NOT met"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--extractors", action="store_true", help="compare the PDF extractors")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(*args.child)
        return 0
    from plan_documents import chromium

    if chromium() is None:
        print("chromium is not installed: no PDF can be made (apt-get install chromium fonts-noto-cjk)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        documents = _documents(workdir)
        if args.extractors:
            compare_extractors(documents, workdir)
        else:
            speed(documents)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
