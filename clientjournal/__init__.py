"""Client Journal: a local, offline journal of every client relationship."""

from __future__ import annotations

import os
import re
import sys

APP_NAME = "Client Journal"
APP_ID = "clientjournal"


def _installed_version() -> str | None:
    """The version in the installed package's metadata (``clientjournal-*.dist-info/METADATA``).

    Looked up the way ``importlib.metadata.version()`` does (the first ``sys.path`` entry holding
    the package's ``.dist-info``), without importing ``importlib.metadata``: that import pulls in
    ``email``, ``zipfile`` and ``csv`` and costs 15–30 ms at every start.  pip and PyInstaller's
    ``copy_metadata`` (build/clientjournal.spec) both write this folder.
    """
    prefix = f"{APP_ID}-"
    for entry in sys.path:
        try:
            names = [n for n in os.listdir(entry or ".") if n.startswith(prefix)]
        except OSError:
            continue
        for name in names:
            if not name.endswith(".dist-info"):
                continue
            try:
                with open(os.path.join(entry, name, "METADATA"), encoding="utf-8") as metadata:
                    for line in metadata:
                        if line.startswith("Version:"):
                            return line.split(":", 1)[1].strip()
                        if not line.strip():  # end of the headers
                            break
            except OSError:
                continue
    return None


def _checkout_version() -> str:
    """The version in pyproject.toml beside the package (running from a checkout, not installed)."""
    pyproject = os.path.join(
        os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "pyproject.toml"
    )
    try:
        with open(pyproject, encoding="utf-8") as file:
            text = file.read()
    except OSError:
        return "0+unknown"
    project = re.search(r"^\[project\]\s*$(.*?)(?=^\[|\Z)", text, re.MULTILINE | re.DOTALL)
    found = project and re.search(r'^version\s*=\s*"([^"]+)"', project.group(1), re.MULTILINE)
    return found.group(1) if found else "0+unknown"


# The one place the version is written down is pyproject.toml ([project] version).
__version__ = _installed_version() or _checkout_version()
