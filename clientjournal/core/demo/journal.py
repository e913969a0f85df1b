"""A synthetic journal for demos, screenshots and the performance bars.

Benchmarks and bug reports need the same journal on every machine, so everything comes from one
``random.Random(seed)``; only the reference time ``now`` may differ, and the whole history is laid
out relative to it so the demo never looks stale.  The text is kept in ``core.demo.text``.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import NamedTuple

from clientjournal.core.agreements.checklist import AgreementEvent, ProjectData
from clientjournal.core.demo import text as demo_text
from clientjournal.core.demo.agreements import ClientSketch, DemoAgreement, generate_checklists
from clientjournal.core.demo.basics import DAY, at
from clientjournal.core.demo.basics import epoch_date as _date
from clientjournal.core.demo.basics import random_uuid as _uuid
from clientjournal.core.demo.payments import DemoPayment, generate_payments
from clientjournal.core.demo.profiles import enrich, essentials
from clientjournal.core.demo.replies import DemoDraft, generate_drafts
from clientjournal.core.domain import (
    SALUTATION_KEY,
    AddressForm,
    ClientStatus,
    NoteKind,
    Salutation,
)
from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import to_utc, utcnow

YEARS_BACK = 4
GERMAN_SHARE = 0.6
PINNED_SHARE = 0.03

# By gender (plural p): the articles for nominative, accusative, dative, then "zu" and "an".
_GERMAN_FORMS = {
    "m": ("der", "den", "dem", "zum", "am"),
    "f": ("die", "die", "der", "zur", "an der"),
    "n": ("das", "das", "dem", "zum", "am"),
    "p": ("die", "die", "den", "zu den", "an den"),
}
_FOLD = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ı": "i", "ş": "s", "á": "a", "é": "e", "ó": "o"}
)

# Bags: drawing one element with rng.choice is much cheaper than rng.choices with weights.
_STATUS_BAG: tuple[ClientStatus, ...] = (ClientStatus.ACTIVE,) * 58 + (ClientStatus.PROSPECT,) * 12
_STATUS_BAG += (ClientStatus.PAUSED,) * 12 + (ClientStatus.ENDED,) * 18
_PROFILE_ODDS = (("wants", 0.85), ("direction", 0.6), ("never", 0.55))
_SENTENCES_BAG = (1,) * 15 + (2,) * 25 + (3,) * 25 + (4,) * 17 + (5,) * 10 + (6,) * 8
# Moods as weights for -2, -1, 0, +1, +2: most notes are routine or pleasant.
_MOOD_WEIGHTS = {
    "usual": (3, 10, 45, 32, 10),
    "difficult": (10, 25, 40, 20, 5),
    "delightful": (1, 4, 35, 40, 20),
    "lunch": (0, 2, 30, 50, 18),
}
_KIND_WEIGHTS = {  # note, call, meeting, email, lunch: some clients phone, some write
    "balanced": (30, 22, 15, 27, 6),
    "phone": (25, 45, 12, 14, 4),
    "mail": (30, 8, 10, 50, 2),
}
_PROJECT_KEYS = ("p", "p_nom", "p_akk", "p_dat", "zu_p", "an_p")
_KINDS = (NoteKind.NOTE, NoteKind.CALL, NoteKind.MEETING, NoteKind.EMAIL, NoteKind.LUNCH)


def _bag(values: tuple, weights: tuple[int, ...]) -> tuple:
    return tuple(value for value, w in zip(values, weights, strict=True) for _ in range(w))


_MOOD_BAGS = {name: _bag((-2, -1, 0, 1, 2), w) for name, w in _MOOD_WEIGHTS.items()}
_KIND_BAGS = {name: _bag(_KINDS, w) for name, w in _KIND_WEIGHTS.items()}


@dataclass(slots=True)
class DemoJournal:
    """Records name their client (project, agreement, note) by list index: no ids exist yet."""

    clients: list[ClientData]
    notes: list[tuple[int, NoteData]]
    projects: list[tuple[int, ProjectData]] = field(default_factory=list)
    agreements: list[DemoAgreement] = field(default_factory=list)
    events: list[tuple[int, AgreementEvent]] = field(default_factory=list)
    drafts: list[DemoDraft] = field(default_factory=list)
    payments: list[DemoPayment] = field(default_factory=list)


def fold_ascii(text: str) -> str:
    """E-mail addresses and domains are written without umlauts (Müller -> mueller)."""
    folded = text.lower().translate(_FOLD)
    return "".join(ch for ch in folded if ch.isascii() and (ch.isalnum() or ch in ".-"))


def _money(symbol: str, amount: int) -> str:
    if symbol == "€de":
        return f"{amount:,} €".replace(",", ".")
    if symbol == "CHF":
        return f"CHF {amount:,}".replace(",", "'")
    return f"{symbol}{amount:,}"


_AMOUNTS = tuple(range(150, 4000, 50)) + tuple(range(4000, 25_000, 500))
# German fragments speak of an hourly rate ("Stundensatz"), English ones of a day rate.
_RATES = {"de": tuple(range(65, 145, 5)), "en": tuple(range(400, 1250, 50))}


class _Country(NamedTuple):
    tld: str
    freemail: tuple[str, ...]
    phones: tuple[str, ...]
    money: dict[str, tuple[str, ...]]  # amounts and rates in the local currency and style


class _Texts:
    """One language's fragments, grouped the way the note composer picks them."""

    def __init__(self, lang: str, block: str) -> None:
        s = demo_text.sections(block)
        self.s = s
        self.openers = {kind: s[f"open_{kind.value}"] for kind in _KINDS}
        bad, worst, good, best = s["bad"], s["worst"], s["good"], s["best"]
        neutral, talk = s["neutral"], s["small_talk"]
        # Per mood -2..+2 (index mood + 2): the leading sentence, then the ones that follow.
        self.lead = (worst, bad, neutral, good, best)
        self.more = (bad + worst, bad + neutral, neutral, good + neutral + talk, good + talk)
        self.pools = {key: s[key] for key in ("deadline", "weekday", "restaurant")}
        self.countries: list[_Country] = []  # each repeated by its weight
        for item in s["countries"]:
            code, weight, tld, symbol = item.split()
            money = {
                "amount": tuple(_money(symbol, a) for a in _AMOUNTS),
                "rate": tuple(_money(symbol, r) for r in _RATES[lang]),
            }
            country = _Country(tld, s[f"mail_{code}"], s[f"phone_{code}"], money)
            self.countries += [country] * int(weight)


