"""A number Python will not convert (over 4,300 digits) is named in the user's words: the import
said "use sys.set_int_max_str_digits() to increase the limit" (attack18, M7)."""

from __future__ import annotations

import pytest

from clientjournal.store.exchange import journal as exchange


def test_a_number_of_thousands_of_digits_is_refused_in_words(journal, tmp_path):
    source = tmp_path / "bigint.json"
    client = '{"uuid": "00000000-0000-4000-8000-000000000001", "name": "A", "cadence_days": '
    source.write_text(
        '{"format": "clientjournal", "version": 1, "exported_at": "2024-01-01T00:00:00.000000Z",'
        f' "clients": [{client}{"9" * 5000}}}]}}'
    )
    with pytest.raises(exchange.ImportFailed) as caught:
        exchange.import_file(source)
    said = str(caught.value)
    assert "thousands of digits" in said
    assert "sys." not in said and "999" not in said
