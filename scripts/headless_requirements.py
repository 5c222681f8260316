"""Print the project's dependencies and test tools without Qt, one per line, for the headless venv.

scripts/test.sh installs the project with --no-deps plus this list, so the run without PySide6
follows pyproject.toml by itself: a dependency added there is installed here too.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

QT_DISTRIBUTIONS = {"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6", "pytest-qt"}


def distribution(requirement: str) -> str:
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    if match is None:
        raise ValueError(f"cannot read a distribution name in {requirement!r}")
    return re.sub(r"[-_.]+", "-", match.group(1)).lower()


def headless_requirements(pyproject: Path) -> list[str]:
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"]) + list(project["optional-dependencies"]["test"])
    return [r for r in wanted if distribution(r) not in QT_DISTRIBUTIONS]


if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent
    print("\n".join(headless_requirements(Path(sys.argv[1]) if len(sys.argv) > 1 else root / "pyproject.toml")))
