from dxcheck.main import main

main()
