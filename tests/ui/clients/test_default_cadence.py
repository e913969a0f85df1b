"""The default contact rhythm (Settings → Clients) for clients without one of their own: in
the store's lists, the profile's rhythm line and the "get in touch" list; a client's own
rhythm always comes first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from clientjournal import settings
from clientjournal.core.cadence import CadenceStatus
from clientjournal.core.domain import ClientStatus, NoteKind
from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.settings import Settings
from clientjournal.store import cadence, clients, notes

NOW = datetime(2024, 6, 20, 10, tzinfo=UTC)


def _call(client_id: int, when: datetime) -> None:
    notes.save(NoteData(client_id=client_id, created_at=when, kind=NoteKind.CALL))


def test_the_store_applies_the_default_only_where_a_client_has_no_rhythm(journal):
    own = clients.create(ClientData(name="Anna", cadence_days=30))
    plain = clients.create(ClientData(name="Bert"))
    paused = clients.create(ClientData(name="Cora", status=ClientStatus.PAUSED))
    for client_id in (own, plain, paused):
        _call(client_id, NOW - timedelta(days=10))
    assert [row.client_id for row in cadence.followed(NOW)] == [own]  # no default: as before
    rows = {row.client_id: row.state for row in cadence.followed(NOW, None, 7)}
    assert set(rows) == {own, plain}  # paused clients follow no rhythm
    assert rows[own].cadence_days == 30 and rows[own].status is CadenceStatus.OK
    assert rows[plain].cadence_days == 7 and rows[plain].status is CadenceStatus.DUE
    assert [row.client_id for row in cadence.overview(NOW, None, 7)] == [plain]
    assert cadence.overview(NOW, None, 0) == []
    assert cadence.client_state(plain, None, NOW, None, 7).days_until_due == -3
    assert cadence.client_state(plain, None, NOW).status is CadenceStatus.NONE
    assert cadence.client_state(own, 30, NOW, None, 7).cadence_days == 30


def test_the_profile_and_get_in_touch_follow_the_default_from_the_settings(
    qtbot, journal, windows, english
):
    bert = clients.create(ClientData(name="Bert"))
    _call(bert, utcnow() - timedelta(days=10))
    window = windows.open()
    window.client_list.select_client(bert)
    assert not window.pane.summary.rhythm.isVisible()  # no rhythm without a default
    settings.save(Settings(default_cadence_days=7))
    window.pane.refresh_summary()
    line = window.pane.summary.rhythm
    assert line.isVisible()
    assert "every 7 days" in line.text() and "3 days past" in line.text()
    window.attention_actions.attention_action.trigger()
    view = window.attention_actions._attention
    qtbot.waitExposed(view)
    assert view.get_in_touch.model.rowCount() == 1
    assert view.get_in_touch.model.index(0, 0).data() == "Bert"
    assert "every 7 days" in view.get_in_touch.model.index(0, 1).data()
    view.close()


def test_a_client_added_a_minute_ago_is_not_shown_as_time_to_get_in_touch(
    qtbot, journal, windows, english
):
    new = clients.create(ClientData(name="Nora", cadence_days=14))
    window = windows.open()
    window.client_list.select_client(new)
    line = window.pane.summary.rhythm
    assert line.isVisible()
    assert "time to get in touch" not in line.text()
    assert "next contact in 14 days" in line.text()
    assert not line.property("clientjournalWarning")