_TEXTS = {"de": _Texts("de", demo_text.GERMAN), "en": _Texts("en", demo_text.ENGLISH)}


def _phone(rng: random.Random, country: _Country) -> str:
    digit = rng.randrange
    pattern = rng.choice(country.phones)
    return "".join(
        str(digit(10)) if c == "#" else str(digit(1, 10)) if c == "%" else c for c in pattern
    )


_NUMBER_POOLS = {
    "days": tuple(str(n) for n in range(9, 75)),
    "hours": tuple(str(n) for n in range(3, 120)),
    "minutes": tuple(str(n) for n in range(10, 95, 5)),
}


class _Fill(dict):
    """Per-client placeholder values; anything else is drawn anew each time it is used."""

    __slots__ = ("choice", "pools")

    def __init__(self, choice: Callable, pools: dict[str, tuple[str, ...]], **fixed: str) -> None:
        super().__init__(fixed)
        self.choice = choice
        self.pools = pools

    def __missing__(self, key: str) -> str:
        return self.choice(self.pools[key])


@dataclass(slots=True)
class _Plan:
    """What the note composer needs to know about a client beyond its ``ClientData``."""

    client: ClientData
    texts: _Texts
    fill: _Fill
    projects: tuple[tuple[str, ...], ...]
    moods: tuple[int, ...]
    kinds: tuple[NoteKind, ...]
    start: int  # epoch seconds: notes fall between first contact and the relationship's end
    end: int
    weight: float


def _project_forms(lang: str, item: str) -> tuple[str, ...]:
    """The forms a fragment may ask for: English needs one, German four cases and contractions."""
    if lang == "en":
        return (item, item, item, item, item, item)
    gender, noun = item.split(" ", 1)
    return (item, *(f"{form} {noun}" for form in _GERMAN_FORMS[gender]))


def _company(rng: random.Random, s: dict[str, tuple[str, ...]], last: str) -> str:
    """Roughly one client in eight is a private person without a company."""
    if rng.random() < 0.12:
        return ""
    word = rng.choice(s["word_a"]) + rng.choice(s["word_b"])
    return rng.choice(s["company"]).format(
        last=last, last2=rng.choice(s["last"]), word=word, city=rng.choice(s["city"])
    )


def _email(rng: random.Random, first: str, last: str, company: str, country: _Country) -> str:
    if rng.random() < 0.05:
        return ""
    f, la = fold_ascii(first), fold_ascii(last.replace(" ", "-"))
    local = rng.choice((f"{f}.{la}", f"{f}.{la}", f"{f[0]}.{la}", f"{f}{la}"))
    if company and rng.random() < 0.8:
        local = f if rng.random() < 0.2 else local  # a small firm: the first name is enough
        words = [w for w in company.split() if w[0].isupper() and len(w) > 2 and w[-1] != "."]
        slug = "-".join(fold_ascii(w) for w in words[:2]) or fold_ascii(last)
        return f"{local}@{slug}.{country.tld}"
    return f"{local}@{rng.choice(country.freemail)}"


