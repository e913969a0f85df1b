"""The exchange tests' fixtures for an import held at its lock (tests/ui/held_import.py)."""

from tests.ui.held_import import boxes, export  # noqa: F401 (fixtures for the tests here)
