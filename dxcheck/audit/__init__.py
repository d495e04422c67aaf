"""The audit: plans checked and judged against the frameworks, one or many.

- verdicts.py: for every item of every framework, whether the plan's measures commit to it (pure);
- checks.py: the audit's findings (gaps, plan-level checks, national deadlines);
- pipeline.py: from the plan files a command names to results, one way for every command;
- workers.py: the worker pool that audits many plans (`compare`) in other processes;
- against.py: a plan written for an older edition, audited with a newer one (`--against`).

May import: dxcheck (the version), dxcheck.model, dxcheck.files, dxcheck.catalogue, dxcheck.plan,
dxcheck.reading, dxcheck.read
"""
