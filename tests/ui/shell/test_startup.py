"""The start-up frame: drawn before the journal opens, then replaced by the full window."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox
from start_process import run_code

from clientjournal.app import create_window
from clientjournal.paths import settings_file
from clientjournal.store.connection import close_journal
from clientjournal.ui.shell.startup import StartupWindow


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_frame_looks_like_the_window_it_stands_for(qtbot, data_dir: Path):
    window = create_window(data_dir)
    qtbot.addWidget(window)
    window.resize(700, 500)  # within the offscreen screen (800 × 600)
    window.save_settings()
    close_journal()

    frame = StartupWindow()
    qtbot.addWidget(frame)
    assert _menu_titles(frame) == _menu_titles(window)
    assert frame.windowTitle() == window.windowTitle()
    assert frame.size() == window.size()  # restored from the same settings
    assert frame.status.text() == "Opening the journal…"


def test_the_frame_shows_the_saved_sort_order(qtbot):
    settings = QSettings(str(settings_file()), QSettings.Format.IniFormat)
    settings.setValue("clients/sort", "last_contact")
    settings.sync()
    frame = StartupWindow()
    qtbot.addWidget(frame)
    assert "By last contact" in [box.currentText() for box in frame.findChildren(QComboBox)]


def test_the_window_takes_the_frames_place_and_the_frame_goes(qtbot, data_dir: Path):
    frame = StartupWindow()
    qtbot.addWidget(frame)
    frame.move(40, 30)
    frame.resize(780, 580)  # within the offscreen screen, above the minimum size
    frame.show()
    qtbot.waitExposed(frame)
    window = create_window(data_dir)
    qtbot.addWidget(window)
    frame.hand_over(window)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not frame.isVisible())
    assert window.isVisible()
    assert window.size() == frame.size()
    window.close()
    close_journal()


def _run(code: str, tmp_path: Path) -> subprocess.CompletedProcess:
    return run_code(code, tmp_path)


def test_the_first_frame_needs_neither_the_store_nor_the_other_ui_modules(tmp_path: Path):
    code = (
        "import sys\n"
        "from clientjournal.app import _make_application\n"
        "app = _make_application([])\n"
        "from clientjournal.ui.shell.startup import StartupWindow\n"
        "StartupWindow().show()\n"
        "app.processEvents()\n"
        "heavy = sorted(m for m in sys.modules if m.startswith(('peewee', 'sqlite3', "
        "'clientjournal.store', 'clientjournal.ui.shell.main_window', 'clientjournal.ui.client')))\n"
        "print(heavy)\n"
    )
    result = _run(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_first_frame_reads_the_shipped_files_without_importlib_resources(tmp_path: Path):
    """The icon and the translations come from the package's folder: importlib.resources
    and its imports cost ~8 ms before the first frame (issue 21)."""
    code = (
        "import os, sys\n"
        "os.environ['CLIENTJOURNAL_LANGUAGE'] = 'de'\n"
        "from clientjournal.app import _make_application\n"
        "app = _make_application([])\n"
        "from clientjournal.ui.shell.startup import StartupWindow\n"
        "StartupWindow().show()\n"
        "app.processEvents()\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "print('importlib.resources' in sys.modules, app.windowIcon().isNull(),\n"
        "      QCoreApplication.translate('MainWindow', '&File'))\n"
    )
    result = _run(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False", "&Datei"]


def _smoke(data_dir: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CLIENTJOURNAL_CONFIG_DIR": str(tmp_path / "config"),
    }
    return subprocess.run(
        [sys.executable, "-m", "clientjournal", "--data-dir", str(data_dir), "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_the_smoke_test_reports_the_first_paint_and_waits_for_the_full_window(
    tmp_path: Path,
):
    result = _smoke(tmp_path / "j", tmp_path)
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"ready in \d+ ms", result.stdout.strip())
    # only the full window, closed at the end of the test, writes the settings
    settings = QSettings(str(tmp_path / "config" / "settings.ini"), QSettings.Format.IniFormat)
    assert settings.value("window/geometry") is not None


def test_the_smoke_test_ends_at_the_full_windows_paint(tmp_path: Path):
    """Its run is the start to the full window (issue 21): what the window builds after its
    paint (sync) is not built, as for a user who quits at once; the settings are saved."""
    code = (
        "import sys\n"
        "import clientjournal.app as app\n"
        "def leave(status):\n"
        "    built = 'clientjournal.ui.sync.controller' in sys.modules\n"
        "    print('exit', status, 'sync built' if built else 'no sync')\n"
        "    sys.stdout.flush()\n"
        "    app.os._exit(status)\n"
        "app._exit_at_once = leave\n"
        f"app.main(['--data-dir', {str(tmp_path / 'j')!r}, '--smoke-test'])\n"
    )
    result = _run(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"ready in \d+ ms\nexit 0 no sync", result.stdout.strip())
    settings = QSettings(str(tmp_path / "config" / "settings.ini"), QSettings.Format.IniFormat)
    assert settings.value("window/geometry") is not None


def test_the_window_is_built_without_the_garbage_collector_which_is_back_after_its_paint(
    tmp_path: Path,
):
    """Collections walked everything the start made, again and again (issue 21): off while
    the window is built, on again after its paint with the start's objects frozen."""
    code = (
        "import gc, sys\n"
        "import clientjournal.app as app\n"
        "seen = []\n"
        "build = app.create_window\n"
        "def create(*args, **kwargs):\n"
        "    seen.append('built with gc' if gc.isenabled() else 'built without gc')\n"
        "    return build(*args, **kwargs)\n"
        "app.create_window = create\n"
        "def leave(status):\n"
        "    seen.append('then on' if gc.isenabled() else 'then off')\n"
        "    seen.append('frozen' if gc.get_freeze_count() else 'none frozen')\n"
        "    print(*seen)\n"
        "    sys.stdout.flush()\n"
        "    app.os._exit(status)\n"
        "app._exit_at_once = leave\n"
        f"app.main(['--data-dir', {str(tmp_path / 'j')!r}, '--smoke-test'])\n"
    )
    result = _run(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "built without gc then on frozen"


def test_the_garbage_collector_is_back_soon_when_the_window_is_never_painted(tmp_path: Path):
    """A window that is not painted for long (on another workspace) does not keep the
    collector off."""
    code = (
        "import gc, os, sys\n"
        "from PySide6.QtCore import QTimer\n"
        "import clientjournal.app as app\n"
        "from clientjournal.ui.shell import startup\n"
        "app.AFTER_START_LATEST_MS = 50\n"
        "startup.StartupWindow.hand_over = lambda self, window: None  # never shown\n"
        "make = app._make_application\n"
        "def report():\n"
        "    print('built' if app.sys.modules.get('clientjournal.ui.shell.main_window') else '-',\n"
        "          'on' if gc.isenabled() else 'off')\n"
        "    sys.stdout.flush()\n"
        "    os._exit(0)\n"
        "def made(argv):\n"
        "    application = make(argv)\n"
        "    QTimer.singleShot(3000, report)\n"
        "    return application\n"
        "app._make_application = made\n"
        f"app.main(['--data-dir', {str(tmp_path / 'j')!r}, '--smoke-test'])\n"
    )
    result = _run(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "built on"


def test_the_welcome_backup_and_check_start_after_the_full_windows_paint(tmp_path: Path):
    """Started before it, their imports and the check's thread took the window's time on a
    small machine (issue 21); a real start (no smoke test), each asked once."""
    code = (
        "import os, sys\n"
        "import clientjournal.app as app\n"
        "from clientjournal.ui.safety import damaged_dialog\n"
        "from clientjournal.ui.shell import startup, welcome_dialog\n"
        "painted, seen = [], []\n"
        "hand_over = startup.StartupWindow.hand_over\n"
        "def handing_over(self, window):\n"
        "    startup.after_paint(window, lambda: painted.append(True))\n"
        "    hand_over(self, window)\n"
        "startup.StartupWindow.hand_over = handing_over\n"
        "def asked(name):\n"
        "    def ask(*args, **kwargs):\n"
        "        seen.append(f\"{name} {'after' if painted else 'before'} the paint\")\n"
        "        if len(seen) == 3:\n"
        "            print(*seen, sep='\\n')\n"
        "            sys.stdout.flush()\n"
        "            os._exit(0)\n"
        "    return ask\n"
        "welcome_dialog.welcome_if_new = asked('welcome')\n"
        "app.schedule_daily_backup = asked('backup')\n"
        "damaged_dialog.check_in_background = asked('check')\n"
        f"app.main(['--data-dir', {str(tmp_path / 'j')!r}])\n"
    )
    result = _run(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "welcome after the paint",
        "backup after the paint",
        "check after the paint",
    ]


def test_a_journal_that_cannot_be_opened_fails_the_smoke_test(tmp_path: Path):
    folder = tmp_path / "j"
    folder.mkdir()
    (folder / "journal.sqlite3").write_bytes(b"this is no database, " * 200)
    result = _smoke(folder, tmp_path)
    assert result.returncode == 1
    assert "cannot open the journal" in result.stderr
    assert not (tmp_path / "config" / "settings.ini").exists()  # no window was built


def test_the_first_start_of_a_day_backs_the_journal_up_after_the_window(qtbot, windows, data_dir):
    from clientjournal.app import schedule_daily_backup
    from clientjournal.paths import backup_dir

    windows.open()
    schedule_daily_backup(data_dir, delay_ms=0)
    qtbot.waitUntil(lambda: any(backup_dir(data_dir).glob("journal-*.sqlite3")), timeout=10000)
    (copy,) = backup_dir(data_dir).glob("journal-*.sqlite3")
    assert copy.stat().st_mode & 0o777 == 0o600


def test_the_full_window_imports_neither_the_demo_generator_nor_the_tone_detector(
    tmp_path: Path,
):
    """Both are needed only on first use (a demo written, a reply typed); importing them with
    the window cost ~25 ms of every start (issue 21)."""
    code = (
        "import sys\n"
        "from clientjournal.app import _make_application, create_window\n"
        "app = _make_application([])\n"
        f"window = create_window({str(tmp_path / 'j')!r})\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print(sorted(m for m in sys.modules if m.startswith(("
        "'clientjournal.core.tone', 'clientjournal.core.demo'))))\n"
        "window.close()\n"
    )
    result = _run(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_pyside_is_told_which_modules_use_it_as_its_own_scan_would():
    """``quicker_pyside_imports`` swaps PySide6's per-import source scan for one read of the
    file; the answer must be the one ``inspect.getsource`` gives, for every kind of module."""
    import inspect

    import clientjournal.app as app

    app.quicker_pyside_imports()
    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside is app._mentions_pyside
    checked = 0
    for name, module in list(sys.modules.items()):
        if not name.startswith(("clientjournal", "PySide6", "peewee", "json", "sys", "_")):
            continue
        try:
            expected = "PySide6" in inspect.getsource(module)
        except (TypeError, OSError, SyntaxError):
            expected = False
        assert app._mentions_pyside(module) == expected, name
        checked += 1
    assert checked > 50
    assert app._mentions_pyside(sys.modules["clientjournal.ui.shell.startup"])
    assert not app._mentions_pyside(sys.modules["clientjournal.core.records"])


def test_the_app_paints_the_full_window_before_it_builds_sync_or_loads_the_invoice_code(
    tmp_path: Path,
):
    """What the first screen does not show waits (issue 21): sync's controller and banner
    until right after the first paint, the invoice code (core.payments) until an invoice is
    read or edited.  ``startCompleted`` comes after both paints."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QObject\n"
        "from clientjournal.app import _make_application, create_window\n"
        "from clientjournal.ui.shell.startup import after_paint\n"
        "app = _make_application([])\n"
        f"window = create_window({str(tmp_path / 'j')!r}, defer=True)\n"
        "names = ('clientjournal.ui.sync.controller', 'clientjournal.store.sync', "
        "'clientjournal.core.payments')\n"
        "def loaded(when):\n"
        "    found = window.findChild(QObject, 'syncController') is not None\n"
        "    print(when, found, sorted(n for n in names if n in sys.modules))\n"
        "after_paint(window, lambda: loaded('painted'))\n"
        "window.startCompleted.connect(lambda: (loaded('completed'), app.quit()))\n"
        "window.show()\n"
        "app.exec()\n"
        "window.close()\n"
    )
    result = _run(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "painted False []",
        "completed True ['clientjournal.store.sync', 'clientjournal.ui.sync.controller']",
    ]


def test_a_window_closed_right_after_its_first_paint_builds_no_sync(qtbot, data_dir: Path):
    """Closed between its first paint and the deferred build (a quit at once, the smoke test's
    finish): no controller whose rounds would start for a closed window and journal."""
    from PySide6.QtCore import QObject

    from clientjournal.ui.shell.startup import after_paint

    window = create_window(data_dir, defer=True)
    qtbot.addWidget(window)
    completed: list[bool] = []
    window.startCompleted.connect(lambda: completed.append(True))
    after_paint(window, window.close)  # its timer comes before the window's own
    window.show()
    qtbot.waitUntil(lambda: not window.isVisible())
    qtbot.wait(50)
    assert window.findChild(QObject, "syncController") is None and completed == []


def test_the_dialogs_title_room_is_installed_after_the_full_windows_first_paint(tmp_path: Path):
    """The title room (ui/shell/title_room.py) is an event filter on the application, which
    sends every event of every object through Python: not while the window is built and first
    painted (issue 21), but before anything after that can open a dialog."""
    code = (
        "from clientjournal.app import _make_application, create_window\n"
        "from clientjournal.ui.shell.startup import after_paint\n"
        "app = _make_application([])\n"
        "watching = lambda: bool(app.property('_clientjournal_title_room'))\n"
        f"window = create_window({str(tmp_path / 'j')!r}, defer=True)\n"
        "print('built', watching())\n"
        "after_paint(window, lambda: print('painted', watching()))\n"
        "window.startCompleted.connect(lambda: (print('completed', watching()), app.quit()))\n"
        "window.show()\n"
        "app.exec()\n"
        "window.close()\n"
    )
    result = _run(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["built False", "painted False", "completed True"]


def test_a_welcome_shown_before_the_first_paint_has_the_title_room(tmp_path: Path):
    """The welcome's timer (welcome_if_new) may fire before the window's first paint."""
    code = (
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from clientjournal.app import _make_application, create_window\n"
        "from clientjournal.ui.shell.welcome_dialog import show_welcome\n"
        "app = _make_application([])\n"
        "watching = lambda: bool(app.property('_clientjournal_title_room'))\n"
        f"window = create_window({str(tmp_path / 'j')!r}, defer=True)\n"
        "def answer():\n"
        "    dialog = QApplication.activeModalWidget()\n"
        "    if dialog is None:\n"
        "        QTimer.singleShot(10, answer)\n"
        "        return\n"
        "    print(dialog.objectName(), watching())\n"
        "    dialog.reject()\n"
        "def welcome():\n"
        "    print('before', watching())\n"
        "    QTimer.singleShot(0, answer)\n"
        "    show_welcome(window)\n"
        "    app.quit()\n"
        "QTimer.singleShot(0, welcome)\n"
        "window.show()\n"
        "app.exec()\n"
        "window.close()\n"
    )
    result = _run(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["before False", "welcomeDialog True"]


def test_the_start_to_the_full_window_leaves_the_safety_dialogs_and_backup_code_alone(
    tmp_path: Path,
):
    """Issue 21: on the usual start (the journal there, no restore cut short) neither the
    damaged-journal dialogs' module nor the backup, integrity and hold-time code nor the
    search (its SQL functions only) is imported before the full window's paint (the smoke test exits there); only a start that finds
    something goes through the dialogs' look (tests/cli/test_cli_missing_journal.py)."""
    journal = tmp_path / "j"
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from clientjournal.store.connection import close_journal, open_journal\n"
        f"open_journal(Path({str(journal)!r}))\n"
        "close_journal()\n"
        "names = ('clientjournal.ui.safety.damaged_dialog', 'clientjournal.store.safety.backup',"
        " 'clientjournal.store.safety.integrity', 'clientjournal.ui.replies.hold_settings',"
        " 'clientjournal.store.search')\n"
        "real_exit = os._exit\n"
        "def report(status):\n"
        "    print(status, sorted(n for n in names if n in sys.modules), flush=True)\n"
        "    real_exit(status)\n"
        "os._exit = report\n"
        "from clientjournal.app import main\n"
        f"main(['--data-dir', {str(journal)!r}, '--smoke-test'])\n"
    )
    result = _run(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "0 []"


def test_a_restore_cut_short_is_still_finished_at_the_start(tmp_path: Path):
    """The usual start skips the dialogs' look before opening (above); a copy left coming in
    by a restore cut short still sends the start through it, which finishes the restore."""
    journal = tmp_path / "j"
    code = (
        "import os, shutil\n"
        "from pathlib import Path\n"
        "from clientjournal.paths import journal_file\n"
        "from clientjournal.store.connection import close_journal, open_journal\n"
        "from clientjournal.store.safety.restore import incoming_path\n"
        f"data = Path({str(journal)!r})\n"
        "open_journal(data)\n"
        "close_journal()\n"
        "shutil.copy(journal_file(data), incoming_path(data))\n"
        "from clientjournal.app import main\n"
        "real_exit = os._exit\n"
        "os._exit = lambda status: (\n"
        "    print('left', incoming_path(data).exists(), flush=True), real_exit(status)\n"
        ")\n"
        "main(['--data-dir', str(data), '--smoke-test'])\n"
    )
    result = _run(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "left False"


def test_the_first_frame_is_painted_before_pysides_qt_namespace_is_built(tmp_path: Path):
    """Any value of the Qt namespace makes PySide6 build all of its enums (~14 ms): the app's
    start must not touch it before its first paint (it had, through the logout handler's
    import of ui/common/context.py and its autosave, since 970ec92)."""
    code = (
        "import sys\n"
        "import clientjournal.app as app\n"
        "first_paint = app._SmokeTest.first_paint\n"
        "def report(self):\n"
        "    import PySide6.QtCore\n"
        "    print('Qt built' if 'Qt' in vars(PySide6.QtCore) else 'Qt not built', "
        "file=sys.stderr, flush=True)\n"
        "    first_paint(self)\n"
        "app._SmokeTest.first_paint = report\n"
        f"sys.exit(app.main(['--data-dir', {str(tmp_path / 'j')!r}, '--smoke-test']))\n"
    )
    result = _run(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Qt not built" in result.stderr.splitlines()
