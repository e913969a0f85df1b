"""The app opens no network connection, ever (issue 8, DESIGN.md "Data safety").

Every command runs in a child process whose Python socket layer is replaced (through a
``sitecustomize`` on PYTHONPATH, so any Python child it starts is covered too): ``connect``,
``connect_ex``, ``sendto``, ``create_connection`` and ``getaddrinfo`` record the attempt and
raise.  Connections over ``AF_UNIX`` are allowed and only counted: they never leave the
machine, and Qt may use one for D-Bus (accessibility, the desktop portal).  Qt's own C++ code
does not go through Python's socket module, so the window's smoke test also runs under
``strace`` where it is available, which sees every ``connect``/``sendto`` at the system-call
level; and no networking module (QtNetwork, http, urllib, ssl) may even be imported.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

GUARD = """
import atexit, os, socket, sys

_LOG = os.environ["NO_NET_LOG"]

def _record(what):
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(what + "\\n")

def _refuse(name):
    def refused(*args, **kwargs):
        _record(f"BLOCKED {name} {args[1:] if name.startswith('socket.') else args!r}")
        raise OSError(f"no network in Client Journal ({name})")
    return refused

_connect, _connect_ex, _sendto = socket.socket.connect, socket.socket.connect_ex, socket.socket.sendto

def _local_only(original, name):
    def call(self, *args):
        if self.family == getattr(socket, "AF_UNIX", None):
            _record(f"unix {name}")
            return original(self, *args)
        return _refuse(f"socket.{name}")(self, *args)
    return call

socket.socket.connect = _local_only(_connect, "connect")
socket.socket.connect_ex = _local_only(_connect_ex, "connect_ex")
socket.socket.sendto = _local_only(_sendto, "sendto")
socket.create_connection = _refuse("create_connection")
socket.getaddrinfo = _refuse("getaddrinfo")
_record("guard installed")

NETWORK_MODULES = ("PySide6.QtNetwork", "PySide6.QtWebEngineCore", "http.client",
                   "urllib.request", "ssl", "ftplib", "smtplib", "xmlrpc.client")

@atexit.register
def _modules():
    for name in NETWORK_MODULES:
        if name in sys.modules:
            _record(f"BLOCKED imported {name}")
"""


def run_guarded(tmp_path: Path, log: Path, *args: str, stdin: str | None = None, prefix=()):
    guard = tmp_path / "guard"
    guard.mkdir(exist_ok=True)
    (guard / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(guard), os.environ.get("PYTHONPATH", "")]),
        "NO_NET_LOG": str(log),
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [*prefix, sys.executable, "-m", "clientjournal", "--data-dir", str(tmp_path / "j"), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        input=stdin,
    )
    assert result.returncode == 0, (args, result.stderr)
    return result


def test_no_command_attempts_a_network_connection(tmp_path: Path):
    log = tmp_path / "network.log"
    export = tmp_path / "all.json"
    commands = [
        ("demo", "--clients", "15", "--notes", "200"),
        ("--smoke-test",),
        ("export", "-o", str(export)),
        ("export", "--format", "ics", "-o", str(tmp_path / "dates.ics")),
        ("search", "Angebot"),
        ("backup",),
        ("check",),
    ]
    for args in commands:
        run_guarded(tmp_path, log, *args)
    (tmp_path / "j").rename(tmp_path / "first")
    run_guarded(tmp_path, log, "import", str(export))
    run_guarded(tmp_path, log, "tone", stdin="Das ist eine Frechheit!!")
    lines = log.read_text(encoding="utf-8").splitlines()
    assert lines.count("guard installed") == len(commands) + 2  # the guard ran every time
    assert [line for line in lines if line.startswith("BLOCKED")] == []


def _strace_works() -> bool:
    if shutil.which("strace") is None:
        return False
    probe = subprocess.run(
        ["strace", "-f", "-e", "trace=connect", "-o", os.devnull, sys.executable, "-c", "0"],
        capture_output=True,
    )
    return probe.returncode == 0


@pytest.mark.skipif(not _strace_works(), reason="needs strace (and ptrace allowed)")
def test_the_window_opens_no_connection_at_the_system_call_level(tmp_path: Path):
    log = tmp_path / "network.log"
    trace = tmp_path / "strace.log"
    run_guarded(tmp_path, log, "demo", "--clients", "10", "--notes", "100")
    strace = ("strace", "-f", "-qq", "-e", "trace=connect,sendto,sendmsg", "-o", str(trace))
    run_guarded(tmp_path, log, "--smoke-test", prefix=strace)
    assert trace.exists()  # strace ran (an empty trace: not one connect or send at all)
    calls = trace.read_text(encoding="utf-8").splitlines()
    remote = [line for line in calls if re.search(r"AF_INET6?\b|sa_family=AF_(?!UNIX)", line)]
    assert remote == []


def test_the_guard_catches_an_attempt(tmp_path: Path):
    """Without this, a guard that silently failed to install would pass the tests above."""
    log = tmp_path / "network.log"
    run_guarded(tmp_path, log, "demo", "--clients", "1", "--notes", "1")
    code = (
        "import socket\n"
        "for attempt in (lambda: socket.create_connection(('127.0.0.1', 9)),\n"
        "                lambda: socket.socket().connect(('127.0.0.1', 9)),\n"
        "                lambda: socket.getaddrinfo('example.org', 443)):\n"
        "    try: attempt()\n"
        "    except OSError: pass\n"
    )
    subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": str(tmp_path / "guard"), "NO_NET_LOG": str(log)},
        check=True,
        timeout=60,
    )
    blocked = [line for line in log.read_text().splitlines() if line.startswith("BLOCKED")]
    assert len(blocked) == 3
