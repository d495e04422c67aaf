"""`python -m dxcheck.importer DOC`: print the draft plan YAML, then the notes on stderr."""

from __future__ import annotations

import sys
from pathlib import Path

from dxcheck.importer import DocumentError, import_document


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or args[0] in ("-h", "--help"):
        print("使い方 / usage: python -m dxcheck.importer 文書.docx|文書.pdf|文書.txt", file=sys.stderr)
        return 2
    try:
        result = import_document(Path(args[0]))
    except DocumentError as exc:
        print(f"{args[0]}: {exc.message_ja}\n{args[0]}: {exc.message_en}", file=sys.stderr)
        return 2 if exc.could_not_run else 1
    sys.stdout.write(result.yaml)
    sys.stdout.flush()
    print(f"# 方針 {result.policies} 件、施策 {result.measures} 件（{result.kind}）", file=sys.stderr)
    for note in result.notes:
        print(f"- {note}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
