"""The frozen app's entry script (PyInstaller analyses this file, not an installed console script).

It only hands over to `wellcare.__main__.main`, so the frozen executable understands exactly the
same arguments as the `wellcare` command, including the `_keyring-helper` first argument the
tray app uses to read the OS keyring in a short-lived helper process (itself, re-run).
"""

import sys

from wellcare.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