def _client_plan(rng: random.Random, now_ts: int, german_share: float) -> _Plan:
    lang = "de" if rng.random() < german_share else "en"
    t = _TEXTS[lang]
    s = t.s
    country = rng.choice(t.countries)
    female = rng.random() < 0.5
    first = rng.choice(s["first_f"] if female else s["first_m"])
    last = rng.choice(s["last"])
    company = _company(rng, s, last)
    if lang == "de":
        form = AddressForm.DU if rng.random() < 0.35 else AddressForm.SIE
        title, dative = ("Frau", "Frau") if female else ("Herr", "Herrn")
    else:
        form = AddressForm.FIRST_NAME if rng.random() < 0.7 else AddressForm.FORMAL
        title = dative = "Ms" if female else "Mr"
    familiar = form in (AddressForm.DU, AddressForm.FIRST_NAME)
    who, whom = (first, first) if familiar else (f"{title} {last}", f"{dative} {last}")
    status = rng.choice(_STATUS_BAG)
    span = YEARS_BACK * 365 * DAY
    if status is ClientStatus.PROSPECT:
        start = now_ts - int(rng.uniform(2, 150) * DAY)
    else:
        start = now_ts - int(45 * DAY + (span - 45 * DAY) * rng.random() ** 1.3)
    end = now_ts
    started_on = ended_on = None
    if status is not ClientStatus.PROSPECT:
        begun = min(start + rng.randrange(15) * DAY, now_ts)
        started_on = _date(begun)
        if status is ClientStatus.ENDED:
            finished = begun + int((now_ts - begun) * rng.uniform(0.2, 0.97))
            ended_on = _date(finished)
            end = min(finished + rng.randrange(12) * DAY, now_ts)
        elif status is ClientStatus.PAUSED:
            end = begun + int((now_ts - begun) * rng.uniform(0.5, 0.95))
    created = at(start)
    updated = created + timedelta(seconds=int((now_ts - start) * rng.random()))
    client = ClientData(
        name=f"{first} {last}",
        company=company,
        email=_email(rng, first, last, company, country),
        phone="" if rng.random() < 0.08 else _phone(rng, country),
        address_form=form,
        status=status,
        started_on=started_on,
        ended_on=ended_on,
        # Herr/Frau as the demo's own notes say it: "Guten Tag Herr Dürr", not "Andreas Dürr".
        profile={
            **essentials(rng, s, _PROFILE_ODDS),
            SALUTATION_KEY: (Salutation.MS if female else Salutation.MR).value,
        },
        uuid=_uuid(rng),
        created_at=created,
        updated_at=updated,
    )
    projects = tuple(_project_forms(lang, p) for p in rng.sample(s["project"], rng.randint(1, 3)))
    temper = rng.choice(("usual",) * 6 + ("difficult", "delightful", "delightful"))
    pools = {**t.pools, **country.money, **_NUMBER_POOLS}
    fill = _Fill(rng.choice, pools, who=who, whom=whom, where=company or whom)
    kinds = _KIND_BAGS[rng.choice(("balanced", "balanced", "phone", "mail"))]
    years = max(end - start, 14 * DAY) / (365 * DAY)
    weight = rng.lognormvariate(0.0, 0.9) * years
    return _Plan(client, t, fill, projects, _MOOD_BAGS[temper], kinds, start, end, weight)


def _note_times(rng: random.Random, start: int, end: int, count: int) -> list[int]:
    """Mostly working hours on weekdays, as people actually write their notes."""
    rand = rng.random
    span = end - start
    times = []
    for _ in range(count):
        day, secs = divmod(start + int(span * rand()), DAY)
        weekday = (day + 3) % 7  # 1970-01-01 was a Thursday
        if weekday >= 5 and rand() < 0.8:
            day -= weekday - 4
        if rand() < 0.9:
            secs = 21_600 + int(43_200 * rand())  # 06:00-18:00 UTC
        times.append(min(max(day * DAY + secs, start), end))
    times.sort()
    return times


