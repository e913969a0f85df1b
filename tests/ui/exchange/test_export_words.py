"""The exports' words (core, for the command line without Qt) are the window's words."""

from __future__ import annotations

import pytest

from clientjournal.core.agreements.checklist import AgreementStatus
from clientjournal.core.domain import AddressForm, ClientStatus, NoteKind, Salutation
from clientjournal.core.exchange.words import ENGLISH, GERMAN
from clientjournal.core.profile import PROFILE_FIELDS


@pytest.mark.parametrize(("language", "words"), [("de", GERMAN), ("en", ENGLISH)])
def test_export_words_are_the_windows_words(qapp, language, words):
    from clientjournal.ui.agreements.labels import agreement_status_label
    from clientjournal.ui.clients.profile_labels import field_label
    from clientjournal.ui.common.labels import (
        address_form_label,
        kind_label,
        mood_label,
        salutation_label,
        status_label,
    )
    from clientjournal.ui.shell.translations import install_translators, remove_translators

    install_translators(qapp, language)
    try:
        assert {s.value: status_label(s) for s in ClientStatus} == words.statuses
        assert {f.value: address_form_label(f) for f in AddressForm} == words.address_forms
        assert {k.value: kind_label(k) for k in NoteKind} == words.note_kinds
        assert {m: mood_label(m) for m in range(-2, 3)} == words.moods
        assert {f.key: field_label(f.key) for f in PROFILE_FIELDS} == words.profile_fields
        assert {
            s.value: agreement_status_label(s).casefold() for s in AgreementStatus
        } == words.agreement_statuses  # lower case inside "[vereinbart]"
        for salutation in (Salutation.MS, Salutation.MR):
            assert words.salutations[salutation.value] in salutation_label(salutation)
    finally:
        remove_translators(qapp)
