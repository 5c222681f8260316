"""The installer files agree with each other and with the app; nothing is built here.

The frozen bundle itself is built and run by scripts/build_bundle.sh (CI: .ci/run). These tests
keep the static parts honest: one app id, one version, an icon that exists, start-at-login
entries in the form wellcare.autostart writes, Korean next to every English installer message,
and the resource layout the spec produces being the one wellcare.paths looks for.
"""

from __future__ import annotations

import configparser
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import wellcare
from wellcare import autostart, paths
from wellcare.vault import keystore

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
INSTALLER = REPO / "installer"
LINUX = INSTALLER / "linux"
APP_ID = "io.github.wellcare.WellCare"
INSTALLED_EXE = "/opt/WellCare/WellCare"  # where the shipped Linux entries point (install.sh rewrites it)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def project_version() -> str:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def desktop_entry(path: Path) -> dict[str, str]:
    parser = configparser.RawConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"))
    return dict(parser["Desktop Entry"])


def iss_text() -> str:
    return (INSTALLER / "wellcare.iss").read_text(encoding="utf-8-sig")


def iss_define(name: str) -> str:
    match = re.search(rf'^\s*#define {name} "([^"]*)"', iss_text(), re.MULTILINE)
    assert match, f"wellcare.iss has no #define {name}"
    return match.group(1)


def spec_text() -> str:
    return (INSTALLER / "wellcare.spec").read_text(encoding="utf-8")


# -- one id, one name, one version ------------------------------------------------------------
def test_one_app_id_everywhere() -> None:
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert iss_define("AppId") == APP_ID
    assert re.search(r"^AppId=\{#AppId\}$", iss_text(), re.MULTILINE)
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == autostart.ENTRY_NAME == "wellcare.desktop"
    assert (LINUX / autostart.ENTRY_NAME).is_file()


def test_one_version_everywhere() -> None:
    version = project_version()
    assert wellcare.__version__ == version
    releases = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot().findall("releases/release")
    assert releases and releases[0].get("version") == version, "add a <release> for the new version (newest first)"
    assert iss_define("AppVersion") == version
    assert re.search(r"tomllib.loads\(.*pyproject\.toml", spec_text()), "the spec reads the version from pyproject"


def test_executable_name_agrees() -> None:
    assert re.search(r'^APP_NAME = "WellCare"$', spec_text(), re.MULTILINE)
    assert iss_define("AppExe") == "WellCare.exe"
    assert Path(INSTALLED_EXE).name == "WellCare"
    assert re.search(r'^#define SourceDir "\.\.\\dist\\WellCare"$', iss_text(), re.MULTILINE)


# -- icons ------------------------------------------------------------------------------------
def test_icons_exist_and_are_named_consistently() -> None:
    svg = REPO / "resources" / "icons" / "wellcare.svg"
    assert svg.is_file()
    icon_name = desktop_entry(LINUX / "wellcare.desktop")["Icon"]
    assert icon_name == svg.stem == desktop_entry(LINUX / "wellcare-autostart.desktop")["Icon"]
    stock = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot().find("icon")
    assert stock is not None and stock.get("type") == "stock" and stock.text == icon_name
    ico = INSTALLER / "wellcare.ico"
    data = ico.read_bytes()
    assert data[:4] == b"\x00\x00\x01\x00", "wellcare.ico is not an ICO file"
    count = int.from_bytes(data[4:6], "little")
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes
    assert "SetupIconFile=wellcare.ico" in iss_text()
    assert '"wellcare.ico"' in spec_text()


# -- start at login: the form wellcare.autostart writes -----------------------------------------
def test_linux_entries_use_the_frozen_launch_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", INSTALLED_EXE)
    command = autostart.launch_command()
    assert command == [INSTALLED_EXE, "--minimized"]
    shipped = (LINUX / "wellcare-autostart.desktop").read_text(encoding="utf-8")
    assert shipped == autostart.desktop_entry(command), "regenerate it from wellcare.autostart.desktop_entry"
    menu = desktop_entry(LINUX / "wellcare.desktop")
    assert menu["Exec"] == command[0]  # the same program, without --minimized: the menu opens the window
    started = desktop_entry(LINUX / "wellcare-autostart.desktop")
    for key in ("Type", "Name", "Name[ko]", "Comment", "Comment[ko]", "Icon", "Terminal"):
        assert menu[key] == started[key], key


