"""Paints a checklist row: status glyph and title, category chip, then status and due date."""

from __future__ import annotations

from clientjournal.core.agreements.checklist import AgreementStatus, DueState
from clientjournal.ui.agreements.labels import agreement_status_label, agreement_status_symbol
from clientjournal.ui.agreements.model import CATEGORY_ROLE, DUE_ROLE, DUE_STATE_ROLE, PROJECT_ROLE
from clientjournal.ui.common.lazy_model import RECORD_ROLE
from clientjournal.ui.common.two_line_delegate import Index, RowParts, TwoLineDelegate


class AgreementDelegate(TwoLineDelegate):
    def row_parts(self, index: Index) -> RowParts | None:
        record = index.data(RECORD_ROLE)
        if record is None:
            return None
        state = index.data(DUE_STATE_ROLE)
        parts = (
            agreement_status_label(record.status),
            index.data(DUE_ROLE),
            index.data(PROJECT_ROLE),
        )
        subtitle = " · ".join(part for part in parts if part)
        return RowParts(
            title=f"{agreement_status_symbol(record.status)}  {record.title}",
            chip=index.data(CATEGORY_ROLE),
            subtitle=subtitle,
            chip_strong=record.status == AgreementStatus.AGREED,
            alert=state == DueState.OVERDUE or record.status == AgreementStatus.BROKEN,
        )
