"""Drafts of replies for the demo journal: the sleep-on-it queue with something in it.

About one client in ten with a running relationship has a draft.  The heated ones sleep in the
queue, a couple ready to be reread now, the others until the next morning; calm ones are being
written or were sent; one was released early.  Every draft is rated by ``core.tone``, as the
composer would have rated it, in the client's language and with their form of address.

They are drawn from a ``random.Random`` of their own (derived from the seed) after everything
else, so adding them changed no client, agreement or note uuid, time or count.  A sent draft
became a note of kind email, as ``store.drafts.mark_sent`` makes one: it takes over one of the
client's generated e-mail notes, whose text is replaced by the reply that was sent.  Ready
times follow the rule of ``core.cooling`` in the local zone (``tz``, default the system's).
"""

from __future__ import annotations

import random
from datetime import datetime, tzinfo
from typing import NamedTuple

from clientjournal.core import cooling
from clientjournal.core.cooling import DraftData, DraftStatus
from clientjournal.core.demo import reply_text
from clientjournal.core.demo import text as demo_text
from clientjournal.core.demo.agreements import ClientSketch, project_name
from clientjournal.core.demo.basics import HOUR, at_second, random_uuid
from clientjournal.core.domain import AddressForm, ClientStatus, NoteKind
from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.tone import assess

CLIENTS_PER_DRAFT = 10
# The kinds of draft in the order they are handed out: a small demo still gets one of each.
_KINDS = ("sleeping", "ready", "sent", "writing", "sleeping", "sent", "ready", "writing", "sent",
          "released")  # fmt: skip
_HEATED_KINDS = frozenset({"sleeping", "ready", "released"})
_RUNNING = (ClientStatus.ACTIVE, ClientStatus.PROSPECT, ClientStatus.PAUSED)
_SECTIONS = {
    "de": demo_text.sections(reply_text.GERMAN),
    "en": demo_text.sections(reply_text.ENGLISH),
}
_FEMALE = frozenset(
    demo_text.sections(demo_text.GERMAN)["first_f"]
    + demo_text.sections(demo_text.ENGLISH)["first_f"]
)


class DemoDraft(NamedTuple):
    """Indexes stand in for ids, which exist only once the journal is stored."""

    client: int  # into DemoJournal.clients
    note: int | None  # into DemoJournal.notes: the e-mail note a sent draft became
    draft: DraftData


def _greeting(rng: random.Random, client: ClientData, heated: bool) -> str:
    first, _, last = client.name.partition(" ")
    female = first in _FEMALE
    form = AddressForm(client.address_form)
    if form is AddressForm.DU:
        dear = "Liebe" if female else "Lieber"
        return f"{first}," if heated else rng.choice((f"Hallo {first},", f"{dear} {first},"))
    if form is AddressForm.SIE:
        title, dear = ("Frau", "Sehr geehrte") if female else ("Herr", "Sehr geehrter")
        return f"{dear} {title} {last}," if heated else rng.choice(
            (f"{dear} {title} {last},", f"Guten Tag {title} {last},", f"Hallo {title} {last},")
        )  # fmt: skip
    if form is AddressForm.FIRST_NAME:
        return f"{first}," if heated else rng.choice((f"Hi {first},", f"Hello {first},"))
    return f"Dear {'Ms' if female else 'Mr'} {last},"


def _letter(
    rng: random.Random, client: ClientData, sketch: ClientSketch, heated: bool
) -> tuple[str, str]:
    """A subject and a body: greeting, a strong (heated) or an opening (calm) sentence and
    more of the same mood, closing."""
    lang = "de" if sketch.german else "en"
    s = _SECTIONS[lang]
    suffix = ""
    if sketch.german:
        suffix = "_du" if AddressForm(client.address_form) is AddressForm.DU else "_sie"
    item = rng.choice(sketch.projects or (("n Projekt",) if sketch.german else ("project",)))
    fill = {
        "project": project_name(item, True) if sketch.german else item,
        "amount": rng.choice(sketch.amounts),
        "weekday": rng.choice(s["weekday"]),
        "days": str(rng.randrange(9, 40)),
    }
    mood = "heated" if heated else "calm"
    sentences = rng.sample(s[f"{mood}{suffix}"], rng.randint(1, 3) if heated else 3)
    first = s[f"strong{suffix}"] if heated else s[f"open_calm{suffix}"]
    sentences.insert(0, rng.choice(first))
    body = " ".join(sentences).format_map(fill)
    close = rng.choice(s[f"close_{mood}"])
    greeting = _greeting(rng, client, heated)
    subject = rng.choice(s[f"subject_{mood}"]).format_map(fill)
    return subject, f"{greeting}\n\n{body}\n\n{close}"


