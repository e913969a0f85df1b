"""Replies to clients for the demo's drafts, German (du and Sie) and English.

Plain text blocks in the format of ``core.demo.text`` (``## section``, items separated by new lines
or `` | ``).  Heated sentences are what the sleep-on-it queue exists for: accusations with
"immer/nie", "schon wieder", ultimatums, sarcasm, shouting, "!!!" and "?!".  Calm ones are
firm but professional: a payment reminder, a polite refusal of extra work, a next step.
German letters continue in lower case after the greeting's comma, English ones do not.
A heated reply has one sentence of a ``strong`` section (unmistakable, so the detector flags
it as the app would) and a few of the ``heated`` one (angry, but less plainly so).

Placeholders: ``{project}`` (German: the name, quoted; English: "the ..." is in the
sentence), ``{amount}``, ``{weekday}``, ``{days}``.
"""

from __future__ import annotations

GERMAN = """
## weekday
Montag | Dienstag | Mittwoch | Donnerstag | Freitag
## close_calm
Viele Grüße | Beste Grüße | Freundliche Grüße | Herzliche Grüße
## close_heated
Gruß | Grüße | MfG
## subject_calm
Re: Korrekturen | Kurze Rückfrage | Stand „{project}“ | Termin am {weekday} | Re: Angebot
Offene Rechnung | Re: Feedback
## subject_heated
Re: Re: Änderungen | Schon wieder?! | Re: Korrekturen | Offene Rechnung – letzte Erinnerung
Re: Wochenende | Re: Re: Re: „{project}“

## open_calm_sie
vielen Dank für Ihre Nachricht. | danke für Ihr Feedback zu „{project}“.
ich habe mir Ihre Anmerkungen in Ruhe angesehen. | anbei der aktuelle Stand zu „{project}“.
## calm_sie
Die Änderungen baue ich bis {weekday} ein und schicke Ihnen dann die neue Fassung.
Eine weitere Korrekturschleife ist im vereinbarten Umfang leider nicht enthalten; gern mache ich Ihnen dafür ein kurzes Angebot.
Die Rechnung über {amount} ist seit {days} Tagen offen. Könnten Sie bitte kurz prüfen, ob sie bei Ihnen angekommen ist?
Für ein kurzes Telefonat passt mir {weekday} am Vormittag gut.
Bitte geben Sie mir bis {weekday} Bescheid, welche Variante Ihnen besser gefällt.
Den neuen Termin kann ich leider nicht halten; realistisch ist eine Lieferung {days} Tage später.
Wenn Sie möchten, stimmen wir die nächsten Schritte gemeinsam ab.
Ich verstehe, dass es bei Ihnen gerade eng ist, und schlage vor, dass wir den Umfang etwas verkleinern.
## strong_sie
Sie schicken IMMER kurz vor Feierabend noch Änderungen!!!
Sie halten sich NIE an das, was wir vereinbart haben.
Das ist jetzt schon wieder das dritte Mal, dass sich das Briefing ändert!!!
Sie melden sich immer erst, wenn es brennt!!!
Wieso muss ich Ihnen ALLES dreimal erklären?!
Das ist eine FRECHHEIT!!!
Schon wieder verschieben Sie den Termin, ohne mich zu fragen?!
## heated_sie
Wenn die Rechnung über {amount} nicht bis {weekday} bezahlt ist, stelle ich die Arbeit sofort ein.
Haben Sie meine letzte Mail überhaupt gelesen?!
Ich bin nicht Ihr Praktikant, der rund um die Uhr erreichbar ist.
Offenbar ist Ihnen meine Zeit völlig egal.
Noch eine Korrekturschleife für „{project}“ mache ich nicht umsonst, das ist mein letztes Wort.
Das ist wirklich unglaublich unprofessionell.
Wirklich großartig, dass ich das erst jetzt erfahre.
Ich frage mich langsam, ob Sie überhaupt wissen, was Sie wollen.

## open_calm_du
danke für deine Nachricht. | danke für dein Feedback zu „{project}“.
ich habe mir deine Anmerkungen in Ruhe angesehen. | anbei der aktuelle Stand zu „{project}“.
## calm_du
Die Änderungen baue ich bis {weekday} ein und schicke dir dann die neue Fassung.
Eine weitere Korrekturschleife ist im vereinbarten Umfang leider nicht drin; gern mache ich dir dafür ein kurzes Angebot.
Die Rechnung über {amount} ist seit {days} Tagen offen. Kannst du bitte kurz schauen, ob sie bei dir angekommen ist?
Für ein kurzes Telefonat passt mir {weekday} am Vormittag gut.
Gib mir bitte bis {weekday} Bescheid, welche Variante dir besser gefällt.
Den neuen Termin schaffe ich leider nicht; realistisch ist eine Lieferung {days} Tage später.
Wenn du magst, stimmen wir die nächsten Schritte zusammen ab.
Ich verstehe, dass es bei dir gerade eng ist, und schlage vor, dass wir den Umfang etwas verkleinern.
## strong_du
Du schickst IMMER kurz vor Feierabend noch Änderungen!!!
Du hältst dich NIE an das, was wir vereinbart haben.
Das ist jetzt schon wieder das dritte Mal, dass sich das Briefing ändert!!!
Du meldest dich immer erst, wenn es brennt!!!
Wieso muss ich dir ALLES dreimal erklären?!
Das ist eine FRECHHEIT!!!
Schon wieder verschiebst du den Termin, ohne mich zu fragen?!
## heated_du
Wenn die Rechnung über {amount} nicht bis {weekday} bezahlt ist, stelle ich die Arbeit sofort ein.
Hast du meine letzte Mail überhaupt gelesen?!
Ich bin nicht dein Praktikant, der rund um die Uhr erreichbar ist.
Offenbar ist dir meine Zeit völlig egal.
Noch eine Korrekturschleife für „{project}“ mache ich nicht umsonst, das ist mein letztes Wort.
Das ist wirklich unglaublich unprofessionell.
Wirklich großartig, dass ich das erst jetzt erfahre.
Ich frage mich langsam, ob du überhaupt weißt, was du willst.
"""

