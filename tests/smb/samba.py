"""A throwaway Samba server on loopback and a FUSE SMB client (smbnetfs) mounting its shares.

The exchange folder lives on the server's disk; the coordinator and the counselors reach it only
through the mount, as on a call centre's Windows share. Three shares point at the same folder:

- ``office``: the coordinator (every file, as the folder's owner);
- ``desk``: a counselor with the rights DEPLOYMENT.md asks for, applied as POSIX modes on the
  server (the folder 0711: traverse only; inbox/ 1733: create files, no listing, files made there
  0622: nobody but the office reads them; replies/ 0711: read by name; offers/ 0755: read-only);
- ``lax``: a counselor on a share set up wrongly (full rights everywhere).

The server runs as root (it must switch to the guest account) on a free high port; the client
mounts without fusermount, which needs root too. ``unavailable()`` says why it cannot run here.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

DESK_CREATE_MASK = "0622"  # a counselor's file on the share: written by them, read by the office only
_START_TIMEOUT = 15.0


class ShareUnavailable(RuntimeError):
    """smbd or the FUSE client could not run at all here (a sandbox without mount rights, say)."""


def unavailable() -> str | None:
    """Why no SMB share can run on this machine, or None when it can."""
    if os.name != "posix" or not hasattr(os, "geteuid"):
        return "SMB share tests need Linux (smbd and a FUSE client)"
    if os.geteuid() != 0:
        return "SMB share tests need root: smbd switches users and the FUSE mount has no fusermount here"
    for tool in ("smbd", "smbnetfs"):
        if shutil.which(tool) is None and not Path("/usr/sbin", tool).exists():
            return f"SMB share tests need {tool} (Debian packages samba and smbnetfs; scripts/setup.sh installs them)"
    if not os.path.exists("/dev/fuse") or not os.access("/dev/fuse", os.R_OK | os.W_OK):
        return "SMB share tests need FUSE (/dev/fuse is missing or not usable in this sandbox)"
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _mounted(mountpoint: Path) -> bool:
    target = str(mountpoint)
    with open("/proc/self/mountinfo", encoding="utf-8") as fh:
        return any(line.split()[4] == target for line in fh)


@dataclass
class SmbShare:
    """A running server and its mount; paths are as each role sees the exchange folder."""

    base: Path
    server_root: Path  # the exchange folder on the server's own disk (what an admin sees)
    mountpoint: Path
    port: int
    _smbd: subprocess.Popen[bytes] | None = None
    _client: subprocess.Popen[bytes] | None = None

    def share(self, name: str) -> Path:
        return self.mountpoint / f"127.0.0.1:{self.port}" / name

    @property
    def office(self) -> Path:
        """The exchange folder through the coordinator's share."""
        return self.share("office") / "exchange"

    @property
    def desk(self) -> Path:
        """The exchange folder through a counselor's share with the documented rights."""
        return self.share("desk") / "exchange"

    @property
    def lax(self) -> Path:
        """The exchange folder through a share that gives counselors everything (a wrong set-up)."""
        return self.share("lax") / "exchange"

    def apply_counselor_rights(self) -> None:
        """DEPLOYMENT.md's table on the server: what a counselor may do per folder, as POSIX modes."""
        root = self.server_root
        os.chmod(root, 0o711)  # traverse only
        os.chmod(root / "inbox", 0o1733)  # create (write + traverse), no list; sticky: no deleting others' files
        os.chmod(root / "replies", 0o711)  # read a reply whose name one knows; no list, no write
        os.chmod(root / "offers", 0o755)  # list and read; no write
        quarantine = root / "quarantine"
        if quarantine.is_dir():
            os.chmod(quarantine, 0o700)

    # ------------------------------------------------------------ life cycle

    def start(self) -> None:
        state = self.base / "state"
        for sub in ("private", "lock", "cache", "pid", "ncalrpc", "log"):
            (state / sub).mkdir(parents=True, exist_ok=True)
        self.server_root.mkdir(parents=True)
        conf = self.base / "smb.conf"
        conf.write_text(self._server_conf(state), encoding="utf-8")
        log = (state / "smbd.out").open("wb")
        self._smbd = subprocess.Popen(
            ["smbd", "--foreground", "--no-process-group", "--debug-stdout", "-d", "1", "-s", str(conf)],
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
        self._wait_for_port()
        client_dir = self.base / "client"
        client_dir.mkdir()
        (client_dir / "smb.conf").write_text("[global]\n  client min protocol = SMB2\n", encoding="utf-8")
        auth = client_dir / "smbnetfs.auth"
        auth.write_text('auth "guest" ""\n', encoding="utf-8")
        settings = client_dir / "smbnetfs.conf"
        settings.write_text(
            # (not "neg_cache false": smbnetfs 0.6.3 then hangs before mounting)
            f'include "{auth}"\nsmb_query_browsers false\n', encoding="utf-8"
        )
        for path in (auth, settings, client_dir / "smb.conf"):
            path.chmod(0o600)
        self.mountpoint.mkdir()
        env = dict(os.environ, HOME=str(self.base / "home"))
        (self.base / "home" / ".smb").mkdir(parents=True)
        shutil.copy(client_dir / "smb.conf", self.base / "home" / ".smb" / "smb.conf")
        self._client = subprocess.Popen(
            ["smbnetfs", str(self.mountpoint), "-f", "-o",
             f"config={settings}"],
            stdout=subprocess.DEVNULL, stderr=(state / "smbnetfs.err").open("wb"), stdin=subprocess.DEVNULL,
            env=env, start_new_session=True,
        )  # fmt: skip
        deadline = time.monotonic() + _START_TIMEOUT
        while not (_mounted(self.mountpoint) and self.share("office").is_dir()):
            if self._client.poll() is not None:  # the FUSE mount itself was refused
                raise ShareUnavailable(
                    f"smbnetfs exited with {self._client.returncode} before mounting: {self.log_tail()}"
                )
            if time.monotonic() > deadline:
                raise RuntimeError(f"smbnetfs did not mount the share in {_START_TIMEOUT:.0f}s: {self.log_tail()}")
            time.sleep(0.1)

    def stop(self) -> None:
        """Unmount and stop both processes; safe to call after a failed start."""
        umount = ["umount", str(self.mountpoint)]
        if _mounted(self.mountpoint) and subprocess.run(umount, capture_output=True).returncode:
            subprocess.run([*umount, "-l"], capture_output=True)  # busy: detach now, free when last file closes
        for proc in (self._client, self._smbd):
            if proc is None or proc.poll() is not None:
                continue
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)  # smbd's children are in its own process group
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
        if not _mounted(self.mountpoint):
            shutil.rmtree(self.server_root.parent, ignore_errors=True)

    def log_tail(self) -> str:
        parts = []
        for name in ("smbnetfs.err", "smbd.out"):
            path = self.base / "state" / name
            if path.exists():
                parts.append(f"{name}: {path.read_text(errors='replace')[-1500:]}")
        return "\n".join(parts)

    def _wait_for_port(self) -> None:
        deadline = time.monotonic() + _START_TIMEOUT
        while True:
            assert self._smbd is not None
            if self._smbd.poll() is not None:
                raise ShareUnavailable(f"smbd exited at start: {self.log_tail()}")
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                return
            if time.monotonic() > deadline:
                raise RuntimeError(f"smbd did not listen on port {self.port}: {self.log_tail()}")
            time.sleep(0.1)

    def _server_conf(self, state: Path) -> str:
        share_dir = self.server_root.parent
        return f"""[global]
  server role = standalone server
  interfaces = lo
  bind interfaces only = yes
  smb ports = {self.port}
  disable netbios = yes
  server min protocol = SMB2
  private dir = {state / "private"}
  lock directory = {state / "lock"}
  state directory = {state / "lock"}
  cache directory = {state / "cache"}
  pid directory = {state / "pid"}
  ncalrpc dir = {state / "ncalrpc"}
  passdb backend = tdbsam:{state / "private" / "passdb.tdb"}
  map to guest = Bad User
  guest account = nobody
  load printers = no
  printing = bsd
  printcap name = /dev/null
  disable spoolss = yes
  wide links = no
  # a missing name is not looked for case-insensitively: that scan would need to list the folder,
  # which a counselor may not do in inbox/ (an NTFS server looks names up without listing)
  case sensitive = yes
  preserve case = yes
  short preserve case = yes
[office]
  path = {share_dir}
  read only = no
  guest ok = yes
  force user = root
[desk]
  path = {share_dir}
  read only = no
  guest ok = yes
  guest only = yes
  force user = nobody
  create mask = {DESK_CREATE_MASK}
  force create mode = {DESK_CREATE_MASK}
[lax]
  path = {share_dir}
  read only = no
  guest ok = yes
  force user = root
"""


def start_share(base: Path) -> SmbShare:
    """Start a server and mount it; the served folder sits where the guest account can reach it."""
    served = Path(tempfile.mkdtemp(prefix="wellcare-smb-"))  # pytest's own tmp is root-only (0700)
    served.chmod(0o755)
    share = SmbShare(base=base, server_root=served / "exchange", mountpoint=base / "mnt", port=_free_port())
    try:
        share.start()
    except BaseException:
        share.stop()
        raise
    return share
