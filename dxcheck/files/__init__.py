"""Bytes in and out, safely: what is read from and written to disk, and how.

- source.py: a plan's bytes read with limits, decoded (UTF-8; Shift_JIS and UTF-16 named, not
  guessed), parsed as YAML that cannot run code, with every value's line and column;
- lines.py: block YAML written a value a line (nearly every plan) read line by line, with positions;
- loader.py: other plain YAML read from the C parser's events, with positions (what lines.py declines);
- revision.py: a file as it was at a git revision (`git show`);
- atomic.py: writes that replace a file whole or not at all;
- streams.py: standard output and error that survive a closed pipe;
- cache.py: the disk cache (frameworks read, inference), keyed by content;
- spill.py: a comparison's towns, on disk (a nameless temporary file) past a country's worth;
- resources.py: where the shipped frameworks/ and schemas/ are;
- reports.py: dxcheck's own Word reports in a folder of plans, told by their properties.

May import: dxcheck (the version), dxcheck.model
"""
