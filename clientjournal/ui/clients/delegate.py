"""Paints a client row: name and status on the first line, company and last contact below."""

from __future__ import annotations

from clientjournal.ui.clients.list_model import ClientListModel
from clientjournal.ui.common.two_line_delegate import Index, RowParts, TwoLineDelegate


class ClientDelegate(TwoLineDelegate):
    def row_parts(self, index: Index) -> RowParts | None:
        # Straight from the model, which keeps them per row: asking the index for three roles
        # went through Qt and back into Python three times per row painted (issue 21).
        model = index.model()
        if not isinstance(model, ClientListModel):
            return None
        return model.row_parts(index.row())
