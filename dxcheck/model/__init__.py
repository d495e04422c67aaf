"""The ground floor: plain data that nearly everything uses, lint included.

- plan.py: the typed plan (pydantic models of what a town writes), its id patterns and limits;
- findings.py: a finding (code, severity, message in two languages, where), and how findings are counted;
- rules.py: every rule that makes findings, with its stable code (DX001 …), severity and words;
- results.py: what lint and audit produce (`LintRun`, `AuditResult`), read by every reporter;
- message.py: a message in Japanese and English;
- fiscal.py: 年度 and 和暦 (令和8年度 = FY2026), the units every period is in;
- municipality.py: the 地方公共団体コード and its check digit, prefectures;
- sections.py: the headings of a plan's chapters that are no commitments (背景, 現状と課題, 国の動向 …);
- reports.py: what dxcheck's own Word report says of itself (its author and subject), so that it is not read as a plan.

Nothing here reads a file, prints, or knows a framework's contents.

May import: (nothing of dxcheck's)
"""
