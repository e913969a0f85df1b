"""Standard modules the store imports but the start to the full window never runs (issue 21).

peewee imports ``socket``, ``uuid``, ``calendar`` and ``hashlib`` at its top; the start uses
none of them.
``app.run_gui`` lets them be imported without running their code until first used (or the
full window is painted); everything else imports them the usual way.
"""

from __future__ import annotations

import sys
from types import ModuleType

LATER_MODULES = ("socket", "uuid", "calendar", "hashlib")
"""Standard modules that peewee (and ``store.models``) import but the start to the full window
never uses: peewee names ``socket`` for its IP-address field, ``uuid`` for its UUID fields and
savepoint names, ``calendar`` for one timestamp conversion, ``hashlib`` for an index's name;
``store.models`` calls ``uuid`` for a new record's id.  With ``platform``, ``selectors`` and
``array`` that they import, ~5 ms of every start, and ``hashlib`` loading OpenSSL ~2.5 ms more
(issue 21; the window's settings hash with Python's own SHA-256, ui/shell/window_settings.py)."""


class _RunOnFirstUse(ModuleType):
    """A module imported but not executed yet: its code runs in it on the first look at a name
    it defines (``uuid.uuid4``, ``from uuid import UUID``).  Not ``importlib.util.LazyLoader``:
    Python 3.11's ``import`` statement reads a module's ``__spec__`` even when the module is
    imported already, and a LazyLoader module runs its code on that look."""

    def __getattr__(self, name: str) -> object:
        self.run_now()
        return getattr(self, name)

    def run_now(self) -> None:
        spec = self.__spec__
        self.__class__ = ModuleType  # type: ignore[assignment]  # plain before its code runs
        assert spec is not None and spec.loader is not None
        spec.loader.exec_module(self)


def defer_unused_modules() -> None:
    """Let ``LATER_MODULES`` be imported as usual but executed only when first used.

    ``import uuid`` gives the module at once, and its code runs on the first look at one of
    its names (``_RunOnFirstUse``).  Two threads looking first at the same moment could see
    it half done, so the GUI calls this before any thread of its own starts and
    ``load_deferred_modules`` once the full window is painted, before the backup's and the
    check's threads.  A module already imported, or one not read from its source file the
    usual way (a frozen build's), is imported the usual way.
    """
    import importlib.machinery
    import importlib.util

    for name in LATER_MODULES:
        if name in sys.modules:
            continue
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            continue
        if spec is None or not isinstance(spec.loader, importlib.machinery.SourceFileLoader):
            continue  # e.g. a frozen build's own importer: imported the usual way
        module = importlib.util.module_from_spec(spec)
        module.__class__ = _RunOnFirstUse
        sys.modules[name] = module


def load_deferred_modules() -> None:
    """Run the code of the modules ``defer_unused_modules`` left waiting, in this thread."""
    for name in LATER_MODULES:
        module = sys.modules.get(name)
        if isinstance(module, _RunOnFirstUse):
            module.run_now()
