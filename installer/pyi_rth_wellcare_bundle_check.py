"""PyInstaller runtime hook: `WellCare _bundle-check` proves the frozen bundle has what it needs.

`wellcare self-test` checks the app (vault, resources, translations, scheduler). This checks the
parts PyInstaller must have collected that the self-test does not touch: the Qt platform, image
and icon plugins (the tray icon is an SVG), Qt's own translations, libsodium inside PyNaCl, the
keyring backends (found through entry points), APScheduler's plugins (entry points too) and the
matplotlib Qt canvas. It prints one JSON object and exits 0 when every check passed, else 1.
Without `_bundle-check` as the first argument this hook does nothing.
"""


def _bundle_check() -> int:
    import json
    import os
    import sys
    import time
    from pathlib import Path

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_API", "pyside6")
    results: dict = {}

    def check(name: str):  # type: ignore[no-untyped-def]
        def run(fn):  # type: ignore[no-untyped-def]
            started = time.perf_counter()
            try:
                results[name] = {"ok": True, "detail": fn()}
            except Exception as exc:  # report every failure, do not stop at the first
                results[name] = {"ok": False, "detail": f"{type(exc).__name__}: {exc}"}
            results[name]["seconds"] = round(time.perf_counter() - started, 3)
            return fn

        return run

    @check("qt_plugins")
    def _qt_plugins() -> str:
        from PySide6.QtCore import QLibraryInfo

        plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
        wanted = {
            "platforms": ("offscreen", "xcb"),
            "imageformats": ("svg",),
            "iconengines": ("svgicon",),
        }
        missing = []
        for folder, names in wanted.items():
            present = {p.name for p in (plugins / folder).glob("*")}
            for name in names:
                if not any(f"q{name}." in entry for entry in present):
                    missing.append(f"{folder}/q{name}")
        if missing:
            raise AssertionError(f"missing Qt plugins in {plugins}: {', '.join(missing)}")
        return f"offscreen, xcb, svg image and icon plugins in {plugins}"

    @check("svg_icon")
    def _svg_icon() -> str:
        from PySide6.QtGui import QIcon, QImageReader
        from PySide6.QtWidgets import QApplication

        from wellcare.paths import resource_dir

        QApplication.instance() or QApplication([sys.executable])
        formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
        if "svg" not in formats:
            raise AssertionError(f"Qt cannot read SVG (formats: {sorted(formats)})")
        icon = QIcon(str(resource_dir() / "icons" / "wellcare.svg"))
        image = icon.pixmap(48, 48).toImage()
        if image.isNull() or image.pixelColor(24, 24).alpha() == 0:
            raise AssertionError("the SVG tray icon rendered empty")
        return f"wellcare.svg rendered at 48 px on {QApplication.platformName()}"

    @check("qt_translations")
    def _qt_translations() -> str:
        from PySide6.QtCore import QLibraryInfo, QTranslator

        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for language in ("ko", "en"):
            if not QTranslator().load(f"qtbase_{language}", folder):
                raise AssertionError(f"qtbase_{language}.qm is missing in {folder}")
        translator = QTranslator()
        translator.load("qtbase_ko", folder)
        if not translator.translate("QPlatformTheme", "Cancel"):
            raise AssertionError("qtbase_ko.qm does not translate 'Cancel'")
        return f"qtbase_ko, qtbase_en from {folder}"

    @check("libsodium")
    def _libsodium() -> str:
        import nacl.pwhash
        from nacl.public import PrivateKey, SealedBox

        key = PrivateKey.generate()
        if SealedBox(key).decrypt(SealedBox(key.public_key).encrypt(b"probe")) != b"probe":
            raise AssertionError("a sealed box did not round-trip")
        salt = b"\0" * nacl.pwhash.argon2id.SALTBYTES
        nacl.pwhash.argon2id.kdf(32, b"probe", salt, opslimit=2, memlimit=8 * 1024 * 1024)
        return "sealed box and argon2id ok"

    @check("sqlcipher")
    def _sqlcipher() -> str:
        import sqlcipher3

        con = sqlcipher3.connect(":memory:")
        try:
            version = con.execute("PRAGMA cipher_version").fetchone()
        finally:
            con.close()
        if not version:
            raise AssertionError("sqlcipher3 is plain SQLite (no cipher_version)")
        return f"SQLCipher {version[0]}"

    @check("keyring_backends")
    def _keyring_backends() -> str:
        # keyring loads its own backends through the entry points in its metadata: if PyInstaller
        # lost that metadata or a backend module, the class is simply never registered.
        from keyring.backend import KeyringBackend, get_all_keyring

        viable = sorted(f"{type(k).__module__}.{type(k).__name__}" for k in get_all_keyring())
        known = {f"{c.__module__}.{c.__name__}": c for c in KeyringBackend._classes}
        platform = "linux" if sys.platform.startswith("linux") else sys.platform
        wanted = {
            "linux": "keyring.backends.SecretService.Keyring",
            "win32": "keyring.backends.Windows.WinVaultKeyring",
            "darwin": "keyring.backends.macOS.Keyring",
        }.get(platform)
        if wanted and wanted not in known:
            raise AssertionError(f"{wanted} was not loaded (known: {sorted(known)})")
        detail = f"{wanted} loaded; viable here: {', '.join(viable)}"
        if wanted and wanted not in viable:
            try:
                known[wanted].priority  # noqa: B018 - raises the reason it is not usable here
            except Exception as exc:
                detail += f" ({wanted.rsplit('.', 2)[-2]} not usable here: {exc})"
        return detail

    @check("apscheduler_plugins")
    def _apscheduler_plugins() -> str:
        from datetime import UTC, datetime

        from apscheduler.schedulers.background import BackgroundScheduler

        scheduler = BackgroundScheduler(timezone=UTC)
        made = []
        for alias, kwargs in (
            ("date", {"run_date": datetime.now(UTC)}),
            ("interval", {"minutes": 5}),
            ("cron", {"hour": 9}),
            ("calendarinterval", {"days": 1}),
        ):
            made.append(type(scheduler._create_plugin_instance("trigger", alias, kwargs)).__name__)
        made.append(type(scheduler._create_plugin_instance("executor", "threadpool", {})).__name__)
        made.append(type(scheduler._create_plugin_instance("jobstore", "memory", {})).__name__)
        return ", ".join(made)

    @check("matplotlib_qtagg")
    def _matplotlib() -> str:
        from PySide6.QtWidgets import QApplication

        QApplication.instance() or QApplication([sys.executable])
        import matplotlib
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        figure = Figure(figsize=(2, 1), dpi=50)
        figure.add_subplot().plot([0, 1, 2], [1, 3, 2])
        canvas = FigureCanvasQTAgg(figure)
        canvas.draw()
        width, height = canvas.get_width_height()
        canvas.deleteLater()
        return f"matplotlib {matplotlib.__version__} QtAgg canvas {width}x{height}"

    @check("frozen_layout")
    def _frozen_layout() -> str:
        import wellcare
        from wellcare.paths import i18n_dir, resource_dir

        root = getattr(sys, "_MEIPASS", None)
        if root is None:
            return "not frozen (nothing to check)"
        for what, where in (("wellcare", Path(wellcare.__file__)), ("resources", resource_dir()), ("i18n", i18n_dir())):
            if Path(root).resolve() not in where.resolve().parents:
                raise AssertionError(f"{what} comes from {where}, outside the bundle ({root})")
        return f"wellcare, resources and i18n inside {root}"

    @check("site_policy_dir")
    def _site_policy() -> str:
        from wellcare.paths import site_policy_paths

        return ", ".join(str(p) for p in site_policy_paths())

    ok = all(r["ok"] for r in results.values())
    if sys.stdout is None:  # a Windows GUI exe started without redirection: the exit code must do
        return 0 if ok else 1
    sys.stdout.write(
        json.dumps(
            {"ok": ok, "frozen": bool(getattr(sys, "frozen", False)), "checks": results}, indent=2, ensure_ascii=False
        )
        + "\n"
    )
    sys.stdout.flush()
    return 0 if ok else 1


def _main() -> None:
    import sys

    if sys.argv[1:2] == ["_bundle-check"]:
        code = _bundle_check()
        import os

        os._exit(code)  # not sys.exit: the entry script must not run after the check


_main()
