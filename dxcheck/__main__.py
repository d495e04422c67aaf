"""`python -m dxcheck`: the console script.

May import: dxcheck.main
"""

from dxcheck.main import main

main()
