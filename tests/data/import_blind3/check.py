# -*- coding: utf-8 -*-
"""Checks the answer keys against the documents: every measure title, policy title and the
municipality occur in the docx text (document.xml), codes have a valid check digit, and
each key has 2-4 missing and 1-2 partial items. Optional: the same for the PDF (pdftotext)."""

import glob
import os
import re
import shutil
import subprocess
import sys
import zipfile

from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        s = []
        for el in p.iter():
            if el.tag == W + "t":
                s.append(el.text or "")
            elif el.tag == W + "tab":
                s.append("\t")
            elif el.tag == W + "br":
                s.append("\n")
        out.append("".join(s))
    return "\n".join(out)


def load_key(path):
    """Minimal reader for the keys written by make.py (avoids depending on PyYAML)."""
    import json

    key = {"policies": [], "items": {}}
    cur = None
    section = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("municipality:"):
            key["municipality"] = json.loads(line.split(":", 1)[1].strip())
        elif line.startswith("code:"):
            v = line.split(":", 1)[1].strip()
            key["code"] = None if v == "null" else json.loads(v)
        elif line.startswith("period:"):
            v = line.split(":", 1)[1].strip()
            m = re.match(r"\{start: (\d+), end: (\d+)\}", v)
            key["period"] = (int(m.group(1)), int(m.group(2))) if m else None
        elif line.startswith("policies:"):
            section = "policies"
        elif line.startswith("items:"):
            section = "items"
        elif line.startswith("notes:"):
            section = "notes"
        elif section == "policies" and line.startswith("  - title:"):
            cur = {"title": json.loads(line.split(":", 1)[1].strip()), "measures": []}
            key["policies"].append(cur)
        elif section == "policies" and line.startswith("      - "):
            cur["measures"].append(json.loads(line[8:]))
        elif section == "items" and line.startswith("  "):
            k, v = line.strip().split(": ")
            key["items"][k] = v
    return key


def check_digit_ok(code):
    d = [int(c) for c in code]
    return (11 - (6 * d[0] + 5 * d[1] + 4 * d[2] + 3 * d[3] + 2 * d[4]) % 11) % 10 == d[5]


def main():
    bad = 0
    pdftotext = shutil.which("pdftotext")
    for kp in sorted(glob.glob(os.path.join(HERE, "doc*.expected.yaml"))):
        name = os.path.basename(kp).split(".")[0]
        key = load_key(kp)
        text = docx_text(os.path.join(HERE, name + ".docx"))
        flat = text.replace("\n", "")
        probs = []
        if key["municipality"] not in flat:
            probs.append("municipality " + key["municipality"])
        if key["code"]:
            if not check_digit_ok(key["code"]):
                probs.append("bad check digit " + key["code"])
            if key["code"] not in flat:
                probs.append("code not in text")
        n = 0
        for pol in key["policies"]:
            if pol["title"] not in flat:
                probs.append("policy: " + pol["title"])
            for m in pol["measures"]:
                n += 1
                if m not in flat:
                    probs.append("measure: " + m)
        vals = list(key["items"].values())
        miss, part = vals.count("missing"), vals.count("partial")
        if len(vals) != 13 or not (2 <= miss <= 4) or not (1 <= part <= 2):
            probs.append("verdict counts: %d items, %d missing, %d partial" % (len(vals), miss, part))
        if not (8 <= n <= 25):
            probs.append("measure count %d" % n)
        pdf = os.path.join(HERE, name + ".pdf")
        pdf_note = ""
        if pdftotext and os.path.exists(pdf):
            pt = subprocess.run([pdftotext, "-layout", pdf, "-"], capture_output=True, text=True).stdout
            pflat = re.sub(r"\s+", "", pt)
            lost = [m for pol in key["policies"] for m in pol["measures"] if re.sub(r"\s+", "", m) not in pflat]
            pdf_note = " pdf: %d/%d measure titles found unbroken" % (n - len(lost), n)
        print(
            "%s %s period=%s policies=%d measures=%d missing=%d partial=%d%s %s"
            % (name, key["municipality"], key["period"], len(key["policies"]), n, miss, part, pdf_note, "OK" if not probs else "PROBLEMS")
        )
        for p in probs:
            print("   ", p)
        bad += bool(probs)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
