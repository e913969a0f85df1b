"""The one place that knows where journals, backups and settings live.

Everything else asks this module, so that a test, a second journal (``--data-dir``) or a
frozen build never writes somewhere unexpected.  Folders are created private to the user
(0700), because a journal holds notes about people and conflicts.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import appdirs

from clientjournal import APP_ID

DATA_DIR_ENV = "CLIENTJOURNAL_DATA_DIR"
CONFIG_DIR_ENV = "CLIENTJOURNAL_CONFIG_DIR"
BACKUP_DIR_ENV = "CLIENTJOURNAL_BACKUP_DIR"
JOURNAL_FILE = "journal.sqlite3"
BACKUP_DIR = "backups"
SETTINGS_FILE = "settings.ini"


def default_data_dir() -> Path:
    """The journal folder used when neither ``--data-dir`` nor the environment name one."""
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return Path(appdirs.user_data_dir(APP_ID, appauthor=False))


def config_dir() -> Path:
    """Where per-user settings (window geometry, sort order) live, separate from the data."""
    env = os.environ.get(CONFIG_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return Path(appdirs.user_config_dir(APP_ID, appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and any missing parent) readable by its owner only (0700, whatever
    the umask).  A folder that exists keeps its mode: it is the user's (``--data-dir /tmp``,
    a shared folder), and the files the app writes in it are 0600 anyway."""
    missing = []
    folder = Path(path)
    while not folder.is_dir():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)
        with contextlib.suppress(OSError):  # e.g. a file system without POSIX modes
            folder.chmod(0o700)
    return path


def keep_private() -> None:
    """From now on every file and folder this process creates is its user's alone, whatever
    the umask it was started with (000 included): SQLite's own companions (``-journal``,
    ``-mj…`` super-journals beside a backup), the settings file QSettings writes and the
    folders it makes, temporary copies.  Called once at start, before anything is written;
    folders and files that exist keep their modes (a user's ``/tmp`` stays 1777)."""
    os.umask(os.umask(0o077) | 0o077)


def journal_file(data_dir: Path) -> Path:
    return data_dir / JOURNAL_FILE


def backup_dir(data_dir: Path) -> Path:
    """The journal folder's ``backups/``, unless ``$CLIENTJOURNAL_BACKUP_DIR`` names another
    folder (an external disk: a backup on the same disk does not survive the disk).  The
    daily and manual backups also heed the folder picked in the settings (between the two;
    ``settings.backup_folder``); the copies made before a migration or restore use this one."""
    env = os.environ.get(BACKUP_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return data_dir / BACKUP_DIR


def settings_file() -> Path:
    return config_dir() / SETTINGS_FILE


def os_problem(error: OSError) -> str:
    """An operating system's refusal in words a user can act on (no file content in it)."""
    import errno

    if error.errno == errno.ENOSPC or error.errno == errno.EDQUOT:
        return "the disk is full"
    if error.errno == errno.EROFS:
        return "the file system is read-only"
    if error.errno in (errno.EEXIST, errno.ENOTDIR):
        return "not a folder (a file is in the way)"
    if error.errno in (errno.EPERM, errno.EACCES):
        return "permission denied (not yours, or not readable)"
    return error.strerror or type(error).__name__


def sqlite_problem(error: BaseException) -> str:
    """SQLite's words for what went wrong, in plain words where they mislead: on a full disk
    SQLite may say "cannot rollback - no transaction is active" (its rollback failed after
    the write did) or "database or disk is full"."""
    text = str(error)
    if ("disk" in text and "full" in text) or "no transaction is active" in text:
        return "the disk is full"
    if "readonly" in text or "read-only" in text:
        return "the journal or its folder cannot be written (read-only)"
    if "unable to open" in text:
        return "the journal cannot be opened (no permission, or its folder is missing)"
    if "disk I/O error" in text:
        return "the disk could not be written or read (full, removed, or failing)"
    return text


def error_words(error: BaseException) -> str:
    """``os_problem`` for an operating system's error, ``sqlite_problem`` for a database's."""
    return os_problem(error) if isinstance(error, OSError) else sqlite_problem(error)
