"""The frozen program's entry point (PyInstaller runs a script, not a package's __main__)."""

import sys

from annotator.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
