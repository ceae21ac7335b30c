"""The bundle's entry script: PyInstaller freezes this file as the `timeline` executable.

A file of its own rather than timeline/__main__.py, because PyInstaller puts the entry
script's folder on the module path, and the package's own folder must not be there.
"""

import sys

from timeline.cli import main

sys.exit(main())
