"""Word lists and sentence fragments for the demo journal, German and English.

Kept as plain text blocks rather than Python lists so the fragments stay readable and editable
by people who write the sentences, and so a formatter does not explode them one per line.
Sections start with ``## name``; items are separated by new lines or `` | ``.

Placeholders in fragments (filled per client and per note by ``demo.py``): ``{who}`` the client
as addressed (first name, or Frau/Herr, Ms/Mr and surname), ``{whom}`` the same after a German
preposition (Herrn), ``{where}`` the company or the person; ``{p}``, ``{p_nom}``, ``{p_akk}``,
``{p_dat}``, ``{zu_p}``, ``{an_p}`` one of the client's projects (German needs its cases); and
values drawn afresh for each use: ``{amount}`` ``{rate}`` ``{deadline}`` ``{weekday}`` ``{days}``
``{hours}`` ``{minutes}`` ``{restaurant}``.  Company patterns take ``{last}`` ``{last2}``
``{word}`` ``{city}``; in phone patterns ``#`` is a digit and ``%`` a digit but zero.
Countries are listed as ``code weight top-level-domain currency``.
"""

from __future__ import annotations


def sections(block: str) -> dict[str, tuple[str, ...]]:
    """Splits a text block into its named sections of items."""
    result: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in block.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("## "):
            current = result.setdefault(line[3:].strip(), [])
            continue
        if current is None:
            raise ValueError(f"text before the first section: {line!r}")
        current.extend(part.strip() for part in line.split(" | ") if part.strip())
    return {name: tuple(items) for name, items in result.items()}


