#!/usr/bin/env python3
"""Sanity check of the answer keys against the documents (not an importer): every policy title, measure title,
the municipality and the code occur in the document text (pdftotext for PDFs, w:t runs for .docx, visible text for
.html), after removing whitespace.  Also checks code check digits and item verdict spelling."""
import glob, os, re, subprocess, sys, zipfile, html
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def squash(s):
    return re.sub(r"\s+", "", s)


def pdf_text(p):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", p, "-"], capture_output=True, text=True, check=True).stdout


def docx_text(p):
    with zipfile.ZipFile(p) as z:
        out = []
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml"):
                xml = z.read(n).decode("utf-8")
                out.append("".join(html.unescape(t) for t in re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>", xml)))
        return "\n".join(out)


def html_text(p):
    s = open(p, encoding="utf-8").read()
    s = re.sub(r"<style.*?</style>", "", s, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", s))


def check_digit_ok(code):
    d = [int(c) for c in code]
    return (11 - (6 * d[0] + 5 * d[1] + 4 * d[2] + 3 * d[3] + 2 * d[4]) % 11) % 10 == d[5]


bad = 0
for exp in sorted(glob.glob(os.path.join(HERE, "doc*.expected.yaml"))):
    doc = os.path.basename(exp).split(".")[0]
    key = yaml.safe_load(open(exp, encoding="utf-8"))
    sources = {}
    for ext, fn in ((".pdf", pdf_text), (".docx", docx_text), (".html", html_text)):
        p = os.path.join(HERE, doc + ext)
        if os.path.exists(p):
            sources[ext] = squash(fn(p))
    wanted = [key["municipality"]] + [p["title"] for p in key["policies"]]
    wanted += [m for p in key["policies"] for m in p["measures"]]
    if key["code"]:
        wanted.append(key["code"])
        if not check_digit_ok(key["code"]):
            print(f"{doc}: bad check digit {key['code']}"); bad += 1
    for ext, text in sources.items():
        for w in wanted:
            if squash(w) not in text:
                print(f"{doc}{ext}: not found: {w}"); bad += 1
    assert len(key["items"]) == 13 and set(key["items"].values()) <= {"covered", "partial", "missing"}, doc
    n = sum(len(p["measures"]) for p in key["policies"])
    miss = sum(v == "missing" for v in key["items"].values())
    part = sum(v == "partial" for v in key["items"].values())
    print(f"{doc}: {key['municipality']} {key['code']} {key['period']} policies={len(key['policies'])} "
          f"measures={n} missing={miss} partial={part} sources={','.join(sources)}")
print("problems:", bad)
sys.exit(1 if bad else 0)
