<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AgreementActions</name>
    <message>
        <location filename="../../clientjournal/ui/agreement_actions.py" line="25"/>
        <source>&amp;Due soon and overdue…</source>
        <translation>&amp;Bald fällig und überfällig…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_actions.py" line="44"/>
        <source>Agreement deleted. Undo with Ctrl+Z.</source>
        <translation>Vereinbarung gelöscht. Rückgängig mit Strg+Z.</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <location filename="../../clientjournal/ui/agreement_editor.py" line="51"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_editor.py" line="54"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_editor.py" line="59"/>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_editor.py" line="61"/>
        <source>Agreed on</source>
        <translation>Vereinbart am</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_editor.py" line="65"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_editor.py" line="68"/>
        <source>Agreed in (note)</source>
        <translation>Vereinbart in (Notiz)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_editor.py" line="71"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_editor.py" line="73"/>
        <source>What exactly was agreed: numbers, dates, who approves …</source>
        <translation>Was genau vereinbart wurde: Zahlen, Termine, wer freigibt …</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_editor.py" line="79"/>
        <location filename="../../clientjournal/ui/agreement_editor.py" line="100"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_editor.py" line="82"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_editor.py" line="83"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_editor.py" line="84"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_editor.py" line="87"/>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_editor.py" line="88"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_editor.py" line="90"/>
        <source>Show the note it was agreed in</source>
        <translation>Die Notiz anzeigen, in der es vereinbart wurde</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_editor.py" line="95"/>
        <source>Agreed &amp;in:</source>
        <translation>Vereinbart &amp;in:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_editor.py" line="177"/>
        <source>(no project)</source>
        <translation>(kein Projekt)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_editor.py" line="182"/>
        <source>(not linked to a note)</source>
        <translation>(mit keiner Notiz verknüpft)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_editor.py" line="205"/>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_editor.py" line="208"/>
        <source>status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_editor.py" line="211"/>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_editor.py" line="215"/>
        <source>(import)</source>
        <translation>(Import)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_editor.py" line="220"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_editor.py" line="221"/>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_editor.py" line="222"/>
        <source>details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_editor.py" line="223"/>
        <source>due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_editor.py" line="224"/>
        <source>date agreed</source>
        <translation>Vereinbarungsdatum</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_editor.py" line="225"/>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_editor.py" line="226"/>
        <source>linked note</source>
        <translation>verknüpfte Notiz</translation>
    </message>
