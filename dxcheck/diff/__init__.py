"""Two versions of one plan compared (`dxcheck diff`).

- changes.py: policies and measures paired across versions, what changed and what coverage was lost;
- results.py: the comparison as plain data, read by the diff reporters.

May import: dxcheck.model, dxcheck.files, dxcheck.plan, dxcheck.read, dxcheck.audit
"""
