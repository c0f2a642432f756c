# PyInstaller entry point (see sotb.spec): the same as the `sotb` console script.
import sys

from app.cli import main

sys.exit(main())
