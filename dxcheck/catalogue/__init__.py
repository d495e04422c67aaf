"""The framework catalogue: the national frameworks and their editions, as data read from the
top-level frameworks/ folder (the data stays there; this package reads and indexes it).

- framework.py: the catalogue's model (frameworks, editions, items, procedures) and its loading, cached;
- edition_choice.py: which edition of a framework audits a plan (`--edition`, the plan's dates);
- lookup.py: an item, a procedure group or a framework found by the name a user typed;
- user.py: the frameworks a user adds (--frameworks-dir, framework-paths), trusted and cached;
- framework_check.py: a framework file linted (`dxcheck frameworks check`), file:line:col and FW codes.

May import: dxcheck.model, dxcheck.files
"""
