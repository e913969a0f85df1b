"""Two Syncthing instances on this machine's loopback, sharing one folder: two "computers".

Used by ``test_syncthing.py``; also handy by hand, to watch two journals sync through the real
engine::

    python tests/cli/syncthing_pair.py WORK_DIR      # prints both folders, runs until Ctrl+C

Each instance has its own home (keys, config, database), its own GUI/API port and its own
listen address on 127.0.0.1.  Everything that would leave the machine is off before the first
start: global and local discovery, relays, NAT traversal (and with it STUN), usage reporting,
crash reporting, upgrades.  The two devices know each other by id and address, so they connect
directly over loopback; the shared folder is in both configs from the start, so nothing has to
be accepted by hand.  Each instance runs in its own process group, which ``stop`` kills.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FOLDER_ID = "clientjournal-sync"
# What Syncthing keeps in a shared folder for itself; never part of what the two sides compare.
OWN_NAMES = (".stfolder", ".stignore", ".stversions")
OWN_PREFIX = ".syncthing."

OPTIONS = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "stunKeepaliveStartS": "0",
    "stunKeepaliveMinS": "0",
    "urAccepted": "-1",
    "urSeen": "3",
    "autoUpgradeIntervalH": "0",
    "crashReportingEnabled": "false",
    "startBrowser": "false",
    "announceLANAddresses": "false",
    "reconnectionIntervalS": "1",
    "setLowPriority": "false",
}


def binary() -> str | None:
    return shutil.which("syncthing")


def free_ports(count: int) -> list[int]:
    """Ports free on 127.0.0.1 now, all different (held together while the kernel picks)."""
    probes = [socket.socket(socket.AF_INET, socket.SOCK_STREAM) for _ in range(count)]
    try:
        for probe in probes:
            probe.bind(("127.0.0.1", 0))
        return [int(probe.getsockname()[1]) for probe in probes]
    finally:
        for probe in probes:
            probe.close()


@dataclass
class Instance:
    name: str
    home: Path
    folder: Path
    gui_port: int
    listen_port: int
    device_id: str = ""
    api_key: str = ""
    process: subprocess.Popen | None = None

    @property
    def log(self) -> Path:
        return self.home / "syncthing.log"

    def generate(self) -> None:
        self.home.mkdir(parents=True)
        output = subprocess.run(
            [binary() or "syncthing", "generate", f"--home={self.home}", "--no-default-folder"],
            check=True,
            capture_output=True,
            text=True,
            env=_environment(self.home),
            timeout=60,
        )
        for line in (output.stdout + output.stderr).splitlines():
            if line.startswith("Device ID:"):
                self.device_id = line.split(":", 1)[1].strip()
        if not self.device_id:
            raise RuntimeError(f"syncthing generate printed no device id: {output.stdout!r}")
        self.api_key = ET.parse(self.home / "config.xml").findtext("gui/apikey") or ""

    def configure(self, other: Instance) -> None:
        """Edit config.xml before the first start: loopback only, the other device, the folder."""
        path = self.home / "config.xml"
        tree = ET.parse(path)
        root = tree.getroot()
        gui = root.find("gui")
        assert gui is not None
        _set(gui, "address", f"127.0.0.1:{self.gui_port}")
        options = root.find("options")
        assert options is not None
        _set(options, "listenAddress", f"tcp://127.0.0.1:{self.listen_port}")
        for key, value in OPTIONS.items():
            _set(options, key, value)
        for device in root.findall("device"):
            device.set("name", self.name)
            _set(device, "address", f"tcp://127.0.0.1:{self.listen_port}")
        peer = ET.SubElement(
            root, "device", id=other.device_id, name=other.name, compression="metadata"
        )
        _set(peer, "address", f"tcp://127.0.0.1:{other.listen_port}")
        _set(peer, "autoAcceptFolders", "false")
        folder = ET.Element(
            "folder",
            id=FOLDER_ID,
            label="Client Journal",
            path=str(self.folder),
            type="sendreceive",
            rescanIntervalS="60",
            fsWatcherEnabled="true",
            fsWatcherDelayS="1",
            ignorePerms="false",
            autoNormalize="true",
        )
        for device_id in (self.device_id, other.device_id):
            ET.SubElement(folder, "device", id=device_id)
        root.insert(0, folder)
        tree.write(path, encoding="unicode")
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / ".stfolder").mkdir(exist_ok=True)

    def start(self) -> None:
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [
                    binary() or "syncthing",
                    "serve",
                    f"--home={self.home}",
                    "--no-browser",
                    "--no-restart",
                    "--no-upgrade",
                    "--no-default-folder",
                    "--logflags=0",
                ],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=_environment(self.home),
                start_new_session=True,  # its own process group: stop() kills all of it
            )

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        for sig, grace in ((signal.SIGTERM, 5.0), (signal.SIGKILL, 5.0)):
            try:
                os.killpg(process.pid, sig)
            except ProcessLookupError:
                break
            try:
                process.wait(timeout=grace)
                break
            except subprocess.TimeoutExpired:
                continue
        with contextlib.suppress(ProcessLookupError):  # anything it left behind in its group
            os.killpg(process.pid, signal.SIGKILL)

    def api(self, path: str, method: str = "GET") -> Any:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}",
            method=method,
            headers={"X-API-Key": self.api_key},
        )
        with urllib.request.urlopen(request, timeout=5) as response:
            body = response.read()
        return json.loads(body) if body.strip() else None

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = self.log.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def scan(self) -> None:
        self.api(f"/rest/db/scan?folder={FOLDER_ID}", method="POST")


def _set(parent: ET.Element, tag: str, text: str) -> None:
    element = parent.find(tag)
    if element is None:
        element = ET.SubElement(parent, tag)
    element.text = text


def _environment(home: Path) -> dict[str, str]:
    """No proxy (it would be dialled), no upgrade, no default folder, HOME inside the instance."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.lower().endswith("_proxy") and not key.startswith("ST")
    }
    env.update(HOME=str(home), STNOUPGRADE="1", STNODEFAULTFOLDER="1", STNORESTART="1")
    return env