</context>
<context>
    <name>AgreementPane</name>
    <message>
        <location filename="../../clientjournal/ui/agreement_pane.py" line="52"/>
        <source>Show agreements of project</source>
        <translation>Vereinbarungen dieses Projekts zeigen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_pane.py" line="54"/>
        <source>New project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_pane.py" line="57"/>
        <source>Edit project…</source>
        <translation>Projekt bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_pane.py" line="67"/>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_pane.py" line="78"/>
        <source>No agreements yet. Add the points to settle before work starts — or start from a template.</source>
        <translation>Noch keine Vereinbarungen. Halten Sie fest, was vor Arbeitsbeginn zu klären ist – oder beginnen Sie mit einer Vorlage.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_pane.py" line="90"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_pane.py" line="93"/>
        <source>From &amp;template…</source>
        <translation>Aus &amp;Vorlage…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_pane.py" line="98"/>
        <source>&amp;Summary…</source>
        <translation>&amp;Zusammenfassung…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_pane.py" line="100"/>
        <source>A one-page summary to send to the client for confirmation</source>
        <translation>Eine einseitige Zusammenfassung, die der Kunde bestätigen kann</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_pane.py" line="106"/>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_pane.py" line="107"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_pane.py" line="108"/>
        <source>Broken…</source>
        <translation>Gebrochen…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_pane.py" line="109"/>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_pane.py" line="194"/>
        <source>New agreement</source>
        <translation>Neue Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_pane.py" line="207"/>
        <source>This step is not possible from the current status.</source>
        <translation>Dieser Schritt ist vom aktuellen Status aus nicht möglich.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_pane.py" line="213"/>
        <source>Agreement broken</source>
        <translation>Vereinbarung gebrochen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_pane.py" line="214"/>
        <source>What happened? (a short note for the history)</source>
        <translation>Was ist passiert? (eine kurze Notiz für den Verlauf)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_pane.py" line="273"/>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_pane.py" line="274"/>
        <source>Without project</source>
        <translation>Ohne Projekt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/agreement_pane.py" line="340"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/agreement_pane.py" line="342"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/agreement_pane.py" line="344"/>
        <source>%n broken</source>
        <translation>
            <numerusform>%n gebrochen</numerusform>
            <numerusform>%n gebrochen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_pane.py" line="349"/>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <location filename="../../clientjournal/ui/attention_view.py" line="22"/>
        <location filename="../../clientjournal/ui/attention_view.py" line="29"/>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/attention_view.py" line="30"/>
        <source>&amp;Get in touch</source>
        <translation>&amp;Melden</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/attention_view.py" line="31"/>
        <source>&amp;Overdue invoices</source>
        <translation>Ü&amp;berfällige Rechnungen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/attention_view.py" line="32"/>
        <source>&amp;Cooling relationships</source>
        <translation>&amp;Abkühlende Beziehungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/attention_view.py" line="53"/>
        <source>&amp;Get in touch (%n)</source>
        <translation>
            <numerusform>&amp;Melden (%n)</numerusform>
            <numerusform>&amp;Melden (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/attention_view.py" line="54"/>
        <source>&amp;Overdue invoices (%n)</source>
        <translation>
            <numerusform>Ü&amp;berfällige Rechnungen (%n)</numerusform>
            <numerusform>Ü&amp;berfällige Rechnungen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/attention_view.py" line="55"/>
        <source>&amp;Cooling relationships (%n)</source>
        <translation>
            <numerusform>&amp;Abkühlende Beziehungen (%n)</numerusform>
            <numerusform>&amp;Abkühlende Beziehungen (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoryDelegate</name>
    <message>
        <location filename="../../clientjournal/ui/template_items.py" line="39"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="33"/>
        <source>Edit client</source>
        <translation>Kunden bearbeiten</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="33"/>
        <source>New client</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="38"/>
        <source>e.g. Anna Müller</source>
        <translation>z. B. Anna Müller</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="53"/>
        <source>Started on</source>
        <translation>Begonnen am</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="54"/>
        <source>Ended on</source>
        <translation>Beendet am</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="58"/>
        <source>No rhythm</source>
        <translation>Kein Rhythmus</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="59"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="62"/>
        <source>How often you want to be in touch while you work together, e.g. every 14 days. The app reminds you when it is time, and warns when you contact them too often.</source>
        <translation>Wie oft Sie während der Zusammenarbeit in Kontakt sein wollen, z. B. alle 14 Tage. Die App erinnert, wenn es Zeit ist, und warnt, wenn Sie sich zu oft melden.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="68"/>
        <source>e.g. print, regular, referral</source>
        <translation>z. B. Print, Stammkunde, Empfehlung</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="75"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="76"/>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="77"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="78"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="79"/>
        <source>&amp;Address as:</source>
        <translation>&amp;Anrede:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="80"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="83"/>
        <source>&amp;Get in touch every:</source>
        <translation>&amp;Melden alle:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="84"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="86"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="87"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="88"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="89"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="90"/>
        <source>Address as</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="91"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="92"/>
        <source>Contact rhythm in days</source>
        <translation>Kontaktrhythmus in Tagen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="93"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="153"/>
        <source>A client needs a name.</source>
        <translation>Bitte einen Namen angeben.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="154"/>
        <source>The name is too long.</source>
        <translation>Der Name ist zu lang.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="155"/>
        <source>This does not look like an e-mail address.</source>
        <translation>Das sieht nicht nach einer E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="156"/>
        <source>The end date is before the start date.</source>
        <translation>Das Enddatum liegt vor dem Startdatum.</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <location filename="../../clientjournal/ui/client_list_model.py" line="66"/>
        <source>last contact %1</source>
        <translation>letzter Kontakt %1</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <location filename="../../clientjournal/ui/client_list.py" line="33"/>
        <source>Filter clients</source>
        <translation>Kunden filtern</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_list.py" line="34"/>
        <location filename="../../clientjournal/ui/startup.py" line="86"/>
        <source>Filter by name, company, e-mail</source>
        <translation>Name, Firma oder E-Mail</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_list.py" line="40"/>
        <source>Sort clients by</source>
        <translation>Kunden sortieren nach</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_list.py" line="41"/>
        <location filename="../../clientjournal/ui/startup.py" line="90"/>
        <source>By name</source>
        <translation>Nach Name</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_list.py" line="42"/>
        <location filename="../../clientjournal/ui/startup.py" line="91"/>
        <source>By last contact</source>
        <translation>Nach letztem Kontakt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_list.py" line="47"/>
        <source>Show clients with the tag</source>
        <translation>Kunden mit diesem Tag zeigen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_list.py" line="53"/>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_list.py" line="135"/>
        <location filename="../../clientjournal/ui/startup.py" line="94"/>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_list.py" line="171"/>
        <source>No client matches</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_list.py" line="172"/>
        <source>Nothing matches “%1”. Clear the filter to see every client.</source>
        <translation>Nichts passt zu „%1“. Filter leeren, um alle Kunden zu sehen.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_list.py" line="179"/>
        <source>No clients yet</source>
        <translation>Noch keine Kunden</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_list.py" line="180"/>
        <source>The people and companies you work for will be listed here.</source>
        <translation>Hier erscheinen die Menschen und Firmen, für die Sie arbeiten.</translation>
    </message>
</context>
<context>
    <name>ClientPane</name>
    <message>
        <location filename="../../clientjournal/ui/client_pane.py" line="70"/>
        <source>Notes, newest first</source>
        <translation>Notizen, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_pane.py" line="82"/>
        <source>No notes yet. Write the first one below: what they want, what you agreed, how the last call went.</source>
        <translation>Noch keine Notizen. Schreiben Sie unten die erste: was gewünscht ist, was vereinbart wurde, wie das letzte Telefonat lief.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_pane.py" line="92"/>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_pane.py" line="95"/>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_pane.py" line="133"/>
        <source>Notes and agreements</source>
        <translation>Notizen und Vereinbarungen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_pane.py" line="134"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_pane.py" line="135"/>
        <location filename="../../clientjournal/ui/client_pane.py" line="335"/>
        <source>A&amp;greements</source>
        <translation>&amp;Vereinbarungen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_pane.py" line="136"/>
        <source>&amp;Replies</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_pane.py" line="137"/>
        <location filename="../../clientjournal/ui/client_pane.py" line="344"/>
        <source>&amp;Payments</source>
        <translation>&amp;Zahlungen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_pane.py" line="267"/>
        <source>Edit profile of “%1”</source>
        <translation>Profil von „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_pane.py" line="275"/>
        <source>Edit tags of “%1”</source>
        <translation>Tags von „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_pane.py" line="321"/>
        <source>Welcome to Client Journal</source>
        <translation>Willkommen bei Client Journal</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_pane.py" line="323"/>
        <source>Everything you know about a client, in one place on your computer: notes, calls, moods. Start by adding a client.</source>
        <translation>Alles, was Sie über Ihre Kundschaft wissen, an einem Ort auf Ihrem Computer: Notizen, Telefonate, Stimmungen. Legen Sie als Erstes einen Kunden an.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_pane.py" line="325"/>
        <source>Add your first client…</source>
        <translation>Ersten Kunden anlegen…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_pane.py" line="329"/>
        <source>No client selected</source>
        <translation>Kein Kunde ausgewählt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_pane.py" line="330"/>
        <source>Pick a client on the left, or add a new one with Ctrl+Shift+N.</source>
        <translation>Wählen Sie links einen Kunden aus oder legen Sie mit Strg+Umschalt+N einen neuen an.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/client_pane.py" line="337"/>
        <source>A&amp;greements (%n overdue)</source>
        <translation>
            <numerusform>&amp;Vereinbarungen (%n überfällig)</numerusform>
            <numerusform>&amp;Vereinbarungen (%n überfällig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/client_pane.py" line="339"/>
        <source>A&amp;greements (%n open)</source>
        <translation>
            <numerusform>&amp;Vereinbarungen (%n offen)</numerusform>
            <numerusform>&amp;Vereinbarungen (%n offen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/client_pane.py" line="344"/>
        <source>&amp;Payments (%n overdue)</source>
        <translation>
            <numerusform>&amp;Zahlungen (%n überfällig)</numerusform>
            <numerusform>&amp;Zahlungen (%n überfällig)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientSummary</name>
    <message>
        <location filename="../../clientjournal/ui/client_summary.py" line="60"/>
        <source>Client profile</source>
        <translation>Kundenprofil</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_summary.py" line="74"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_summary.py" line="76"/>
        <source>Edit client</source>
        <translation>Kunden bearbeiten</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_summary.py" line="84"/>
        <source>Client tags</source>
        <translation>Tags des Kunden</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_summary.py" line="85"/>
        <source>Tags, separated by commas</source>
        <translation>Tags, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_summary.py" line="88"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_summary.py" line="134"/>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_summary.py" line="136"/>
        <source>ended %1</source>
        <translation>beendet am %1</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_summary.py" line="137"/>
        <source>Last contact: %1</source>
        <translation>Letzter Kontakt: %1</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_summary.py" line="144"/>
        <source>Address as: %1</source>
        <translation>Anrede: %1</translation>
    </message>
</context>
<context>
    <name>CoolingActions</name>
    <message>
        <location filename="../../clientjournal/ui/cooling_actions.py" line="25"/>
        <source>Sleep-on-it &amp;queue…</source>
        <translation>&amp;Warteschlange „Drüber schlafen“…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/cooling_actions.py" line="30"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/cooling_actions.py" line="53"/>
        <source>Reply discarded. Undo with Ctrl+Z.</source>
        <translation>Antwort verworfen. Rückgängig mit Strg+Z.</translation>
    </message>
</context>
<context>
    <name>CoolingModel</name>
    <message>
        <location filename="../../clientjournal/ui/cooling_relationships.py" line="83"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/cooling_relationships.py" line="84"/>
        <source>Mood before → lately</source>
        <translation>Stimmung vorher → zuletzt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/cooling_relationships.py" line="85"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/cooling_relationships.py" line="86"/>
        <source>Last note</source>
        <translation>Letzte Notiz</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/cooling_relationships.py" line="101"/>
        <source>The newest notes were all negative (average %1 over the last %n days).</source>
        <translation>
            <numerusform>Die neuesten Notizen waren alle negativ (Durchschnitt %1 am letzten %n Tag).</numerusform>
            <numerusform>Die neuesten Notizen waren alle negativ (Durchschnitt %1 in den letzten %n Tagen).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/cooling_relationships.py" line="106"/>
        <source>Average mood %1 in the last %2 days, %3 in the %4 days before.</source>
        <translation>Durchschnittliche Stimmung %1 in den letzten %2 Tagen, %3 in den %4 Tagen davor.</translation>
    </message>
</context>
<context>
    <name>CoolingRelationships</name>
    <message>
        <location filename="../../clientjournal/ui/cooling_relationships.py" line="138"/>
        <source>Relationships cooling down</source>
        <translation>Abkühlende Beziehungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/cooling_relationships.py" line="147"/>
        <source>Clients whose notes of the last %n days read worse than the months before, or whose newest notes were all negative. Enter opens the client.</source>
        <translation>
            <numerusform>Kunden, deren Notizen des letzten %n Tages schlechter klingen als die Monate davor oder deren neueste Notizen alle negativ waren. Enter öffnet den Kunden.</numerusform>
            <numerusform>Kunden, deren Notizen der letzten %n Tage schlechter klingen als die Monate davor oder deren neueste Notizen alle negativ waren. Enter öffnet den Kunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/cooling_relationships.py" line="153"/>
        <source>No relationship is cooling down: the moods of the last %n days hold up against the months before.</source>
        <translation>
            <numerusform>Keine Beziehung kühlt ab: Die Stimmung des letzten %n Tages hält mit den Monaten davor mit.</numerusform>
            <numerusform>Keine Beziehung kühlt ab: Die Stimmung der letzten %n Tage hält mit den Monaten davor mit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoolingWatch</name>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/cooling_watch.py" line="66"/>
        <source>%n reply(s) ready to reread</source>
        <translation>
            <numerusform>%n Antwort bereit zum Nachlesen</numerusform>
            <numerusform>%n Antworten bereit zum Nachlesen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/cooling_watch.py" line="81"/>
        <source>Your reply to %1 (“%2”) is ready to reread.</source>
        <translation>Ihre Antwort an %1 („%2“) kann jetzt noch einmal gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/cooling_watch.py" line="86"/>
        <source>%n replies are ready to reread.</source>
        <translation>
            <numerusform>%n Antwort ist bereit zum Nachlesen.</numerusform>
            <numerusform>%n Antworten sind bereit zum Nachlesen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/cooling_watch.py" line="87"/>
        <source>Slept on it</source>
        <translation>Eine Nacht darüber geschlafen</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <location filename="../../clientjournal/ui/due_view.py" line="83"/>
        <source>Due soon and overdue</source>
        <translation>Bald fällig und überfällig</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/due_view.py" line="86"/>
        <source>Agreements due soon or overdue</source>
        <translation>Bald fällige oder überfällige Vereinbarungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/due_view.py" line="91"/>
        <source>Open or agreed items due within %n days, and everything overdue. Enter opens the client.</source>
        <translation>
            <numerusform>Offene oder vereinbarte Punkte, die innerhalb von %n Tag fällig werden, und alles Überfällige. Eingabe öffnet den Kunden.</numerusform>
            <numerusform>Offene oder vereinbarte Punkte, die innerhalb von %n Tagen fällig werden, und alles Überfällige. Eingabe öffnet den Kunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/due_view.py" line="98"/>
        <source>Nothing is due in the next %n days, and nothing is overdue.</source>
        <translation>
            <numerusform>Innerhalb von %n Tag wird nichts fällig, und nichts ist überfällig.</numerusform>
            <numerusform>In den nächsten %n Tagen wird nichts fällig, und nichts ist überfällig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../../clientjournal/ui/due_view.py" line="50"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/due_view.py" line="50"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/due_view.py" line="50"/>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/due_view.py" line="50"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../clientjournal/ui/exchange_actions.py" line="20"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange_actions.py" line="23"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange_actions.py" line="43"/>
        <source>Export journal</source>
        <translation>Journal exportieren</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange_actions.py" line="45"/>
        <location filename="../../clientjournal/ui/exchange_actions.py" line="70"/>
        <source>Client Journal export (*.json)</source>
        <translation>Client-Journal-Export (*.json)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange_actions.py" line="54"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange_actions.py" line="61"/>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange_actions.py" line="62"/>
        <source>The journal was exported to %1.</source>
        <translation>Das Journal wurde nach %1 exportiert.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange_actions.py" line="68"/>
        <source>Import journal</source>
        <translation>Journal importieren</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange_actions.py" line="79"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange_actions.py" line="85"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange_actions.py" line="91"/>
        <source>Nothing was changed</source>
        <translation>Es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange_actions.py" line="92"/>
        <source>The operation failed and nothing was changed:
%1</source>
        <translation>Der Vorgang ist fehlgeschlagen, es wurde nichts geändert:
%1</translation>
    </message>
</context>
<context>
    <name>GetInTouch</name>
    <message>
        <location filename="../../clientjournal/ui/get_in_touch.py" line="94"/>
        <source>Clients to get in touch with</source>
        <translation>Kunden, bei denen Sie sich melden sollten</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/get_in_touch.py" line="103"/>
        <source>Clients whose contact rhythm asks for a word from you, most overdue first; below them, those you contacted more often than agreed. Enter opens the client.</source>
        <translation>Kunden, deren Kontaktrhythmus ein Wort von Ihnen verlangt, die längst fälligen zuerst; darunter die, bei denen Sie sich öfter gemeldet haben als vereinbart. Enter öffnet den Kunden.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/get_in_touch.py" line="107"/>
        <source>Nobody is waiting for you. Give a client a contact rhythm (Edit client) and they appear here when it is time.</source>
        <translation>Niemand wartet auf Sie. Geben Sie einem Kunden einen Kontaktrhythmus (Kunde bearbeiten), dann erscheint er hier, wenn es Zeit ist.</translation>
    </message>
</context>
<context>
    <name>GetInTouchModel</name>
    <message>
        <location filename="../../clientjournal/ui/get_in_touch.py" line="53"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/get_in_touch.py" line="53"/>
        <source>Rhythm</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/get_in_touch.py" line="53"/>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/get_in_touch.py" line="53"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/get_in_touch.py" line="79"/>
        <source>%n contact(s) in %1 days: give them room</source>
        <translation>
            <numerusform>%n Kontakt in %1 Tagen: Raum lassen</numerusform>
            <numerusform>%n Kontakte in %1 Tagen: Raum lassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/get_in_touch.py" line="82"/>
        <source>within %n day(s)</source>
        <translation>
            <numerusform>innerhalb von %n Tag</numerusform>
            <numerusform>innerhalb von %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/get_in_touch.py" line="85"/>
        <source>time to get in touch, %n day(s) past the rhythm</source>
        <translation>
            <numerusform>Zeit, sich zu melden, %n Tag über dem Rhythmus</numerusform>
            <numerusform>Zeit, sich zu melden, %n Tage über dem Rhythmus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/get_in_touch.py" line="86"/>
        <source>time to get in touch</source>
        <translation>Zeit, sich zu melden</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../clientjournal/ui/help_dialog.py" line="36"/>
        <source>Client Journal — user guide</source>
        <translation>Client Journal — Anleitung</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/help_dialog.py" line="40"/>
        <source>User guide</source>
        <translation>Anleitung</translation>
    </message>
</context>
<context>
    <name>ItemTable</name>
    <message>
        <location filename="../../clientjournal/ui/template_items.py" line="59"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/template_items.py" line="59"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/template_items.py" line="59"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="104"/>
        <source>&amp;New client…</source>
        <translation>Neuer &amp;Kunde…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="107"/>
        <source>New &amp;note</source>
        <translation>Neue &amp;Notiz</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="110"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="112"/>
        <location filename="../../clientjournal/ui/startup.py" line="44"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="126"/>
        <source>&amp;Edit client…</source>
        <translation>Kunden &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="129"/>
        <source>&amp;Archive client (ended)</source>
        <translation>Kunden &amp;archivieren (beendet)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="132"/>
        <source>&amp;Delete client</source>
        <translation>Kunden &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="139"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Papierkorb…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="140"/>
        <location filename="../../clientjournal/ui/startup.py" line="45"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="156"/>
        <location filename="../../clientjournal/ui/startup.py" line="46"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="159"/>
        <source>&amp;Filter clients</source>
        <translation>Kunden &amp;filtern</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="163"/>
        <source>Ne&amp;xt client</source>
        <translation>&amp;Nächster Kunde</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="171"/>
        <source>&amp;Previous client</source>
        <translation>&amp;Vorheriger Kunde</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="179"/>
        <source>Sort by &amp;name</source>
        <translation>Nach Na&amp;me sortieren</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="185"/>
        <source>Sort by &amp;last contact</source>
        <translation>Nach &amp;letztem Kontakt sortieren</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="197"/>
        <location filename="../../clientjournal/ui/startup.py" line="47"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="200"/>
        <source>User &amp;guide</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="207"/>
        <source>&amp;About Client Journal</source>
        <translation>Ü&amp;ber Client Journal</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="252"/>
        <source>Client added</source>
        <translation>Kunde angelegt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="266"/>
        <source>Edit client</source>
        <translation>Kunden bearbeiten</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="274"/>
        <source>Archive client “%1”</source>
        <translation>Kunden „%1“ archivieren</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="287"/>
        <source>“%1” moved to the trash. Undo with Ctrl+Z.</source>
        <translation>„%1“ in den Papierkorb verschoben. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="299"/>
        <source>Note deleted. Undo with Ctrl+Z.</source>
        <translation>Notiz gelöscht. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/help_dialog.py" line="60"/>
        <source>About Client Journal</source>
        <translation>Über Client Journal</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/help_dialog.py" line="61"/>
        <source>&lt;h3&gt;Client Journal %1&lt;/h3&gt;&lt;p&gt;A journal of every client relationship, kept on this computer only. It never connects to the network.&lt;/p&gt;&lt;p&gt;Journal: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Client Journal %1&lt;/h3&gt;&lt;p&gt;Ein Journal all Ihrer Kundenbeziehungen, nur auf diesem Computer gespeichert. Es stellt nie eine Netzwerkverbindung her.&lt;/p&gt;&lt;p&gt;Journal: %2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/main_window.py" line="352"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoodChart</name>
    <message>
        <location filename="../../clientjournal/ui/mood_chart.py" line="60"/>
        <source>Mood over time</source>
        <translation>Stimmung im Verlauf</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/mood_chart.py" line="145"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/mood_chart.py" line="148"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/mood_chart.py" line="149"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/mood_chart.py" line="154"/>
        <source>the last notes were all negative</source>
        <translation>die letzten Notizen waren alle negativ</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/mood_chart.py" line="156"/>
        <source>mood recently falling</source>
        <translation>Stimmung zuletzt sinkend</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/mood_chart.py" line="157"/>
        <source>mood recently rising</source>
        <translation>Stimmung zuletzt steigend</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/mood_chart.py" line="158"/>
        <source>mood steady</source>
        <translation>Stimmung gleichbleibend</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/mood_chart.py" line="159"/>
        <source>too few recent notes to see a trend</source>
        <translation>zu wenige neue Notizen für einen Trend</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/mood_chart.py" line="163"/>
        <source>Too few notes for a mood chart yet: it appears from the second note on.</source>
        <translation>Noch zu wenige Notizen für eine Stimmungskurve: Sie erscheint ab der zweiten Notiz.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/mood_chart.py" line="169"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/mood_chart.py" line="172"/>
        <source>%1 over %2; %3</source>
        <translation>%1 über %2; %3</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/mood_chart.py" line="178"/>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../clientjournal/ui/note_editor.py" line="47"/>
        <source>Kind of note</source>
        <translation>Art der Notiz</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/note_editor.py" line="52"/>
        <source>Date of the note</source>
        <translation>Datum der Notiz</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/note_editor.py" line="56"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/note_editor.py" line="59"/>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/note_editor.py" line="67"/>
        <source>Note text</source>
        <translation>Notiztext</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/note_editor.py" line="69"/>
        <source>Write a note… Markdown works: **bold**, *italic*, - lists. It saves itself.</source>
        <translation>Notiz schreiben… Markdown geht: **fett**, *kursiv*, - Listen. Wird automatisch gespeichert.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/note_editor.py" line="75"/>
        <source>Note tags</source>
        <translation>Tags der Notiz</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/note_editor.py" line="76"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/note_editor.py" line="77"/>
        <source>Tags for this note, separated by commas</source>
        <translation>Tags dieser Notiz, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/note_editor.py" line="131"/>
        <location filename="../../clientjournal/ui/note_editor.py" line="152"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/note_editor.py" line="187"/>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
</context>
<context>
    <name>NoteTimelineModel</name>
    <message>
        <location filename="../../clientjournal/ui/note_timeline_model.py" line="35"/>
        <source>pinned</source>
        <translation>angeheftet</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/note_timeline_model.py" line="43"/>
        <source>(empty note)</source>
        <translation>(leere Notiz)</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <location filename="../../clientjournal/ui/overdue_payments.py" line="55"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/overdue_payments.py" line="56"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/overdue_payments.py" line="57"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/overdue_payments.py" line="58"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/overdue_payments.py" line="59"/>
        <source>Days overdue</source>
        <translation>Tage überfällig</translation>
    </message>
</context>
<context>
    <name>OverduePayments</name>
    <message>
        <location filename="../../clientjournal/ui/overdue_payments.py" line="91"/>
        <source>Overdue invoices of all clients</source>
        <translation>Überfällige Rechnungen aller Kunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/overdue_payments.py" line="102"/>
        <source>%n invoice(s) past the due date, the longest overdue first. Enter opens the client.</source>
        <translation>
            <numerusform>%n Rechnung ist über dem Fälligkeitsdatum. Enter öffnet den Kunden.</numerusform>
            <numerusform>%n Rechnungen sind über dem Fälligkeitsdatum, die am längsten überfälligen zuerst. Enter öffnet den Kunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/overdue_payments.py" line="107"/>
        <source>No invoice is overdue.</source>
        <translation>Keine Rechnung ist überfällig.</translation>
    </message>
</context>
<context>
    <name>PaidDialog</name>
    <message>
        <location filename="../../clientjournal/ui/payment_dialog.py" line="227"/>
        <source>Mark invoice paid</source>
        <translation>Rechnung als bezahlt markieren</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_dialog.py" line="229"/>
        <source>Invoice %1 (%2) was paid on:</source>
        <translation>Rechnung %1 (%2) wurde bezahlt am:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_dialog.py" line="233"/>
        <source>Paid on</source>
        <translation>Bezahlt am</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../clientjournal/ui/payment_dialog.py" line="82"/>
        <source>New invoice</source>
        <translation>Neue Rechnung</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_dialog.py" line="82"/>
        <source>Edit invoice</source>
        <translation>Rechnung bearbeiten</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_dialog.py" line="86"/>
        <source>Invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_dialog.py" line="87"/>
        <source>e.g. 2025-017</source>
        <translation>z. B. 2025-017</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_dialog.py" line="90"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_dialog.py" line="91"/>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_dialog.py" line="97"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_dialog.py" line="101"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_dialog.py" line="107"/>
        <source>Issued on</source>
        <translation>Ausgestellt am</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_dialog.py" line="108"/>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/payment_dialog.py" line="113"/>
        <source>Agreed payment term: %n day(s)</source>
        <translation>
            <numerusform>Vereinbartes Zahlungsziel: %n Tag</numerusform>
            <numerusform>Vereinbartes Zahlungsziel: %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/payment_dialog.py" line="116"/>
        <source>No payment term agreed; %n day(s) by default.</source>
        <translation>
            <numerusform>Kein Zahlungsziel vereinbart; %n Tag als Vorgabe.</numerusform>
            <numerusform>Kein Zahlungsziel vereinbart; %n Tage als Vorgabe.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_dialog.py" line="118"/>
        <source>Paid on</source>
        <translation>Bezahlt am</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_dialog.py" line="123"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_dialog.py" line="138"/>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_dialog.py" line="139"/>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_dialog.py" line="140"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_dialog.py" line="141"/>
        <source>&amp;Issued on:</source>
        <translation>&amp;Ausgestellt am:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_dialog.py" line="142"/>
        <source>&amp;Due on:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_dialog.py" line="144"/>
        <source>Paid:</source>
        <translation>Bezahlt:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_dialog.py" line="145"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_dialog.py" line="176"/>
        <source>Enter the amount, for example %1.</source>
        <translation>Geben Sie den Betrag ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_dialog.py" line="181"/>
        <source>The amount cannot be negative.</source>
        <translation>Der Betrag kann nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_dialog.py" line="183"/>
        <source>“%1” is not an amount. Write it like %2.</source>
        <translation>„%1“ ist kein Betrag. Schreiben Sie ihn wie %2.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_dialog.py" line="188"/>
        <source>The currency is a three-letter code such as EUR, CHF or USD.</source>
        <translation>Die Währung ist ein Code aus drei Buchstaben wie EUR, CHF oder USD.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_dialog.py" line="190"/>
        <source>The due date is before the issue date.</source>
        <translation>Das Fälligkeitsdatum liegt vor dem Ausstellungsdatum.</translation>
    </message>
</context>
<context>
    <name>PaymentReminderDialog</name>
    <message>
        <location filename="../../clientjournal/ui/payment_reminder_dialog.py" line="54"/>
        <source>Payment reminder</source>
        <translation>Zahlungserinnerung</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_reminder_dialog.py" line="59"/>
        <source>Language of the reminder</source>
        <translation>Sprache der Erinnerung</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_reminder_dialog.py" line="60"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_reminder_dialog.py" line="61"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_reminder_dialog.py" line="62"/>
        <source>Switching the language writes the text anew.</source>
        <translation>Beim Wechsel der Sprache wird der Text neu geschrieben.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_reminder_dialog.py" line="65"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_reminder_dialog.py" line="68"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_reminder_dialog.py" line="71"/>
        <source>Reminder text</source>
        <translation>Text der Erinnerung</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_reminder_dialog.py" line="72"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_reminder_dialog.py" line="74"/>
        <source>Copy the text to the clipboard</source>
        <translation>Text in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_reminder_dialog.py" line="76"/>
        <source>Open in &amp;mail app</source>
        <translation>Im &amp;Mailprogramm öffnen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_reminder_dialog.py" line="85"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_reminder_dialog.py" line="86"/>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payment_reminder_dialog.py" line="87"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
</context>
<context>
    <name>PaymentTableModel</name>
    <message>
        <location filename="../../clientjournal/ui/payments_pane.py" line="93"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payments_pane.py" line="94"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payments_pane.py" line="95"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payments_pane.py" line="96"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payments_pane.py" line="97"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payments_pane.py" line="98"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/payments_pane.py" line="125"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payments_pane.py" line="128"/>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payments_pane.py" line="129"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/payments_pane.py" line="132"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n Tag zu spät</numerusform>
            <numerusform>%n Tage zu spät</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payments_pane.py" line="133"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>PaymentsPane</name>
    <message>
        <location filename="../../clientjournal/ui/payments_pane.py" line="167"/>
        <source>Invoices of this client</source>
        <translation>Rechnungen dieses Kunden</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payments_pane.py" line="184"/>
        <source>No invoices yet. Add one with its due date, and this tab shows when it is paid or overdue, and how punctual this client pays.</source>
        <translation>Noch keine Rechnungen. Legen Sie eine mit Fälligkeitsdatum an; hier sehen Sie dann, wann sie bezahlt oder überfällig ist und wie pünktlich dieser Kunde zahlt.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payments_pane.py" line="193"/>
        <source>&amp;Add invoice…</source>
        <translation>Rechnung &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payments_pane.py" line="194"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payments_pane.py" line="196"/>
        <source>Mark &amp;paid…</source>
        <translation>Als &amp;bezahlt markieren…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payments_pane.py" line="199"/>
        <source>&amp;Reminder text…</source>
        <translation>&amp;Erinnerungstext…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payments_pane.py" line="201"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payments_pane.py" line="303"/>
        <source>Invoice added.</source>
        <translation>Rechnung hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payments_pane.py" line="315"/>
        <source>Edit invoice</source>
        <translation>Rechnung bearbeiten</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payments_pane.py" line="327"/>
        <source>Mark invoice paid</source>
        <translation>Rechnung als bezahlt markieren</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payments_pane.py" line="335"/>
        <source>Invoice deleted. Undo with Ctrl+Z.</source>
        <translation>Rechnung gelöscht. Rückgängig mit Strg+Z.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/payments_pane.py" line="377"/>
        <source>Average %n day(s) late</source>
        <translation>
            <numerusform>Im Schnitt %n Tag zu spät</numerusform>
            <numerusform>Im Schnitt %n Tage zu spät</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payments_pane.py" line="377"/>
        <source>Pays on time</source>
        <translation>Zahlt pünktlich</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/payments_pane.py" line="381"/>
        <source>%n open, %1</source>
        <translation>
            <numerusform>%n offen, %1</numerusform>
            <numerusform>%n offen, %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/payments_pane.py" line="383"/>
        <source>Nothing open</source>
        <translation>Nichts offen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/payments_pane.py" line="385"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../clientjournal/ui/preferences_dialog.py" line="25"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/preferences_dialog.py" line="30"/>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/preferences_dialog.py" line="32"/>
        <source>Morning hour</source>
        <translation>Morgens um</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/preferences_dialog.py" line="37"/>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/preferences_dialog.py" line="39"/>
        <source>Minimum rest in hours</source>
        <translation>Mindestruhe in Stunden</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/preferences_dialog.py" line="42"/>
        <source>A reply you sleep on is ready at the later of two times: the next morning at this hour, and after the minimum rest. Replies already sleeping keep their time.</source>
        <translation>Eine zurückgehaltene Antwort ist zum späteren von zwei Zeitpunkten bereit: am nächsten Morgen zu dieser Stunde und nach der Mindestruhe. Bereits ruhende Antworten behalten ihre Zeit.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/preferences_dialog.py" line="49"/>
        <source>Next &amp;morning at:</source>
        <translation>Nächster &amp;Morgen um:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/preferences_dialog.py" line="50"/>
        <source>Minimum &amp;rest:</source>
        <translation>Mindest&amp;ruhe:</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <location filename="../../clientjournal/ui/profile_editor.py" line="64"/>
        <source>Full profile</source>
        <translation>Vollständiges Profil</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_editor.py" line="161"/>
        <source>Full profile (%1 of %2 filled)</source>
        <translation>Vollständiges Profil (%1 von %2 ausgefüllt)</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../clientjournal/ui/project_dialog.py" line="28"/>
        <source>Edit project</source>
        <translation>Projekt bearbeiten</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/project_dialog.py" line="28"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/project_dialog.py" line="32"/>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/project_dialog.py" line="35"/>
        <source>Project status</source>
        <translation>Projektstatus</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/project_dialog.py" line="39"/>
        <source>Started on</source>
        <translation>Begonnen am</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/project_dialog.py" line="41"/>
        <source>Ended on</source>
        <translation>Beendet am</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/project_dialog.py" line="44"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/project_dialog.py" line="45"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <location filename="../../clientjournal/ui/cooling_queue.py" line="89"/>
        <source>Sleep-on-it queue</source>
        <translation>Warteschlange „Drüber schlafen“</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/cooling_queue.py" line="92"/>
        <source>Replies you are sleeping on</source>
        <translation>Antworten, über die Sie eine Nacht schlafen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/cooling_queue.py" line="97"/>
        <source>Replies you are sleeping on. A ready one is best reread calmly now; Enter opens it.</source>
        <translation>Antworten, über die Sie eine Nacht schlafen. Eine bereite Antwort lesen Sie am besten jetzt in Ruhe noch einmal; Eingabe öffnet sie.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/cooling_queue.py" line="102"/>
        <source>No reply is waiting. When a draft reads as heated, “Sleep on it” holds it here until the next morning.</source>
        <translation>Keine Antwort wartet. Wirkt ein Entwurf hitzig, hält „Drüber schlafen“ ihn hier bis zum nächsten Morgen zurück.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../clientjournal/ui/cooling_queue.py" line="51"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/cooling_queue.py" line="51"/>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/cooling_queue.py" line="51"/>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/cooling_queue.py" line="51"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/cooling_queue.py" line="65"/>
        <source>ready now</source>
        <translation>jetzt bereit</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/cooling_queue.py" line="77"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/cooling_queue.py" line="77"/>
        <source>sleeping</source>
        <translation>ruht</translation>
    </message>
</context>
<context>
    <name>RelationshipActions</name>
    <message>
        <location filename="../../clientjournal/ui/relationship_actions.py" line="33"/>
        <source>Needs &amp;attention…</source>
        <translation>Braucht &amp;Aufmerksamkeit…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/relationship_actions.py" line="37"/>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>Ka&amp;lender exportieren (.ics)…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/relationship_actions.py" line="40"/>
        <source>De&amp;cline prospect…</source>
        <translation>&amp;Interessenten ablehnen…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/relationship_actions.py" line="67"/>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/relationship_actions.py" line="69"/>
        <source>iCalendar file (*.ics)</source>
        <translation>iCalendar-Datei (*.ics)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/relationship_actions.py" line="85"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/relationship_actions.py" line="86"/>
        <source>The calendar could not be written to %1: %2</source>
        <translation>Der Kalender konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/relationship_actions.py" line="92"/>
        <source>Calendar exported to %1. Import it in your calendar app.</source>
        <translation>Kalender nach %1 exportiert. Importieren Sie ihn in Ihr Kalenderprogramm.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/relationship_actions.py" line="114"/>
        <source>Decline prospect</source>
        <translation>Interessenten ablehnen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/relationship_actions.py" line="116"/>
        <source>Saying no is part of working at eye level. Why are you declining “%1”? (kept in the profile)</source>
        <translation>Nein sagen gehört zur Arbeit auf Augenhöhe. Warum lehnen Sie „%1“ ab? (wird im Profil festgehalten)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/relationship_actions.py" line="128"/>
        <source>Decline “%1”</source>
        <translation>„%1“ ablehnen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/relationship_actions.py" line="131"/>
        <source>“%1” declined. Undo with Ctrl+Z.</source>
        <translation>„%1“ abgelehnt. Rückgängig mit Strg+Z.</translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <location filename="../../clientjournal/ui/reply_composer.py" line="70"/>
        <location filename="../../clientjournal/ui/reply_composer.py" line="71"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/reply_composer.py" line="74"/>
        <source>Reply text</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/reply_composer.py" line="76"/>
        <source>Write your reply. If it reads as heated, you can sleep on it.</source>
        <translation>Schreiben Sie Ihre Antwort. Wirkt sie hitzig, können Sie eine Nacht darüber schlafen.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/reply_composer.py" line="90"/>
        <source>&amp;Sleep on it</source>
        <translation>&amp;Drüber schlafen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/reply_composer.py" line="101"/>
        <source>Sleep on it</source>
        <translation>Drüber schlafen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/reply_composer.py" line="102"/>
        <source>&amp;Edit again</source>
        <translation>&amp;Wieder bearbeiten</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/reply_composer.py" line="103"/>
        <source>Re-&amp;rate</source>
        <translation>Neu &amp;bewerten</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/reply_composer.py" line="104"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/reply_composer.py" line="105"/>
        <source>Open in &amp;mail</source>
        <translation>Im &amp;Mailprogramm öffnen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/reply_composer.py" line="106"/>
        <source>Mark as se&amp;nt</source>
        <translation>Als &amp;gesendet markieren</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/reply_composer.py" line="107"/>
        <source>Release &amp;early…</source>
        <translation>&amp;Vorzeitig freigeben…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/reply_composer.py" line="108"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/reply_composer.py" line="109"/>
        <source>Re&amp;store</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/reply_composer.py" line="116"/>
        <source>Copies the reply text to the clipboard</source>
        <translation>Kopiert den Antworttext in die Zwischenablage</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/reply_composer.py" line="208"/>
        <source>This reads as heated: %1. You could sleep on it and reread it tomorrow morning.</source>
        <translation>Das wirkt hitzig: %1. Sie könnten eine Nacht darüber schlafen und es morgen früh noch einmal lesen.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/reply_composer.py" line="236"/>
        <source>To: %1 · Address as: %2</source>
        <translation>An: %1 · Anrede: %2</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/reply_composer.py" line="243"/>
        <source>Never: %1</source>
        <translation>Niemals: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/reply_composer.py" line="254"/>
        <source>You have been in touch %n time(s) in the last %1 days, more often than your rhythm with them. Does this need a message now, or can it wait?</source>
        <translation>
            <numerusform>Du hattest in den letzten %1 Tagen %n Kontakt, öfter als euer Rhythmus. Braucht es diese Nachricht jetzt, oder kann sie warten?</numerusform>
            <numerusform>Du hattest in den letzten %1 Tagen %n Kontakte, öfter als euer Rhythmus. Braucht es diese Nachricht jetzt, oder kann sie warten?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/reply_composer.py" line="298"/>
        <source>You slept on it. Reread it calmly beside the profile and the latest notes, then decide.</source>
        <translation>Sie haben eine Nacht darüber geschlafen. Lesen Sie die Antwort in Ruhe neben dem Profil und den letzten Notizen, dann entscheiden Sie.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/reply_composer.py" line="302"/>
        <source>Sleeping on it until %1. Come back then and reread it with fresh eyes.</source>
        <translation>Ruht bis %1. Lesen Sie sie dann mit frischem Blick noch einmal.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/reply_composer.py" line="305"/>
        <source>Sent on %1; it is kept as a note in the timeline.</source>
        <translation>Gesendet am %1; sie bleibt als Notiz in der Zeitleiste.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/reply_composer.py" line="309"/>
        <source>Discarded. Restore it to work on it again.</source>
        <translation>Verworfen. Stellen Sie sie wieder her, um weiter daran zu arbeiten.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/reply_composer.py" line="311"/>
        <source>Released early on %1, before its night was over.</source>
        <translation>Am %1 vorzeitig freigegeben, bevor ihre Nacht vorbei war.</translation>
    </message>
</context>
<context>
    <name>ReplyPane</name>
    <message>
        <location filename="../../clientjournal/ui/reply_pane.py" line="55"/>
        <source>Replies to this client</source>
        <translation>Antworten an diesen Kunden</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/reply_pane.py" line="61"/>
        <source>New &amp;reply</source>
        <translation>Neue &amp;Antwort</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/reply_pane.py" line="64"/>
        <source>Show sent and discarded</source>
        <translation>Gesendete und verworfene zeigen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/reply_pane.py" line="69"/>
        <source>Latest notes about this client</source>
        <translation>Die letzten Notizen zu diesem Kunden</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/reply_pane.py" line="88"/>
        <source>Latest notes</source>
        <translation>Letzte Notizen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/reply_pane.py" line="148"/>
        <source>Release early?</source>
        <translation>Vorzeitig freigeben?</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/reply_pane.py" line="150"/>
        <source>This reply is still sleeping. Release it now, before the night is over?</source>
        <translation>Diese Antwort ruht noch. Jetzt freigeben, bevor die Nacht vorbei ist?</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/reply_pane.py" line="152"/>
        <source>It will be noted that you released it early.</source>
        <translation>Es wird festgehalten, dass Sie sie vorzeitig freigegeben haben.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/reply_pane.py" line="153"/>
        <source>I have reread it calmly</source>
        <translation>Ich habe sie in Ruhe noch einmal gelesen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/reply_pane.py" line="158"/>
        <source>Release now</source>
        <translation>Jetzt freigeben</translation>
    </message>
</context>
<context>
    <name>SearchActions</name>
    <message>
        <location filename="../../clientjournal/ui/search_actions.py" line="28"/>
        <source>Search everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/search_actions.py" line="30"/>
        <location filename="../../clientjournal/ui/startup.py" line="75"/>
        <source>Search notes, profiles, agreements, replies (Ctrl+K)</source>
        <translation>Notizen, Profile, Vereinbarungen, Antworten durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/search_actions.py" line="35"/>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../clientjournal/ui/search_model.py" line="72"/>
        <source>Client %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/search_model.py" line="85"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/search_model.py" line="86"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/search_model.py" line="87"/>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/search_model.py" line="88"/>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../clientjournal/ui/search_panel.py" line="53"/>
        <source>Search in</source>
        <translation>Suchen in</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/search_panel.py" line="54"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/search_panel.py" line="59"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/search_panel.py" line="60"/>
        <source>Any mood</source>
        <translation>Jede Stimmung</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/search_panel.py" line="65"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/search_panel.py" line="68"/>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/search_panel.py" line="68"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/search_panel.py" line="68"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/search_panel.py" line="72"/>
        <source>From … to …</source>
        <translation>Von … bis …</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/search_panel.py" line="76"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/search_panel.py" line="77"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/search_panel.py" line="87"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/search_panel.py" line="88"/>
        <source>Only this client</source>
        <translation>Nur dieser Kunde</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/search_panel.py" line="96"/>
        <source>Search results, grouped by client</source>
        <translation>Suchergebnisse, nach Kunden gruppiert</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/search_panel.py" line="129"/>
        <source>Any tag</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/search_panel.py" line="156"/>
        <source>Type to search notes, profiles, agreements and replies.</source>
        <translation>Tippen, um Notizen, Profile, Vereinbarungen und Antworten zu durchsuchen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/search_panel.py" line="162"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/search_panel.py" line="166"/>
        <source>Nothing found for “%1”. Fewer words or another filter may help.</source>
        <translation>Nichts gefunden für „%1“. Weniger Wörter oder ein anderer Filter helfen vielleicht.</translation>
    </message>
</context>
<context>
    <name>StartupWindow</name>
    <message>
        <location filename="../../clientjournal/ui/startup.py" line="109"/>
        <source>Opening the journal…</source>
        <translation>Journal wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../clientjournal/ui/summary_dialog.py" line="114"/>
        <source>Summary for %1</source>
        <translation>Zusammenfassung für %1</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/summary_dialog.py" line="119"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/summary_dialog.py" line="122"/>
        <source>Summary preview</source>
        <translation>Vorschau der Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/summary_dialog.py" line="126"/>
        <source>Summary text (Markdown)</source>
        <translation>Text der Zusammenfassung (Markdown)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/summary_dialog.py" line="128"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/summary_dialog.py" line="129"/>
        <source>&amp;Edit text</source>
        <translation>Text &amp;bearbeiten</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/summary_dialog.py" line="133"/>
        <source>Read it through, adjust the text if you like, then copy it into your e-mail or save it.</source>
        <translation>Lesen Sie die Zusammenfassung durch, passen Sie den Text bei Bedarf an und kopieren Sie ihn dann in Ihre E-Mail oder speichern Sie ihn.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/summary_dialog.py" line="142"/>
        <source>C&amp;opy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/summary_dialog.py" line="144"/>
        <source>Copy the text as Markdown to the clipboard</source>
        <translation>Den Text als Markdown in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/summary_dialog.py" line="145"/>
        <source>Save as &amp;Markdown…</source>
        <translation>Als &amp;Markdown speichern…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/summary_dialog.py" line="147"/>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/summary_dialog.py" line="180"/>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/summary_dialog.py" line="190"/>
        <location filename="../../clientjournal/ui/summary_dialog.py" line="201"/>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/summary_dialog.py" line="193"/>
        <source>Save summary as Markdown</source>
        <translation>Zusammenfassung als Markdown speichern</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/summary_dialog.py" line="195"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/summary_dialog.py" line="204"/>
        <source>Save summary as PDF</source>
        <translation>Zusammenfassung als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/summary_dialog.py" line="206"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/summary_dialog.py" line="217"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/summary_dialog.py" line="218"/>
        <source>The summary could not be saved:
%1</source>
        <translation>Die Zusammenfassung konnte nicht gespeichert werden:
%1</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/summary_dialog.py" line="221"/>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../clientjournal/ui/template_dialog.py" line="65"/>
        <source>Checklist templates</source>
        <translation>Vorlagen für Checklisten</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/template_dialog.py" line="77"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/template_dialog.py" line="78"/>
        <source>&amp;New template</source>
        <translation>&amp;Neue Vorlage</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/template_dialog.py" line="80"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/template_dialog.py" line="83"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/template_dialog.py" line="88"/>
        <source>Template name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/template_dialog.py" line="90"/>
        <source>Built-in templates cannot be changed; duplicate one to make your own.</source>
        <translation>Mitgelieferte Vorlagen lassen sich nicht ändern; duplizieren Sie eine, um Ihre eigene daraus zu machen.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/template_dialog.py" line="95"/>
        <source>Points of the template</source>
        <translation>Punkte der Vorlage</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/template_dialog.py" line="96"/>
        <source>Add &amp;item</source>
        <translation>Punkt &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/template_dialog.py" line="98"/>
        <source>&amp;Remove item</source>
        <translation>Punkt &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/template_dialog.py" line="100"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/template_dialog.py" line="102"/>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/template_dialog.py" line="117"/>
        <source>&amp;Add to checklist</source>
        <translation>Zur &amp;Checkliste hinzufügen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/template_dialog.py" line="139"/>
        <source>Templates:</source>
        <translation>Vorlagen:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/template_dialog.py" line="146"/>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/template_dialog.py" line="191"/>
        <source>%1 (built-in, %2)</source>
        <translation>%1 (mitgeliefert, %2)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/template_dialog.py" line="268"/>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/template_dialog.py" line="276"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/template_dialog.py" line="288"/>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/template_dialog.py" line="289"/>
        <source>Delete the template “%1”? This cannot be undone.</source>
        <translation>Die Vorlage „%1“ löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../clientjournal/ui/trash_dialog.py" line="29"/>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/trash_dialog.py" line="35"/>
        <source>Deleted clients</source>
        <translation>Gelöschte Kunden</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/trash_dialog.py" line="39"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/trash_dialog.py" line="41"/>
        <source>&amp;Empty trash…</source>
        <translation>Papierkorb &amp;leeren…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/trash_dialog.py" line="59"/>
        <source>%1 — deleted %2</source>
        <translation>%1 — gelöscht am %2</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/trash_dialog.py" line="63"/>
        <source>Deleted clients and their notes are kept here until you empty the trash.</source>
        <translation>Gelöschte Kunden und ihre Notizen bleiben hier, bis Sie den Papierkorb leeren.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/trash_dialog.py" line="65"/>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/trash_dialog.py" line="83"/>
        <source>Empty trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/trash_dialog.py" line="85"/>
        <source>Delete %n client(s) and all their notes for good? This cannot be undone.</source>
        <translation>
            <numerusform>%n Kunden und alle zugehörigen Notizen endgültig löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%n Kunden und alle zugehörigen Notizen endgültig löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoStackAction</name>
    <message>
        <location filename="../../clientjournal/ui/undo_action.py" line="33"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/undo_action.py" line="33"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/undo_action.py" line="35"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/undo_action.py" line="35"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
</context>
<context>
    <name>agreement_labels</name>
    <message>
        <location filename="../../clientjournal/ui/agreement_labels.py" line="24"/>
        <source>Scope</source>
        <translation>Leistungsumfang</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_labels.py" line="25"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_labels.py" line="26"/>
        <source>Deadline</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_labels.py" line="27"/>
        <source>Revisions</source>
        <translation>Korrekturen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_labels.py" line="28"/>
        <source>Payment terms</source>
        <translation>Zahlungsbedingungen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_labels.py" line="29"/>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_labels.py" line="30"/>
        <source>Usage rights</source>
        <translation>Nutzungsrechte</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_labels.py" line="31"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_labels.py" line="37"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_labels.py" line="38"/>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_labels.py" line="39"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_labels.py" line="40"/>
        <source>Broken</source>
        <translation>Gebrochen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_labels.py" line="56"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_labels.py" line="57"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_labels.py" line="58"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_labels.py" line="59"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/agreement_labels.py" line="69"/>
        <source>overdue since %1 (%n days)</source>
        <translation>
            <numerusform>überfällig seit %1 (%n Tag)</numerusform>
            <numerusform>überfällig seit %1 (%n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_labels.py" line="73"/>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/agreement_labels.py" line="75"/>
        <source>due %1 (in %n days)</source>
        <translation>
            <numerusform>fällig %1 (in %n Tag)</numerusform>
            <numerusform>fällig %1 (in %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreement_labels.py" line="78"/>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
</context>
<context>
    <name>cadence</name>
    <message>
        <location filename="../../clientjournal/ui/cadence_labels.py" line="16"/>
        <source>No rhythm</source>
        <translation>Kein Rhythmus</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/cadence_labels.py" line="17"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>im Abstand von %n Tag</numerusform>
            <numerusform>im Abstand von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/cadence_labels.py" line="24"/>
        <source>Rhythm: %1</source>
        <translation>Rhythmus: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/cadence_labels.py" line="26"/>
        <source>%n contact(s) in this period: give them room, don&apos;t nag</source>
        <translation>
            <numerusform>%n Kontakt in diesem Zeitraum: Raum lassen, nicht drängeln</numerusform>
            <numerusform>%n Kontakte in diesem Zeitraum: Raum lassen, nicht drängeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/cadence_labels.py" line="35"/>
        <source>time to get in touch (%n day(s) past the rhythm)</source>
        <translation>
            <numerusform>Zeit, sich zu melden (%n Tag über dem Rhythmus)</numerusform>
            <numerusform>Zeit, sich zu melden (%n Tage über dem Rhythmus)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/cadence_labels.py" line="39"/>
        <source>time to get in touch</source>
        <translation>Zeit, sich zu melden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/cadence_labels.py" line="42"/>
        <source>get in touch within %n day(s)</source>
        <translation>
            <numerusform>innerhalb von %n Tag melden</numerusform>
            <numerusform>innerhalb von %n Tagen melden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/cadence_labels.py" line="46"/>
        <source>next contact in %n day(s)</source>
        <translation>
            <numerusform>nächster Kontakt in %n Tag</numerusform>
            <numerusform>nächster Kontakt in %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>draft_labels</name>
    <message>
        <location filename="../../clientjournal/ui/draft_labels.py" line="19"/>
        <source>sounds like a threat</source>
        <translation>klingt nach Drohung</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/draft_labels.py" line="20"/>
        <source>words aimed at the reader</source>
        <translation>Worte gegen den Leser</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/draft_labels.py" line="21"/>
        <source>ultimatum</source>
        <translation>Ultimatum</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/draft_labels.py" line="22"/>
        <source>accuses (“you always / never”)</source>
        <translation>Vorwurf („Sie immer / nie“)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/draft_labels.py" line="23"/>
        <source>sarcasm</source>
        <translation>Sarkasmus</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/draft_labels.py" line="24"/>
        <source>exasperation</source>
        <translation>Genervtheit</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/draft_labels.py" line="25"/>
        <source>rhetorical question</source>
        <translation>rhetorische Frage</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/draft_labels.py" line="26"/>
        <source>“again” as a reproach</source>
        <translation>„schon wieder“ als Vorwurf</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/draft_labels.py" line="27"/>
        <source>shouting (CAPITALS)</source>
        <translation>Schreien (GROSSBUCHSTABEN)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/draft_labels.py" line="28"/>
        <source>harsh words</source>
        <translation>harte Worte</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/draft_labels.py" line="29"/>
        <source>blunt command</source>
        <translation>schroffe Anweisung</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/draft_labels.py" line="30"/>
        <source>several exclamation marks</source>
        <translation>mehrere Ausrufezeichen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/draft_labels.py" line="31"/>
        <source>?! as a reproach</source>
        <translation>?! als Vorwurf</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/draft_labels.py" line="32"/>
        <source>exaggeration</source>
        <translation>Übertreibung</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/draft_labels.py" line="33"/>
        <source>the wording as a whole</source>
        <translation>die Wortwahl insgesamt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/draft_labels.py" line="46"/>
        <source>Ready to reread</source>
        <translation>Bereit zum Nachlesen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/draft_labels.py" line="48"/>
        <source>Sleeping until %1</source>
        <translation>Ruht bis %1</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/draft_labels.py" line="50"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/draft_labels.py" line="51"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/draft_labels.py" line="52"/>
        <source>Discarded</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/draft_labels.py" line="60"/>
        <source>(empty draft)</source>
        <translation>(leerer Entwurf)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/labels.py" line="72"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/labels.py" line="22"/>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/labels.py" line="23"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/labels.py" line="24"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/labels.py" line="25"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/labels.py" line="31"/>
        <source>du (informal German)</source>
        <translation>du (informell)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/labels.py" line="32"/>
        <source>Sie (formal German)</source>
        <translation>Sie (förmlich)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/labels.py" line="33"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/labels.py" line="34"/>
        <source>Formal (Mr/Ms …)</source>
        <translation>Förmlich (Herr/Frau …)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/labels.py" line="40"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/labels.py" line="41"/>
        <source>Call</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/labels.py" line="42"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/labels.py" line="43"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/labels.py" line="44"/>
        <source>Lunch</source>
        <translation>Mittagessen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/labels.py" line="50"/>
        <source>Very bad</source>
        <translation>Sehr schlecht</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/labels.py" line="51"/>
        <source>Tense</source>
        <translation>Angespannt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/labels.py" line="52"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/labels.py" line="53"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/labels.py" line="54"/>
        <source>Very good</source>
        <translation>Sehr gut</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/labels.py" line="66"/>
        <source>no contact yet</source>
        <translation>noch kein Kontakt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/labels.py" line="69"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/labels.py" line="71"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="16"/>
        <source>They want</source>
        <translation>Sie wollen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="17"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="18"/>
        <source>Never</source>
        <translation>Niemals</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="19"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="20"/>
        <source>Punctuality</source>
        <translation>Pünktlichkeit</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="21"/>
        <source>Reachability</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="22"/>
        <source>Attention</source>
        <translation>Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="23"/>
        <source>Discounts</source>
        <translation>Rabatte</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="24"/>
        <source>Extras</source>
        <translation>Extras</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="25"/>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="26"/>
        <source>Role</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="27"/>
        <location filename="../../clientjournal/ui/profile_labels.py" line="71"/>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="28"/>
        <source>Current problems</source>
        <translation>Aktuelle Probleme</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="29"/>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="30"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="31"/>
        <source>Small talk</source>
        <translation>Smalltalk</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="32"/>
        <source>My needs</source>
        <translation>Meine Bedürfnisse</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="33"/>
        <source>Red flags</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="34"/>
        <source>Work with again?</source>
        <translation>Wieder zusammenarbeiten?</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="35"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="36"/>
        <source>Declined because</source>
        <translation>Abgelehnt, weil</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="43"/>
        <source>What do they want? e.g. calm, clear layouts, no jargon</source>
        <translation>Was wollen sie? z. B. ruhige, klare Gestaltung, kein Fachjargon</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="44"/>
        <source>Where is this heading? e.g. relaunch in spring, then a shop</source>
        <translation>Wohin geht es? z. B. Relaunch im Frühjahr, dann ein Shop</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="45"/>
        <source>What must never happen? e.g. never change the logo without asking</source>
        <translation>Was darf nie passieren? z. B. nie ohne Rückfrage am Logo ändern</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="46"/>
        <source>e.g. tight but fair; asks for fixed prices</source>
        <translation>z. B. knapp, aber fair; will Festpreise</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="47"/>
        <source>e.g. pays on day 30; feedback often late</source>
        <translation>z. B. zahlt am 30. Tag; Feedback oft spät</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="48"/>
        <source>e.g. phone mornings only, never Fridays</source>
        <translation>z. B. Telefon nur vormittags, nie freitags</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="49"/>
        <source>e.g. wants a short update every Monday</source>
        <translation>z. B. will jeden Montag ein kurzes Update</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="50"/>
        <source>e.g. asks for a discount every time: stay firm</source>
        <translation>z. B. fragt jedes Mal nach Rabatt: fest bleiben</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="51"/>
        <source>e.g. small extras welcome, bigger ones as a change request</source>
        <translation>z. B. kleine Extras gern, größere als Änderungsauftrag</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="52"/>
        <source>e.g. organic bakery chain</source>
        <translation>z. B. Bio-Bäckereikette</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="53"/>
        <source>e.g. head of marketing, decides alone</source>
        <translation>z. B. Leitung Marketing, entscheidet allein</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="54"/>
        <source>e.g. took over from her father in 2019</source>
        <translation>z. B. hat 2019 von ihrem Vater übernommen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="55"/>
        <source>e.g. sales falling since the new competitor opened</source>
        <translation>z. B. Umsatz sinkt, seit die neue Konkurrenz eröffnet hat</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="56"/>
        <source>e.g. cycling, jazz</source>
        <translation>z. B. Radfahren, Jazz</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="57"/>
        <source>e.g. 12 April</source>
        <translation>z. B. 12. April</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="58"/>
        <source>e.g. two kids, just back from Lisbon</source>
        <translation>z. B. zwei Kinder, gerade aus Lissabon zurück</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="59"/>
        <source>e.g. feedback within a week, payment on time, no calls after 6 pm</source>
        <translation>z. B. Feedback innerhalb einer Woche, pünktliche Zahlung, keine Anrufe nach 18 Uhr</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="60"/>
        <source>e.g. scope grows in every call</source>
        <translation>z. B. Umfang wächst in jedem Gespräch</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="61"/>
        <source>e.g. clear briefs and paid on time</source>
        <translation>z. B. klare Briefings und pünktlich bezahlt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="62"/>
        <source>e.g. budget far too low for the scope</source>
        <translation>z. B. Budget viel zu knapp für den Umfang</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="69"/>
        <source>Essentials</source>
        <translation>Das Wichtigste</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="70"/>
        <source>Their needs</source>
        <translation>Ihre Bedürfnisse</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="72"/>
        <source>Personal</source>
        <translation>Persönliches</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="73"/>
        <source>My side</source>
        <translation>Meine Seite</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="74"/>
        <source>Ending</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="80"/>
        <source>Not decided</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="81"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/profile_labels.py" line="82"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../clientjournal/ui/undo_commands.py" line="27"/>
        <source>Delete client “%1”</source>
        <translation>Kunden „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/undo_commands.py" line="66"/>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/undo_commands.py" line="83"/>
        <source>Delete agreement “%1”</source>
        <translation>Vereinbarung „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/undo_commands.py" line="106"/>
        <source>Discard reply</source>
        <translation>Antwort verwerfen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/undo_commands.py" line="125"/>
        <source>Add invoice</source>
        <translation>Rechnung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/undo_commands.py" line="173"/>
        <source>Delete invoice</source>
        <translation>Rechnung löschen</translation>
    </message>
</context>
</TS>
