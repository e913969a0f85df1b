"""The Debian package installs, starts and uninstalls cleanly on a fresh Debian 12.

Slow (builds the .deb, unpacks a Debian root, installs from the Debian mirrors), needs root
(chroot, mount) and network to the Debian mirrors, so it only runs when asked:

    CLIENTJOURNAL_TEST_PACKAGE=1 .venv/bin/python -m pytest -q tests/test_package.py

It runs ``bash build/package.sh --reuse-build`` (packages build/dist/clientjournal when it is of
this version, else builds it); ``CLIENTJOURNAL_DEB=dist/….deb`` tests an existing package instead.
The fresh root is a ``debootstrap --variant=minbase bookworm`` cached as
build/cache/bookworm-minbase.tar (git-ignored; made on first use). In it: ``apt-get install
./clientjournal_*.deb`` without recommends (proves the Depends line), a demo journal, the smoke
test offscreen, under Xvfb (xcb) and under a headless weston (Wayland), then ``apt-get remove`` must leave nothing under /opt and
/usr while the journal stays. On the host: lintian (no errors) and desktop-file-validate.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import shutil
import statistics
import subprocess
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RUN_ENV = "CLIENTJOURNAL_TEST_PACKAGE"
DEB_ENV = "CLIENTJOURNAL_DEB"
CACHE = ROOT / "build" / "cache"
TARBALL = CACHE / "bookworm-minbase.tar"
MIRROR_ENV = "CLIENTJOURNAL_DEBIAN_MIRROR"
JOURNAL = "/tmp/j"  # inside the root

pytestmark = [
    pytest.mark.skipif(
        os.environ.get(RUN_ENV) != "1",
        reason=f"builds the .deb and installs it in a fresh Debian root (slow); set {RUN_ENV}=1",
    ),
]


def host_tool(command: str, package: str) -> str:
    """The path of a host tool, installed with apt-get when missing (we run as root)."""
    found = shutil.which(command)
    if found:
        return found
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", package],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    found = shutil.which(command)
    assert found, f"apt-get install {package} did not bring {command}"
    return found


@pytest.fixture(scope="module")
def deb() -> Path:
    if os.geteuid() != 0:
        pytest.fail("tests/test_package.py needs root (chroot, mount, apt-get in the root)")
    given = os.environ.get(DEB_ENV)
    if given:
        path = Path(given).resolve()
        assert path.is_file(), f"{DEB_ENV}={given}: no such file"
        return path
    started = time.monotonic()
    built = subprocess.run(
        ["bash", "build/package.sh", "--reuse-build"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert built.returncode == 0, f"build/package.sh failed:\n{built.stdout}\n{built.stderr}"
    path = ROOT / built.stdout.strip().splitlines()[-1]
    print(f"\npackage: {path.name}, {path.stat().st_size / 1e6:.1f} MB, built in "
          f"{time.monotonic() - started:.0f} s")  # fmt: skip
    return path


# --- the fresh Debian 12 root ------------------------------------------------------------------


def tarball_is_sound(path: Path) -> bool:
    """A minbase bookworm root: apt, dpkg's database and Debian 12's os-release."""
    if not path.is_file() or path.stat().st_size < 50_000_000:
        return False
    try:
        with tarfile.open(path) as tar:
            names = set(tar.getnames())
            os_release = tar.extractfile("./usr/lib/os-release")
            release = os_release.read().decode() if os_release else ""
    except (tarfile.TarError, KeyError, OSError):
        return False
    wanted = {"./usr/bin/apt-get", "./var/lib/dpkg/status", "./usr/bin/dpkg"}
    return wanted <= names and "VERSION_CODENAME=bookworm" in release


def debian_mirror() -> str:
    if os.environ.get(MIRROR_ENV):
        return os.environ[MIRROR_ENV]
    for source in sorted(Path("/etc/apt").glob("sources.list.d/*.sources")):
        text = source.read_text()
        match = re.search(r"^URIs:\s*(\S+/debian)\s*$", text, re.MULTILINE)
        if match and "bookworm" in text:
            return match.group(1)
    return "http://deb.debian.org/debian"


def make_tarball() -> None:
    debootstrap = host_tool("debootstrap", "debootstrap")
    work = CACHE / "debootstrap.tmp"
    shutil.rmtree(work, ignore_errors=True)
    try:
        subprocess.run(
            [debootstrap, "--variant=minbase", "bookworm", str(work), debian_mirror()],
            check=True,
            capture_output=True,
            timeout=1800,
        )
        for leftover in ("etc/resolv.conf", "etc/apt/sources.list", "var/log/bootstrap.log"):
            (work / leftover).unlink(missing_ok=True)
        subprocess.run(
            ["tar", "--numeric-owner", "-cpf", f"{TARBALL}.tmp", "-C", str(work), "."], check=True
        )
        os.replace(f"{TARBALL}.tmp", TARBALL)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def mounts_below(path: Path) -> list[str]:
    with open("/proc/self/mountinfo") as info:
        points = [line.split()[4] for line in info]
    return sorted((p for p in points if p == str(path) or p.startswith(f"{path}/")), reverse=True)


def kill_processes_in(path: Path) -> None:
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        with contextlib.suppress(OSError):
            if os.readlink(proc / "root").startswith(str(path)):
                os.kill(int(proc.name), 9)


@pytest.fixture(scope="module")
def chroot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh bookworm root with /proc, /dev and the host's network settings; removed after."""
    CACHE.mkdir(parents=True, exist_ok=True)
    with open(CACHE / ".lock", "w") as lock:  # one builder at a time
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not tarball_is_sound(TARBALL):
            make_tarball()
    root = tmp_path_factory.mktemp("bookworm")
    subprocess.run(["tar", "--numeric-owner", "-xpf", str(TARBALL), "-C", str(root)], check=True)
    try:
        shutil.copy("/etc/resolv.conf", root / "etc" / "resolv.conf")
        mirror = debian_mirror()
        security = mirror.replace("/debian", "/debian-security")
        (root / "etc/apt/sources.list").write_text(
            f"deb {mirror} bookworm main\ndeb {mirror} bookworm-updates main\n"
            f"deb {security} bookworm-security main\n"
        )
        proxies = [
            line
            for conf in [Path("/etc/apt/apt.conf"), *sorted(Path("/etc/apt/apt.conf.d").glob("*"))]
            if conf.is_file()
            for line in conf.read_text(errors="replace").splitlines()
            if re.match(r"\s*Acquire::(\w+::)?[Pp]roxy", line)
        ]
        (root / "etc/apt/apt.conf.d/99host-proxy").write_text("\n".join(proxies) + "\n")
        subprocess.run(["mount", "-t", "proc", "proc", str(root / "proc")], check=True)
        subprocess.run(["mount", "--rbind", "/dev", str(root / "dev")], check=True)
        subprocess.run(["mount", "--make-rslave", str(root / "dev")], check=True)
        yield root
    finally:
        kill_processes_in(root)
        for point in mounts_below(root):
            subprocess.run(["umount", "-l", point], check=False)
        assert not mounts_below(root), f"still mounted below {root}"
        shutil.rmtree(root, ignore_errors=True)


