"""The relationship side of the demo journal: fuller profiles, contact rhythms and tags.

Drawn from a random stream of its own per client (seed and client uuid), so adding or changing
anything here leaves the clients, notes, agreements and drafts of a seed exactly as they were.
"""

from __future__ import annotations

import dataclasses
import random

from clientjournal.core.domain import SALUTATION_KEY, ClientStatus
from clientjournal.core.records import ClientData

_FIELDS = {
    "de": {
        "budget": ("knapp, aber fair", "großzügig, wenn das Ergebnis stimmt",
                   "will immer Festpreise", "fragt bei jedem Angebot nach Rabatt"),
        "punctuality": ("zahlt pünktlich", "zahlt meist erst nach Erinnerung",
                        "Feedback oft eine Woche zu spät", "hält Termine auf die Minute"),
        "reachability": ("vormittags per Telefon", "nur per E-Mail, nie freitags",
                         "schnell über Signal", "schwer erreichbar, lieber feste Termine"),
        "attention": ("kurzes Update jeden Montag", "will bei jedem Schritt gefragt werden",
                      "lässt einem freie Hand"),
        "discounts": ("Stammkundenrabatt 5 %", "keine Rabatte: freundlich, aber fest bleiben"),
        "extras": ("kleine Extras gern, größere als Änderungsauftrag",
                   "freut sich über Vorschläge"),
        "industry": ("Bio-Bäckerei", "Architekturbüro", "Software-Startup", "Weingut",
                     "Verlag", "Physiotherapiepraxis", "Möbelmanufaktur"),
        "role": ("Inhaberin", "Inhaber", "Leitung Marketing", "Geschäftsführung",
                 "Projektleitung, entscheidet nicht allein"),
        "background": ("hat den Betrieb 2019 von den Eltern übernommen",
                       "kommt aus dem Konzern, schätzt klare Prozesse"),
        "problems": ("Umsatz sinkt, seit nebenan ein Discounter eröffnet hat",
                     "neue Website muss vor der Messe stehen", "zu wenig Bewerbungen"),
        "interests": ("Rennrad, Jazz", "Segeln", "Kochen, italienische Weine", "Bergwandern"),
        "birthday": ("12. April", "3. September", "28. Januar", "17. Juli"),
        "small_talk": ("zwei Kinder, gerade aus Lissabon zurück", "Hund heißt Bruno",
                       "Fan vom SC Freiburg"),
        "my_needs": ("Feedback innerhalb einer Woche", "Zahlung pünktlich, keine Anrufe nach 18 Uhr",
                     "ein fester Ansprechpartner"),
        "red_flags": ("Umfang wächst in jedem Gespräch", "will Entwürfe vor dem Angebot",
                      "redet schlecht über frühere Dienstleister"),
    },
    "en": {
        "budget": ("tight but fair", "generous when the result is right",
                   "always wants fixed prices", "asks for a discount on every quote"),
        "punctuality": ("pays on time", "pays after a reminder, usually",
                        "feedback often a week late", "on time to the minute"),
        "reachability": ("phone in the mornings", "e-mail only, never on Fridays",
                         "quick on Slack", "hard to reach, prefers fixed calls"),
        "attention": ("a short update every Monday", "wants to be asked at every step",
                      "gives a free hand"),
        "discounts": ("5 % for regulars", "no discounts: friendly but firm"),
        "extras": ("small extras welcome, bigger ones as a change request",
                   "likes suggestions"),
        "industry": ("organic bakery", "architecture firm", "software start-up", "winery",
                     "publisher", "physiotherapy practice", "furniture workshop"),
        "role": ("owner", "head of marketing", "managing director",
                 "project lead, does not decide alone"),
        "background": ("took over the family business in 2019",
                       "comes from a corporation, likes clear processes"),
        "problems": ("sales falling since a discounter opened next door",
                     "new website must be live before the trade fair", "too few applicants"),
        "interests": ("road cycling, jazz", "sailing", "cooking, Italian wine", "hiking"),
        "birthday": ("12 April", "3 September", "28 January", "17 July"),
        "small_talk": ("two kids, just back from Lisbon", "the dog is called Bruno",
                       "Arsenal fan"),
        "my_needs": ("feedback within a week", "payment on time, no calls after 6 pm",
                     "one fixed contact person"),
        "red_flags": ("scope grows in every call", "wants drafts before the quote",
                      "speaks badly of earlier freelancers"),
    },
}  # fmt: skip
_ENDINGS = {
    "de": (("yes", "klare Briefings, pünktlich bezahlt"), ("no", "ständig neue Wünsche ohne Budget"),
           ("yes", "angenehm und wertschätzend")),
    "en": (("yes", "clear briefs, paid on time"), ("no", "endless new wishes without budget"),
           ("yes", "pleasant and appreciative")),
}  # fmt: skip
_DECLINED = {
    "de": ("Budget viel zu knapp für den Umfang", "passt nicht zu meinem Schwerpunkt"),
    "en": ("budget far too low for the scope", "not my kind of work"),
}
_TAGS = {
    "de": ("Stammkunde", "Empfehlung", "Print", "Web", "Branding", "Agentur", "Messe", "VIP"),
    "en": ("Regular", "Referral", "Print", "Web", "Branding", "Agency", "Trade fair", "VIP"),
}
_CADENCES = (7, 14, 14, 21, 30, 30, 60)


def essentials(
    rng: random.Random, pools: dict[str, tuple[str, ...]], odds: tuple[tuple[str, float], ...]
) -> dict[str, str]:
    """What they want, the direction, the no-gos, drawn from the journal's main random stream
    (the demo of a seed depends on these draws).  Some clients have no notes on their wishes
    yet; the others a few short ones."""
    if rng.random() < 0.15:
        return {}
    profile = {key: rng.choice(pools[key]) for key, p in odds if rng.random() < p}
    return profile or {"wants": rng.choice(pools["wants"])}


def enrich(client: ClientData, german: bool, seed: int) -> ClientData:
    """The client with more of its profile filled, maybe a rhythm, maybe some tags."""
    lang = "de" if german else "en"
    rng = random.Random(f"{seed}:{client.uuid}")
    profile = dict(client.profile)
    # a client without notes on their wishes stays without a profile (Herr/Frau is no note)
    if set(profile) - {SALUTATION_KEY}:
        for key, values in _FIELDS[lang].items():
            if rng.random() < 0.35:
                profile[key] = rng.choice(values)
    if (
        client.status is ClientStatus.ENDED
        and set(profile) - {SALUTATION_KEY}
        and rng.random() < 0.6
    ):
        answer, reason = rng.choice(_ENDINGS[lang])
        profile["work_again"], profile["work_again_reason"] = answer, reason
    if client.status is ClientStatus.ENDED and client.started_on and rng.random() < 0.05:
        profile["declined_reason"] = rng.choice(_DECLINED[lang])
    followed = client.status in (ClientStatus.ACTIVE, ClientStatus.PROSPECT)
    cadence = rng.choice(_CADENCES) if followed and rng.random() < 0.45 else None
    tags = sorted(rng.sample(_TAGS[lang], rng.choice((0, 0, 1, 1, 2, 3))), key=str.casefold)
    return dataclasses.replace(client, profile=profile, cadence_days=cadence, tags=tags)
