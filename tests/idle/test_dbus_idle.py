"""The D-Bus idle monitor against a real private session bus with a stand-in Mutter IdleMonitor."""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Iterator

import pytest

from wellcare.idle.base import IdleUnavailable, Reason
from wellcare.idle.dbus import FREEDESKTOP, MUTTER, DBusIdle, parse_gdbus

jeepney = pytest.importorskip("jeepney")


class FakeMutter:
    """Owns org.gnome.Mutter.IdleMonitor and answers GetIdletime with ``idle_ms``."""

    def __init__(self) -> None:
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        self.idle_ms = 12_345
        self.calls = 0
        self._stop = threading.Event()
        self._conn = open_dbus_connection(bus="SESSION")
        self._conn.send_and_get_reply(message_bus.RequestName(MUTTER.bus_name), timeout=5)
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        from jeepney import HeaderFields, MessageType, new_error, new_method_return

        while not self._stop.is_set():
            try:
                msg = self._conn.receive(timeout=0.05)
            except TimeoutError:
                continue
            except OSError:
                return
            if msg.header.message_type is not MessageType.method_call:
                continue
            member = msg.header.fields.get(HeaderFields.member)
            if member == "GetIdletime":
                self.calls += 1
                self._conn.send(new_method_return(msg, "t", (self.idle_ms,)))
            else:
                self._conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod"))

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self._conn.close()


@pytest.fixture
def session_bus(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    if shutil.which("dbus-daemon") is None:
        pytest.skip("needs dbus-daemon")
    proc = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        address = proc.stdout.readline().strip()
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address
    finally:
        proc.terminate()
        proc.wait(timeout=5)


@pytest.fixture
def mutter(session_bus: str) -> Iterator[FakeMutter]:
    fake = FakeMutter()
    yield fake
    fake.close()


def test_reads_idle_time_from_the_mutter_idle_monitor(mutter: FakeMutter) -> None:
    backend = DBusIdle(MUTTER)
    try:
        assert backend.name == "gnome-mutter-idlemonitor"
        assert backend.idle_seconds() == pytest.approx(12.345)
        mutter.idle_ms = 250
        assert backend.idle_seconds() == pytest.approx(0.25)  # one kept connection, fresh readings
    finally:
        backend.close()


@pytest.mark.skipif(shutil.which("gdbus") is None, reason="needs gdbus")
def test_gdbus_is_the_fallback_without_jeepney(mutter: FakeMutter) -> None:
    backend = DBusIdle(MUTTER, use_jeepney=False)
    assert backend.idle_seconds() == pytest.approx(12.345)


def test_a_desktop_without_the_service_is_reported(session_bus: str) -> None:
    with pytest.raises(IdleUnavailable) as err:
        DBusIdle(FREEDESKTOP)
    assert err.value.reason is Reason.SERVICE_MISSING


def test_no_session_bus_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    with pytest.raises(IdleUnavailable) as err:
        DBusIdle(MUTTER)
    assert err.value.reason is Reason.NO_SESSION_BUS


def test_gdbus_replies_are_parsed() -> None:
    assert parse_gdbus("(uint64 12345,)\n") == 12345
    assert parse_gdbus("(uint32 7,)") == 7
    with pytest.raises(IdleUnavailable):
        parse_gdbus("()")
