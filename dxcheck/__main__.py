from dxcheck.cli import main

main()