def test_windows_run_value_matches_the_app_setting() -> None:
    assert iss_define("RunValue") == autostart.RUN_VALUE
    assert iss_define("RunKey") == r"Software\Microsoft\Windows\CurrentVersion\Run"
    line = next(line for line in iss_text().splitlines() if line.startswith('Root: HKCU; Subkey: "{#RunKey}"'))
    assert 'ValueName: "{#RunValue}"' in line
    # "{app}\WellCare.exe" --minimized: what subprocess_line(launch_command()) gives for the frozen exe
    assert 'ValueData: """{app}\\{#AppExe}"" --minimized"' in line
    exe = r"C:\Users\kim lee\AppData\Local\Programs\WellCare\WellCare.exe"
    assert autostart.subprocess_line([exe, "--minimized"]) == f'"{exe}" --minimized'
    # uninstall removes the value whoever wrote it
    assert "RegDeleteValue(HKEY_CURRENT_USER, '{#RunKey}', '{#RunValue}')" in iss_text()


def test_frozen_keyring_helper_is_the_app_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", INSTALLED_EXE)
    assert keystore.helper_argv() == [INSTALLED_EXE, "_keyring-helper"]
    entry = (INSTALLER / "wellcare_entry.py").read_text(encoding="utf-8")
    assert "from wellcare.__main__ import main" in entry


# -- Inno Setup messages and uninstall ----------------------------------------------------------
def test_every_installer_message_has_english_and_korean() -> None:
    text = iss_text()
    assert 'MessagesFile: "compiler:Default.isl"' in text
    assert 'MessagesFile: "compiler:Languages\\Korean.isl"' in text
    english = set(re.findall(r"^english\.(\w+)=", text, re.MULTILINE))
    korean = set(re.findall(r"^korean\.(\w+)=", text, re.MULTILINE))
    assert english and english == korean
    used = set(re.findall(r"\{cm:(\w+)[,}]", text)) | set(re.findall(r"CustomMessage\('(\w+)'\)", text))
    builtin = {"CreateDesktopIcon", "AdditionalIcons", "LaunchProgram"}  # translated in Inno Setup's .isl files
    assert used - builtin <= english, f"messages without a translation: {used - builtin - english}"
    for line in re.findall(r"^korean\.\w+=(.*)$", text, re.MULTILINE):
        assert re.search(r"[\uac00-\ud7a3]", line), f"not Korean: {line}"


def test_uninstall_asks_and_keeps_the_vault_by_default() -> None:
    text = iss_text()
    assert "PrivilegesRequired=lowest" in text  # per-user
    assert "{autoprograms}\\{#AppName}" in text  # Start menu entry
    # keep is the default and the suppressed (silent) answer; deleting wipes through the app itself
    assert "MB_YESNO or MB_DEFBUTTON1, IDYES) <> IDNO" in text
    assert "'wipe --yes'" in text and "'--coordinator wipe --yes'" in text
    data_dir = re.search(r"ExpandConstant\('\{localappdata\}\\\{#AppName\}'\)", text)
    assert data_dir, "the data folder must be platformdirs.user_data_dir('WellCare', appauthor=False)"


# -- the bundle layout the spec makes is where wellcare.paths looks ------------------------------
def test_spec_layout_is_what_paths_finds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = spec_text()
    assert '(str(ROOT / "resources"), "wellcare/resources")' in spec
    assert '"wellcare/i18n")' in spec
    for needed in (
        'copy_metadata("keyring")',
        'copy_metadata("APScheduler"',
        'collect_submodules("wellcare")',
        'collect_submodules("keyring.backends")',
        "backend_qtagg",
        "pyi_rth_wellcare_bundle_check.py",
    ):
        assert needed in spec, needed
    meipass = tmp_path / "_internal"
    for name in ("resources", "i18n"):
        (meipass / "wellcare" / name).mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(meipass), raising=False)
    monkeypatch.setattr(paths, "_PACKAGE_DIR", tmp_path / "elsewhere" / "wellcare")  # not the checkout
    assert paths.resource_dir() == meipass / "wellcare" / "resources"
    assert paths.i18n_dir() == meipass / "wellcare" / "i18n"
    assert sorted((REPO / "i18n").glob("wellcare_*.qm")), "compile the translations first (scripts/i18n.sh)"


