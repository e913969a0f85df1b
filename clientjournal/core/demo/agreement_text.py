"""Agreement checklists for the demo journal, German and English, in the format of ``core.demo.text``.

Each category section lists agreements as ``title :: details``; ``broken`` holds the short notes
written when an agreement was broken.  Placeholders: ``{p}`` the project's name, ``{amount}`` and
``{rate}`` money in the client's currency, ``{weekday}``, ``{days}`` (payment term), ``{rounds}``.
"""

from __future__ import annotations

GERMAN = """
## scope
Leistungsumfang {p} :: Konzept, Gestaltung und Umsetzung; die Texte liefert der Kunde.
Nicht enthalten: Fotografie :: Bildmaterial stellt der Kunde, Stockfotos nur nach Absprache.
Umfang begrenzt :: Bis zu acht Seiten bzw. Motive, jede weitere nach Aufwand.
Freigabe durch die Geschäftsführung :: Schriftlich per Mail, innerhalb von drei Werktagen.
Zwei Entwurfsvarianten :: Danach wird eine Variante ausgearbeitet, kein dritter Entwurf.
Übergabe der Dateien :: Druckdaten als PDF/X, Webdaten als SVG und PNG.
## price
Festpreis {amount} :: Netto, zzgl. USt.; Änderungen außerhalb des Umfangs nach Aufwand.
Stundensatz {rate} :: Abrechnung im 15-Minuten-Takt, Aufstellung mit der Rechnung.
Anzahlung 30 % :: Vor Projektstart fällig, der Rest nach Abnahme.
Budgetrahmen {amount} :: Bei absehbarer Überschreitung melde ich mich vorher.
Eilzuschlag 25 % :: Nur für Aufträge mit weniger als drei Werktagen Vorlauf.
## deadline
Erste Entwürfe :: Zwei Varianten zur Auswahl, als PDF per Mail.
Abgabe {p} :: Finale Dateien in allen vereinbarten Formaten.
Zwischenstand zur Präsentation :: Für das Treffen mit der Geschäftsführung.
Go-live :: Nach Freigabe und Test auf Handy, Tablet und Desktop.
Texte vom Kunden :: Ohne die Texte verschiebt sich die Abgabe entsprechend.
## revisions
{rounds} Korrekturschleifen inklusive :: Jede weitere Runde nach Stundensatz.
Feedback gesammelt :: Anmerkungen gebündelt in einer Mail, nicht häppchenweise.
Korrekturen bis {weekday} :: Danach gilt die letzte Fassung als freigegeben.
## payment_terms
Zahlungsziel {days} Tage :: Ab Rechnungsdatum, ohne Abzug.
Abschlagsrechnung zur Halbzeit :: 50 % nach Freigabe der Entwürfe.
Schlussrechnung nach Abnahme :: Innerhalb einer Woche nach der Freigabe.
## communication
Wöchentlicher Statusbericht :: Jeden {weekday} kurz per Mail.
Eine Ansprechperson :: Nur eine Person gibt Feedback und frei.
Erreichbarkeit :: Anrufe nach Absprache, sonst per Mail; Antwort innerhalb von 24 Stunden.
Abstimmungstermin alle zwei Wochen :: Per Video, höchstens 30 Minuten.
## usage_rights
Nutzungsrechte nach Zahlung :: Einfache Rechte für Web und Print, mit vollständiger Zahlung.
Offene Dateien :: Gegen Aufpreis, Übergabe nach Abschluss.
Referenz erlaubt :: Darf im Portfolio und auf der Website gezeigt werden.
Exklusive Nutzung für zwei Jahre :: Danach einfache Nutzungsrechte.
## other
Vertraulichkeit :: NDA unterschrieben, interne Unterlagen bleiben intern.
Hosting übernimmt der Kunde :: Zugangsdaten bis zum Projektstart.
Rechnung an die Buchhaltung :: Mit Bestellnummer, als PDF an die Sammeladresse.
## broken
Dritte Korrekturrunde ohne Budget verlangt; Angebot für die Mehrarbeit geschickt.
Rechnung drei Wochen überfällig, freundliche Erinnerung geschickt.
Die Texte kamen zwei Wochen zu spät, die Abgabe hat sich verschoben.
Feedback kam von drei Leuten statt von einer Ansprechperson.
Entwürfe ohne Freigabe an eine andere Agentur weitergegeben.
Termin meinerseits verpasst; entschuldigt und neuen Termin genannt.
Zahlung um ein Drittel gekürzt, ohne Begründung.
Statusberichte sind eingeschlafen – meine Schuld, wieder aufgenommen.
## weekday
Montag | Dienstag | Mittwoch | Donnerstag | Freitag
## rounds
Zwei | Drei | Zwei
"""

ENGLISH = """
## scope
Scope of the {p} :: Concept, design and build; the client supplies the copy.
Not included: photography :: The client provides images; stock photos only by agreement.
Limited size :: Up to eight pages or designs, anything beyond at the hourly rate.
Sign-off by the managing director :: In writing by e-mail, within three working days.
Two draft options :: One of them is worked out; no third draft.
Handover of files :: Print files as PDF/X, web files as SVG and PNG.
## price
Fixed price {amount} :: Plus VAT; changes outside the scope are charged by the hour.
Day rate {rate} :: Half days are billed as half days; a time sheet comes with the invoice.
Deposit 30% :: Due before work starts, the rest on sign-off.
Budget ceiling {amount} :: I will say so before it is exceeded.
Rush fee 25% :: Only for jobs with less than three working days' notice.
## deadline
First drafts :: Two options to choose from, as a PDF by e-mail.
Delivery of the {p} :: Final files in all agreed formats.
Interim review :: For the meeting with the board.
Go-live :: After sign-off and testing on phone, tablet and desktop.
Copy from the client :: Without the copy the delivery date moves accordingly.
## revisions
{rounds} rounds of revisions included :: Each extra round at the hourly rate.
Consolidated feedback :: Comments in one e-mail, not bit by bit.
Revisions by {weekday} :: After that the latest version counts as approved.
## payment_terms
Payment within {days} days :: From the invoice date, no deductions.
Interim invoice halfway :: 50% once the drafts are approved.
Final invoice on sign-off :: Within a week of approval.
## communication
Weekly status update :: Every {weekday}, a short e-mail.
One point of contact :: Only one person gives feedback and approval.
Availability :: Calls by appointment, otherwise e-mail; replies within 24 hours.
Check-in every two weeks :: By video, 30 minutes at most.
## usage_rights
Usage rights on payment :: Non-exclusive rights for web and print, passing on full payment.
Source files :: For an extra fee, handed over at the end.
Portfolio use allowed :: May be shown in my portfolio and on my website.
Exclusive use for two years :: Non-exclusive rights after that.
## other
Confidentiality :: NDA signed; internal documents stay internal.
Hosting by the client :: Access details before the project starts.
Invoices to accounts :: With the purchase order number, as a PDF to the shared inbox.
## broken
Asked for a third round of revisions without budget; sent a quote for the extra work.
Invoice three weeks overdue, sent a friendly reminder.
The copy arrived two weeks late, so the delivery date moved.
Feedback came from three people instead of one contact.
Drafts were passed on to another agency without approval.
Missed the date on my side; apologised and named a new one.
Payment cut by a third without a reason.
Status updates fell asleep – my fault, back on track.
## weekday
Monday | Tuesday | Wednesday | Thursday | Friday
## rounds
Two | Three | Two
"""
