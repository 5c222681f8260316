"""Where the history export goes and how it is written, without Qt (the save dialog only picks a name)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from wellcare.assess.export import export_target, save_export
from wellcare.vault import VaultError


@pytest.mark.parametrize(
    ("name", "pdf_filter", "expected", "as_pdf"),
    [
        ("history.csv", True, "history.csv", False),  # the name's suffix wins over the filter
        ("history.PDF", False, "history.PDF", True),
        ("history", True, "history.pdf", True),  # no suffix: the filter picked decides
        ("history", False, "history.csv", False),
        ("history.txt", False, "history.txt.csv", False),
    ],
)
def test_the_suffix_decides_and_a_missing_one_comes_from_the_filter(
    tmp_path: Path, name: str, pdf_filter: bool, expected: str, as_pdf: bool
) -> None:
    assert export_target(tmp_path / name, pdf_filter) == (tmp_path / expected, as_pdf)


def test_the_export_is_private_and_a_folder_without_access_is_a_clear_error(tmp_path: Path) -> None:
    target = tmp_path / "history.csv"
    save_export(target, b"date,time\n")
    assert target.read_bytes() == b"date,time\n"
    if os.name == "posix":
        assert target.stat().st_mode & 0o077 == 0

    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    if os.geteuid() == 0:
        pytest.skip("root ignores file permissions")
    with pytest.raises(VaultError, match=r"Could not write history\.csv"):
        save_export(locked / "history.csv", b"x")
    assert list(locked.iterdir()) == []  # no temp file left behind
