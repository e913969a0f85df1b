"""A `type: ignore` stays only with its reason on the same line (issue 16): a bare one hides
whatever the type checker would say there next, for no reason anyone can check."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IGNORE = re.compile(r"#\s*type:\s*ignore(\[[^\]]*\])?(?P<rest>.*)$")


def test_every_type_ignore_says_why():
    bare = []
    for path in sorted((ROOT / "clientjournal").rglob("*.py")):
        for number, line in enumerate(path.read_text().splitlines(), 1):
            found = IGNORE.search(line)
            if found and not found.group("rest").strip().lstrip("#").strip():
                bare.append(f"{path.relative_to(ROOT)}:{number}")
    assert bare == []
