"""The console script's entry point: as little as possible before the command needs it.

`dxcheck --version` answers without importing typer, pydantic or rich; every other command goes
through the typer application in dxcheck.cli.
"""

from __future__ import annotations

import os
import sys

from dxcheck import __version__


def main() -> None:
    if sys.argv[1:] in (["--version"], ["-V"]):
        sys.stdout.write(f"dxcheck {__version__}\n")
        return
    # dxcheck uses no pydantic plugins: skip the scan of every installed package's entry points.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from dxcheck.cli import main as run

    run()


if __name__ == "__main__":
    main()