def _body(rng: random.Random, plan: _Plan, kind: NoteKind, mood: int, pinned: bool) -> str:
    choice, rand = rng.choice, rng.random
    t = plan.texts
    fill = plan.fill
    fill.update(zip(_PROJECT_KEYS, choice(plan.projects), strict=True))
    count = choice(_SENTENCES_BAG)
    parts: list[str] = []
    if count > 1 and (kind is not NoteKind.NOTE or rand() < 0.4):
        parts.append(choice(t.openers[kind]))
    if pinned and rand() < 0.6:
        parts.append(choice(t.s["pinned"]))
    parts.append(choice(t.lead[mood + 2]))
    more = t.s["small_talk"] if kind is NoteKind.LUNCH and rand() < 0.7 else t.more[mood + 2]
    for _ in range(count * 2):
        if len(parts) >= count:
            break
        sentence = choice(more)
        if sentence not in parts:
            parts.append(sentence)
    if len(parts) >= 3 and rand() < 0.35:
        parts[-1] = choice(t.s["next"])
    text = [part.format_map(fill) if "{" in part else part for part in parts]
    style = rand()
    if len(text) >= 3 and style < 0.12:
        return _bullets(rng, t, text)
    if style > 0.93:
        index = rng.randrange(len(text))
        text[index] = f"{choice(t.s['bold'])} {text[index]}"
    return " ".join(text)


def _bullets(rng: random.Random, t: _Texts, text: list[str]) -> str:
    """Markdown the editor renders: either the sentences as a list or an open-points list."""
    head = " ".join(text[:2])
    if rng.random() < 0.5:
        return head + "\n\n" + "\n".join(f"- {line}" for line in text[2:])
    items = rng.sample(t.s["todo"], max(2, len(text) - 2))
    return f"{head}\n\n{rng.choice(t.s['todo_head'])}\n" + "\n".join(f"- {i}" for i in items)


def generate(
    clients: int, notes: int, seed: int = 1, now: datetime | None = None,
    german_share: float = GERMAN_SHARE,
) -> DemoJournal:  # fmt: skip
    """A journal of ``clients`` clients and exactly ``notes`` notes, spread very unevenly
    (``german_share`` of the clients German, 1.0 or 0.0 for a demo in the UI's language).

    Client and note lists are in the order they would have been written (oldest first), so ids
    assigned on insert follow time the way they do in a real journal.
    """
    if clients < 0 or notes < 0:
        raise ValueError("counts must not be negative")
    if notes and not clients:
        raise ValueError("notes need at least one client")
    rng = random.Random(seed)
    now_ts = int((to_utc(now) if now is not None else utcnow()).timestamp())
    plans = sorted((_client_plan(rng, now_ts, german_share) for _ in range(clients)),
                   key=lambda p: p.start)  # fmt: skip
    counts = [0] * clients
    if notes:
        cumulative, total = [], 0.0
        for plan in plans:
            total += plan.weight
            cumulative.append(total)
        for index in rng.choices(range(clients), cum_weights=cumulative, k=notes):
            counts[index] += 1
    written: list[tuple[int, int, NoteData]] = []
    for index, (plan, count) in enumerate(zip(plans, counts, strict=True)):
        written.extend(_client_notes(rng, index, plan, count, now_ts))
    written.sort(key=lambda item: item[0])
    notes_written = [(index, note) for _, index, note in written]
    sketches = [ClientSketch(plan.texts is _TEXTS["de"], plan.client.status, plan.start, plan.end,
                             tuple(forms[0] for forms in plan.projects), plan.fill.pools["amount"],
                             plan.fill.pools["rate"]) for plan in plans]  # fmt: skip
    checklists = generate_checklists(seed, sketches, notes_written, now_ts)
    drafts = generate_drafts(seed, [p.client for p in plans], sketches, notes_written, now_ts)
    written_clients = [enrich(p.client, sketches[i].german, seed) for i, p in enumerate(plans)]
    payments = generate_payments(seed, sketches, checklists, now_ts)
    return DemoJournal(written_clients, notes_written, *checklists, drafts, payments)


def _client_notes(
    rng: random.Random, index: int, plan: _Plan, count: int, now_ts: int
) -> list[tuple[int, int, NoteData]]:
    choice, rand = rng.choice, rng.random
    result = []
    for ts in _note_times(rng, plan.start, plan.end, count):
        kind = choice(plan.kinds)
        mood = choice(_MOOD_BAGS["lunch"] if kind is NoteKind.LUNCH else plan.moods)
        pinned = rand() < PINNED_SHARE
        created = at(ts)
        updated = created
        if rand() < 0.1:  # edited later; never after now
            updated += timedelta(seconds=min(int(rand() * 3 * DAY), now_ts - ts))
        note = NoteData(
            client_id=0,
            created_at=created,
            body=_body(rng, plan, kind, mood, pinned),
            kind=kind,
            mood=mood,
            pinned=pinned,
            uuid=_uuid(rng),
            updated_at=updated,
        )
        result.append((ts, index, note))
    return result