# -- policy locations in the deployment note ----------------------------------------------------
def test_deployment_note_names_the_policy_locations(monkeypatch: pytest.MonkeyPatch) -> None:
    note = (INSTALLER / "DEPLOYMENT.md").read_text(encoding="utf-8")
    for where in (
        r"%PROGRAMDATA%\WellCare\policy.toml",
        "/etc/xdg/WellCare/policy.toml",
        "/Library/Application Support/WellCare/policy.toml",
        "WELLCARE_POLICY",
        "--policy",
        "/VERYSILENT",
        "/SUPPRESSMSGBOXES",
        "/DELETEDATA",
        "%LOCALAPPDATA%\\WellCare",
    ):
        assert where in note, where
    example = (REPO / "resources" / "policy.example.toml").read_text(encoding="utf-8")
    assert r"%PROGRAMDATA%\WellCare\policy.toml" in example and "/etc/xdg/WellCare/policy.toml" in example
    if sys.platform.startswith("linux"):
        monkeypatch.delenv("XDG_CONFIG_DIRS", raising=False)
        assert paths.site_policy_paths()[-1] == Path("/etc/xdg/WellCare/policy.toml")


# -- validators and the Linux install script ------------------------------------------------------
@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
@pytest.mark.parametrize("name", ["wellcare.desktop", "wellcare-autostart.desktop"])
def test_desktop_files_validate(name: str) -> None:
    done = subprocess.run(["desktop-file-validate", str(LINUX / name)], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_validates() -> None:
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_metainfo_has_korean() -> None:
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    for tag in ("name", "summary"):
        assert any(el.get(XML_LANG) == "ko" for el in root.findall(tag)), tag
    assert any(el.get(XML_LANG) == "ko" for el in root.iter("p"))


def test_linux_install_script(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    icons = bundle / "_internal" / "wellcare" / "resources" / "icons"
    icons.mkdir(parents=True)
    shutil.copy(REPO / "resources" / "icons" / "wellcare.svg", icons)
    (bundle / "WellCare").write_text("#!/bin/sh\n")
    (bundle / "WellCare").chmod(0o755)
    root = tmp_path / "root"
    env = {**os.environ, "DESTDIR": str(root)}
    subprocess.run(
        ["sh", str(LINUX / "install.sh"), "--autostart", str(bundle)], env=env, check=True, capture_output=True
    )
    assert (root / "opt/WellCare/WellCare").is_file()
    assert (root / "usr/local/share/icons/hicolor/scalable/apps/wellcare.svg").is_file()
    assert (root / f"usr/local/share/metainfo/{APP_ID}.metainfo.xml").is_file()
    assert desktop_entry(root / "usr/local/share/applications/wellcare.desktop")["Exec"] == INSTALLED_EXE
    assert desktop_entry(root / "etc/xdg/autostart/wellcare.desktop")["Exec"] == f"{INSTALLED_EXE} --minimized"
    # --user goes where the app's own start-at-login setting writes, with the real path
    home = tmp_path / "home"
    user_env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": "", "XDG_CONFIG_HOME": ""}
    subprocess.run(
        ["sh", str(LINUX / "install.sh"), "--user", "--autostart", str(bundle)],
        env=user_env,
        check=True,
        capture_output=True,
    )
    exe = home / ".local/opt/WellCare/WellCare"
    entry = (home / ".config/autostart/wellcare.desktop").read_text(encoding="utf-8")
    assert entry == autostart.desktop_entry([str(exe), "--minimized"])
    subprocess.run(
        ["sh", str(LINUX / "install.sh"), "--user", "--uninstall"], env=user_env, check=True, capture_output=True
    )
    assert not exe.exists() and not (home / ".config/autostart/wellcare.desktop").exists()


# -- the bundle check hook, run unfrozen -----------------------------------------------------------
def test_bundle_check_hook_is_inert_without_its_argument() -> None:
    done = subprocess.run(
        [sys.executable, str(INSTALLER / "pyi_rth_wellcare_bundle_check.py")],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0 and done.stdout == ""


@pytest.mark.gui_runtime
def test_bundle_checks_pass_unfrozen() -> None:
    """The hook's own checks, run by this interpreter: the check code works before it is frozen."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(INSTALLER / "pyi_rth_wellcare_bundle_check.py"), "_bundle-check"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env=env,
    )
    report = json.loads(done.stdout)
    assert report["frozen"] is False
    failed = {name: check["detail"] for name, check in report["checks"].items() if not check["ok"]}
    assert not failed and done.returncode == 0, failed


def test_ci_builds_and_checks_the_bundle() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "scripts/build_bundle.sh" in ci
    script = (REPO / "scripts" / "build_bundle.sh").read_text(encoding="utf-8")
    for step in ("installer/wellcare.spec", "self-test", "_bundle-check", "_keyring-helper", "SecretService"):
        assert step in script, step
