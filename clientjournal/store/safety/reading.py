"""Reading a journal without writing anything, also on a full disk (issue 18).

SQLite cannot read a journal in WAL mode without its ``-shm`` (and creates an empty ``-wal``
beside it).  On a full disk creating them fails ("disk I/O error", SQLITE_IOERR_SHMSIZE) and
leaves both behind; on a read-only disk they cannot be made at all.  Where the journal's
``-wal`` holds no commits, everything there is to read is in the journal file itself, so it
is then read ``immutable`` (no companions, no locks).  That is safe exactly there: a writer
cannot open the journal either while its companions cannot be made, and a writer that holds
it open keeps the ``-wal``/``-shm`` that a reader then simply shares.  Contention ("database
is locked") and damage never fall back to ``immutable``.

What a failed attempt created is removed again, under the same test SQLite makes before it
removes them on closing: an exclusive lock on the journal's shared-lock bytes, which no
connection holds open while it has the journal open.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

# SQLite's primary result codes of a refusal by the system (not damage, not contention)
_PERM, _READONLY, _IOERR, _FULL, _CANTOPEN = 3, 8, 10, 13, 14
_SYSTEM_REFUSALS = {_PERM, _READONLY, _IOERR, _FULL, _CANTOPEN}
# SQLite's POSIX locking: the bytes a connection locks shared while it has the file open
_SHARED_FIRST = 0x40000002
_SHARED_SIZE = 510
# free space under which a disk I/O error is the disk being full: a reader needs 32 KB for
# its -shm, a writer a few pages more; no healthy disk fails with this much free
FULL_BELOW = 1024 * 1024


def sqlite_error(error: BaseException) -> BaseException:
    """The driver's own error inside peewee's wrapper (peewee passes it as the first
    argument), or ``error`` itself."""
    seen = 0
    while seen < 5 and error.args and isinstance(error.args[0], BaseException):
        error = error.args[0]
        seen += 1
    return error


def primary_code(error: BaseException) -> int | None:
    code = getattr(sqlite_error(error), "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def refused_by_system(error: BaseException | None) -> bool:
    """An I/O error, a full or read-only disk, a file that cannot be opened: the file itself
    may be fine (never damage, never a wrong passphrase)."""
    if error is None:
        return False
    code = primary_code(error)
    if code is not None:
        return code in _SYSTEM_REFUSALS
    text = str(error)
    return any(
        words in text for words in ("disk I/O error", "is full", "readonly", "unable to open")
    )


def disk_full(path: Path) -> bool:
    """Whether the disk that holds ``path`` (a file or a folder) is (nearly) full."""
    folder = Path(path)
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        stats = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs (Windows): not known to be full
        return False
    return stats.f_bavail * stats.f_frsize < FULL_BELOW


def io_problem(error: BaseException, path: Path) -> str | None:
    """ "the disk is full" for an I/O error on a (nearly) full disk, whatever SQLite called it
    ("disk I/O error", "the passphrase is wrong" after a failed read); for a journal whose
    ``-wal`` holds commits but has no ``-shm`` on a read-only disk, that; None otherwise."""
    if refused_by_system(error) and primary_code(error) != _CANTOPEN and disk_full(path):
        return "the disk is full"
    stuck = wal_has_commits(path) and not os.path.exists(companions(path)[1])
    if refused_by_system(error) and stuck and not os.access(Path(path).parent, os.W_OK):
        return (
            "its -wal holds changes not yet written into it, which SQLite can only read "
            "where it can write (a read-only disk or folder): make it writable, then try again"
        )
    if "no transaction is active" in str(error) or primary_code(error) == _FULL:
        return "the disk is full"
    return None


def companions(path: Path) -> tuple[Path, Path]:
    return Path(f"{path}-wal"), Path(f"{path}-shm")


def wal_has_commits(path: Path) -> bool:
    wal = companions(path)[0]
    try:
        return wal.exists() and wal.stat().st_size > 0
    except OSError:
        return True  # cannot tell: never read past it


def remove_made(path: Path, existed: set[Path]) -> None:
    """Remove the empty ``-wal`` and the ``-shm`` that a failed read of ``path`` created
    (not in ``existed``), when no connection has the journal open."""
    made = [one for one in companions(path) if one not in existed and one.exists()]
    if not made or wal_has_commits(path):
        return
    try:
        import fcntl
    except ImportError:  # Windows: SQLite's companions there are its own business
        return
    try:
        handle = os.open(path, os.O_RDWR)
    except OSError:
        return
    try:
        fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB, _SHARED_SIZE, _SHARED_FIRST)
    except OSError:  # another connection has it open: the companions are its
        os.close(handle)
        return
    try:
        for one in made:
            one.unlink(missing_ok=True)
    except OSError:
        pass
    finally:
        os.close(handle)  # releases the lock


def read_uris(path: Path) -> tuple[list[str], str]:
    """The URIs to try in order (read-write: SQLite then removes the companions that reading
    creates; read-only) and the ``immutable`` one that may follow (see ``open_reading``)."""
    uri = Path(path).resolve().as_uri()
    return [f"{uri}?mode=rw", f"{uri}?mode=ro"], f"{uri}?mode=ro&immutable=1"


def open_reading(
    path: Path, attempt: Callable[[str], T], passes: tuple[type[BaseException], ...] = ()
) -> T:
    """``attempt(uri)`` (which opens, proves and returns a connection, or raises) on each of
    ``read_uris``, then ``immutable`` where the others were refused by the system (or the
    folder cannot be written) and the ``-wal`` holds no commits.  Where the journal has no
    companions at all (nobody has it open) and read-write is refused (a file the user cannot
    write, a full disk), ``immutable`` comes before ``mode=ro``, whose ``-wal``/``-shm``
    would stay behind.  Errors in ``passes`` (a
    wrong key) end it at once.  Companions a failed attempt created are removed (never after
    a success: the open connection holds them, and this process's own lock would not stop
    the removal)."""
    path = Path(path)
    existed = {one for one in companions(path) if one.exists()}
    no_commits = not wal_has_commits(path)
    targets, immutable = read_uris(path)
    last: BaseException | None = None
    file_closed = not os.access(path, os.W_OK)  # SQLite would open it read-only anyway
    for target in targets:
        refused = file_closed if target == targets[0] else refused_by_system(last)
        if refused and not existed and no_commits:
            # read-write refused (a read-only journal file, a full disk) and no companions:
            # nobody has it open in WAL mode, and mode=ro would leave the -wal/-shm it makes
            # behind for good (a read-only connection never removes them)
            remove_made(path, existed)
            with contextlib.suppress(Exception):
                return attempt(immutable)
        try:
            return attempt(target)
        except passes:
            remove_made(path, existed)
            raise
        except Exception as error:  # the driver's and peewee's errors
            last = error
    assert last is not None
    remove_made(path, existed)
    folder_closed = not os.access(path.resolve().parent, os.W_OK)
    if not (no_commits and (folder_closed or refused_by_system(last))):
        raise last
    try:
        return attempt(immutable)
    except passes:
        raise
    except Exception:  # the first refusal says more than this one
        raise last from None


def problem_words(error: BaseException, path: Path) -> str:
    """What went wrong in words a user can act on (no file content in them): a full disk
    said so even where SQLite calls it an I/O error, the system's own refusals in words."""
    from clientjournal.paths import error_words

    return io_problem(error, path) or error_words(sqlite_error(error))
