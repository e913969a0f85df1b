"""What the start to the full window imports, and what it leaves for later (issue 21)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from start_process import run_code


def _run(code: str, tmp_path: Path) -> subprocess.CompletedProcess:
    return run_code(code, tmp_path, timeout=90)


def test_the_full_window_of_a_demo_journal_leaves_agreements_invoices_restore_alone(
    tmp_path: Path,
):
    """The tab titles' two counts (store/tab_counts.py), the demo banner's look
    (store/demo/presence.py) and the look for a restore cut short (store/safety/leftovers.py)
    come without the modules they belong to; socket, uuid and calendar (peewee's) are
    imported but not run until the window is painted."""
    journal = tmp_path / "j"
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from clientjournal.store.connection import close_journal, open_journal\n"
        "from clientjournal.store.demo.removal import add_demo\n"
        f"open_journal(Path({str(journal)!r}))\n"
        "add_demo(german=False, clients=3, notes=12, seed=7)\n"
        "close_journal()\n"
        "for name in list(sys.modules):\n"  # the start below imports afresh
        "    if name.startswith(('clientjournal', 'peewee')) or name in ('socket', 'uuid', "
        "'calendar'):\n"
        "        del sys.modules[name]\n"
        "names = ('clientjournal.store.payments', 'clientjournal.store.agreements.checklist',"
        " 'clientjournal.core.agreements.templates', 'clientjournal.store.safety.restore',"
        " 'clientjournal.store.demo.removal')\n"
        "real_exit = os._exit\n"
        "def report(status):\n"
        "    waiting = [n for n in ('socket', 'uuid', 'calendar')\n"
        "               if type(sys.modules.get(n)).__name__ == '_RunOnFirstUse']\n"
        "    print(status, sorted(n for n in names if n in sys.modules), waiting, flush=True)\n"
        "    real_exit(status)\n"
        "os._exit = report\n"
        "from clientjournal.app import main\n"
        f"main(['--data-dir', {str(journal)!r}, '--smoke-test'])\n"
    )
    result = _run(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "0 [] ['socket', 'uuid', 'calendar']"


def test_a_module_left_waiting_runs_on_first_use_and_when_asked(tmp_path: Path):
    """``import uuid`` after ``defer_unused_modules`` gives the module; its first use runs it
    (peewee and the store work as before), and ``load_deferred_modules`` runs the rest, so
    no thread ever sees one half run.  A module already imported is left as it was."""
    code = (
        "import sys, types\n"
        "import calendar\n"  # imported before: stays the real one
        "real_calendar = sys.modules['calendar']\n"
        "from clientjournal.later_modules import defer_unused_modules, load_deferred_modules\n"
        "defer_unused_modules()\n"
        "print(sys.modules['calendar'] is real_calendar)\n"
        "import peewee, socket, uuid\n"
        "print(type(uuid).__name__, type(socket).__name__)\n"
        "from clientjournal.store.models import new_uuid\n"
        "print(len(str(uuid.UUID(new_uuid()))), type(uuid) is types.ModuleType)\n"
        "field = peewee.IPField()\n"
        "print(field.python_value(field.db_value('10.1.2.3')), type(socket) is types.ModuleType)\n"
        "load_deferred_modules()\n"
        "print(type(socket) is types.ModuleType, socket.AF_INET == socket.AddressFamily.AF_INET)\n"
        "from socket import inet_aton\n"
        "print(inet_aton('1.2.3.4'), sys.modules['uuid'] is uuid)\n"
    )
    result = _run(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "True",
        "_RunOnFirstUse _RunOnFirstUse",
        "36 True",
        "10.1.2.3 True",
        "True True",
        "b'\\x01\\x02\\x03\\x04' True",
    ]


def test_a_real_start_runs_the_waiting_modules_before_its_own_threads(tmp_path: Path):
    """Not a smoke test: painted with socket, uuid and calendar still waiting, then run in the
    main thread before the daily backup and the integrity check start their threads."""
    journal = tmp_path / "j"
    code = (
        "import os, sys, threading\n"
        "from pathlib import Path\n"
        "from clientjournal.core.records import ClientData\n"
        "from clientjournal.store import clients\n"
        "from clientjournal.store.connection import close_journal, open_journal\n"
        f"open_journal(Path({str(journal)!r}))\n"
        "clients.create(ClientData(name='Anna'))\n"  # not empty: no welcome
        "close_journal()\n"
        "for name in list(sys.modules):\n"  # the start below imports afresh
        "    if name.startswith(('clientjournal', 'peewee')) or name in ('socket', 'uuid', "
        "'calendar'):\n"
        "        del sys.modules[name]\n"
        "import clientjournal.app as app\n"
        "from clientjournal.ui.shell import startup\n"
        "NAMES = ('socket', 'uuid', 'calendar')\n"
        "def waiting():\n"
        "    return [n for n in NAMES if type(sys.modules.get(n)).__name__ == '_RunOnFirstUse']\n"
        "seen = []\n"
        "hand_over = startup.StartupWindow.hand_over\n"
        "def handing_over(self, window):\n"
        "    startup.after_paint(window, lambda: seen.append(('painted', waiting())))\n"
        "    hand_over(self, window)\n"
        "startup.StartupWindow.hand_over = handing_over\n"
        "def backup(*args, **kwargs):\n"
        "    seen.append(('backup', waiting(), threading.active_count()))\n"
        "    print(*seen, sep='\\n')\n"
        "    sys.stdout.flush()\n"
        "    os._exit(0)\n"
        "app.schedule_daily_backup = backup\n"
        f"app.main(['--data-dir', {str(journal)!r}])\n"
    )
    result = _run(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "('painted', ['socket', 'uuid', 'calendar'])",
        "('backup', [], 1)",
    ]


def test_the_start_builds_no_widget_class_it_does_not_use(tmp_path: Path):
    """The first QWidget that Qt made and Python is handed makes shiboken build every QWidget
    subclass it knows (their enums too); the timeline's viewport is one of the app's own, so
    a smoke start builds none of the wizard, MDI or calendar classes.  The file and progress
    dialogs of File → Import/Export and Back up now are imported where they are shown, and so
    are the message boxes and the input dialog (their enums); the mood chart's brushes build
    no gradient or image class; ``html`` (its entity table) is not imported for ``escape``;
    the tray icon is looked for after the paint; the delegates' records and the small frozen
    values of core (``FrozenValue``) are written out (a dataclass compiles its methods at
    import), and so are the records the app copies with ``dataclasses.replace``
    (``core.domain.Record``: that function works on them).
    A demo journal: the first client's notes have moods, so the chart paints its points."""
    journal = tmp_path / "j"
    made = _run(
        "from pathlib import Path\n"
        "from clientjournal.store.connection import close_journal, open_journal\n"
        "from clientjournal.store.demo.removal import add_demo\n"
        f"open_journal(Path({str(journal)!r}))\n"
        "add_demo(german=False, clients=3, notes=30, seed=7)\n"
        "close_journal()\n",
        tmp_path,
    )
    assert made.returncode == 0, made.stderr
    code = (
        "import dataclasses, os, sys\n"
        "compiled = []\n"  # the dataclasses made, each compiling its methods
        "process_class = dataclasses._process_class\n"
        "def processing(cls, *args):\n"
        "    compiled.append(f'{cls.__module__}.{cls.__qualname__}')\n"
        "    return process_class(cls, *args)\n"
        "dataclasses._process_class = processing\n"
        "@dataclasses.dataclass\n"  # the hook works
        "class Probe:\n"
        "    x: int\n"
        "from clientjournal.ui.notes import mood_chart\n"
        "painted = []\n"
        "paint_chart = mood_chart.MoodChart._paint_chart\n"
        "def painting(self, *args):\n"
        "    painted.append(len(self._points))\n"
        "    paint_chart(self, *args)\n"
        "mood_chart.MoodChart._paint_chart = painting\n"
        "real_exit = os._exit\n"
        "def report(status):\n"
        "    print('chart painted', bool(painted), flush=True)\n"
        "    import PySide6.QtWidgets as widgets\n"
        "    names = ('QWizard', 'QMdiArea', 'QCalendarWidget', 'QLCDNumber', 'QFontDialog',\n"
        "             'QFileDialog', 'QProgressDialog', 'QMessageBox', 'QInputDialog',\n"
        "             'QSystemTrayIcon')\n"
        "    import PySide6.QtGui as gui\n"
        "    built = [n for n in names if n in widgets.__dict__]\n"
        "    built += [n for n in ('QGradient', 'QImage', 'QTextFrameFormat') if n in gui.__dict__]\n"
        "    private = ('clientjournal.ui.notes.delegate._Card', "
        "'clientjournal.ui.notes.delegate._Fonts', "
        "'clientjournal.ui.common.two_line_delegate._Fonts', "
        "'clientjournal.ui.notes.delegate.Preview', "
        "'clientjournal.ui.notes.chart_pictures.ChartFonts', "
        "'clientjournal.ui.common.two_line_delegate.RowParts', "
        "'clientjournal.ui.clients.essentials_line._Part')\n"
        "    private += ('clientjournal.core.profile.ProfileField', "
        "'clientjournal.core.cadence.CadenceState', 'clientjournal.store.cadence.RhythmRow', "
        "'clientjournal.core.mood.RelationshipTrend', 'clientjournal.core.mood.FallingMoodRow', "
        "'clientjournal.core.records.ClientData', 'clientjournal.core.records.NoteData', "
        "'clientjournal.core.cooling.DraftData')\n"
        "    seen = '__main__.Probe' in compiled\n"
        "    print(sorted(set(private) & set(compiled)), seen, flush=True)\n"
        "    print(status, built, 'html' in sys.modules, flush=True)\n"
        "    real_exit(status)\n"
        "os._exit = report\n"
        "from clientjournal.app import main\n"
        f"main(['--data-dir', {str(journal)!r}, '--smoke-test'])\n"
    )
    result = _run(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-3:] == ["chart painted True", "[] True", "0 [] False"]


def test_the_timelines_viewport_is_set_up_as_qts_own(qtbot):
    """Every property a list view's viewport gets from Qt: the one the timeline makes itself
    has the same (after both views are shown)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QListView

    from clientjournal.ui.notes.timeline_view import NoteTimelineView

    def described(view: QListView) -> dict:
        widget = view.viewport()
        found = {f"attribute {a.name}": widget.testAttribute(a) for a in Qt.WidgetAttribute}
        found.update(
            name=widget.objectName(),
            background=widget.backgroundRole(),
            foreground=widget.foregroundRole(),
            fill=widget.autoFillBackground(),
            mouse_tracking=widget.hasMouseTracking(),
            focus=widget.focusPolicy(),
            focus_proxy=widget.focusProxy() is view,
            drops=widget.acceptDrops(),
            policy=(widget.sizePolicy().horizontalPolicy(), widget.sizePolicy().verticalPolicy()),
            palette=widget.palette().resolveMask(),
            font=widget.font().resolveMask(),
            parent=widget.parentWidget() is view,
            geometry=widget.geometry(),
        )
        return found

    stock, timeline = QListView(), NoteTimelineView()
    for view in (stock, timeline):
        qtbot.addWidget(view)
        view.resize(300, 400)
        view.show()
    qtbot.waitExposed(timeline)
    assert described(timeline) == described(stock)


def test_the_start_loads_no_openssl_hash_and_remembers_the_client_as_before(tmp_path: Path):
    """peewee's ``hashlib`` (which loads OpenSSL's ``_hashlib``, ~2.5 ms) waits until the full
    window is painted; the window's settings key for the client last looked at is hashed by
    Python's own SHA-256, the same digest as before, so the remembered client is found."""
    journal = tmp_path / "j"
    made = _run(
        "from pathlib import Path\n"
        "from clientjournal.store.connection import close_journal, open_journal\n"
        "from clientjournal.store.demo.removal import add_demo\n"
        f"open_journal(Path({str(journal)!r}))\n"
        "add_demo(german=False, clients=3, notes=12, seed=7)\n"
        "close_journal()\n",
        tmp_path,
    )
    assert made.returncode == 0, made.stderr
    code = (
        "import os, sys\n"
        "real_exit = os._exit\n"
        "def report(status):\n"
        "    print(status, '_hashlib' in sys.modules, type(sys.modules.get('hashlib')).__name__,"
        " flush=True)\n"
        "    real_exit(status)\n"
        "os._exit = report\n"
        "from clientjournal.app import main\n"
        f"main(['--data-dir', {str(journal)!r}, '--smoke-test'])\n"
    )
    result = _run(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "0 False _RunOnFirstUse"

    import hashlib

    from clientjournal.ui.shell.window_settings import _current_key

    folder = str(journal.resolve())
    digest = hashlib.sha256(folder.encode()).hexdigest()[:16]
    assert _current_key(journal) == f"journal-{digest}/current_client"
