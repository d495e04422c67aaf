"""A plan file checked: from YAML data to a typed plan and its findings, and plan files written.

- lint.py: data → schema → typed plan → cross-checks against the catalogue (`PlanCheck`);
- validate.py: the JSON Schema check and the typed plan built from valid data;
- salvage.py: what can still be read from a plan the schema refuses;
- discovery.py: the plan files a command names (files, folders, globs);
- fmt.py: the canonical layout of a plan's YAML (`dxcheck fmt`, and the importer's draft);
- scaffold.py: a starter plan (`dxcheck init`).

Reading a file, standard input, a document or a revision into a `PlanCheck` is dxcheck.read's job,
which uses this package.

May import: dxcheck.model, dxcheck.files, dxcheck.catalogue
"""