GERMAN = """
## first_f
Anna | Julia | Katrin | Sabine | Petra | Claudia | Lena | Miriam | Sophie | Hannah | Franziska
Birgit | Ute | Jana | Nina | Carolin | Theresa | Ines | Silke | Dörte | Marlene | Greta | Elif
Aylin | Zofia | Ricarda | Bettina | Heike | Annika | Jördis | Lea | Mareike | Svenja | Gülşen
## first_m
Jürgen | Thomas | Michael | Stefan | Andreas | Matthias | Klaus | Uwe | Jörg | Jonas | Lukas
Felix | Tobias | Sebastian | Florian | Malte | Henrik | Björn | Sören | Götz | Rüdiger | Emre
Kemal | Dariusz | Wolfgang | Holger | Frank | Timo | Moritz | Niklas | Hauke | Bernd | Ole | Jan
## last
Müller | Schäfer | Weiß | Schmidt | Schneider | Fischer | Meyer | Wagner | Becker | Schulz
Hoffmann | Koch | Richter | Klein | Wolf | Schröder | Neumann | Schwarz | Zimmermann | Braun
Krüger | Hofmann | Hartmann | Lange | Schmitt | Werner | Krause | Meier | Lehmann | Köhler
Maier | Böhm | Vogel | Jäger | Groß | Haas | Günther | Pohl | Fuchs | Kühn | Voß | Brandt
Engel | Sauer | Wörner | Öztürk | Yılmaz | Kowalski | Nowak | Petersen | Hansen | Ahrens
Dietrich | Seidel | Lorenz | Ludwig | Heinrich | Friedrich | Roth | Beck | Winkler | Mößner
Bäumer | Dürr | Straßburger | Thießen | Löffler | Grünewald | Oltmanns | Reuß | Kießling
## word_a
Nord | Süd | Blau | Grün | Stern | Licht | Berg | Wald | Feld | Stein | Hafen | Linden | Eichen
Sonnen | Wind | Quell | Brücken | Rosen | Falken | Kiefern | Kranich | Silber | Morgen
## word_b
werk | licht | feld | tal | hof | blick | weg | kontor | haus | garten | stein | quelle | brück
## city
Berlin | Hamburg | München | Köln | Leipzig | Freiburg | Münster | Kassel | Würzburg | Lübeck
Göttingen | Bremen | Dresden | Nürnberg | Graz | Linz | Bern | Basel | Tübingen | Flensburg
## project
m Website-Relaunch | n Logo | f Imagebroschüre | m Newsletter | p Produktfotos | m Onlineshop
p Messeunterlagen | n Corporate Design | f Social-Media-Kampagne | m Jahresbericht
f App-Oberfläche | f Speisekarte | p Stellenanzeigen | m Firmenblog | n Buchungsformular
n Erklärvideo | f Landingpage | p Produkttexte | n Kundenmagazin | f Präsentation | n Intranet
p Schulungsunterlagen | n Ladenschild | m Jubiläumsflyer | f Verpackung
## restaurant
beim Italiener um die Ecke | beim Thai am Bahnhof | im Café am Markt | beim Vietnamesen
im Biergarten | in der Markthalle | beim Griechen | in der Kantine | im Bistro neben dem Büro
## deadline
bis Freitag | bis Ende des Monats | bis zum 15. | in zwei Wochen | bis nächsten Mittwoch
bis Ende der Woche | noch vor Ostern | bis zur Messe | bis Quartalsende | bis Montag früh
## weekday
Montag | Dienstag | Mittwoch | Donnerstag | Freitag
## open_call
Telefonat mit {whom}. | {who} hat angerufen. | Kurzer Anruf von {whom} wegen {p_dat}.
Call mit {whom}, gut {minutes} Minuten. | Rückruf bei {whom}. | {who} am Telefon erreicht, endlich.
## open_meeting
Termin bei {where}. | Treffen mit {whom} vor Ort. | Workshop mit {whom} und dem Team.
Videocall mit {whom} und zwei Leuten aus dem Team. | Abstimmungstermin {zu_p}.
Präsentation der Entwürfe bei {where}.
## open_email
Mail von {whom} {zu_p}. | Lange Mail von {whom} bekommen. | {who} hat per Mail geantwortet.
Mail an {whom} mit dem aktuellen Stand geschickt. | Kurze Mail von {whom}, abends um halb elf.
## open_lunch
Mittagessen mit {whom} {restaurant}. | Mit {who} {restaurant} gegessen.
Kaffee und Kuchen mit {whom} nach dem Termin. | Spontan mit {whom} {restaurant} zum Mittagessen.
## open_note
Notiz {zu_p}. | Kurz festgehalten: | Gedanken nach dem letzten Termin mit {whom}. | Zur Erinnerung:
## good
{who} ist sehr zufrieden mit den Entwürfen. | Feedback {zu_p} durchweg positiv.
Rechnung über {amount} wurde nach drei Tagen bezahlt. | Freigabe für {p_akk} ohne Änderungen.
{who} hat mich an eine Kollegin weiterempfohlen. | Zusammenarbeit läuft angenehm unkompliziert.
Budget für {p_akk} wurde sogar etwas erhöht. | Die Korrekturschleife war kurz und konkret.
{who} hat sich für die pünktliche Lieferung bedankt.
Entscheidungen kommen schnell, das macht Spaß.
Anschlussauftrag in Aussicht. | Der Termin {deadline} passt allen. | Abnahme ohne Diskussion.
Gute Stimmung im Team, alle ziehen mit. | Die Zahlen nach dem Launch sind besser als erwartet.
## best
{who} war begeistert und will {p_akk} auf der Messe zeigen.
Folgeauftrag über {amount} fest zugesagt.
Überraschend ein Dankeschön-Paket mit Wein bekommen. | {who} sagt, so gut sei es noch nie gelaufen.
Empfehlung an drei Partnerfirmen, zwei haben schon angefragt.
Rahmenvertrag für nächstes Jahr angeboten.
{who} hat unaufgefordert eine tolle Bewertung geschrieben.
## neutral
Stand {zu_p} besprochen. | Die nächste Korrekturrunde ist {deadline} geplant.
Rechnung über {amount} verschickt, Zahlungsziel 14 Tage. | Angebot für {p_akk} überarbeitet.
Texte kommen laut {whom} {deadline}. | Zugang zum CMS ist noch offen.
Fotos vom Shooting müssen noch sortiert werden.
Abstimmung mit der Geschäftsführung steht noch aus.
Deadline für {p_akk} bleibt {deadline}. | Zweite Feedbackrunde eingeplant.
Es gibt eine neue Ansprechperson im Marketing. | Farbwerte aus dem Styleguide übernommen.
{who} schickt noch die Logos in hoher Auflösung. | Aufwand für {p_akk} bisher etwa {hours} Stunden.
Wir haben uns auf zwei Varianten geeinigt. | Die Druckerei braucht die Daten {deadline}.
Budget liegt bei {amount}, das passt knapp. | Vertrag liegt zur Unterschrift bei {whom}.
Im nächsten Quartal wird es ruhiger, sagt {who}.
Die Entscheidung fällt erst nach der Vorstandssitzung.
Gemeinsamen Ordner in der Cloud eingerichtet. | Anmerkungen kommen gesammelt als PDF.
Wir bleiben beim Stundensatz von {rate}. | Projektplan aktualisiert und verschickt.
Arbeite weiter {an_p}, erste Version steht. | Bildrechte für zwei Fotos sind noch ungeklärt.
## bad
Schon die dritte Korrekturrunde {zu_p}, vereinbart waren zwei.
Rechnung über {amount} ist seit {days} Tagen überfällig.
{who} ist seit einer Woche nicht erreichbar.
Der Umfang wächst, aber über das Budget will niemand reden.
Feedback widersprüchlich: erst moderner, jetzt doch klassisch.
{who} wollte nachträglich einen Rabatt.
Termin kurzfristig abgesagt, zum zweiten Mal. | Texte fehlen immer noch, die Deadline wackelt.
Entscheidungen werden ständig vertagt. | Die Freigabe hängt in der Chefetage fest.
Zahlungserinnerung freundlich verschickt. | Anmerkungen kamen Freitagabend, mit Frist Montag früh.
Schon wieder neue Wünsche {zu_p}, die nicht im Angebot stehen.
## worst
Schwieriges Telefonat, {who} war laut und unsachlich.
Zweite Mahnung über {amount}, keine Reaktion.
{who} stellt die ganze bisherige Arbeit infrage.
Es wurde mit dem Anwalt gedroht, wegen zwei Tagen Verzug.
Projekt gestoppt, die geleisteten Stunden sind noch nicht bezahlt.
Ich überlege ernsthaft, den Auftrag zu beenden.
Vorwurf, ich hätte die Deadline verschlafen. Stimmt nicht, die Daten kamen zu spät.
## small_talk
{who} war gerade zwei Wochen in Südtirol wandern. | Die Tochter von {whom} hat gerade Abitur gemacht.
Wir haben über den neuen Hund geredet, ein Beagle. | {who} läuft im Herbst den Halbmarathon.
Gespräch über das Renovieren einer Altbauwohnung. | {who} spielt seit Jahren Handball im Verein.
Fußball war wieder Thema, ich halte mich raus. | {who} liest gerade einen Krimi nach dem anderen.
{who} zieht im Sommer aufs Land. | Gemeinsame Bekannte aus dem Coworking entdeckt.
{who} kocht gern und hat mir ein Rezept für Linsensuppe geschickt.
Kurz über Elternzeit gesprochen.
## next
Nächster Schritt: Angebot {deadline} schicken. | Follow-up am {weekday}.
Ich melde mich {deadline} mit den Entwürfen.
Zeitplan bis {weekday} bestätigen. | Rechnung nach der Abnahme stellen.
In zwei Wochen nachhaken, nicht früher.
Vereinbarungen schriftlich zusammenfassen und schicken.
Offene Fragen sammeln und gebündelt schicken.
## todo
Entwürfe überarbeiten | Farbwerte prüfen | Rechnung schreiben | Zugangsdaten anfragen
Bildrechte klären
Korrekturen einarbeiten | Zeitplan aktualisieren | Angebot nachschicken | Feedback zusammenfassen
Druckdaten vorbereiten | Termin für die Abnahme finden | Vertragsentwurf lesen | Stunden erfassen
## todo_head
**Offene Punkte:** | **To-dos:** | **Nächste Schritte:**
## bold
**Wichtig:** | **Achtung:** | **Merken:**
## pinned
Rechnungen immer an die Buchhaltung, nicht an {whom}. | Freigaben erteilt nur {who}, sonst niemand.
Zahlungsziel 30 Tage ist vertraglich vereinbart.
Nie ohne schriftliche Freigabe in den Druck geben.
Stundensatz {rate}, Festpreis nur für klar umrissene Pakete.
Zwei Korrekturrunden inklusive, jede weitere nach Aufwand.
## wants
Kurze Updates, am liebsten telefonisch. | Festpreise statt Stundenabrechnung.
Entwürfe immer als PDF mit Kommentaren.
Ein wöchentliches Update am Montag. | Möchte bei jedem Zwischenschritt gefragt werden.
Pünktlichkeit ist alles.
Persönlicher Kontakt, gern vor Ort. | Alles läuft über die Assistenz.
Wenige, aber gründliche Termine.
Klare Empfehlungen statt vieler Varianten. | Eine ehrliche Aufwandsschätzung vorab.
## direction
Moderner, aber nicht verspielt. | Weg vom Behördenlook, hin zu warm und nahbar.
Mehr online, weniger Print.
Langfristig ein komplettes Rebranding. | Expansion nach Österreich und in die Schweiz geplant.
Eine jüngere Zielgruppe ansprechen. | Nachhaltigkeit soll sichtbarer werden.
Erst die Website, dann die Drucksachen.
Vom Familienbetrieb zur bekannten Marke. | Internationaler auftreten, zweisprachig.
## never
Keine Anrufe vor 10 Uhr. | Nie Rot im Logo. | Keine Stockfotos mit lächelnden Menschen.
Nicht direkt an die Geschäftsführung schreiben. | Keine Rabatte im Nachhinein.
Nie am Freitagnachmittag liefern.
Keine Du-Form in offiziellen Texten. | Keine großen Anhänge, nur Links.
Nicht über den Wettbewerber sprechen.
Keine Termine in den Schulferien.
## company
Café {word} | Restaurant {word} | Gasthaus {last} | Tischlerei {last} | {last} Haustechnik GmbH
Malerbetrieb {last} | Praxis Dr. {last} | Physiotherapie {word} | {word} Apotheke
{word} Software GmbH | {word} Digital AG | {last} IT-Service | {word} Verlag | {word} Medien GmbH
Verlag {last} & {last2} | {last} Mode | Buchhandlung {last} | {word} Feinkost | {last} Immobilien
{word} Hausverwaltung GmbH | {last} Consulting | {last} & {last2} Partnerschaft | Kanzlei {last}
Sprachschule {word} | Volkshochschule {city} | {word} Akademie | {word} e.V. | Förderverein {city}
Sportfreunde {city} e.V. | {last} Architekten | Büro {last} + {last2} | {word} Planung
Hotel {word} | Pension {last} | {word} Reisen GmbH
## countries
DE 80 de €de | AT 12 at €de | CH 8 ch CHF
## mail_DE
gmx.de | web.de | t-online.de | posteo.de | gmail.com
## phone_DE
015# ####### | 016# ####### | 017# ####### | +49 30 %###### | +49 40 %####### | +49 89 %#######
+49 341 %##### | +49 761 %###### | +49 251 %#####
## mail_AT
gmx.at | aon.at | gmail.com
## phone_AT
+43 1 %###### | +43 664 %###### | +43 316 %#####
## mail_CH
bluewin.ch | gmx.ch | gmail.com
## phone_CH
+41 44 %## ## ## | +41 31 %## ## ## | +41 79 %## ## ##
"""

