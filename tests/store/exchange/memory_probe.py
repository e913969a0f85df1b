"""Run by test_exchange_memory.py in a fresh interpreter: the peak of Python's memory
(tracemalloc) while one import or export of a synthetic journal runs, printed as a number.

    python memory_probe.py KIND CLIENTS NOTES_PER_CLIENT FOLDER

KIND: ``import``, ``import-refused`` (the last note is wrong: the refusal comes at the end),
``json``, ``csv`` or ``markdown`` (the export of that format), ``json-records`` (the JSON
export of a demo journal: agreements, payments and the rest besides notes).  Small batches and windows
make a small file behave as a big one does with the real sizes.
"""

from __future__ import annotations

import json
import sys
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from test_exchange import synthetic_document

from clientjournal.store.connection import open_journal
from clientjournal.store.exchange import journal as exchange
from clientjournal.store.exchange import json_stream, text


def main() -> None:
    kind, clients, notes, folder = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    folder_path = Path(folder)
    if kind == "json-records":
        print(json_with_records(clients, notes, folder_path))
        return
    document = synthetic_document(clients, notes)
    if kind == "import-refused":
        document["clients"][-1]["notes"][-1]["mood"] = 7
    source = folder_path / "export.json"
    with source.open("w", encoding="utf-8") as stream:
        json.dump(document, stream, indent=1)
    del document
    json_stream.BATCH_NOTES = 200
    json_stream.BATCH_CLIENTS = 50
    json_stream.CHUNK_CHARS = 16 * 1024
    open_journal(folder_path / "journal")
    if kind.startswith("import"):
        tracemalloc.start()
        try:
            exchange.import_file(source)
        except exchange.ImportFailed:
            assert kind == "import-refused"
    else:
        exchange.import_file(source)
        tracemalloc.start()
        if kind == "json":
            exchange.export_file(folder_path / "out.json")
        elif kind == "csv":
            text.export_csv(folder_path / "out.csv")
        else:
            text.export_markdown(folder_path / "markdown")
    print(tracemalloc.get_traced_memory()[1])


def json_with_records(clients: int, notes: int, folder: Path) -> int:
    """The JSON export's peak for a demo journal (projects, agreements with their history,
    drafts, payments, tags), its other records read a few clients at a time as the real
    export reads a few hundred (issue 21: all of them read before the first client took
    657 MB at ten times the demo journal)."""
    from clientjournal.core.demo.journal import generate
    from clientjournal.store.demo.fill import fill
    from clientjournal.store.exchange import json_export

    open_journal(folder / "journal")
    fill(generate(clients=clients, notes=clients * notes, seed=21))
    json_export.CLIENTS_AT_ONCE = 10
    tracemalloc.start()
    exchange.export_file(folder / "out.json")
    return tracemalloc.get_traced_memory()[1]


if __name__ == "__main__":
    main()
