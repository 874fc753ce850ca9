from dialogtool.cli import main

raise SystemExit(main())
