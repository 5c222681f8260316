"""`python -m wellcare` and the `wellcare` entry point."""

from __future__ import annotations

import sys


def main() -> int:
    if sys.argv[1:2] == ["_keyring-helper"]:
        # The tray app's keyring helper: nothing else is imported, nothing is printed but JSON.
        import json

        from wellcare.vault.keystore import serve_helper_request

        sys.stdout.write(json.dumps(serve_helper_request(sys.stdin.read())))
        return 0
    from wellcare.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