def run_in(root: Path, script: str, timeout: int = 600, **env: str) -> subprocess.CompletedProcess:
    """Run a bash script in the root as root, with a clean environment and no display."""
    clean = {
        "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "HOME": "/root",
        "LANG": "C.UTF-8",
        "DEBIAN_FRONTEND": "noninteractive",
        **env,
    }
    return subprocess.run(
        ["chroot", str(root), "env", "-i", *(f"{k}={v}" for k, v in clean.items()), "bash", "-c", script],
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip


def ok(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def installed(chroot: Path, deb: Path) -> Path:
    """The package installed in the root with apt (its Depends, nothing recommended)."""
    shutil.copy(deb, chroot / "tmp" / deb.name)
    started = time.monotonic()
    ok(run_in(chroot, "apt-get update -qq", timeout=600))
    ok(
        run_in(
            chroot, f"apt-get install -y -q --no-install-recommends /tmp/{deb.name}", timeout=1200
        )
    )
    print(f"\napt-get install in the fresh root: {time.monotonic() - started:.0f} s")
    return chroot


# --- the checks, in order: install, start, check, remove --------------------------------------


def test_every_bundled_library_finds_what_it_links_against(installed: Path):
    # libqgtk3.so is the exception: Qt loads that theme plugin only where GTK 3 is installed.
    missing = ok(
        run_in(
            installed,
            "find /opt/clientjournal -type f -name '*.so*' ! -name libqgtk3.so "
            "-exec ldd {} + 2>/dev/null | grep 'not found' | sort -u || true",
        )
    )
    assert missing.strip() == "", f"libraries not found after installing the Depends:\n{missing}"


def test_version_and_demo_journal(installed: Path):
    version = re.search(r'^version = "(.+)"$', (ROOT / "pyproject.toml").read_text(), re.M)
    assert version
    assert ok(run_in(installed, "clientjournal --version")).strip() == f"clientjournal {version[1]}"
    result = run_in(installed, f"clientjournal --data-dir {JOURNAL} demo --clients 50 --notes 500")
    ok(result)
    assert "demo journal: 50 clients, 500 notes" in result.stderr


def smoke_output(result: subprocess.CompletedProcess) -> int:
    ok(result)
    match = re.fullmatch(r"ready in (\d+) ms", result.stdout.strip())
    assert match, result.stdout
    # Qt says so on stderr when a font, plugin or library is missing; nothing may be said.
    noise = [line for line in result.stderr.splitlines() if "propagateSizeHints" not in line]
    assert noise == [], "\n".join(noise)
    return int(match[1])


def test_smoke_test_offscreen(installed: Path):
    for language in ("de", "en"):
        smoke_output(
            run_in(
                installed,
                f"clientjournal --data-dir {JOURNAL} --smoke-test",
                QT_QPA_PLATFORM="offscreen",
                CLIENTJOURNAL_LANGUAGE=language,
                timeout=120,
            )
        )


def test_smoke_test_xcb_under_xvfb(installed: Path):
    # Xvfb only for the test: the package itself must not need it.
    ok(run_in(installed, "apt-get install -y -q --no-install-recommends xvfb xauth", timeout=900))
    result = run_in(
        installed,
        f"xvfb-run -a -s '-screen 0 1280x800x24' clientjournal --data-dir {JOURNAL} --smoke-test",
        QT_QPA_PLATFORM="xcb",
        timeout=120,
    )
    smoke_output(result)


def test_smoke_test_wayland_under_headless_weston(installed: Path):
    # weston's headless backend is a real Wayland compositor without a screen (test only).
    ok(run_in(installed, "apt-get install -y -q --no-install-recommends weston", timeout=900))
    result = run_in(
        installed,
        "mkdir -p -m 0700 $XDG_RUNTIME_DIR && "
        "(weston --backend=headless-backend.so --socket=wayland-1 --idle-time=0 "
        ">/tmp/weston.log 2>&1 &) && "
        "for _ in $(seq 50); do [ -S $XDG_RUNTIME_DIR/wayland-1 ] && break; sleep 0.1; done && "
        f"WAYLAND_DISPLAY=wayland-1 clientjournal --data-dir {JOURNAL} --smoke-test",
        QT_QPA_PLATFORM="wayland",
        XDG_RUNTIME_DIR="/tmp/xdg",
        timeout=120,
    )
    try:
        smoke_output(result)
    finally:
        run_in(installed, "pkill -x weston || true")


def median_start_ms(command: list[str], runs: int, env: dict[str, str]) -> float:
    times = []
    for _ in range(runs):
        result = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)
        times.append(smoke_output(result))
    return statistics.median(times)


def test_frozen_start_time_within_1_3x_of_the_source_install(installed: Path, tmp_path: Path):
    """The installed package vs. the source install (.venv), same demo journal, offscreen."""
    venv_app = ROOT / ".venv" / "bin" / "clientjournal"
    # The source install gets its own copy of the demo journal: it must not migrate the one the
    # installed app opens (a checkout may be a schema version ahead of the package).
    journal = tmp_path / "j"
    shutil.copytree(installed / JOURNAL.lstrip("/"), journal)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CLIENTJOURNAL_LANGUAGE": "en"}
    env["CLIENTJOURNAL_CONFIG_DIR"] = str(tmp_path / "config")
    frozen_cmd = [
        "chroot", str(installed), "env", "-i", "PATH=/usr/bin:/bin", "HOME=/root",
        "LANG=C.UTF-8", "QT_QPA_PLATFORM=offscreen", "CLIENTJOURNAL_LANGUAGE=en",
        "clientjournal", "--data-dir", JOURNAL, "--smoke-test",
    ]  # fmt: skip
    source_cmd = [str(venv_app), "--data-dir", str(journal), "--smoke-test"]
    # warm both (page cache, bytecode), then alternate so that load on the machine hits both
    median_start_ms(frozen_cmd, 1, env)
    median_start_ms(source_cmd, 1, env)
    frozen, source = [], []
    for _ in range(7):
        frozen.append(median_start_ms(frozen_cmd, 1, env))
        source.append(median_start_ms(source_cmd, 1, env))
    frozen_ms, source_ms = statistics.median(frozen), statistics.median(source)
    print(
        "\nstart to first paint (median of 7, offscreen, 50 clients / 500 notes): "
        f"installed package {frozen_ms:.0f} ms, source install {source_ms:.0f} ms, "
        f"ratio {frozen_ms / source_ms:.2f}"
    )
    assert frozen_ms <= 1.3 * source_ms


def test_desktop_entry_and_icons_are_installed(installed: Path):
    desktop = installed / "usr/share/applications/clientjournal.desktop"
    validate = host_tool("desktop-file-validate", "desktop-file-utils")
    ok(subprocess.run([validate, str(desktop)], capture_output=True, text=True))
    entry = desktop.read_text()
    for line in ("Name=Client Journal", "Categories=Office;", "Icon=clientjournal"):
        assert line in entry.splitlines()
    assert re.search(r"^Comment\[de\]=.+", entry, re.M) and re.search(r"^Name\[de\]=", entry, re.M)
    icons = installed / "usr/share/icons/hicolor"
    assert (icons / "scalable/apps/clientjournal.svg").is_file()
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (icons / f"{size}x{size}/apps/clientjournal.png").is_file(), size
    assert (installed / "usr/share/man/man1/clientjournal.1.gz").is_file()
    assert os.readlink(installed / "usr/bin/clientjournal") == "/opt/clientjournal/clientjournal"


def test_lintian_reports_no_errors(deb: Path):
    lintian = host_tool("lintian", "lintian")
    result = subprocess.run(
        [lintian, "--pedantic", str(deb)], capture_output=True, text=True, timeout=600
    )
    tags = [line for line in result.stdout.splitlines() if re.match(r"[EWIPX]: ", line)]
    print("\nlintian:\n" + "\n".join(tags))
    errors = [line for line in tags if line.startswith("E: ")]
    assert errors == [], "\n".join(errors)


def test_remove_leaves_nothing_but_the_journal(installed: Path):
    ok(run_in(installed, "apt-get remove -y -q clientjournal"))
    assert not (installed / "opt/clientjournal").exists()
    leftovers = ok(
        run_in(installed, "find /usr /etc $(ls -d /opt 2>/dev/null) -name '*clientjournal*'")
    )
    assert leftovers.strip() == "", leftovers
    status = run_in(installed, "dpkg -s clientjournal")
    assert status.returncode != 0 or "Status: deinstall ok config-files" not in status.stdout
    assert (installed / JOURNAL.lstrip("/") / "journal.sqlite3").is_file()  # the journal stays
