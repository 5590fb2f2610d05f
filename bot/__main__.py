"""`python -m bot` runs the same command line as `cuida`."""

from bot.cli.commands import main

raise SystemExit(main())
