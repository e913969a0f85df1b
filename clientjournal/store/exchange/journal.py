"""JSON export and import of a whole journal: the one entry point for the CLI and the UI.

The work is split in two modules so each stays readable; callers import from here only, so the
split can change without touching them.
"""

from __future__ import annotations

from clientjournal.store.exchange.json_export import (
    FORMAT_NAME,
    FORMAT_VERSION,
    export_data,
    export_file,
    export_json,
    load_schema,
)
from clientjournal.store.exchange.json_import import (
    ImportCounts,
    ImportFailed,
    import_data,
    import_file,
)

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "ImportCounts",
    "ImportFailed",
    "export_data",
    "export_file",
    "export_json",
    "import_data",
    "import_file",
    "load_schema",
]
