"""What the import tests share."""

from __future__ import annotations

import pytest

from clientjournal.store.exchange import json_stream


@pytest.fixture(params=["streamed", "whole"])
def way(request, monkeypatch: pytest.MonkeyPatch) -> str:
    """Batches of a few clients, or the whole document at once (a file of another shape)."""
    monkeypatch.setattr(json_stream, "BATCH_NOTES", 7)
    if request.param == "whole":

        def not_streamable(*args, **kwargs):
            raise json_stream.NotStreamable("test")

        monkeypatch.setattr(json_stream, "batches", not_streamable)
    return request.param
