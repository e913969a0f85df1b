"""The sync folder on disk: checking it, its ``sync.json``, and reading and writing files.

Files are written the way the folder's engine never sees half of one: to a temporary name
starting with a dot (which every reader ignores), flushed and fsynced, renamed, and the folder
fsynced.  An encrypted journal's files are small SQLCipher databases holding the gzip'd lines,
opened with a raw 256-bit key (no key derivation per file): the key is derived once per
process from the passphrase and the folder's random salt (``sync.json``) with PBKDF2, and
``sync.json`` holds an HMAC with it, so a journal with another passphrase is refused before it
writes anything.  Nothing of a journal's content is in any file name.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import io
import json
import os
import secrets
import sqlite3
import stat
import tempfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, BinaryIO

from clientjournal.core.files import atomic_private_file, fsync_folder
from clientjournal.core.sync import problems as P
from clientjournal.core.sync.format import (
    CHANGES,
    DEVICE_NAME,
    FORMAT,
    INCOMPLETE,
    KEY,
    SNAPSHOTS,
    SYNC_JSON,
    TOO_LARGE,
    VERSION,
    FileProblem,
)
from clientjournal.core.sync.problems import Problem

KDF_ITERATIONS = 200_000
CHECK_TEXT = b"clientjournal-sync-check"
MAX_SYNC_JSON = 64 * 1024
MAX_FILE = 1 << 30


class FolderProblem(Exception):
    """The folder cannot be used: one line naming the folder and the kind of problem (in
    English, for the command line); ``problem`` holds the same as data, for the window."""

    def __init__(self, path: Path, kind: str, words: str, reason: str = "") -> None:
        super().__init__(f"{path}: {words}")
        self.problem = Problem(kind, str(path), detail=words, reason=reason)


@dataclass(frozen=True)
class Folder:
    path: Path
    folder_id: str
    key: bytes | None  # None: a plain folder

    @property
    def encrypted(self) -> bool:
        return self.key is not None


@lru_cache(maxsize=8)
def derive_key(passphrase: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", passphrase.encode("utf-8"), salt, KDF_ITERATIONS)


def _check_of(key: bytes) -> str:
    return hmac.new(key, CHECK_TEXT, hashlib.sha256).hexdigest()


def check_usable(path: Path) -> None:
    """Exists, is a folder, can be written (FolderProblem otherwise)."""
    if not path.exists():
        raise FolderProblem(path, P.MISSING, "the sync folder does not exist")
    if not path.is_dir():
        raise FolderProblem(path, P.NOT_A_FOLDER, "not a folder (a file is in the way)")
    if not os.access(path, os.W_OK | os.X_OK):
        reason = "no permission"
        try:
            if os.statvfs(path).f_flag & os.ST_RDONLY:
                reason = os.strerror(errno.EROFS)  # a disk mounted read-only, not permissions
        except OSError:
            pass
        raise FolderProblem(
            path, P.NOT_WRITABLE, f"the sync folder cannot be written ({reason})", reason
        )


def _real(path: Path) -> Path:
    try:
        return path.expanduser().resolve()
    except (OSError, RuntimeError):
        return path.expanduser().absolute()


def check_apart(path: Path, journal_dir: Path, backups: Iterable[Path] = ()) -> None:
    """FolderProblem when ``path`` is the journal's own folder or a backup folder, lies inside
    one, or contains one: the folder's engine would then carry the live database (or its
    copies) to other computers, where a half-written copy of a database is a broken one."""
    real = _real(path)
    places = [(journal_dir, "the journal's own folder", P.JOURNAL_FOLDER, P.HOLDS_JOURNAL)]
    places += [
        (folder, "the backup folder", P.BACKUP_FOLDER, P.HOLDS_BACKUPS) for folder in backups
    ]
    for protected, what, inside, holds in places:
        other = _real(protected)
        # by path, and by the folder itself (device and inode): another path to it that is
        # no link (a bind mount) resolved elsewhere and was taken (attack-20c N12)
        if real == other or other in real.parents or _same_folder(other, real):
            raise FolderProblem(path, inside, f"this is {what} or inside it; choose another folder")
        if real in other.parents or _same_folder(real, other):
            raise FolderProblem(path, holds, f"it contains {what}; choose another folder")


def _identity(folder: Path) -> tuple[int, int] | None:
    try:
        found = os.stat(folder)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def _same_folder(outer: Path, inner: Path) -> bool:
    """Whether ``inner`` or one of its parents is the folder ``outer`` (by device and inode)."""
    wanted = _identity(outer)
    if wanted is None:
        return False
    return any(_identity(place) == wanted for place in (inner, *inner.parents))


def open_folder(path: Path, passphrase: str | None, create: bool) -> Folder:
    """The folder's identity and key; its ``sync.json`` is made when missing and ``create``.
    FolderProblem for a folder that is not usable, foreign, or of another passphrase."""
    check_usable(path)
    info_path = path / SYNC_JSON
    if not info_path.exists():
        if not create:
            return Folder(path, "", None)
        info: dict[str, Any] = {"format": FORMAT, "version": VERSION}
        info["folder_id"] = secrets.token_hex(16)
        key = None
        if passphrase is not None:
            salt = secrets.token_bytes(16)
            key = derive_key(passphrase, salt)
            info.update({"encrypted": True, "salt": salt.hex(), "check": _check_of(key)})
        else:
            info["encrypted"] = False
        try:
            write_durably(info_path, (json.dumps(info, indent=1) + "\n").encode("utf-8"))
        except FileNotFoundError as error:  # gone since check_usable (a disk unplugged)
            raise FolderProblem(path, P.MISSING, "the sync folder does not exist") from error
        except OSError as error:
            raise FolderProblem(
                path,
                P.NOT_WRITABLE,
                f"the sync folder cannot be written ({_reason(error)})",
                _reason(error),
            ) from error
        return Folder(path, info["folder_id"], key)
    info = _read_info(info_path)
    folder_id = info["folder_id"]
    if not info.get("encrypted"):
        if passphrase is not None:
            raise FolderProblem(
                info_path,
                P.PLAIN_FOLDER,
                "the sync folder is not encrypted but this journal is; "
                "choose an empty folder for it",
            )
        return Folder(path, folder_id, None)
    if passphrase is None:
        raise FolderProblem(
            info_path,
            P.ENCRYPTED_FOLDER,
            "the sync folder belongs to an encrypted journal; this one is not",
        )
    key = derive_key(passphrase, bytes.fromhex(info["salt"]))
    if not hmac.compare_digest(_check_of(key), info["check"]):
        raise FolderProblem(
            info_path,
            P.OTHER_PASSPHRASE,
            "the sync folder belongs to a journal with another passphrase",
        )
    return Folder(path, folder_id, key)


def _read_info(info_path: Path) -> dict[str, Any]:
    try:
        info = json.loads(_read_small(info_path).decode("utf-8"))
    except OSError as error:
        if error.errno == errno.ELOOP:  # a symbolic link (to /dev/zero, say): not ours
            raise FolderProblem(info_path, P.FOREIGN, "not a Client Journal sync folder") from error
        raise FolderProblem(
            info_path, P.UNREADABLE, f"cannot be read ({_reason(error)})", _reason(error)
        ) from error
    except ValueError as error:
        raise FolderProblem(
            info_path, P.FOREIGN, "not a Client Journal sync folder (garbled)"
        ) from error
    if not isinstance(info, dict) or info.get("format") != FORMAT:
        raise FolderProblem(info_path, P.FOREIGN, "not a Client Journal sync folder")
    if info.get("version") != VERSION:
        raise FolderProblem(
            info_path, P.OTHER_VERSION, "written by another version of Client Journal"
        )
    folder_id = info.get("folder_id")
    if not isinstance(folder_id, str) or not DEVICE_NAME.match(folder_id):
        raise FolderProblem(info_path, P.FOREIGN, "not a Client Journal sync folder (no folder id)")
    if info.get("encrypted"):
        salt, check = info.get("salt"), info.get("check")
        try:
            ok = isinstance(check, str) and len(bytes.fromhex(str(salt))) >= 16
        except ValueError:
            ok = False
        if not ok:
            raise FolderProblem(
                info_path, P.DAMAGED_KEYS, "garbled (its encryption entries are damaged)"
            )
    return info


def _read_small(path: Path) -> bytes:
    """A regular file of at most MAX_SYNC_JSON bytes, read without following a link or
    waiting on a pipe (anyone who can write the folder could put either there: a FIFO hung
    the round for ever, a link to /dev/zero read until memory ran out).  ValueError for
    anything else."""
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ValueError("not a regular file")
        data = os.read(fd, MAX_SYNC_JSON + 1)
    finally:
        os.close(fd)
    if len(data) > MAX_SYNC_JSON:
        raise ValueError("too large")
    return data


def _reason(error: OSError) -> str:
    return error.strerror or type(error).__name__


def _temp_name(folder: Path) -> Path:
    return folder / f".cj-{secrets.token_hex(8)}.tmp"


def write_durably(path: Path, data: bytes | memoryview) -> None:
    """Write ``path`` completely or not at all (temporary name, fsync, rename, fsync folder).
    Its folder must be there (``_make_parent`` makes those inside the sync folder): made
    here with its parents, a sync folder removed in the instant after ``check_usable`` (a
    disk unplugged) was made anew at its mount point for ``sync.json``, and the round then
    wrote the whole journal into it (attack26c's note)."""
    with atomic_private_file(path, binary=True, partial=_temp_name(path.parent)) as stream:
        stream.write(data)
    fsync_folder(path.parent)


def write_lines(folder: Folder, path: Path, lines: Iterable[str], level: int) -> None:
    """Write ``path`` as ``write_file`` does with the gzip'd lines (each with its line break
    added), packed as they come: the same bytes as ``format.encode``, but the whole text is
    never held (a snapshot of ten times the demo journal is about a gigabyte of text).  A
    plain folder's file is written to its temporary name as it is packed; an encrypted one
    is sealed from the packed bytes (SQLCipher takes a blob whole)."""
    packer = zlib.compressobj(level, zlib.DEFLATED, 31)  # gzip, mtime 0: as gzip.compress

    def packed(into: IO[bytes]) -> None:
        part: list[str] = []
        size = 0
        for line in lines:
            part.append(line)
            size += len(line)
            if size >= _PART:
                into.write(packer.compress(("\n".join(part) + "\n").encode("utf-8")))
                part, size = [], 0
        if part:
            into.write(packer.compress(("\n".join(part) + "\n").encode("utf-8")))
        into.write(packer.flush())

    if folder.key is not None:
        buffer = io.BytesIO()
        packed(buffer)
        write_file(folder, path, buffer.getbuffer())
        return
    _make_parent(folder, path)
    with atomic_private_file(path, binary=True, partial=_temp_name(path.parent)) as stream:
        packed(stream)
    fsync_folder(path.parent)


_PART = 1 << 20  # characters of lines packed at a time


def _cipher() -> Any:
    from sqlcipher3 import dbapi2

    return dbapi2


def _key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def seal(data: bytes | memoryview, key: bytes, directory: Path) -> bytes:
    """``data`` as the bytes of an SQLCipher database encrypted with ``key``.  The scratch
    database is written in the folder: its disk full (or failing) is the folder's problem,
    reported as an OSError with the folder's path as writing a plain file is, never as a
    database error that reads like the journal's own (attack21x F2)."""
    cipher = _cipher()
    with tempfile.TemporaryDirectory(dir=directory, prefix=".cj-") as scratch:
        target = Path(scratch) / "f.db"
        try:
            connection = cipher.connect(str(target), isolation_level=None)
            try:
                connection.execute("PRAGMA cipher_log_level = NONE")
                connection.execute(_key_pragma(key))
                connection.execute("PRAGMA journal_mode = OFF")
                connection.execute("CREATE TABLE f (data BLOB NOT NULL)")
                connection.execute("INSERT INTO f (data) VALUES (?)", (data,))
            finally:
                connection.close()
        except cipher.Error as error:
            text = str(error)
            code = errno.ENOSPC if "full" in text.lower() else errno.EIO
            raise OSError(code, os.strerror(code), str(directory)) from error
        return target.read_bytes()


def unseal(path: Path, key: bytes) -> bytes:
    """The gzip'd content of an encrypted file; FileProblem when the key does not open it."""
    cipher = _cipher()
    try:
        connection = cipher.connect(
            f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, isolation_level=None
        )
    except cipher.Error as error:
        raise FileProblem("cannot be opened", INCOMPLETE) from error
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(_key_pragma(key))
        row = connection.execute("SELECT data FROM f").fetchone()
    except (cipher.Error, sqlite3.Error) as error:
        raise FileProblem(
            "not readable with this journal's key (damaged or foreign)", KEY
        ) from error
    finally:
        connection.close()
    if row is None or not isinstance(row[0], bytes):
        raise FileProblem("empty", INCOMPLETE)
    return row[0]


def write_file(folder: Folder, path: Path, data: bytes | memoryview) -> None:
    _make_parent(folder, path)
    if folder.key is not None:
        data = seal(data, folder.key, path.parent)
    write_durably(path, data)


def _make_parent(folder: Folder, path: Path) -> None:
    """The folder of ``path`` inside the sync folder, made a level at a time below it, never
    the sync folder itself: one removed, or on a disk unplugged, is an OSError (ENOENT), not
    made anew at the empty mount point with this journal's file in it (trust26b: a round's
    compaction after the folder went wrote the whole journal there)."""
    _check_root(folder)
    directory = folder.path
    for part in path.parent.relative_to(folder.path).parts:
        directory = directory / part
        with contextlib.suppress(FileExistsError):
            directory.mkdir()
        check_level(directory)


def check_level(directory: Path) -> None:
    """FolderProblem when ``directory``, a folder the app makes inside the sync folder, is a
    file or a link (the engine syncs links as links: one made on another computer, to a
    folder outside this one or to itself, had the round write this journal's files through
    it, and a compaction remove change files there, attack26c); nothing when it is missing."""
    _require_folder(directory, os.lstat)


def _check_root(folder: Folder) -> None:
    """The sync folder itself (a link to a folder is the user's choice) replaced by a file
    during a round: "not a folder", as ``check_usable`` says it, not the system's untranslated
    "Not a directory" (attack26c); gone: left to the write, which says so (ENOENT)."""
    _require_folder(folder.path, os.stat)


def _require_folder(directory: Path, look: Callable[[Path], os.stat_result]) -> None:
    """FolderProblem "not a folder" when what ``look`` (``os.stat``: a link to a folder is
    a folder; ``os.lstat``: it is not) finds at ``directory`` is no folder; nothing when
    nothing is there."""
    try:
        mode = look(directory).st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISDIR(mode):
        raise FolderProblem(directory, P.NOT_A_FOLDER, "not a folder (a file is in the way)")


def check_inside(folder: Folder, directory: Path) -> None:
    """``check_level`` for each level of ``directory`` below the sync folder."""
    _check_root(folder)
    level = folder.path
    for part in directory.relative_to(folder.path).parts:
        level = level / part
        check_level(level)


def read_file(folder: Folder, path: Path) -> bytes:
    """The (gzip'd) content of a file of the folder; FileProblem when it cannot be read."""
    try:
        if path.stat().st_size > MAX_FILE:
            raise FileProblem("too large", TOO_LARGE)
        if folder.key is not None:
            if path.name.endswith(".gz"):
                raise FileProblem("not encrypted, in an encrypted folder", KEY)
            return unseal(path, folder.key)
        if path.name.endswith(".enc"):
            raise FileProblem("encrypted, in a plain folder", KEY)
        return path.read_bytes()
    except OSError as error:
        raise FileProblem(f"cannot be read ({_reason(error)})", INCOMPLETE) from error


def open_file(folder: Folder, path: Path) -> tuple[bytes | BinaryIO, int]:
    """As ``read_file``, but a plain file is opened, not read (for a snapshot, read as a
    stream: ``format.read_snapshot_file``; the caller closes it), with its packed size."""
    if folder.key is not None:
        data = read_file(folder, path)
        return data, len(data)
    if path.name.endswith(".enc"):
        raise FileProblem("encrypted, in a plain folder", KEY)
    try:
        stream = path.open("rb")
    except OSError as error:
        raise FileProblem(f"cannot be read ({_reason(error)})", INCOMPLETE) from error
    try:
        size = os.fstat(stream.fileno()).st_size
    except OSError as error:
        stream.close()
        raise FileProblem(f"cannot be read ({_reason(error)})", INCOMPLETE) from error
    if size > MAX_FILE:
        stream.close()
        raise FileProblem("too large", TOO_LARGE)
    return stream, size


def device_dirs(folder: Folder) -> list[str]:
    root = folder.path / CHANGES
    try:
        return sorted(
            entry.name
            for entry in os.scandir(root)
            if DEVICE_NAME.match(entry.name) and entry.is_dir()
        )
    except OSError:
        return []


def listing(directory: Path) -> list[tuple[str, int, int]]:
    """(name, size, mtime_ns) of the regular files in ``directory``."""
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return []
    found = []
    for entry in entries:
        try:
            if entry.is_file(follow_symlinks=False):
                stat = entry.stat(follow_symlinks=False)
                found.append((entry.name, stat.st_size, stat.st_mtime_ns))
        except OSError:
            continue
    return found


def snapshots_dir(folder: Folder) -> Path:
    return folder.path / SNAPSHOTS