ENGLISH = """
## weekday
Monday | Tuesday | Wednesday | Thursday | Friday
## close_calm
Best regards | Kind regards | Best | Thanks again
## close_heated
Regards | Whatever
## subject_calm
Re: revisions | Quick question | Where the {project} stands | Call on {weekday} | Re: quote
Open invoice | Re: feedback
## subject_heated
Re: Re: changes | AGAIN?! | Re: revisions | Unpaid invoice – final reminder | Re: weekend
Re: Re: Re: the {project}

## open_calm
Thanks for your message. | Thanks for your feedback on the {project}.
I've had a calm look at your comments. | Here is where the {project} stands.
## calm
I'll work the changes in by {weekday} and send you the new version then.
Another round of revisions isn't part of what we agreed, but I'm happy to send you a short quote for it.
The invoice for {amount} has been open for {days} days. Could you please check whether it reached you?
{weekday} morning works well for a quick call.
Please let me know by {weekday} which version you prefer.
Unfortunately I can't make the new date; a realistic delivery is {days} days later.
If you like, we can plan the next steps together.
I understand things are tight on your side, so I suggest we trim the scope a little.
## strong
You ALWAYS send changes at five on a Friday!!!
You NEVER stick to what we agreed.
Did you even read my last email?!
Frankly, this is ridiculous and unprofessional.
Why do I have to explain EVERYTHING three times?!
You always wait until the last minute, every single time!!!
This is the third time the brief has changed!!!
## heated
This is the third time the brief has changed. Again.
If the invoice for {amount} isn't paid by {weekday}, I'm stopping all work immediately.
I'm not your intern who is on call around the clock.
Apparently my time means nothing to you.
I'm not doing another round of revisions on the {project} for free, and that's final.
Great, really great that I only hear about this now.
I'm starting to wonder whether you know what you want at all.
"""
