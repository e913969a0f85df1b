"""The user's settings (Edit → Settings…), typed, with defaults, in the INI file paths.py names.

Only what the user chooses lives here; what the window remembers by itself (geometry, sort
order) is ``ui/shell/window_settings.py``.  The file is plain INI so a user can read it, back it up and
edit it by hand; a hand-edited value that makes no sense (a word where a number belongs, an
hour of 31) is brought back into range or replaced by its default, never a crash.

``core`` and ``store`` never read this: the UI and the commands read it and pass the values in.

The backup folder, in order: ``$CLIENTJOURNAL_BACKUP_DIR`` (one run, scripts, tests), then the
folder picked in the settings, then the journal folder's ``backups/``.  A folder the user picked
is never created by the app: when it is missing (an external disk not plugged in) the daily
backup is skipped with a message rather than written somewhere the user did not choose.
Copies made for safety's sake (before a migration, before a restore) go to the journal folder's
``backups/`` (or ``$CLIENTJOURNAL_BACKUP_DIR``), never to the picked folder: they must never wait
for a disk.  Lists of backups look in both (:func:`backup_folders`).
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QSettings

from clientjournal.paths import BACKUP_DIR_ENV, backup_dir, settings_file

LANGUAGES = ("system", "de", "en")
THEMES = ("system", "light", "dark")
MAX_REST_HOURS = 48.0
DAILY_RANGE = (1, 60)  # at least one: rotation would otherwise delete the copy just made
WEEKLY_RANGE = (0, 104)
CADENCE_RANGE = (0, 366)  # 0: no rhythm unless a client has its own (as in the client dialog)

_KEYS = {
    "language": "ui/language",
    "theme": "ui/theme",
    "morning_hour": "cooling/morning_hour",
    "min_rest_hours": "cooling/min_rest_hours",
    "backup_folder": "backup/folder",
    "backup_daily": "backup/daily",
    "backup_weekly": "backup/weekly",
    "default_cadence_days": "clients/default_cadence_days",
}


class Settings(NamedTuple):
    """What the user chose.  The defaults are core's (``core.cooling``, ``core.safety.backup_policy``;
    a test keeps them equal), written out here because the app reads the settings before its
    first paint, when importing those modules (dataclasses, datetime) would cost time."""

    language: str = "system"
    theme: str = "system"
    morning_hour: int = 8
    min_rest_hours: float = 8.0
    backup_folder: str = ""  # empty: the journal folder's backups/
    backup_daily: int = 7
    backup_weekly: int = 4
    default_cadence_days: int = 0

    @property
    def default_cadence(self) -> int | None:
        """The rhythm for a client without its own, as the store takes it (None: none)."""
        return self.default_cadence_days or None


def qsettings(path: Path | None = None) -> QSettings:
    """The one way to the settings file (INI), for the user's choices here and for what the
    window remembers (``ui/shell/window_settings``, the reply watch, the start-up frame)."""
    return QSettings(str(path or settings_file()), QSettings.Format.IniFormat)


def _int(value: Any, default: int, low: int, high: int) -> int:
    try:
        number = int(float(str(value).strip()))
    except (TypeError, ValueError, OverflowError):
        return default
    return max(low, min(high, number))


def _float(value: Any, default: float, low: float, high: float) -> float:
    try:
        number = float(str(value).strip())
    except (TypeError, ValueError):
        return default
    if math.isnan(number):
        return default
    return max(low, min(high, number))


def _choice(value: Any, choices: tuple[str, ...]) -> str:
    text = str(value).strip().lower() if isinstance(value, str) else ""
    return text if text in choices else choices[0]


def load(path: Path | None = None) -> Settings:
    """The saved settings, each brought into its range; defaults for what is missing."""
    stored = qsettings(path)
    default = Settings()

    def raw(name: str) -> Any:
        return stored.value(_KEYS[name], getattr(default, name))

    folder = raw("backup_folder")
    return Settings(
        language=_choice(raw("language"), LANGUAGES),
        theme=_choice(raw("theme"), THEMES),
        morning_hour=_int(raw("morning_hour"), default.morning_hour, 0, 23),
        min_rest_hours=_float(raw("min_rest_hours"), default.min_rest_hours, 0.0, MAX_REST_HOURS),
        backup_folder=folder.strip() if isinstance(folder, str) else "",
        backup_daily=_int(raw("backup_daily"), default.backup_daily, *DAILY_RANGE),
        backup_weekly=_int(raw("backup_weekly"), default.backup_weekly, *WEEKLY_RANGE),
        default_cadence_days=_int(
            raw("default_cadence_days"), default.default_cadence_days, *CADENCE_RANGE
        ),
    )


def save(settings: Settings, path: Path | None = None) -> None:
    global _saves
    stored = qsettings(path)
    for name in Settings._fields:
        stored.setValue(_KEYS[name], getattr(settings, name))
    stored.sync()
    _saves += 1


_saves = 0


def file_state(path: Path | None = None) -> tuple[object, ...]:
    """Changes whenever the settings file may have: a save in this process (counted: two
    saves within the file system's clock tick can leave the same time and size) or a write by
    anything else (a hand edit: its time, size, inode).  For a value kept from ``load`` (the
    client pane's default rhythm, read at every switch, issue 21); ~5 µs against ~0.3 ms."""
    file = path or settings_file()
    try:
        stat = os.stat(file)
    except OSError:
        return (_saves, str(file))
    return (_saves, str(file), stat.st_mtime_ns, stat.st_size, stat.st_ino)


def backup_folder(data_dir: Path, settings: Settings | None = None) -> Path:
    """Where the backups of the journal in ``data_dir`` go (the order is in the docstring)."""
    settings = load() if settings is None else settings
    if os.environ.get(BACKUP_DIR_ENV) or not settings.backup_folder:
        return backup_dir(data_dir)
    return Path(settings.backup_folder).expanduser()


def backup_folders(data_dir: Path, settings: Settings | None = None) -> list[Path]:
    """Every folder that may hold backups of this journal, for lists and restores: the one
    backups go to, and the journal's own ``backups/`` when that is another (the copies made
    before a migration or a restore go there)."""
    chosen = backup_folder(data_dir, settings)
    default = backup_dir(data_dir)
    return [chosen] if chosen == default else [chosen, default]


def backup_folder_problem(data_dir: Path, settings: Settings | None = None) -> str | None:
    """Why backups cannot go to the folder the user picked now, or None when they can (or
    when it is not a picked folder: the default one is created when needed)."""
    settings = load() if settings is None else settings
    env = os.environ.get(BACKUP_DIR_ENV)
    if env:  # like a picked folder, except that a new folder on a disk that is there is made
        folder = Path(env).expanduser()
        if not folder.exists() and folder.parent.is_dir():
            return None
        return folder_problem(folder)
    if not settings.backup_folder:
        return None
    return folder_problem(backup_folder(data_dir, settings))


def backup_folder_picked(settings: Settings | None = None) -> bool:
    """Whether backups go to a folder the user picked (Settings → Backups): one that is
    missing when a backup begins is never made anew (its disk was unplugged after the look of
    ``backup_folder_problem``; made again, the backup would stay on the computer's own disk
    where the disk was mounted).  The journal's own ``backups/`` and ``$CLIENTJOURNAL_BACKUP_DIR``
    are made when needed, as before."""
    settings = load() if settings is None else settings
    return bool(settings.backup_folder) and not os.environ.get(BACKUP_DIR_ENV)


def backup_target(data_dir: Path, settings: Settings | None = None) -> tuple[Path, str | None]:
    """The folder backups go to now, and why they cannot (None: they can); one reading of
    the settings for the daily backup, File → Back up now and ``clientjournal backup``."""
    settings = load() if settings is None else settings
    return backup_folder(data_dir, settings), backup_folder_problem(data_dir, settings)


def folder_problem(folder: Path) -> str | None:
    """'missing' (not there: an unplugged disk), 'not a folder', 'not writable', or None."""
    if not folder.exists():
        return "missing"
    if not folder.is_dir():
        return "not a folder"
    if not os.access(folder, os.W_OK | os.X_OK):
        return "not writable"
    return None


# The settings that belong to the journal rather than to this computer: they travel with sync
# (``store.sync`` keeps them under these keys, as text); the INI file stays what the app reads.
JOURNAL_KEYS = {
    _KEYS["morning_hour"]: "morning_hour",
    _KEYS["min_rest_hours"]: "min_rest_hours",
    _KEYS["default_cadence_days"]: "default_cadence_days",
}


def journal_values(settings: Settings) -> dict[str, str]:
    """The journal's settings among ``settings``, as the text sync carries (key -> value)."""
    return {key: str(getattr(settings, name)) for key, name in JOURNAL_KEYS.items()}


def with_journal_values(settings: Settings, values: Mapping[str, str]) -> Settings:
    """``settings`` with the journal's settings that came through sync; a value from another
    computer is brought into range like a hand-edited one (unknown keys are ignored)."""
    found: dict[str, Any] = {}
    for key, text in values.items():
        name = JOURNAL_KEYS.get(key)
        if name == "morning_hour":
            found[name] = _int(text, settings.morning_hour, 0, 23)
        elif name == "min_rest_hours":
            found[name] = round(_float(text, settings.min_rest_hours, 0.0, MAX_REST_HOURS), 1)
        elif name == "default_cadence_days":
            found[name] = _int(text, settings.default_cadence_days, *CADENCE_RANGE)
    return settings._replace(**found)
