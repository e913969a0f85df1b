"""Issue 18 (attack18 finding 16): a file written aside and renamed into place never replaces
what is no regular file: a pipe (``mkfifo``, ``>(gpg -e …)``), a device, a link to a
descriptor (``/proc/self/fd/N``) or a folder is refused before anything is written, and stays
what it was; the pipe's reader is not left with nothing while the plaintext lands on disk."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from clientjournal.core.files import NotARegularFile, atomic_private_file

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes and devices")

SECRET = "Kundin Zebra: nur fuer die Akte"


def write(path: Path) -> None:
    with atomic_private_file(path) as stream:
        stream.write(SECRET)


def nothing_beside(folder: Path, *keep: str) -> None:
    assert sorted(p.name for p in folder.iterdir()) == sorted(keep)


def test_a_pipe_is_refused_and_stays_a_pipe(tmp_path: Path):
    fifo = tmp_path / "export.json"
    os.mkfifo(fifo)
    with pytest.raises(NotARegularFile) as refused:
        write(fifo)
    assert "a pipe" in str(refused.value.strerror)
    assert isinstance(refused.value, OSError)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    nothing_beside(tmp_path, "export.json")


def test_a_link_to_a_descriptor_is_refused_and_stays_a_link(tmp_path: Path):
    """``ln -s /proc/self/fd/1 mystdout`` with stdout a pipe: here a pipe of this process."""
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("no /proc/self/fd here")
    reader, writer = os.pipe()
    try:
        link = tmp_path / "mystdout"
        link.symlink_to(f"/proc/self/fd/{writer}")
        with pytest.raises(NotARegularFile):
            write(link)
        assert link.is_symlink()
        nothing_beside(tmp_path, "mystdout")
    finally:
        os.close(reader)
        os.close(writer)


def test_a_link_to_a_device_is_refused_and_the_device_untouched(tmp_path: Path):
    before = os.stat("/dev/null")
    link = tmp_path / "nulldev"
    link.symlink_to("/dev/null")
    with pytest.raises(NotARegularFile) as refused:
        write(link)
    assert "a device" in str(refused.value.strerror)
    assert link.is_symlink()
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino
    nothing_beside(tmp_path, "nulldev")


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
def test_a_device_node_is_refused_and_stays_one(tmp_path: Path):
    node = tmp_path / "fulldev"
    try:
        os.mknod(node, 0o600 | stat.S_IFCHR, os.makedev(1, 7))
    except OSError as error:  # a container without CAP_MKNOD, a nodev mount
        pytest.skip(f"cannot make a device node here: {error.strerror}")
    with pytest.raises(NotARegularFile):
        write(node)
    assert stat.S_ISCHR(os.lstat(node).st_mode)
    nothing_beside(tmp_path, "fulldev")


def test_a_folder_is_refused_before_the_copy_is_written_beside_it(tmp_path: Path):
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(NotARegularFile) as refused:
        write(folder)
    assert "a folder" in str(refused.value.strerror)
    nothing_beside(tmp_path, "out")


def test_a_regular_file_and_a_new_one_are_still_written(tmp_path: Path):
    old = tmp_path / "old.json"
    old.write_text("before")
    write(old)
    write(tmp_path / "new.json")
    assert old.read_text() == SECRET == (tmp_path / "new.json").read_text()
    assert (tmp_path / "new.json").stat().st_mode & 0o777 == 0o600
    nothing_beside(tmp_path, "old.json", "new.json")


def test_the_json_export_into_a_pipe_is_one_error_and_the_pipe_stays(tmp_path: Path, journal):
    from clientjournal.store.exchange import journal as exchange

    fifo = tmp_path / "export.json"
    os.mkfifo(fifo)
    with pytest.raises(OSError, match="pipe"):
        exchange.export_file(fifo)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
