"""Telling a network folder from a local one: mountinfo on Linux, UNC and mapped drives on Windows."""

from __future__ import annotations

import pytest

from wellcare.netfs import DRIVE_REMOTE, NetworkLocation, linux_network_location, network_location

MOUNTINFO = "\n".join([
    "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw",
    "30 22 0:26 / /home rw,relatime shared:2 - ext4 /dev/sda2 rw",
    "41 30 0:40 / /home/kim/H\\040drive rw,relatime shared:9 - cifs //files.example/home$ rw,vers=3.1.1",
    "42 22 0:41 / /mnt/team rw,relatime - nfs4 nas:/export/team rw",
    "43 22 0:42 / /mnt/smb rw,nosuid,nodev,relatime - fuse.smbnetfs smbnetfs rw,user_id=0",
    "44 22 0:43 / /media/usb rw,relatime - fuseblk /dev/sdb1 rw",
    "45 22 0:44 / /mnt/odd rw,relatime - fuse.someclient files.example:/share rw",
    "46 22 0:45 / /run/user/1000/gvfs rw,relatime - fuse.gvfsd-fuse gvfsd-fuse rw",
])  # fmt: skip


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/kim/profile", None),
        ("/home/kim/H drive/WellCare", NetworkLocation("cifs", "/home/kim/H drive")),
        ("/home/kim/H drive", NetworkLocation("cifs", "/home/kim/H drive")),
        ("/home/kim/H drivex", None),  # a sibling whose name only starts the same
        ("/mnt/team/wellcare/profile", NetworkLocation("nfs4", "/mnt/team")),
        ("/mnt/smb/127.0.0.1/office/exchange", NetworkLocation("fuse.smbnetfs", "/mnt/smb")),
        ("/media/usb/WellCare", None),  # NTFS on a USB disk through FUSE is local
        ("/mnt/odd/x", NetworkLocation("fuse.someclient", "/mnt/odd")),  # unknown client, host:path source
        ("/run/user/1000/gvfs/smb-share:server=nas/x", NetworkLocation("fuse.gvfsd-fuse", "/run/user/1000/gvfs")),
    ],
)
def test_linux_mounts_are_judged_by_the_innermost_mount(path: str, expected: NetworkLocation | None) -> None:
    assert linux_network_location(path, MOUNTINFO) == expected


def test_a_profile_not_made_yet_is_judged_by_its_nearest_existing_folder(tmp_path) -> None:  # type: ignore[no-untyped-def]
    info = f"22 1 8:1 / / rw - ext4 /dev/sda1 rw\n50 22 0:50 / {tmp_path} rw - cifs //srv/x rw"
    assert network_location(tmp_path / "not" / "yet" / "profile", platform="posix", mountinfo=info) is not None
    assert network_location(tmp_path, platform="posix", mountinfo=info) == NetworkLocation("cifs", str(tmp_path))


def _drives(remote: set[str]):  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def drive_type(root: str) -> int:
        asked.append(root)
        return DRIVE_REMOTE if root in remote else 3  # DRIVE_FIXED

    return drive_type, asked


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (r"\\files.example\home$\kim\WellCare", NetworkLocation("unc", r"\\files.example\home$")),
        ("//files.example/team/WellCare", NetworkLocation("unc", r"\\files.example\team")),
        (r"\\?\UNC\files.example\team\WellCare", NetworkLocation("unc", r"\\files.example\team")),
        (r"H:\WellCare", NetworkLocation("mapped drive", "H:\\")),
        (r"h:\WellCare", NetworkLocation("mapped drive", "H:\\")),
        (r"C:\Users\kim\AppData\Roaming\WellCare", None),
        (r"\\?\C:\Users\kim\AppData\Roaming\WellCare", None),
        (r"\\?\H:\WellCare", NetworkLocation("mapped drive", "H:\\")),
    ],
)
def test_windows_unc_paths_and_mapped_network_drives(path: str, expected: NetworkLocation | None) -> None:
    drive_type, _asked = _drives({"H:\\"})
    assert network_location(path, platform="nt", drive_type=drive_type) == expected


def test_windows_asks_the_drive_type_only_for_drive_letters() -> None:
    drive_type, asked = _drives(set())
    network_location(r"\\server\share\x", platform="nt", drive_type=drive_type)
    network_location(r"D:\x", platform="nt", drive_type=drive_type)
    assert asked == ["D:\\"]
