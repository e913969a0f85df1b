"""Paints a client row: name and status on the first line, company and last contact below."""

from __future__ import annotations

from clientjournal.core.domain import ClientStatus
from clientjournal.ui.clients.list_model import STATUS_ROLE, SUBTITLE_ROLE
from clientjournal.ui.common.lazy_model import RECORD_ROLE
from clientjournal.ui.common.two_line_delegate import Index, RowParts, TwoLineDelegate


class ClientDelegate(TwoLineDelegate):
    def row_parts(self, index: Index) -> RowParts | None:
        record = index.data(RECORD_ROLE)
        if record is None:
            return None
        return RowParts(
            title=record.name,
            chip=index.data(STATUS_ROLE),
            subtitle=index.data(SUBTITLE_ROLE),
            chip_strong=record.status == ClientStatus.ACTIVE,
        )