ENGLISH = """
## first_f
Emma | Olivia | Charlotte | Sophie | Grace | Hannah | Lucy | Megan | Rachel | Sarah | Emily | Chloe
Amelia | Isla | Fiona | Niamh | Aoife | Priya | Zara | Jessica | Laura | Kate | Siobhán | Maya
## first_m
James | Oliver | Harry | Jack | George | Thomas | William | Daniel | Samuel | Ben | Liam | Connor
Rory | Ethan | Noah | Arjun | David | Michael | Chris | Matt | Tom | Patrick | Seán | Marcus
## last
Smith | Jones | Taylor | Brown | Williams | Wilson | Johnson | Davies | Robinson | Wright | Thompson
Evans | Walker | White | Roberts | Green | Hall | Wood | Jackson | Clarke | Patel | Khan | O'Brien
Murphy | Kelly | Walsh | McCarthy | Campbell | Stewart | Hughes | Edwards | Turner | Hill | Moore
Cooper | Ward | Morris | King | Baker | Harris | Lewis | Fletcher | Bennett | Chapman | Fraser
## word_a
North | Blue | Bright | Oak | River | Stone | Harbour | Maple | Cedar | Iron | Silver | Red
Green | Sun | Wind | Fox | Elm | High | Kings | Willow | Copper | Lark
## word_b
side | way | gate | well | bridge | light | works | field | stone | brook | wood | ford | yard
## city
Bristol | Leeds | Dublin | Boston | Portland | Manchester | Edinburgh | Austin | Cork | Galway
Brighton | Glasgow | Denver | Chicago | York | Norwich
## project
website relaunch | logo | brochure | newsletter | product photos | online shop | trade fair material
brand identity | social media campaign | annual report | app interface | menu | job ads
company blog | booking form | explainer video | landing page | product copy | customer magazine
pitch deck | intranet | training materials | shop sign | anniversary flyer | packaging
## restaurant
at the Italian place round the corner | at the Thai place by the station | at the café on the square
at the Vietnamese place | in the beer garden | at the food market | at the pub | in their canteen
## deadline
by Friday | by the end of the month | by the 15th | in two weeks | by next Wednesday
by the end of the week | before Easter | before the trade fair | by the end of the quarter
## weekday
Monday | Tuesday | Wednesday | Thursday | Friday
## open_call
Call with {who}. | {who} rang. | Quick call from {who} about the {p}.
Call with {who}, about {minutes} minutes.
Called {who} back. | Finally got hold of {who} on the phone.
## open_meeting
Meeting at {where}. | Met {who} on site. | Workshop with {who} and the team.
Video call with {who} and two people from the team. | Check-in meeting on the {p}.
Presented the drafts at {where}.
## open_email
Email from {who} about the {p}. | Long email from {who}. | {who} replied by email.
Sent {who} an update on where things stand. | Short email from {who}, at half past ten at night.
## open_lunch
Lunch with {who} {restaurant}. | Had lunch with {who} {restaurant}.
Coffee and cake with {who} after the meeting.
Spontaneous lunch with {who} {restaurant}.
## open_note
Note on the {p}. | Quick note: | Thoughts after the last meeting with {who}. | Reminder:
## good
{who} is very happy with the drafts. | Feedback on the {p} was positive throughout.
Invoice for {amount} paid within three days. | The {p} was approved without changes.
{who} recommended me to a colleague. | Working together is pleasantly easy.
The budget for the {p} was even raised a bit. | The revision round was short and specific.
{who} thanked me for delivering on time. | Decisions come quickly, which makes this fun.
A follow-up project is on the cards. | The date {deadline} works for everyone.
Sign-off without any discussion.
Good mood in the team, everyone is on board. | The numbers after launch are better than expected.
## best
{who} loved it and wants to show the {p} at the trade fair.
Follow-up project worth {amount} confirmed.
A thank-you hamper arrived out of the blue. | {who} says it has never gone this well.
Recommended to three partner companies, two have already been in touch.
Offered a retainer for next year.
{who} wrote a glowing review without being asked.
## neutral
Went through the status of the {p}. | The next revision round is planned {deadline}.
Sent the invoice for {amount}, due in 14 days. | Reworked the quote for the {p}.
{who} says the copy will arrive {deadline}. | Access to the CMS is still pending.
The photos from the shoot still need sorting. | Still waiting for sign-off from management.
The deadline for the {p} stays {deadline}. | Scheduled a second feedback round.
There is a new contact person in marketing. | Took the colours from the style guide.
{who} will send the logos in high resolution. | About {hours} hours spent on the {p} so far.
We agreed on two variants. | The printer needs the files {deadline}.
The budget is {amount}, which is tight but fine. | The contract is with {who} for signature.
{who} says next quarter will be quieter. | The decision waits for the board meeting.
Set up a shared folder in the cloud. | Comments will come collected in one PDF.
We stay with the day rate of {rate}. | Updated the project plan and sent it round.
Still working on the {p}, the first version is done. | Image rights for two photos are unclear.
## bad
Third revision round on the {p} already, we agreed on two.
Invoice for {amount} is {days} days overdue.
{who} has been unreachable for a week. | The scope keeps growing, but nobody wants to talk budget.
Contradictory feedback: first more modern, now classic after all.
{who} asked for a discount after the fact.
Meeting cancelled at short notice, for the second time.
Copy is still missing, the deadline is wobbling.
Decisions keep getting postponed. | Sign-off is stuck with senior management.
Sent a friendly payment reminder. | Comments arrived Friday night with a Monday morning deadline.
More new requests for the {p} that are not in the quote.
## worst
Difficult call, {who} was loud and personal. | Second reminder for {amount}, no response.
{who} questions all the work done so far.
They threatened to get lawyers involved over a two-day delay.
Project halted, the hours already worked are still unpaid.
Seriously considering ending this engagement.
Accused of missing the deadline. Not true, the files came late.
## small_talk
{who} just spent two weeks hiking in the Lake District. | {who}'s daughter just finished school.
We talked about their new dog, a beagle. | {who} is running a half marathon in the autumn.
Chat about renovating an old terraced house. | {who} has played five-a-side for years.
Football came up again, I stay out of it. | {who} is reading one crime novel after another.
{who} is moving to the countryside in the summer.
Found out we know the same people from the co-working space.
{who} loves cooking and sent me a recipe for lentil soup. | Talked briefly about parental leave.
## next
Next step: send the quote {deadline}. | Follow up on {weekday}.
I'll get back {deadline} with the drafts.
Confirm the schedule by {weekday}. | Invoice after sign-off. | Check back in two weeks, not earlier.
Summarise what we agreed in writing and send it. | Collect open questions and send them in one go.
## todo
Rework drafts | Check colour values | Write invoice | Ask for login details | Clear image rights
Work in corrections | Update schedule | Send revised quote | Summarise feedback
Prepare print files
Find a date for sign-off | Read draft contract | Log hours
## todo_head
**Open points:** | **To do:** | **Next steps:**
## bold
**Important:** | **Heads-up:** | **Remember:**
## pinned
Invoices always go to accounts, not to {who}. | Only {who} signs things off, nobody else.
Payment terms of 30 days are in the contract.
Never send anything to print without written sign-off.
Day rate {rate}, fixed prices only for clearly scoped packages.
Two revision rounds included, more are billed.
## wants
Short updates, preferably by phone. | Fixed prices rather than hourly billing.
Drafts always as PDF with comments.
A weekly update on Mondays. | Wants to be asked at every step. | Punctuality is everything.
Personal contact, happy to meet in person. | Everything goes through the assistant.
Few but thorough meetings.
Clear recommendations rather than many options. | An honest estimate up front.
## direction
Modern but not playful. | Away from the corporate look, towards warm and approachable.
More online, less print.
A full rebrand in the long run. | Planning to expand into Europe. | Reach a younger audience.
Make sustainability more visible. | Website first, then print.
From family business to a known brand.
## never
No calls before 10 am. | Never red in the logo. | No stock photos of smiling people.
Don't write to the CEO directly. | No discounts after the fact.
Never deliver on a Friday afternoon.
No big attachments, links only. | Don't mention the competitor.
No meetings during school holidays.
## company
The {word} Kitchen | {last}'s Diner | {word} Coffee Co. | {last} Plumbing Ltd | {last} & Sons Joinery
{word} Electrical | {last} Dental | {word} Physio | {city} Family Clinic | {word} Labs
{word} Software Ltd | {word} Analytics Inc. | {word} Press | {word} Media | {last} & {last2} Publishers
{last} & Co. | {word} Books | {word} Outfitters | {last} Properties | {word} Estates | {last} Advisory
{last} {last2} LLP | {word} Partners | {city} Language School | {word} Academy | {word} Trust
Friends of {city} Park | {city} Food Bank | {last} Architects | {word} Studio | Hotel {word}
{word} Lodge | {city} Walking Tours
## countries
UK 50 co.uk £ | IE 15 ie € | US 35 com $
## mail_UK
gmail.com | outlook.com | btinternet.com
## phone_UK
+44 20 7946 0### | +44 7700 900### | +44 117 496 0### | +44 113 496 0###
## mail_IE
gmail.com | eircom.net | outlook.com
## phone_IE
+353 1 %## #### | +353 21 %## #### | +353 87 %## ####
## mail_US
gmail.com | outlook.com | icloud.com
## phone_US
+1 212 555-01## | +1 415 555-01## | +1 503 555-01## | +1 617 555-01##
"""