def _rated(subject: str, body: str, lang: str) -> tuple[float, list[str]]:
    """Rated the way the composer rates: subject and body together."""
    result = assess("\n".join(part for part in (subject, body) if part.strip()), lang)
    return result.score, list(result.signal_keys)


class _Builder:
    def __init__(self, rng: random.Random, now_ts: int, tz: tzinfo | None) -> None:
        self.rng, self.now_ts, self.tz = rng, now_ts, tz

    def held(self, draft: DraftData, ready: bool) -> None:
        """Sleeping: held in the last hours, so the rest cannot be over.  Ready: held more
        than a day ago, which is past the next morning and the rest in any zone."""
        rand, now_ts = self.rng.random, self.now_ts
        held = now_ts - (26 * HOUR + rand() * 60 * HOUR if ready else 600 + rand() * 5 * HOUR)
        draft.status = DraftStatus.HELD
        draft.created_at = at_second(held - 120 - rand() * 40 * 60)
        draft.held_at = draft.updated_at = at_second(held)
        draft.hold_until = cooling.hold_until(draft.held_at, tz=self.tz)

    def writing(self, draft: DraftData, released: bool) -> None:
        rand, now_ts = self.rng.random, self.now_ts
        created = now_ts - HOUR - rand() * 5 * 24 * HOUR
        draft.created_at = at_second(created)
        draft.updated_at = at_second(min(created + rand() * 30 * 60, now_ts))
        if released:  # slept on for a while, then taken out again before the morning
            draft.held_at = at_second(created + 300)
            draft.released_early_at = draft.updated_at = at_second(created + 1200 + rand() * HOUR)

    def sent(self, draft: DraftData, note: NoteData, joined: datetime) -> None:
        """Written shortly before the e-mail note it became (never before the client was
        added); now and then slept on first."""
        rand = self.rng.random
        sent, floor = note.created_at.timestamp(), joined.timestamp()
        draft.status = DraftStatus.SENT
        draft.sent_at = draft.updated_at = note.created_at
        draft.created_at = at_second(max(sent - 300 - rand() * 90 * 60, floor))
        held = sent - 30 * HOUR - rand() * 10 * HOUR
        if rand() < 0.3 and held - 600 > floor:  # slept on, reopened, calmed down, sent
            draft.held_at = at_second(held)
            draft.created_at = at_second(held - 600)


def _email_notes(notes: list[tuple[int, NoteData]]) -> dict[int, list[int]]:
    """Per client the indexes of its e-mail notes, newest last."""
    found: dict[int, list[int]] = {}
    for index, (client, note) in enumerate(notes):
        if note.kind is NoteKind.EMAIL:
            found.setdefault(client, []).append(index)
    return found


def generate_drafts(
    seed: int,
    clients: list[ClientData],
    sketches: list[ClientSketch],
    notes: list[tuple[int, NoteData]],
    now_ts: int,
    tz: tzinfo | None = None,
) -> list[DemoDraft]:
    """About one draft per ``CLIENTS_PER_DRAFT`` clients, oldest first.

    The e-mail note a sent draft became gets the reply's text (``notes`` is changed in place).
    """
    rng = random.Random(f"clientjournal-drafts-{seed}")
    # Clients added at least a week ago: every draft time lies after that.
    settled = at_second(now_ts - 7 * 24 * HOUR)
    running = [
        i
        for i, client in enumerate(clients)
        if client.status in _RUNNING
        and client.created_at is not None
        and client.created_at <= settled
    ]
    count = min(round(len(clients) / CLIENTS_PER_DRAFT), len(running))
    if count == 0 and running:
        count = 1
    chosen = rng.sample(running, count)
    emails = _email_notes(notes)
    builder = _Builder(rng, now_ts, tz)
    result: list[DemoDraft] = []
    for number, index in enumerate(chosen):
        kind = _KINDS[number % len(_KINDS)]
        if kind == "sent" and not emails.get(index):
            kind = "writing"  # nothing it could have become
        client, sketch = clients[index], sketches[index]
        subject, body = _letter(rng, client, sketch, kind in _HEATED_KINDS)
        score, signals = _rated(subject, body, "de" if sketch.german else "en")
        draft = DraftData(client_id=0, subject=subject, body=body, tone_score=score,
                          tone_signals=signals, uuid=random_uuid(rng))  # fmt: skip
        note_index = None
        if kind in ("sleeping", "ready"):
            builder.held(draft, ready=kind == "ready")
        elif kind == "sent":
            note_index = emails[index][-1]
            note = notes[note_index][1]
            builder.sent(draft, note, client.created_at or note.created_at)
            note.body = cooling.sent_note_body(subject, body)
        else:
            builder.writing(draft, released=kind == "released")
        result.append(DemoDraft(index, note_index, draft))
    result.sort(key=lambda item: (item.draft.created_at, item.draft.uuid))
    return result