def tree(folder: Path) -> dict[str, bytes]:
    """The folder's files (relative path → content) without Syncthing's own."""
    files = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if relative.parts[0] in OWN_NAMES or any(p.startswith(OWN_PREFIX) for p in relative.parts):
            continue
        if path.is_file():
            try:
                files[relative.as_posix()] = path.read_bytes()
            except OSError:  # renamed or removed under us by Syncthing: not settled yet
                files[relative.as_posix()] = b"\0unreadable"
    return files


@dataclass
class Pair:
    a: Instance
    b: Instance

    def wait(self, what: str, check: Any, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for instance in (self.a, self.b):
                if not instance.alive():
                    raise RuntimeError(
                        f"syncthing {instance.name} exited while waiting for {what}:\n"
                        + instance.log_tail()
                    )
            try:
                if check():
                    return
            except OSError:  # the API not up yet
                pass
            time.sleep(0.2)
        raise TimeoutError(
            f"{what}: not within {timeout:.0f} s\n--- {self.a.name}:\n{self.a.log_tail()}"
            f"\n--- {self.b.name}:\n{self.b.log_tail()}"
        )

    def wait_connected(self, timeout: float = 30) -> None:
        def connected() -> bool:
            return all(
                bool(
                    x.api("/rest/system/connections")["connections"]
                    .get(y.device_id, {})
                    .get("connected")
                )
                for x, y in ((self.a, self.b), (self.b, self.a))
            )

        self.wait("both instances up and connected", connected, timeout)

    def carry(self, timeout: float = 30) -> dict[str, bytes]:
        """Wait until both folders hold the same files (Syncthing carried them); returns them.

        Asks both for a scan at once (and again every few seconds) instead of waiting for the
        file watcher's delay; equal trees with nothing left to pull on either side is settled.
        """
        last_scan = 0.0

        def settled() -> bool:
            nonlocal last_scan
            if time.monotonic() - last_scan > 3:
                self.a.scan()
                self.b.scan()
                last_scan = time.monotonic()
            if tree(self.a.folder) != tree(self.b.folder):
                return False
            return all(
                x.api(f"/rest/db/status?folder={FOLDER_ID}")["needTotalItems"] == 0
                for x in (self.a, self.b)
            )

        self.wait("both folders equal", settled, timeout)
        return tree(self.a.folder)

    def stop(self) -> None:
        self.a.stop()
        self.b.stop()


@contextmanager
def syncthing_pair(work: Path) -> Iterator[Pair]:
    """Both instances configured, started and connected; stopped again whatever happens."""
    ports = free_ports(4)
    a = Instance("laptop", work / "syncthing-a", work / "folder-a", ports[0], ports[1])
    b = Instance("desktop", work / "syncthing-b", work / "folder-b", ports[2], ports[3])
    pair = Pair(a, b)
    try:
        a.generate()
        b.generate()
        a.configure(b)
        b.configure(a)
        a.start()
        b.start()
        pair.wait_connected()
        yield pair
    finally:
        pair.stop()


def main() -> int:
    work = Path(sys.argv[1])
    with syncthing_pair(work) as pair:
        print(f"connected: {pair.a.folder} <-> {pair.b.folder} (Ctrl+C stops both)", flush=True)
        try:
            while pair.a.alive() and pair.b.alive():
                time.sleep(1)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
