"""`python -m wellcare` and the `wellcare` entry point."""

from __future__ import annotations

import sys


def main() -> int:
    from wellcare.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
