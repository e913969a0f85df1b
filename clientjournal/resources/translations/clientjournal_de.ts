<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AfterImport</name>
    <message>
        <location filename="../../ui/sync/after_import.py" line="80"/>
        <source>The import moved “%1” to the trash (the file’s copy is newer); what you typed is kept with them: Edit → Trash brings them back.</source>
        <translation>Der Import hat „%1“ in den Papierkorb verschoben (die Kopie in der Datei ist neuer); was Sie getippt haben, ist mit dort: Bearbeiten → Papierkorb holt es zurück.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/after_import.py" line="88"/>
        <source>The import changed the note you were typing in: both versions are kept; choose above the note.</source>
        <translation>Der Import hat die Notiz geändert, in der Sie geschrieben haben: Beide Fassungen bleiben erhalten; wählen Sie über der Notiz.</translation>
    </message>
</context>
<context>
    <name>AgreementActions</name>
    <message>
        <location filename="../../ui/agreements/actions.py" line="22"/>
        <source>&amp;Due soon and overdue…</source>
        <translation>&amp;Bald fällig und überfällig…</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <location filename="../../ui/agreements/editor.py" line="117"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="120"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="125"/>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="127"/>
        <source>Agreed on</source>
        <translation>Vereinbart am</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="131"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="134"/>
        <source>Agreed in (note)</source>
        <translation>Vereinbart in (Notiz)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="137"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="138"/>
        <source>What exactly was agreed: numbers, dates, who approves …</source>
        <translation>Was genau vereinbart wurde: Zahlen, Termine, wer freigibt …</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="144"/>
        <location filename="../../ui/agreements/editor.py" line="171"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="152"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="153"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="151"/>
        <source>Tit&amp;le:</source>
        <translation>Tite&amp;l:</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="156"/>
        <source>Pro&amp;ject:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="157"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="159"/>
        <source>Show the note it was agreed in</source>
        <translation>Die Notiz anzeigen, in der es vereinbart wurde</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="164"/>
        <source>Agreed &amp;in:</source>
        <translation>Vereinbart &amp;in:</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="395"/>
        <source>the other version of “%1”, kept beside what you typed</source>
        <translation>die andere Fassung von „%1“, neben Ihrer Eingabe erhalten</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="408"/>
        <source>(no project)</source>
        <translation>(kein Projekt)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="413"/>
        <source>(not linked to a note)</source>
        <translation>(mit keiner Notiz verknüpft)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="436"/>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="439"/>
        <source>status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="442"/>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="446"/>
        <source>(import)</source>
        <translation>(Import)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="451"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="452"/>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="453"/>
        <source>details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="454"/>
        <source>due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="455"/>
        <source>date agreed</source>
        <translation>Vereinbarungsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="456"/>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="457"/>
        <source>linked note</source>
        <translation>verknüpfte Notiz</translation>
    </message>
</context>
<context>
    <name>AgreementPane</name>
    <message>
        <location filename="../../ui/agreements/pane.py" line="68"/>
        <source>Show agreements of project</source>
        <translation>Vereinbarungen dieses Projekts zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/pane.py" line="71"/>
        <source>New project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/pane.py" line="74"/>
        <source>Edit project…</source>
        <translation>Projekt bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/pane.py" line="82"/>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/pane.py" line="94"/>
        <source>No agreements yet. Add the points to settle before work starts — or start from a template.</source>
        <translation>Noch keine Vereinbarungen. Halten Sie fest, was vor Arbeitsbeginn zu klären ist – oder beginnen Sie mit einer Vorlage.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/pane.py" line="97"/>
        <source>Nothing in this project yet. Add its points — or start from a template. “All projects” shows the client&apos;s other agreements.</source>
        <translation>In diesem Projekt gibt es noch nichts. Fügen Sie seine Punkte hinzu – oder beginnen Sie mit einer Vorlage. „Alle Projekte“ zeigt die übrigen Vereinbarungen des Kunden.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/pane.py" line="107"/>
        <source>&amp;Add</source>
        <translation>Hinzu&amp;fügen</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/pane.py" line="109"/>
        <source>Fr&amp;om template…</source>
        <translation>Aus V&amp;orlage…</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/pane.py" line="112"/>
        <source>&amp;Summary…</source>
        <translation>Zu&amp;sammenfassung…</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/pane.py" line="115"/>
        <source>A one-page summary to send to the client for confirmation</source>
        <translation>Eine einseitige Zusammenfassung, die der Kunde bestätigen kann</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/pane.py" line="119"/>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/pane.py" line="120"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/pane.py" line="121"/>
        <source>Broken…</source>
        <translation>Gebrochen…</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/pane.py" line="122"/>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/pane.py" line="192"/>
        <source>%1 the new agreement opens when it ends</source>
        <translation>%1 die neue Vereinbarung öffnet sich danach</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/pane.py" line="205"/>
        <source>New agreement</source>
        <translation>Neue Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/pane.py" line="219"/>
        <source>This step is not possible from the current status.</source>
        <translation>Dieser Schritt ist vom aktuellen Status aus nicht möglich.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/pane.py" line="225"/>
        <source>Agreement broken</source>
        <translation>Vereinbarung gebrochen</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/pane.py" line="226"/>
        <source>What happened? (a short note for the history)</source>
        <translation>Was ist passiert? (eine kurze Notiz für den Verlauf)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/pane.py" line="261"/>
        <source>Agreement deleted. Undo with Ctrl+Z.</source>
        <translation>Vereinbarung gelöscht. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/pane.py" line="339"/>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/pane.py" line="340"/>
        <source>Without project</source>
        <translation>Ohne Projekt</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/pane.py" line="394"/>
        <source>The agreement you were editing was also changed by an import or on another computer: your text stays, the other version is kept as another agreement.</source>
        <translation>Die Vereinbarung, die Sie bearbeitet haben, wurde auch durch einen Import oder auf einem anderen Computer geändert: Ihr Text bleibt, die andere Fassung ist als weitere Vereinbarung erhalten.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/pane.py" line="429"/>
        <source>This view: %1 · all projects: %2</source>
        <translation>Diese Ansicht: %1 · alle Projekte: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreements/pane.py" line="438"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreements/pane.py" line="440"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreements/pane.py" line="442"/>
        <source>%n broken</source>
        <translation>
            <numerusform>%n gebrochen</numerusform>
            <numerusform>%n gebrochen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agreements/pane.py" line="462"/>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
</context>
<context>
    <name>AttentionActions</name>
    <message>
        <location filename="../../ui/attention/actions.py" line="30"/>
        <source>Needs &amp;attention…</source>
        <translation>Braucht &amp;Aufmerksamkeit…</translation>
    </message>
    <message>
        <location filename="../../ui/attention/actions.py" line="34"/>
        <source>De&amp;cline prospect…</source>
        <translation>&amp;Interessenten ablehnen…</translation>
    </message>
    <message>
        <location filename="../../ui/attention/actions.py" line="72"/>
        <source>Decline prospect</source>
        <translation>Interessenten ablehnen</translation>
    </message>
    <message>
        <location filename="../../ui/attention/actions.py" line="74"/>
        <source>Saying no is part of working at eye level. Why are you declining “%1”? (kept in the profile)</source>
        <translation>Nein sagen gehört zur Arbeit auf Augenhöhe. Warum lehnen Sie „%1“ ab? (wird im Profil festgehalten)</translation>
    </message>
    <message>
        <location filename="../../ui/attention/actions.py" line="86"/>
        <source>Decline “%1”</source>
        <translation>„%1“ ablehnen</translation>
    </message>
    <message>
        <location filename="../../ui/attention/actions.py" line="89"/>
        <source>“%1” declined. Undo with Ctrl+Z.</source>
        <translation>„%1“ abgelehnt. Rückgängig mit Strg+Z.</translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <location filename="../../ui/attention/view.py" line="23"/>
        <location filename="../../ui/attention/view.py" line="30"/>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../../ui/attention/view.py" line="32"/>
        <source>&amp;Get in touch</source>
        <translation>&amp;Melden</translation>
    </message>
    <message>
        <location filename="../../ui/attention/view.py" line="33"/>
        <source>&amp;Overdue invoices</source>
        <translation>Ü&amp;berfällige Rechnungen</translation>
    </message>
    <message>
        <location filename="../../ui/attention/view.py" line="34"/>
        <source>&amp;Mood falling</source>
        <translation>&amp;Stimmung sinkt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attention/view.py" line="55"/>
        <source>&amp;Get in touch (%n)</source>
        <translation>
            <numerusform>&amp;Melden (%n)</numerusform>
            <numerusform>&amp;Melden (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attention/view.py" line="56"/>
        <source>&amp;Overdue invoices (%n)</source>
        <translation>
            <numerusform>Ü&amp;berfällige Rechnungen (%n)</numerusform>
            <numerusform>Ü&amp;berfällige Rechnungen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attention/view.py" line="57"/>
        <source>&amp;Mood falling (%n)</source>
        <translation>
            <numerusform>&amp;Stimmung sinkt (%n)</numerusform>
            <numerusform>&amp;Stimmung sinkt (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../ui/safety/backup_actions.py" line="47"/>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_actions.py" line="50"/>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_actions.py" line="78"/>
        <source>the backup folder %1 is not available</source>
        <translation>der Sicherungsordner %1 ist nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_actions.py" line="82"/>
        <source>backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_actions.py" line="88"/>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_actions.py" line="112"/>
        <source>Backed up: %1 clients, %2 notes, to %3</source>
        <translation>Gesichert: %1 Kunden, %2 Notizen, nach %3</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_actions.py" line="125"/>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_actions.py" line="126"/>
        <source>The backup could not be made; the journal is unchanged:
%1</source>
        <translation>Die Sicherung konnte nicht erstellt werden; das Journal ist unverändert:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_actions.py" line="158"/>
        <source>restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_actions.py" line="159"/>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_actions.py" line="174"/>
        <source>Restoring the backup…</source>
        <translation>Sicherung wird wiederhergestellt…</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_actions.py" line="195"/>
        <source>Nothing was changed</source>
        <translation>Es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_actions.py" line="196"/>
        <source>The backup could not be restored; the journal is unchanged:
%1</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden; das Journal ist unverändert:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_actions.py" line="216"/>
        <source>Backup restored. The previous journal is kept as %1.</source>
        <translation>Sicherung wiederhergestellt. Das bisherige Journal ist als %1 aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_actions.py" line="218"/>
        <source>Backup restored.</source>
        <translation>Sicherung wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>CategoryDelegate</name>
    <message>
        <location filename="../../ui/agreements/template_items.py" line="40"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../ui/clients/dialog.py" line="41"/>
        <source>Edit client</source>
        <translation>Kunden bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="41"/>
        <source>New client</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="46"/>
        <source>e.g. Anna Müller</source>
        <translation>z. B. Anna Müller</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="70"/>
        <source>Started on</source>
        <translation>Begonnen am</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="71"/>
        <source>Ended on</source>
        <translation>Beendet am</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="75"/>
        <source>No rhythm</source>
        <translation>Kein Rhythmus</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="76"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="79"/>
        <source>How often you want to be in touch while you work together, e.g. every 14 days. The app reminds you when it is time, and warns when you contact them too often.</source>
        <translation>Wie oft Sie während der Zusammenarbeit in Kontakt sein wollen, z. B. alle 14 Tage. Die App erinnert, wenn es Zeit ist, und warnt, wenn Sie sich zu oft melden.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="85"/>
        <source>e.g. print, regular, referral</source>
        <translation>z. B. Print, Stammkunde, Empfehlung</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="92"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="93"/>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="94"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="95"/>
        <source>&amp;Phone:</source>
        <translation>Te&amp;lefon:</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="96"/>
        <source>&amp;Address as:</source>
        <translation>&amp;Anrede:</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="98"/>
        <source>Sa&amp;lutation:</source>
        <translation>He&amp;rr/Frau:</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="99"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="102"/>
        <source>&amp;Get in touch every:</source>
        <translation>&amp;Kontakt halten alle:</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="103"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="105"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="106"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="107"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="108"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="109"/>
        <source>Address as</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="110"/>
        <source>Salutation</source>
        <translation>Herr oder Frau</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="111"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="112"/>
        <source>Contact rhythm in days</source>
        <translation>Kontaktrhythmus in Tagen</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="113"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="187"/>
        <source>A client needs a name.</source>
        <translation>Bitte einen Namen angeben.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="188"/>
        <source>The name is too long.</source>
        <translation>Der Name ist zu lang.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="189"/>
        <source>This does not look like an e-mail address.</source>
        <translation>Das sieht nicht nach einer E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="190"/>
        <source>The end date is before the start date.</source>
        <translation>Das Enddatum liegt vor dem Startdatum.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="191"/>
        <source>The company is too long.</source>
        <translation>Der Firmenname ist zu lang.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="192"/>
        <source>The phone number is too long.</source>
        <translation>Die Telefonnummer ist zu lang.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialog.py" line="193"/>
        <source>Too many tags.</source>
        <translation>Zu viele Tags.</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <location filename="../../ui/clients/list_model.py" line="165"/>
        <source>last contact %1</source>
        <translation>letzter Kontakt %1</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <location filename="../../ui/clients/list_panel.py" line="36"/>
        <source>Filter clients</source>
        <translation>Kunden filtern</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_panel.py" line="37"/>
        <location filename="../../ui/shell/startup.py" line="86"/>
        <source>Filter by name, company, e-mail</source>
        <translation>Name, Firma oder E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_panel.py" line="43"/>
        <source>Sort clients by</source>
        <translation>Kunden sortieren nach</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_panel.py" line="44"/>
        <location filename="../../ui/shell/startup.py" line="90"/>
        <source>By name</source>
        <translation>Nach Name</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_panel.py" line="45"/>
        <source>By surname</source>
        <translation>Nach Nachname</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_panel.py" line="46"/>
        <location filename="../../ui/shell/startup.py" line="91"/>
        <source>By last contact</source>
        <translation>Nach letztem Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_panel.py" line="51"/>
        <source>Show clients with the tag</source>
        <translation>Kunden mit diesem Tag zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_panel.py" line="55"/>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_panel.py" line="144"/>
        <location filename="../../ui/shell/startup.py" line="94"/>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_panel.py" line="183"/>
        <source>No client matches</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_panel.py" line="184"/>
        <source>Nothing matches “%1”. Clear the filter to see every client.</source>
        <translation>Nichts passt zu „%1“. Filter leeren, um alle Kunden zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_panel.py" line="191"/>
        <source>No clients yet</source>
        <translation>Noch keine Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_panel.py" line="192"/>
        <source>The people and companies you work for will be listed here.</source>
        <translation>Hier erscheinen die Menschen und Firmen, für die Sie arbeiten.</translation>
    </message>
</context>
<context>
    <name>ClientPane</name>
    <message>
        <location filename="../../ui/clients/pane.py" line="85"/>
        <source>Notes, newest first</source>
        <translation>Notizen, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../../ui/clients/pane.py" line="95"/>
        <source>No notes yet. Write the first one below: what they want, what you agreed, how the last call went.</source>
        <translation>Noch keine Notizen. Schreiben Sie unten die erste: was gewünscht ist, was vereinbart wurde, wie das letzte Telefonat lief.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/pane.py" line="104"/>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/clients/pane.py" line="106"/>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <location filename="../../ui/clients/pane.py" line="140"/>
        <source>Notes and agreements</source>
        <translation>Notizen und Vereinbarungen</translation>
    </message>
    <message>
        <location filename="../../ui/clients/pane.py" line="142"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/clients/pane.py" line="143"/>
        <location filename="../../ui/clients/pane.py" line="416"/>
        <source>A&amp;greements</source>
        <translation>&amp;Vereinbarungen</translation>
    </message>
    <message>
        <location filename="../../ui/clients/pane.py" line="144"/>
        <source>&amp;Replies</source>
        <translation>Ant&amp;worten</translation>
    </message>
    <message>
        <location filename="../../ui/clients/pane.py" line="145"/>
        <location filename="../../ui/clients/pane.py" line="424"/>
        <source>&amp;Payments</source>
        <translation>&amp;Zahlungen</translation>
    </message>
    <message>
        <location filename="../../ui/clients/pane.py" line="302"/>
        <source>Edit profile of “%1”</source>
        <translation>Profil von „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/clients/pane.py" line="310"/>
        <source>Edit tags of “%1”</source>
        <translation>Tags von „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/clients/pane.py" line="402"/>
        <source>Welcome to Client Journal</source>
        <translation>Willkommen bei Client Journal</translation>
    </message>
    <message>
        <location filename="../../ui/clients/pane.py" line="404"/>
        <source>Everything you know about a client, in one place on your computer: notes, calls, moods. Start by adding a client.</source>
        <translation>Alles, was Sie über Ihre Kundschaft wissen, an einem Ort auf Ihrem Computer: Notizen, Telefonate, Stimmungen. Legen Sie als Erstes einen Kunden an.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/pane.py" line="406"/>
        <source>Add your first client…</source>
        <translation>Ersten Kunden anlegen…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/pane.py" line="410"/>
        <source>No client selected</source>
        <translation>Kein Kunde ausgewählt</translation>
    </message>
    <message>
        <location filename="../../ui/clients/pane.py" line="411"/>
        <source>Pick a client on the left, or add a new one with Ctrl+Shift+N.</source>
        <translation>Wählen Sie links einen Kunden aus oder legen Sie mit Strg+Umschalt+N einen neuen an.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/pane.py" line="418"/>
        <source>A&amp;greements (%n overdue)</source>
        <translation>
            <numerusform>&amp;Vereinbarungen (%n überfällig)</numerusform>
            <numerusform>&amp;Vereinbarungen (%n überfällig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/pane.py" line="420"/>
        <source>A&amp;greements (%n open)</source>
        <translation>
            <numerusform>&amp;Vereinbarungen (%n offen)</numerusform>
            <numerusform>&amp;Vereinbarungen (%n offen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/pane.py" line="424"/>
        <source>&amp;Payments (%n overdue)</source>
        <translation>
            <numerusform>&amp;Zahlungen (%n überfällig)</numerusform>
            <numerusform>&amp;Zahlungen (%n überfällig)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/clients/pane.py" line="479"/>
        <source>Note deleted. Undo with Ctrl+Z.</source>
        <translation>Notiz gelöscht. Rückgängig mit Strg+Z.</translation>
    </message>
</context>
<context>
    <name>ClientSummary</name>
    <message>
        <location filename="../../ui/clients/summary.py" line="94"/>
        <source>Client profile</source>
        <translation>Kundenprofil</translation>
    </message>
    <message>
        <location filename="../../ui/clients/summary.py" line="115"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/summary.py" line="117"/>
        <source>Edit client</source>
        <translation>Kunden bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/clients/summary.py" line="133"/>
        <source>Client tags</source>
        <translation>Tags des Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/clients/summary.py" line="134"/>
        <source>Tags, separated by commas</source>
        <translation>Tags, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../ui/clients/summary.py" line="137"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <location filename="../../ui/clients/summary.py" line="146"/>
        <source>Profile details</source>
        <translation>Profildetails</translation>
    </message>
    <message>
        <location filename="../../ui/clients/summary.py" line="206"/>
        <source>Show the client&apos;s details</source>
        <translation>Details zum Kunden zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/clients/summary.py" line="208"/>
        <source>Fold the client&apos;s details away (more room for the notes)</source>
        <translation>Details zum Kunden einklappen (mehr Platz für die Notizen)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/summary.py" line="240"/>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <location filename="../../ui/clients/summary.py" line="242"/>
        <source>ended %1</source>
        <translation>beendet am %1</translation>
    </message>
    <message>
        <location filename="../../ui/clients/summary.py" line="243"/>
        <source>Last contact: %1</source>
        <translation>Letzter Kontakt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/clients/summary.py" line="247"/>
        <source>Address as: %1</source>
        <translation>Anrede: %1</translation>
    </message>
</context>
<context>
    <name>ContactImportDialog</name>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="71"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="72"/>
        <source>Name prefix (Dr.)</source>
        <translation>Titel (Dr.)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="73"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="74"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="75"/>
        <source>Name suffix</source>
        <translation>Namenszusatz</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="76"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="77"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="78"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="79"/>
        <source>Address form (du/Sie)</source>
        <translation>Anrede (du/Sie)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="80"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="81"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="82"/>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="83"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="84"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="85"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="86"/>
        <source>State or region</source>
        <translation>Bundesland oder Region</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="87"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="88"/>
        <source>PO box</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="89"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="90"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="91"/>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="121"/>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="129"/>
        <source>Encoding</source>
        <translation>Zeichensatz</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="132"/>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="133"/>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="133"/>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="134"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="134"/>
        <source>Vertical bar</source>
        <translation>Senkrechter Strich</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="137"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Zeichensatz:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="139"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="152"/>
        <source>What each column holds</source>
        <translation>Was in jeder Spalte steht</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="160"/>
        <source>Contacts to import</source>
        <translation>Zu importierende Kontakte</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="175"/>
        <source>&amp;Contacts (Space checks or unchecks one):</source>
        <translation>&amp;Kontakte (Leertaste hakt einen an oder ab):</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="192"/>
        <source>Check &amp;all</source>
        <translation>&amp;Alle anhaken</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="193"/>
        <source>Check &amp;none</source>
        <translation>K&amp;einen anhaken</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="213"/>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="432"/>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen …</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="282"/>
        <source>Column “%1”</source>
        <translation>Spalte „%1“</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="283"/>
        <source>For example: %1</source>
        <translation>Zum Beispiel: %1</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="303"/>
        <source>Reading the table again…</source>
        <translation>Die Tabelle wird neu gelesen …</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="329"/>
        <source>Applying the column choice…</source>
        <translation>Die Spaltenzuordnung wird angewendet …</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="378"/>
        <source>This cannot be imported: %1</source>
        <translation>Das lässt sich nicht importieren: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="397"/>
        <source>%n contact(s) in “%1”.</source>
        <translation>
            <numerusform>%n Kontakt in „%1“.</numerusform>
            <numerusform>%n Kontakte in „%1“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="400"/>
        <source>%n look(s) like clients you already have: left unchecked; checked, they are imported with the tag “possible duplicate”.</source>
        <translation>
            <numerusform>%n sieht aus wie ein Kunde, den Sie schon haben: nicht angehakt; angehakt wird er mit dem Tag „mögliche Dublette“ importiert.</numerusform>
            <numerusform>%n sehen aus wie Kunden, die Sie schon haben: nicht angehakt; angehakt werden sie mit dem Tag „mögliche Dublette“ importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="409"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="411"/>
        <source>Read with problems:</source>
        <translation>Mit Problemen gelesen:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="418"/>
        <source>&amp;Import %n client(s)</source>
        <translation>
            <numerusform>%n Kunden &amp;importieren</numerusform>
            <numerusform>%n Kunden &amp;importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/exchange/contact_write.py" line="30"/>
        <source>Import %n client(s)</source>
        <translation>
            <numerusform>%n Kunden importieren</numerusform>
            <numerusform>%n Kunden importieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="427"/>
        <location filename="../../clientjournal/ui/exchange/contact_write.py" line="68"/>
        <source>Nothing was changed</source>
        <translation>Es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="439"/>
        <source>This file cannot be imported:
%1</source>
        <translation>Diese Datei lässt sich nicht importieren:
%1</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="443"/>
        <source>Reading the contacts was cancelled; nothing was changed.</source>
        <translation>Das Lesen der Kontakte wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="453"/>
        <source>Syncing… the contacts are imported when it ends</source>
        <translation>Synchronisiere … die Kontakte werden danach importiert</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_write.py" line="73"/>
        <source>contact import</source>
        <translation>Kontaktimport</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/exchange/contact_write.py" line="70"/>
        <source>Importing %n client(s)…</source>
        <translation>
            <numerusform>%n Kunde wird importiert …</numerusform>
            <numerusform>%n Kunden werden importiert …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_write.py" line="76"/>
        <source>possible duplicate</source>
        <translation>mögliche Dublette</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_write.py" line="88"/>
        <source>The import failed and nothing was changed:
%1</source>
        <translation>Der Import ist fehlgeschlagen, es wurde nichts geändert:
%1</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_write.py" line="92"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/exchange/contact_write.py" line="98"/>
        <source>%n client(s) imported. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n Kunde importiert. Rückgängig mit Strg+Z.</numerusform>
            <numerusform>%n Kunden importiert. Rückgängig mit Strg+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactPreviewModel</name>
    <message>
        <location filename="../../ui/exchange/contact_preview_model.py" line="69"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/contact_preview_model.py" line="70"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/contact_preview_model.py" line="71"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/contact_preview_model.py" line="72"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/contact_preview_model.py" line="73"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/contact_preview_model.py" line="74"/>
        <source>Already in the journal?</source>
        <translation>Schon im Journal?</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/contact_preview_model.py" line="91"/>
        <source>twice in the file (as “%1”)</source>
        <translation>doppelt in der Datei (als „%1“)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/contact_preview_model.py" line="93"/>
        <source>same e-mail as “%1”</source>
        <translation>gleiche E-Mail wie „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/contact_preview_model.py" line="94"/>
        <source>same name and company as “%1”</source>
        <translation>gleicher Name und gleiche Firma wie „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/contact_preview_model.py" line="114"/>
        <source>will be imported</source>
        <translation>wird importiert</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/contact_preview_model.py" line="114"/>
        <source>left out</source>
        <translation>wird ausgelassen</translation>
    </message>
</context>
<context>
    <name>ContactWork</name>
    <message>
        <location filename="../../clientjournal/ui/exchange/contact_work.py" line="46"/>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="98"/>
        <source>The journal cannot be opened</source>
        <translation>Das Journal kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="99"/>
        <source>The journal needs a newer Client Journal</source>
        <translation>Das Journal braucht ein neueres Client Journal</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="100"/>
        <source>The journal is missing</source>
        <translation>Das Journal fehlt</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="102"/>
        <source>The journal is damaged</source>
        <translation>Das Journal ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="117"/>
        <source>File: %1
Details: %2</source>
        <translation>Datei: %1
Einzelheiten: %2</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="129"/>
        <source>&amp;Restore this backup</source>
        <translation>Diese Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="132"/>
        <source>&amp;Choose another backup…</source>
        <translation>Andere Sicherung &amp;auswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="135"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="135"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="154"/>
        <source>The journal file is empty: what it held is gone, probably after a crash or a full disk.</source>
        <translation>Die Journal-Datei ist leer: Ihr Inhalt ist verloren, vermutlich nach einem Absturz oder bei voller Festplatte.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="158"/>
        <source>The journal file is cut short: its end is missing, probably after a crash, a full disk or an interrupted copy.</source>
        <translation>Die Journal-Datei ist unvollständig: Ihr Ende fehlt, vermutlich nach einem Absturz, bei voller Festplatte oder nach einem abgebrochenen Kopiervorgang.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="162"/>
        <source>The file in the journal&apos;s place is not a journal at all; another file may have been copied over it.</source>
        <translation>Die Datei an der Stelle des Journals ist gar kein Journal; möglicherweise wurde eine andere Datei darüberkopiert.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="166"/>
        <source>The file in the journal&apos;s place is a database, but not a Client Journal.</source>
        <translation>Die Datei an der Stelle des Journals ist eine Datenbank, aber kein Client Journal.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="169"/>
        <source>The journal was saved by a newer version of Client Journal. Update the app to open it; a backup only takes you back to that backup&apos;s state.</source>
        <translation>Das Journal wurde von einer neueren Version von Client Journal gespeichert. Aktualisieren Sie die App, um es zu öffnen; eine Sicherung bringt Sie nur auf den Stand dieser Sicherung zurück.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="173"/>
        <source>The journal is encrypted and could not be opened with the passphrase.</source>
        <translation>Das Journal ist verschlüsselt und ließ sich mit der Passphrase nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="176"/>
        <source>The journal file is damaged: parts of it cannot be read, for example after a disk error or a crash during a copy.</source>
        <translation>Die Journal-Datei ist beschädigt: Teile davon lassen sich nicht lesen, etwa nach einem Datenträgerfehler oder einem Absturz beim Kopieren.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="180"/>
        <source>The system refuses the journal file: it is not yours or not readable, its disk is read-only, or the disk is full. The file itself may well be fine.</source>
        <translation>Das System verweigert den Zugriff auf die Journaldatei: Sie gehört Ihnen nicht oder ist nicht lesbar, ihr Datenträger ist schreibgeschützt, oder der Datenträger ist voll. Die Datei selbst ist wahrscheinlich in Ordnung.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="184"/>
        <source>The journal file is missing, but its backups are there: restore one instead of starting an empty journal.</source>
        <translation>Die Journaldatei fehlt, aber ihre Sicherungen sind vorhanden: Stellen Sie eine davon wieder her, statt mit einem leeren Journal zu beginnen.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="188"/>
        <source>The journal cannot be opened.</source>
        <translation>Das Journal lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="192"/>
        <source>Restoring a backup would not help: it would meet the same refusal. Fix the cause (the file&apos;s owner or permissions, a disk mounted read-only, free space), then start Client Journal again.</source>
        <translation>Eine Sicherung wiederherzustellen hilft hier nicht: Sie träfe auf dieselbe Verweigerung. Beheben Sie die Ursache (Besitzer oder Rechte der Datei, ein schreibgeschützt eingebundener Datenträger, freier Speicherplatz) und starten Sie Client Journal dann erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="200"/>
        <source>There is no readable backup to go back to. The damaged file stays as it is.</source>
        <translation>Es gibt keine lesbare Sicherung, zu der Sie zurückkehren könnten. Die beschädigte Datei bleibt, wie sie ist.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="207"/>
        <source>The newest readable backup is from %1 and holds %2 clients and %3 notes. Restoring it moves the damaged file aside under a new name, where it is kept; nothing is overwritten or deleted.</source>
        <translation>Die neueste lesbare Sicherung ist vom %1 und enthält %2 Kunden und %3 Notizen. Beim Wiederherstellen wird die beschädigte Datei unter einem neuen Namen beiseitegelegt und aufbewahrt; nichts wird überschrieben oder gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="217"/>
        <source>There is no readable backup to go back to.</source>
        <translation>Es gibt keine lesbare Sicherung, zu der Sie zurückkehren können.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="222"/>
        <source>The newest readable backup is from %1 and holds %2 clients and %3 notes. Restoring it moves the journal aside under a new name, where it is kept; nothing is overwritten or deleted.</source>
        <translation>Die neueste lesbare Sicherung ist vom %1 und enthält %2 Kunden und %3 Notizen. Beim Wiederherstellen wird das Journal unter einem neuen Namen beiseitegelegt und aufbewahrt; nichts wird überschrieben oder gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="228"/>
        <source>The newest readable backup is from %1 and holds %2 clients and %3 notes. Restoring it puts a copy of it in the journal&apos;s place; nothing is overwritten or deleted.</source>
        <translation>Die neueste lesbare Sicherung ist vom %1 und enthält %2 Kunden und %3 Notizen. Beim Wiederherstellen wird eine Kopie davon an die Stelle des Journals gesetzt; nichts wird überschrieben oder gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="327"/>
        <source>Nothing was changed</source>
        <translation>Es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="328"/>
        <source>The backup could not be restored:
%1</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="342"/>
        <source>The journal is not encrypted</source>
        <translation>Das Journal ist nicht verschlüsselt</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="343"/>
        <source>The backup was not encrypted, and the passphrase of the journal it replaced is not known, so the restored journal is not encrypted. Set a passphrase with Edit → Journal passphrase….</source>
        <translation>Die Sicherung war nicht verschlüsselt, und die Passphrase des Journals, das sie ersetzt hat, ist nicht bekannt: Das wiederhergestellte Journal ist daher nicht verschlüsselt. Legen Sie eine Passphrase fest unter Bearbeiten → Passphrase des Journals….</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="356"/>
        <source>The backup was encrypted, so the journal is encrypted now: it opens only with the backup&apos;s passphrase. The plain copies of the journal before the restore were encrypted with it too.</source>
        <translation>Die Sicherung war verschlüsselt, daher ist das Journal jetzt verschlüsselt: Es öffnet sich nur noch mit der Passphrase der Sicherung. Die unverschlüsselten Kopien des Journals vor der Wiederherstellung wurden ebenfalls damit verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="363"/>
        <source>Some plain copies could not be encrypted (is the disk full?). Set the passphrase again with Edit → Journal passphrase… to encrypt them.</source>
        <translation>Einige unverschlüsselte Kopien konnten nicht verschlüsselt werden (ist der Datenträger voll?). Legen Sie die Passphrase unter Bearbeiten → Passphrase des Journals… erneut fest, um sie zu verschlüsseln.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="371"/>
        <source>The journal is encrypted now</source>
        <translation>Das Journal ist jetzt verschlüsselt</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../ui/shell/demo_banner.py" line="36"/>
        <source>You are looking at demo data.</source>
        <translation>Sie sehen Demodaten.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/demo_banner.py" line="38"/>
        <source>Re&amp;move demo data</source>
        <translation>Demodaten entfe&amp;rnen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/demo_banner.py" line="40"/>
        <location filename="../../ui/shell/demo_banner.py" line="96"/>
        <location filename="../../ui/shell/demo_banner.py" line="104"/>
        <source>Remove demo data</source>
        <translation>Demodaten entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/demo_banner.py" line="46"/>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <location filename="../../ui/shell/demo_banner.py" line="49"/>
        <source>Remove &amp;demo data…</source>
        <translation>&amp;Demodaten entfernen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/demo_banner.py" line="88"/>
        <source>Demo data removed: %n client(s).</source>
        <translation>
            <numerusform>Demodaten entfernt: %n Kunde.</numerusform>
            <numerusform>Demodaten entfernt: %n Kunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/demo_banner.py" line="97"/>
        <source>Remove the %n demo client(s)?</source>
        <translation>
            <numerusform>Den %n Demokunden entfernen?</numerusform>
            <numerusform>Die %n Demokunden entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/demo_banner.py" line="100"/>
        <source>Their notes, agreements, drafts and invoices go with them, including notes you wrote on a demo client. Clients you added yourself stay as they are.</source>
        <translation>Ihre Notizen, Vereinbarungen, Entwürfe und Rechnungen werden mit entfernt, auch Notizen, die Sie bei einem Demokunden geschrieben haben. Kunden, die Sie selbst angelegt haben, bleiben unverändert.</translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <location filename="../../ui/shell/welcome_dialog.py" line="128"/>
        <source>Writing the demo journal…</source>
        <translation>Demo-Journal wird angelegt…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome_dialog.py" line="151"/>
        <location filename="../../ui/shell/welcome_dialog.py" line="163"/>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome_dialog.py" line="129"/>
        <source>demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome_dialog.py" line="162"/>
        <source>The demo could not be written: %1</source>
        <translation>Die Demodaten konnten nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>DropImport</name>
    <message>
        <location filename="../../ui/exchange/drop_import.py" line="53"/>
        <source>Add e-mail to “%1”</source>
        <translation>E-Mail zu „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/drop_import.py" line="113"/>
        <source>“%1” was not added: drop a vCard (.vcf) or CSV file to import contacts, or a saved e-mail (.eml) to add it as a note.</source>
        <translation>„%1“ wurde nicht hinzugefügt: Ziehen Sie eine vCard (.vcf) oder CSV-Datei herein, um Kontakte zu importieren, oder eine gespeicherte E-Mail (.eml), um sie als Notiz hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/drop_import.py" line="134"/>
        <location filename="../../ui/exchange/drop_import.py" line="139"/>
        <source>The e-mail was not added:
%1</source>
        <translation>Die E-Mail wurde nicht hinzugefügt:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/drop_import.py" line="135"/>
        <location filename="../../ui/exchange/drop_import.py" line="140"/>
        <source>Nothing was changed</source>
        <translation>Es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/drop_import.py" line="150"/>
        <source>%1 the e-mail is added when it ends</source>
        <translation>%1 die E-Mail wird danach hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/drop_import.py" line="164"/>
        <source>E-mail added as a note to “%1”. Undo with Ctrl+Z.</source>
        <translation>E-Mail als Notiz zu „%1“ hinzugefügt. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/drop_import.py" line="171"/>
        <source>(no address)</source>
        <translation>(keine Adresse)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/drop_import.py" line="175"/>
        <source>No client has the address %1. Select a client, then drop it again.</source>
        <translation>Kein Kunde hat die Adresse %1. Wählen Sie einen Kunden aus und ziehen Sie die E-Mail noch einmal herein.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/drop_import.py" line="183"/>
        <source>No client has the address %1.

Add the e-mail “%2” as a note to “%3”?</source>
        <translation>Kein Kunde hat die Adresse %1.

Die E-Mail „%2“ als Notiz zu „%3“ hinzufügen?</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/drop_import.py" line="185"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/drop_import.py" line="190"/>
        <source>Add e-mail as a note</source>
        <translation>E-Mail als Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/drop_import.py" line="196"/>
        <source>The e-mail was not added.</source>
        <translation>Die E-Mail wurde nicht hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <location filename="../../ui/agreements/due.py" line="67"/>
        <source>Due soon and overdue</source>
        <translation>Bald fällig und überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/due.py" line="70"/>
        <source>Agreements due soon or overdue</source>
        <translation>Bald fällige oder überfällige Vereinbarungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreements/due.py" line="75"/>
        <source>Open or agreed items due within %n days, and everything overdue. Enter opens the client.</source>
        <translation>
            <numerusform>Offene oder vereinbarte Punkte, die innerhalb von %n Tag fällig werden, und alles Überfällige. Eingabe öffnet den Kunden.</numerusform>
            <numerusform>Offene oder vereinbarte Punkte, die innerhalb von %n Tagen fällig werden, und alles Überfällige. Eingabe öffnet den Kunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreements/due.py" line="82"/>
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
        <location filename="../../ui/agreements/due.py" line="37"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/due.py" line="37"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/due.py" line="37"/>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/due.py" line="37"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../clientjournal/ui/sync/merge.py" line="88"/>
        <source>Possible duplicate clients</source>
        <translation>Möglicherweise doppelte Kunden</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/merge.py" line="92"/>
        <source>These clients were created on different computers and look like one person. Merging moves everything of the second to the first and puts the second in the trash; Ctrl+Z undoes it.</source>
        <translation>Diese Kunden wurden auf verschiedenen Computern angelegt und scheinen dieselbe Person zu sein. Beim Zusammenführen wandert alles vom zweiten zum ersten, der zweite kommt in den Papierkorb; Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/merge.py" line="139"/>
        <source>%1 and %2: %3</source>
        <translation>%1 und %2: %3</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/merge.py" line="146"/>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/merge.py" line="149"/>
        <source>Merge %1 into %2</source>
        <translation>%1 mit %2 zusammenführen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/merge.py" line="151"/>
        <source>&amp;Not the same</source>
        <translation>&amp;Nicht dieselbe Person</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/merge.py" line="154"/>
        <source>%1 and %2 are two people</source>
        <translation>%1 und %2 sind zwei Personen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/merge.py" line="175"/>
        <source>Merged “%1” into “%2”. Undo with Ctrl+Z.</source>
        <translation>„%1“ mit „%2“ zusammengeführt. Rückgängig mit Strg+Z.</translation>
    </message>
</context>
<context>
    <name>EncryptionActions</name>
    <message>
        <location filename="../../ui/safety/encryption_actions.py" line="28"/>
        <source>Journal &amp;passphrase…</source>
        <translation>Passphrase des &amp;Journals…</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_actions.py" line="31"/>
        <source>Encrypt the journal and its backups with a passphrase, or change it</source>
        <translation>Das Journal und seine Sicherungen mit einer Passphrase verschlüsseln oder sie ändern</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_actions.py" line="84"/>
        <source>re-encryption</source>
        <translation>Neuverschlüsselung</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_actions.py" line="93"/>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_actions.py" line="113"/>
        <source>The journal and its backups are encrypted now.</source>
        <translation>Das Journal und seine Sicherungen sind jetzt verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_actions.py" line="115"/>
        <source>The journal and its backups are no longer encrypted.</source>
        <translation>Das Journal und seine Sicherungen sind nicht mehr verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_actions.py" line="136"/>
        <source>Journal passphrase</source>
        <translation>Passphrase des Journals</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/safety/encryption_actions.py" line="123"/>
        <source>%n backup(s) could not be re-encrypted (made under an older passphrase, or unreadable) and were left as they were:</source>
        <translation>
            <numerusform>%n Sicherung ließ sich nicht neu verschlüsseln (mit einer älteren Passphrase erstellt oder unlesbar) und blieb unverändert:</numerusform>
            <numerusform>%n Sicherungen ließen sich nicht neu verschlüsseln (mit einer älteren Passphrase erstellt oder unlesbar) und blieben unverändert:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <location filename="../../ui/safety/encryption_dialog.py" line="64"/>
        <location filename="../../ui/safety/encryption_dialog.py" line="65"/>
        <source>Journal passphrase</source>
        <translation>Passphrase des Journals</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_dialog.py" line="72"/>
        <source>&lt;b&gt;If you forget the passphrase, the journal and its backups cannot be opened again — by anyone, and there is no way to reset it.&lt;/b&gt; Write it down and keep it in a safe place.</source>
        <translation>&lt;b&gt;Wenn Sie die Passphrase vergessen, lassen sich das Journal und seine Sicherungen nie wieder öffnen – von niemandem, und sie kann nicht zurückgesetzt werden.&lt;/b&gt; Schreiben Sie sie auf und bewahren Sie sie an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_dialog.py" line="90"/>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_dialog.py" line="92"/>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_dialog.py" line="94"/>
        <source>Chan&amp;ge the passphrase</source>
        <translation>Passphrase ände&amp;rn</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_dialog.py" line="98"/>
        <source>Re&amp;move the passphrase (store the journal unencrypted)</source>
        <translation>Passphrase ent&amp;fernen (Journal unverschlüsselt speichern)</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_dialog.py" line="108"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_dialog.py" line="109"/>
        <source>New passphrase again</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_dialog.py" line="110"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_dialog.py" line="111"/>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_dialog.py" line="114"/>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_dialog.py" line="120"/>
        <source>Re-encryption progress</source>
        <translation>Fortschritt der Neuverschlüsselung</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_dialog.py" line="130"/>
        <source>&amp;Encrypt</source>
        <translation>&amp;Verschlüsseln</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_dialog.py" line="130"/>
        <location filename="../../ui/safety/encryption_dialog.py" line="204"/>
        <source>C&amp;hange</source>
        <translation>Än&amp;dern</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_dialog.py" line="145"/>
        <source>The journal and its backups are encrypted. Change the passphrase, or remove it to store them unencrypted again.</source>
        <translation>Das Journal und seine Sicherungen sind verschlüsselt. Ändern Sie die Passphrase oder entfernen Sie sie, um beides wieder unverschlüsselt zu speichern.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_dialog.py" line="149"/>
        <source>A passphrase encrypts the journal file and its backups on disk: a stolen laptop or a lost backup disk reveals nothing without it. The app asks for it at every start. Exports are not encrypted.</source>
        <translation>Eine Passphrase verschlüsselt die Journal-Datei und ihre Sicherungen auf dem Datenträger: Ein gestohlener Laptop oder eine verlorene Sicherungsfestplatte verrät ohne sie nichts. Die App fragt bei jedem Start danach. Exporte werden nicht verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_dialog.py" line="162"/>
        <source>The sync folder %1 still holds this journal&apos;s changes in plain text, and they no longer fit it: sync to a new, empty folder (Settings → Sync), then delete the old folder&apos;s files on every computer.</source>
        <translation>Der Sync-Ordner %1 enthält die Änderungen dieses Journals noch unverschlüsselt, und sie passen nicht mehr dazu: Synchronisieren Sie über einen neuen, leeren Ordner (Einstellungen → Sync) und löschen Sie danach die Dateien des alten Ordners auf jedem Computer.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_dialog.py" line="168"/>
        <source>The sync folder %1 still holds this journal&apos;s changes under the old passphrase, and they no longer fit it: sync to a new, empty folder (Settings → Sync), then delete the old folder&apos;s files on every computer.</source>
        <translation>Der Sync-Ordner %1 enthält die Änderungen dieses Journals noch mit der alten Passphrase verschlüsselt, und sie passen nicht mehr dazu: Synchronisieren Sie über einen neuen, leeren Ordner (Einstellungen → Sync) und löschen Sie danach die Dateien des alten Ordners auf jedem Computer.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_dialog.py" line="176"/>
        <source>This journal syncs through %1. The changes written there stay in plain text: afterwards, sync to a new, empty folder (Settings → Sync) and delete the old folder&apos;s files on every computer.</source>
        <translation>Dieses Journal wird über %1 synchronisiert. Die dort geschriebenen Änderungen bleiben unverschlüsselt: Synchronisieren Sie danach über einen neuen, leeren Ordner (Einstellungen → Sync) und löschen Sie die Dateien des alten Ordners auf jedem Computer.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_dialog.py" line="182"/>
        <source>This journal syncs through %1. The changes written there stay under the current passphrase: afterwards, sync to a new, empty folder (Settings → Sync) and delete the old folder&apos;s files on every computer.</source>
        <translation>Dieses Journal wird über %1 synchronisiert. Die dort geschriebenen Änderungen bleiben mit der bisherigen Passphrase verschlüsselt: Synchronisieren Sie danach über einen neuen, leeren Ordner (Einstellungen → Sync) und löschen Sie die Dateien des alten Ordners auf jedem Computer.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_dialog.py" line="204"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_dialog.py" line="212"/>
        <source>The journal and its backups will be stored unencrypted.</source>
        <translation>Das Journal und seine Sicherungen werden unverschlüsselt gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_dialog.py" line="214"/>
        <source>Weak: easy to guess. Longer is better, e.g. four words.</source>
        <translation>Schwach: leicht zu erraten. Länger ist besser, zum Beispiel vier Wörter.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_dialog.py" line="215"/>
        <source>Fair. A few more words or characters make it strong.</source>
        <translation>Mittel. Ein paar Wörter oder Zeichen mehr machen sie stark.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_dialog.py" line="216"/>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_dialog.py" line="222"/>
        <source>Enter the current passphrase.</source>
        <translation>Geben Sie die aktuelle Passphrase ein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/safety/encryption_dialog.py" line="226"/>
        <source>The new passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Die neue Passphrase braucht mindestens %n Zeichen.</numerusform>
            <numerusform>Die neue Passphrase braucht mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_dialog.py" line="228"/>
        <source>The two new passphrases differ.</source>
        <translation>Die beiden neuen Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_dialog.py" line="240"/>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>Die aktuelle Passphrase ist falsch. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_dialog.py" line="254"/>
        <source>Re-encrypting the journal…</source>
        <translation>Das Journal wird neu verschlüsselt …</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_dialog.py" line="272"/>
        <source>Re-encrypting the backups: %1 of %2</source>
        <translation>Die Sicherungen werden neu verschlüsselt: %1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/safety/encryption_dialog.py" line="298"/>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts geändert: %1</translation>
    </message>
</context>
<context>
    <name>EssentialsLine</name>
    <message>
        <location filename="../../ui/clients/essentials_line.py" line="67"/>
        <source>Profile essentials</source>
        <translation>Das Wichtigste aus dem Profil</translation>
    </message>
    <message>
        <location filename="../../ui/clients/essentials_line.py" line="72"/>
        <source>Nothing noted yet on what they want or what must never happen.</source>
        <translation>Noch nichts notiert dazu, was der Kunde will oder was nie passieren darf.</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../ui/exchange/actions.py" line="36"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="44"/>
        <source>Export readable files (&amp;Markdown)…</source>
        <translation>Lesbare Dateien exportieren (&amp;Markdown)…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="135"/>
        <source>Export journal</source>
        <translation>Journal exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="135"/>
        <location filename="../../ui/exchange/actions.py" line="236"/>
        <source>Client Journal export (*.json)</source>
        <translation>Client-Journal-Export (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="198"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="215"/>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="38"/>
        <source>&amp;Export journal (JSON)…</source>
        <translation>Journal &amp;exportieren (JSON)…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="41"/>
        <source>Export clients as a &amp;table (CSV)…</source>
        <translation>Kunden als &amp;Tabelle exportieren (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="49"/>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>Ka&amp;lender exportieren (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="148"/>
        <source>Export clients as a table</source>
        <translation>Kunden als Tabelle exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="148"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="162"/>
        <source>Export readable files into a folder</source>
        <translation>Lesbare Dateien in einen Ordner exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="174"/>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="174"/>
        <source>iCalendar file (*.ics)</source>
        <translation>iCalendar-Datei (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="197"/>
        <source>export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="206"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="210"/>
        <source>The table is made for File → Import and for other programs: in every language its column names are English and its columns separated by commas. A spreadsheet opens it through its text import (Data → From Text/CSV), with the comma as the separator.</source>
        <translation>Die Tabelle ist für Datei → Importieren und für andere Programme gemacht: In jeder Sprache sind ihre Spaltennamen englisch und ihre Spalten durch Kommas getrennt. Eine Tabellenkalkulation öffnet sie über ihren Textimport (Daten → Aus Text/CSV), mit dem Komma als Trennzeichen.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="222"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="223"/>
        <source>Nothing was written:
%1</source>
        <translation>Es wurde nichts geschrieben:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="231"/>
        <source>Import journal or contacts</source>
        <translation>Journal oder Kontakte importieren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="235"/>
        <source>Journal exports and contacts (*.json *.vcf *.vcard *.csv *.tsv)</source>
        <translation>Journal-Exporte und Kontakte (*.json *.vcf *.vcard *.csv *.tsv)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="237"/>
        <source>vCard contacts (*.vcf *.vcard)</source>
        <translation>vCard-Kontakte (*.vcf *.vcard)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="238"/>
        <source>CSV tables of contacts (*.csv *.tsv *.txt)</source>
        <translation>CSV-Tabellen mit Kontakten (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="262"/>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="263"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="272"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="278"/>
        <source>Nothing was changed</source>
        <translation>Es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="279"/>
        <source>The operation failed and nothing was changed:
%1</source>
        <translation>Der Vorgang ist fehlgeschlagen, es wurde nichts geändert:
%1</translation>
    </message>
</context>
<context>
    <name>GetInTouch</name>
    <message>
        <location filename="../../ui/attention/get_in_touch.py" line="68"/>
        <source>Clients to get in touch with</source>
        <translation>Kunden, bei denen Sie sich melden sollten</translation>
    </message>
    <message>
        <location filename="../../ui/attention/get_in_touch.py" line="77"/>
        <source>Clients whose contact rhythm asks for a word from you, most overdue first; below them, those you contacted more often than agreed. Enter opens the client.</source>
        <translation>Kunden, deren Kontaktrhythmus ein Wort von Ihnen verlangt, die längst fälligen zuerst; darunter die, bei denen Sie sich öfter gemeldet haben als vereinbart. Enter öffnet den Kunden.</translation>
    </message>
    <message>
        <location filename="../../ui/attention/get_in_touch.py" line="81"/>
        <source>Nobody is waiting for you. Give a client a contact rhythm (Edit client) and they appear here when it is time.</source>
        <translation>Niemand wartet auf Sie. Geben Sie einem Kunden einen Kontaktrhythmus (Kunde bearbeiten), dann erscheint er hier, wenn es Zeit ist.</translation>
    </message>
</context>
<context>
    <name>GetInTouchModel</name>
    <message>
        <location filename="../../ui/attention/get_in_touch.py" line="30"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/attention/get_in_touch.py" line="30"/>
        <source>Rhythm</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <location filename="../../ui/attention/get_in_touch.py" line="30"/>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/attention/get_in_touch.py" line="30"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attention/get_in_touch.py" line="51"/>
        <source>%n contact(s) in %1 days: give them room</source>
        <translation>
            <numerusform>%n Kontakt in %1 Tagen: Raum lassen</numerusform>
            <numerusform>%n Kontakte in %1 Tagen: Raum lassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attention/get_in_touch.py" line="54"/>
        <source>within %n day(s)</source>
        <translation>
            <numerusform>innerhalb von %n Tag</numerusform>
            <numerusform>innerhalb von %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attention/get_in_touch.py" line="57"/>
        <source>time to get in touch, %n day(s) past the rhythm</source>
        <translation>
            <numerusform>Zeit, sich zu melden, %n Tag über dem Rhythmus</numerusform>
            <numerusform>Zeit, sich zu melden, %n Tage über dem Rhythmus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/attention/get_in_touch.py" line="58"/>
        <source>time to get in touch</source>
        <translation>Zeit, sich zu melden</translation>
    </message>
</context>
<context>
    <name>HeldTyping</name>
    <message numerus="yes">
        <location filename="../../ui/sync/held.py" line="56"/>
        <source>%n note(s) typed while a sync round or an import was cut off were put back.</source>
        <translation>
            <numerusform>%n Notiz, getippt während ein Abgleich oder ein Import abgebrochen wurde, wurde wiederhergestellt.</numerusform>
            <numerusform>%n Notizen, getippt während ein Abgleich oder ein Import abgebrochen wurde, wurden wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/held.py" line="64"/>
        <source>What you typed into agreements, replies or a profile while a sync round or an import was cut off was put back.</source>
        <translation>Was Sie in Vereinbarungen, Antworten oder ein Profil getippt haben, während ein Abgleich oder ein Import abgebrochen wurde, wurde wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../clientjournal/ui/shell/help_dialog.py" line="37"/>
        <location filename="../../clientjournal/ui/shell/help_dialog.py" line="41"/>
        <source>User guide</source>
        <translation>Anleitung</translation>
    </message>
</context>
<context>
    <name>ItemTable</name>
    <message>
        <location filename="../../ui/agreements/template_items.py" line="60"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_items.py" line="60"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_items.py" line="60"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>JournalWork</name>
    <message>
        <location filename="../../ui/common/context.py" line="166"/>
        <source>Another operation on the journal is still running (%1); try again when it has finished.</source>
        <translation>Ein anderer Vorgang am Journal läuft noch (%1); versuchen Sie es erneut, wenn er abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <location filename="../../clientjournal/ui/common/background.py" line="210"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/background.py" line="249"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../clientjournal/ui/clients/actions.py" line="63"/>
        <source>&amp;New client…</source>
        <translation>Neuer &amp;Kunde…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/actions.py" line="66"/>
        <source>New &amp;note</source>
        <translation>Neue &amp;Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="285"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="288"/>
        <location filename="../../ui/shell/startup.py" line="47"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="308"/>
        <source>Redone: %1</source>
        <translation>Wiederhergestellt: %1</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/actions.py" line="69"/>
        <source>&amp;Edit client…</source>
        <translation>Kunden &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/actions.py" line="72"/>
        <source>&amp;Archive client (ended)</source>
        <translation>Kunden &amp;archivieren (beendet)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/actions.py" line="75"/>
        <source>&amp;Delete client</source>
        <translation>Kunden &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/actions.py" line="78"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Papierkorb…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="314"/>
        <location filename="../../ui/shell/startup.py" line="48"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/actions.py" line="103"/>
        <source>Sort by s&amp;urname</source>
        <translation>Nach Na&amp;chnamen sortieren</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="332"/>
        <location filename="../../ui/shell/startup.py" line="49"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/actions.py" line="81"/>
        <source>&amp;Filter clients</source>
        <translation>Kunden &amp;filtern</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/actions.py" line="84"/>
        <source>Ne&amp;xt client</source>
        <translation>&amp;Nächster Kunde</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/actions.py" line="90"/>
        <source>&amp;Previous client</source>
        <translation>&amp;Vorheriger Kunde</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/actions.py" line="97"/>
        <source>Sort by &amp;name</source>
        <translation>Nach Na&amp;me sortieren</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/actions.py" line="109"/>
        <source>Sort by &amp;last contact</source>
        <translation>Nach &amp;letztem Kontakt sortieren</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/actions.py" line="157"/>
        <source>%1 the new client is added when it ends</source>
        <translation>%1 der neue Kunde wird danach angelegt</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="348"/>
        <location filename="../../ui/shell/startup.py" line="50"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="352"/>
        <source>User &amp;guide</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="358"/>
        <source>&amp;About Client Journal</source>
        <translation>Ü&amp;ber Client Journal</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="372"/>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="483"/>
        <source>Closing once the operation on the journal has finished (%1).</source>
        <translation>Wird geschlossen, sobald der Vorgang am Journal abgeschlossen ist (%1).</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/actions.py" line="151"/>
        <source>Client added</source>
        <translation>Kunde angelegt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/actions.py" line="173"/>
        <source>Edit client</source>
        <translation>Kunden bearbeiten</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/actions.py" line="181"/>
        <source>Archive client “%1”</source>
        <translation>Kunden „%1“ archivieren</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/actions.py" line="196"/>
        <source>“%1” moved to the trash. Undo with Ctrl+Z.</source>
        <translation>„%1“ in den Papierkorb verschoben. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/shell/help_dialog.py" line="61"/>
        <source>About Client Journal</source>
        <translation>Über Client Journal</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/shell/help_dialog.py" line="62"/>
        <source>&lt;h3&gt;Client Journal %1&lt;/h3&gt;&lt;p&gt;A journal of every client relationship, kept on this computer only. It never connects to the network.&lt;/p&gt;&lt;p&gt;Journal: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Client Journal %1&lt;/h3&gt;&lt;p&gt;Ein Journal all Ihrer Kundenbeziehungen, nur auf diesem Computer gespeichert. Es stellt nie eine Netzwerkverbindung her.&lt;/p&gt;&lt;p&gt;Journal: %2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/main_window.py" line="433"/>
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
        <location filename="../../ui/notes/mood_chart.py" line="73"/>
        <source>Mood over time</source>
        <translation>Stimmung im Verlauf</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/notes/mood_chart.py" line="168"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/notes/mood_chart.py" line="171"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/notes/mood_chart.py" line="172"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/notes/mood_chart.py" line="177"/>
        <source>the last notes were all negative</source>
        <translation>die letzten Notizen waren alle negativ</translation>
    </message>
    <message>
        <location filename="../../ui/notes/mood_chart.py" line="179"/>
        <source>mood recently falling</source>
        <translation>Stimmung zuletzt sinkend</translation>
    </message>
    <message>
        <location filename="../../ui/notes/mood_chart.py" line="180"/>
        <source>mood recently rising</source>
        <translation>Stimmung zuletzt steigend</translation>
    </message>
    <message>
        <location filename="../../ui/notes/mood_chart.py" line="181"/>
        <source>mood steady</source>
        <translation>Stimmung gleichbleibend</translation>
    </message>
    <message>
        <location filename="../../ui/notes/mood_chart.py" line="182"/>
        <source>too few recent notes to see a trend</source>
        <translation>zu wenige neue Notizen für einen Trend</translation>
    </message>
    <message>
        <location filename="../../ui/notes/mood_chart.py" line="186"/>
        <source>Too few notes for a mood chart yet: it appears from the second note on.</source>
        <translation>Noch zu wenige Notizen für eine Stimmungskurve: Sie erscheint ab der zweiten Notiz.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/notes/mood_chart.py" line="192"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/notes/mood_chart.py" line="195"/>
        <source>%1 over %2; %3</source>
        <translation>%1 über %2; %3</translation>
    </message>
    <message>
        <location filename="../../ui/notes/mood_chart.py" line="203"/>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
</context>
<context>
    <name>MoodTrendModel</name>
    <message>
        <location filename="../../ui/attention/mood_trend.py" line="51"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/attention/mood_trend.py" line="52"/>
        <source>Mood before → lately</source>
        <translation>Stimmung vorher → zuletzt</translation>
    </message>
    <message>
        <location filename="../../ui/attention/mood_trend.py" line="53"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location filename="../../ui/attention/mood_trend.py" line="54"/>
        <source>Last note</source>
        <translation>Letzte Notiz</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attention/mood_trend.py" line="69"/>
        <source>The newest notes were all negative (average %1 over the last %n days).</source>
        <translation>
            <numerusform>Die neuesten Notizen waren alle negativ (Durchschnitt %1 am letzten %n Tag).</numerusform>
            <numerusform>Die neuesten Notizen waren alle negativ (Durchschnitt %1 in den letzten %n Tagen).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/attention/mood_trend.py" line="74"/>
        <source>Average mood %1 in the last %2 days, %3 in the %4 days before.</source>
        <translation>Durchschnittliche Stimmung %1 in den letzten %2 Tagen, %3 in den %4 Tagen davor.</translation>
    </message>
</context>
<context>
    <name>MoodTrendTable</name>
    <message>
        <location filename="../../ui/attention/mood_trend.py" line="106"/>
        <source>Relationships whose mood is falling</source>
        <translation>Beziehungen, deren Stimmung sinkt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attention/mood_trend.py" line="116"/>
        <source>Clients whose notes of the last %n days read worse than the months before, or whose newest notes were all negative. Enter opens the client.</source>
        <translation>
            <numerusform>Kunden, deren Notizen des letzten %n Tages schlechter klingen als die Monate davor oder deren neueste Notizen alle negativ waren. Enter öffnet den Kunden.</numerusform>
            <numerusform>Kunden, deren Notizen der letzten %n Tage schlechter klingen als die Monate davor oder deren neueste Notizen alle negativ waren. Enter öffnet den Kunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attention/mood_trend.py" line="122"/>
        <source>No relationship&apos;s mood is falling: the moods of the last %n days hold up against the months before.</source>
        <translation>
            <numerusform>Bei keiner Beziehung sinkt die Stimmung: Die Stimmung des letzten %n Tages hält mit den Monaten davor mit.</numerusform>
            <numerusform>Bei keiner Beziehung sinkt die Stimmung: Die Stimmung der letzten %n Tage hält mit den Monaten davor mit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteConflictBanner</name>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="138"/>
        <source>Note changed on two computers</source>
        <translation>Notiz auf zwei Computern geändert</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="158"/>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="305"/>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="320"/>
        <source>This computer (the note now):</source>
        <translation>Dieser Computer (die Notiz jetzt):</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="160"/>
        <source>This computer’s version</source>
        <translation>Fassung dieses Computers</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="161"/>
        <source>The other computer’s version</source>
        <translation>Fassung des anderen Computers</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="163"/>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="331"/>
        <source>Keep &amp;mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="163"/>
        <source>Keep this computer’s version</source>
        <translation>Fassung dieses Computers behalten</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="166"/>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="334"/>
        <source>Take the &amp;other</source>
        <translation>Die &amp;andere übernehmen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="168"/>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="327"/>
        <source>Take the other computer’s version</source>
        <translation>Fassung des anderen Computers übernehmen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="171"/>
        <source>Keep &amp;both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="171"/>
        <source>Keep both, as two notes</source>
        <translation>Beide behalten, als zwei Notizen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="193"/>
        <source>Compare the &amp;texts</source>
        <translation>&amp;Texte vergleichen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="194"/>
        <source>Show both texts side by side</source>
        <translation>Beide Texte nebeneinander zeigen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="201"/>
        <source>&amp;Show</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="203"/>
        <source>Show the note with two versions</source>
        <translation>Die Notiz mit zwei Fassungen zeigen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="302"/>
        <source>Your earlier version from this computer (%2) is kept beside the note’s text until you choose.</source>
        <translation>Ihre frühere Fassung von diesem Computer (%2) bleibt neben dem Text der Notiz erhalten, bis Sie wählen.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="307"/>
        <source>Your earlier version (this computer, %1):</source>
        <translation>Ihre frühere Fassung (dieser Computer, %1):</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="313"/>
        <source>The import brought another version of this note (changed %2) while you typed in it: both versions are kept until you choose.</source>
        <translation>Der Import hat eine andere Fassung dieser Notiz gebracht (geändert %2), während Sie darin geschrieben haben: Beide Fassungen bleiben erhalten, bis Sie wählen.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="316"/>
        <source>What you typed (the note now):</source>
        <translation>Ihre Eingabe (die Notiz jetzt):</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="317"/>
        <source>The imported version:</source>
        <translation>Die importierte Fassung:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="323"/>
        <source>Take your earlier version from this computer</source>
        <translation>Ihre frühere Fassung von diesem Computer übernehmen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="325"/>
        <source>Take the imported version</source>
        <translation>Die importierte Fassung übernehmen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="331"/>
        <source>Keep the note’s &amp;text</source>
        <translation>&amp;Text der Notiz behalten</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="334"/>
        <source>Take the &amp;earlier version</source>
        <translation>&amp;Frühere Fassung übernehmen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="338"/>
        <source>(%n more after this one)</source>
        <translation>
            <numerusform>(%n weitere nach dieser)</numerusform>
            <numerusform>(%n weitere nach dieser)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="387"/>
        <source>%1 your choice is made when it ends</source>
        <translation>%1 Ihre Wahl wird danach übernommen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="321"/>
        <source>“%1”:</source>
        <translation>„%1“:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="295"/>
        <source>Changed later on “%1” (%2) while this computer changed it too: the note shows their text; both versions are kept until you choose.</source>
        <translation>Später auf „%1“ geändert (%2), während dieser Computer sie auch änderte: Die Notiz zeigt den dortigen Text; beide Fassungen bleiben erhalten, bis Sie wählen.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="298"/>
        <source>This computer (replaced):</source>
        <translation>Dieser Computer (ersetzt):</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="299"/>
        <source>“%1” (the note now):</source>
        <translation>„%1“ (die Notiz jetzt):</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="319"/>
        <source>Also changed on “%1” (%2): both versions are kept until you choose.</source>
        <translation>Auch auf „%1“ geändert (%2): Beide Fassungen bleiben, bis Sie wählen.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="393"/>
        <source>%1. Undo with Ctrl+Z.</source>
        <translation>%1. Rückgängig mit Strg+Z.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../ui/notes/editor.py" line="75"/>
        <source>Kind of note</source>
        <translation>Art der Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/notes/editor.py" line="80"/>
        <source>Date of the note</source>
        <translation>Datum der Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/notes/editor.py" line="84"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../../ui/notes/editor.py" line="87"/>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <location filename="../../ui/notes/editor.py" line="96"/>
        <source>Note text</source>
        <translation>Notiztext</translation>
    </message>
    <message>
        <location filename="../../ui/notes/editor.py" line="98"/>
        <source>Write a note… Markdown works: **bold**, *italic*, - lists. It saves itself.</source>
        <translation>Notiz schreiben… Markdown geht: **fett**, *kursiv*, - Listen. Wird automatisch gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/notes/editor.py" line="104"/>
        <source>Note tags</source>
        <translation>Tags der Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/notes/editor.py" line="105"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/notes/editor.py" line="106"/>
        <source>Tags for this note, separated by commas</source>
        <translation>Tags dieser Notiz, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../ui/notes/editor.py" line="168"/>
        <location filename="../../ui/notes/editor.py" line="252"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/notes/editor.py" line="240"/>
        <source>Too long to save: shorten this note</source>
        <translation>Zu lang zum Speichern: Bitte kürzen Sie diese Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/notes/editor.py" line="245"/>
        <source>Not saved yet; trying again</source>
        <translation>Noch nicht gespeichert; wird erneut versucht</translation>
    </message>
    <message>
        <location filename="../../ui/notes/editor.py" line="313"/>
        <source>An empty note is not saved; use Delete note to remove it</source>
        <translation>Eine leere Notiz wird nicht gespeichert; löschen Sie sie mit „Notiz löschen“</translation>
    </message>
    <message>
        <location filename="../../ui/notes/editor.py" line="376"/>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <location filename="../../ui/notes/editor.py" line="385"/>
        <source>Text too long</source>
        <translation>Text zu lang</translation>
    </message>
    <message>
        <location filename="../../ui/notes/editor.py" line="387"/>
        <source>Nothing was pasted: a note holds at most %1 characters, and with this text it would have %2. Paste it in parts, into several notes.</source>
        <translation>Es wurde nichts eingefügt: Eine Notiz fasst höchstens %1 Zeichen, mit diesem Text wären es %2. Fügen Sie ihn in Teilen ein, auf mehrere Notizen verteilt.</translation>
    </message>
</context>
<context>
    <name>NoteTimelineModel</name>
    <message>
        <location filename="../../ui/notes/timeline_model.py" line="62"/>
        <source>pinned</source>
        <translation>angeheftet</translation>
    </message>
    <message>
        <location filename="../../ui/notes/timeline_model.py" line="70"/>
        <source>(empty note)</source>
        <translation>(leere Notiz)</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <location filename="../../ui/payments/overdue.py" line="35"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/payments/overdue.py" line="36"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../../ui/payments/overdue.py" line="37"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/payments/overdue.py" line="38"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../ui/payments/overdue.py" line="39"/>
        <source>Days overdue</source>
        <translation>Tage überfällig</translation>
    </message>
</context>
<context>
    <name>OverduePayments</name>
    <message>
        <location filename="../../ui/payments/overdue.py" line="70"/>
        <source>Overdue invoices of all clients</source>
        <translation>Überfällige Rechnungen aller Kunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/payments/overdue.py" line="81"/>
        <source>%n invoice(s) past the due date, the longest overdue first. Enter opens the client.</source>
        <translation>
            <numerusform>%n Rechnung ist über dem Fälligkeitsdatum. Enter öffnet den Kunden.</numerusform>
            <numerusform>%n Rechnungen sind über dem Fälligkeitsdatum, die am längsten überfälligen zuerst. Enter öffnet den Kunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/payments/overdue.py" line="86"/>
        <source>No invoice is overdue.</source>
        <translation>Keine Rechnung ist überfällig.</translation>
    </message>
</context>
<context>
    <name>PaidDialog</name>
    <message>
        <location filename="../../ui/payments/dialog.py" line="230"/>
        <source>Mark invoice paid</source>
        <translation>Rechnung als bezahlt markieren</translation>
    </message>
    <message>
        <location filename="../../ui/payments/dialog.py" line="232"/>
        <source>Invoice %1 (%2) was paid on:</source>
        <translation>Rechnung %1 (%2) wurde bezahlt am:</translation>
    </message>
    <message>
        <location filename="../../ui/payments/dialog.py" line="236"/>
        <source>Paid on</source>
        <translation>Bezahlt am</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/safety/passphrase_dialog.py" line="37"/>
        <source>Encrypted journal</source>
        <translation>Verschlüsseltes Journal</translation>
    </message>
    <message>
        <location filename="../../ui/safety/passphrase_dialog.py" line="38"/>
        <source>Enter the passphrase</source>
        <translation>Passphrase eingeben</translation>
    </message>
    <message>
        <location filename="../../ui/safety/passphrase_dialog.py" line="39"/>
        <source>This journal is encrypted. Enter its passphrase to open it.</source>
        <translation>Dieses Journal ist verschlüsselt. Geben Sie die Passphrase ein, um es zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/passphrase_dialog.py" line="44"/>
        <location filename="../../ui/safety/passphrase_dialog.py" line="45"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/safety/passphrase_dialog.py" line="49"/>
        <source>Passphrase problem</source>
        <translation>Problem mit der Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/safety/passphrase_dialog.py" line="53"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../ui/safety/passphrase_dialog.py" line="58"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/safety/passphrase_dialog.py" line="68"/>
        <source>Journal file</source>
        <translation>Journal-Datei</translation>
    </message>
    <message>
        <location filename="../../ui/safety/passphrase_dialog.py" line="79"/>
        <source>Please enter the passphrase.</source>
        <translation>Bitte geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/passphrase_dialog.py" line="93"/>
        <source>This passphrase does not open the journal. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation>Mit dieser Passphrase lässt sich das Journal nicht öffnen. Prüfen Sie die Tastaturbelegung und die Feststelltaste und versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/payments/dialog.py" line="83"/>
        <source>New invoice</source>
        <translation>Neue Rechnung</translation>
    </message>
    <message>
        <location filename="../../ui/payments/dialog.py" line="83"/>
        <source>Edit invoice</source>
        <translation>Rechnung bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/payments/dialog.py" line="87"/>
        <source>Invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/payments/dialog.py" line="88"/>
        <source>e.g. 2025-017</source>
        <translation>z. B. 2025-017</translation>
    </message>
    <message>
        <location filename="../../ui/payments/dialog.py" line="91"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../ui/payments/dialog.py" line="92"/>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <location filename="../../ui/payments/dialog.py" line="98"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/payments/dialog.py" line="102"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../ui/payments/dialog.py" line="108"/>
        <source>Issued on</source>
        <translation>Ausgestellt am</translation>
    </message>
    <message>
        <location filename="../../ui/payments/dialog.py" line="109"/>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/payments/dialog.py" line="114"/>
        <source>Agreed payment term: %n day(s)</source>
        <translation>
            <numerusform>Vereinbartes Zahlungsziel: %n Tag</numerusform>
            <numerusform>Vereinbartes Zahlungsziel: %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/payments/dialog.py" line="117"/>
        <source>No payment term agreed; %n day(s) by default.</source>
        <translation>
            <numerusform>Kein Zahlungsziel vereinbart; %n Tag als Vorgabe.</numerusform>
            <numerusform>Kein Zahlungsziel vereinbart; %n Tage als Vorgabe.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/payments/dialog.py" line="119"/>
        <source>Paid on</source>
        <translation>Bezahlt am</translation>
    </message>
    <message>
        <location filename="../../ui/payments/dialog.py" line="124"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/payments/dialog.py" line="139"/>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <location filename="../../ui/payments/dialog.py" line="140"/>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <location filename="../../ui/payments/dialog.py" line="141"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <location filename="../../ui/payments/dialog.py" line="144"/>
        <source>&amp;Issued on:</source>
        <translation>&amp;Ausgestellt am:</translation>
    </message>
    <message>
        <location filename="../../ui/payments/dialog.py" line="145"/>
        <source>&amp;Due on:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <location filename="../../ui/payments/dialog.py" line="147"/>
        <source>Paid:</source>
        <translation>Bezahlt:</translation>
    </message>
    <message>
        <location filename="../../ui/payments/dialog.py" line="148"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <location filename="../../ui/payments/dialog.py" line="179"/>
        <source>Enter the amount, for example %1.</source>
        <translation>Geben Sie den Betrag ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <location filename="../../ui/payments/dialog.py" line="184"/>
        <source>The amount cannot be negative.</source>
        <translation>Der Betrag kann nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../../ui/payments/dialog.py" line="186"/>
        <source>“%1” is not an amount. Write it like %2.</source>
        <translation>„%1“ ist kein Betrag. Schreiben Sie ihn wie %2.</translation>
    </message>
    <message>
        <location filename="../../ui/payments/dialog.py" line="191"/>
        <source>The currency is a three-letter code such as EUR, CHF or USD.</source>
        <translation>Die Währung ist ein Code aus drei Buchstaben wie EUR, CHF oder USD.</translation>
    </message>
    <message>
        <location filename="../../ui/payments/dialog.py" line="193"/>
        <source>The due date is before the issue date.</source>
        <translation>Das Fälligkeitsdatum liegt vor dem Ausstellungsdatum.</translation>
    </message>
</context>
<context>
    <name>PaymentReminderDialog</name>
    <message>
        <location filename="../../ui/payments/reminder_dialog.py" line="55"/>
        <source>Payment reminder</source>
        <translation>Zahlungserinnerung</translation>
    </message>
    <message>
        <location filename="../../ui/payments/reminder_dialog.py" line="60"/>
        <source>Language of the reminder</source>
        <translation>Sprache der Erinnerung</translation>
    </message>
    <message>
        <location filename="../../ui/payments/reminder_dialog.py" line="61"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../ui/payments/reminder_dialog.py" line="62"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../ui/payments/reminder_dialog.py" line="63"/>
        <source>Switching the language writes the text anew.</source>
        <translation>Beim Wechsel der Sprache wird der Text neu geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/payments/reminder_dialog.py" line="66"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../../ui/payments/reminder_dialog.py" line="69"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../ui/payments/reminder_dialog.py" line="72"/>
        <source>Reminder text</source>
        <translation>Text der Erinnerung</translation>
    </message>
    <message>
        <location filename="../../ui/payments/reminder_dialog.py" line="74"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/payments/reminder_dialog.py" line="76"/>
        <source>Copy the text to the clipboard</source>
        <translation>Text in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/payments/reminder_dialog.py" line="78"/>
        <source>Open in &amp;mail app</source>
        <translation>Im &amp;Mailprogramm öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/payments/reminder_dialog.py" line="87"/>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <location filename="../../ui/payments/reminder_dialog.py" line="88"/>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <location filename="../../ui/payments/reminder_dialog.py" line="89"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
</context>
<context>
    <name>PaymentTableModel</name>
    <message>
        <location filename="../../ui/payments/pane.py" line="75"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../ui/payments/pane.py" line="76"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../ui/payments/pane.py" line="77"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/payments/pane.py" line="78"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location filename="../../ui/payments/pane.py" line="79"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../ui/payments/pane.py" line="80"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../../ui/payments/pane.py" line="81"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/payments/pane.py" line="104"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/payments/pane.py" line="107"/>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location filename="../../ui/payments/pane.py" line="108"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/payments/pane.py" line="111"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n Tag zu spät</numerusform>
            <numerusform>%n Tage zu spät</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/payments/pane.py" line="112"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>PaymentsPane</name>
    <message>
        <location filename="../../ui/payments/pane.py" line="152"/>
        <source>Invoices of this client</source>
        <translation>Rechnungen dieses Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/payments/pane.py" line="174"/>
        <source>No invoices yet. Add one with its due date, and this tab shows when it is paid or overdue, and how punctual this client pays.</source>
        <translation>Noch keine Rechnungen. Legen Sie eine mit Fälligkeitsdatum an; hier sehen Sie dann, wann sie bezahlt oder überfällig ist und wie pünktlich dieser Kunde zahlt.</translation>
    </message>
    <message>
        <location filename="../../ui/payments/pane.py" line="182"/>
        <source>&amp;Add invoice…</source>
        <translation>Rechnung hinzu&amp;fügen…</translation>
    </message>
    <message>
        <location filename="../../ui/payments/pane.py" line="184"/>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <location filename="../../ui/payments/pane.py" line="186"/>
        <source>Mar&amp;k paid…</source>
        <translation>Als bezahlt &amp;markieren…</translation>
    </message>
    <message>
        <location filename="../../ui/payments/pane.py" line="189"/>
        <source>Reminder te&amp;xt…</source>
        <translation>&amp;Erinnerungstext…</translation>
    </message>
    <message>
        <location filename="../../ui/payments/pane.py" line="192"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/payments/pane.py" line="273"/>
        <source>Invoice added.</source>
        <translation>Rechnung hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../ui/payments/pane.py" line="284"/>
        <source>Edit invoice</source>
        <translation>Rechnung bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/payments/pane.py" line="296"/>
        <source>Mark invoice paid</source>
        <translation>Rechnung als bezahlt markieren</translation>
    </message>
    <message>
        <location filename="../../ui/payments/pane.py" line="304"/>
        <source>Invoice deleted. Undo with Ctrl+Z.</source>
        <translation>Rechnung gelöscht. Rückgängig mit Strg+Z.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/payments/pane.py" line="352"/>
        <source>Average %n day(s) late</source>
        <translation>
            <numerusform>Im Schnitt %n Tag zu spät</numerusform>
            <numerusform>Im Schnitt %n Tage zu spät</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/payments/pane.py" line="352"/>
        <source>Pays on time</source>
        <translation>Zahlt pünktlich</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/payments/pane.py" line="356"/>
        <source>%n open, %1</source>
        <translation>
            <numerusform>%n offen, %1</numerusform>
            <numerusform>%n offen, %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/payments/pane.py" line="358"/>
        <source>Nothing open</source>
        <translation>Nichts offen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/payments/pane.py" line="360"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <location filename="../../ui/clients/profile_editor.py" line="129"/>
        <source>Full profile</source>
        <translation>Vollständiges Profil</translation>
    </message>
    <message>
        <location filename="../../ui/clients/profile_editor.py" line="146"/>
        <source>Sections of the full profile</source>
        <translation>Abschnitte des vollständigen Profils</translation>
    </message>
    <message>
        <location filename="../../ui/clients/profile_editor.py" line="293"/>
        <source>“%1” of %2 was also changed by an import or on another computer, to “%3”; what you typed is kept.</source>
        <translation>„%1“ von %2 wurde auch durch einen Import oder auf einem anderen Computer geändert, zu „%3“; Ihre Eingabe bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/profile_editor.py" line="349"/>
        <source>Full profile (%1 of %2 filled)</source>
        <translation>Vollständiges Profil (%1 von %2 ausgefüllt)</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../ui/agreements/project_dialog.py" line="30"/>
        <source>Edit project</source>
        <translation>Projekt bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/project_dialog.py" line="30"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/project_dialog.py" line="34"/>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/project_dialog.py" line="37"/>
        <source>Project status</source>
        <translation>Projektstatus</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/project_dialog.py" line="41"/>
        <source>Started on</source>
        <translation>Begonnen am</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/project_dialog.py" line="43"/>
        <source>Ended on</source>
        <translation>Beendet am</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/project_dialog.py" line="46"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/project_dialog.py" line="47"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <location filename="../../ui/replies/queue.py" line="70"/>
        <source>Sleep-on-it queue</source>
        <translation>Warteschlange „Drüber schlafen“</translation>
    </message>
    <message>
        <location filename="../../ui/replies/queue.py" line="73"/>
        <source>Replies you are sleeping on</source>
        <translation>Antworten, über die Sie eine Nacht schlafen</translation>
    </message>
    <message>
        <location filename="../../ui/replies/queue.py" line="78"/>
        <source>Replies you are sleeping on. A ready one is best reread calmly now; Enter opens it.</source>
        <translation>Antworten, über die Sie eine Nacht schlafen. Eine bereite Antwort lesen Sie am besten jetzt in Ruhe noch einmal; Eingabe öffnet sie.</translation>
    </message>
    <message>
        <location filename="../../ui/replies/queue.py" line="83"/>
        <source>No reply is waiting. When a draft reads as heated, “Sleep on it” holds it here until the next morning.</source>
        <translation>Keine Antwort wartet. Wirkt ein Entwurf hitzig, hält „Drüber schlafen“ ihn hier bis zum nächsten Morgen zurück.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/replies/queue.py" line="34"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/replies/queue.py" line="34"/>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../ui/replies/queue.py" line="34"/>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <location filename="../../ui/replies/queue.py" line="34"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../../ui/replies/queue.py" line="43"/>
        <source>ready now</source>
        <translation>jetzt bereit</translation>
    </message>
    <message>
        <location filename="../../ui/replies/queue.py" line="55"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../../ui/replies/queue.py" line="55"/>
        <source>sleeping</source>
        <translation>ruht</translation>
    </message>
</context>
<context>
    <name>ReplyActions</name>
    <message>
        <location filename="../../ui/replies/actions.py" line="23"/>
        <source>Sleep-on-it &amp;queue…</source>
        <translation>&amp;Warteschlange „Drüber schlafen“…</translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <location filename="../../ui/replies/composer.py" line="79"/>
        <location filename="../../ui/replies/composer.py" line="80"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../ui/replies/composer.py" line="83"/>
        <source>Reply text</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <location filename="../../ui/replies/composer.py" line="85"/>
        <source>Write your reply. If it reads as heated, you can sleep on it.</source>
        <translation>Schreiben Sie Ihre Antwort. Wirkt sie hitzig, können Sie eine Nacht darüber schlafen.</translation>
    </message>
    <message>
        <location filename="../../ui/replies/composer.py" line="99"/>
        <source>&amp;Sleep on it</source>
        <translation>&amp;Drüber schlafen</translation>
    </message>
    <message>
        <location filename="../../ui/replies/composer.py" line="111"/>
        <source>Sleep on it</source>
        <translation>Drüber schlafen</translation>
    </message>
    <message>
        <location filename="../../ui/replies/composer.py" line="114"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/replies/composer.py" line="112"/>
        <source>Ed&amp;it again</source>
        <translation>Wieder bearbe&amp;iten</translation>
    </message>
    <message>
        <location filename="../../ui/replies/composer.py" line="113"/>
        <source>Re-r&amp;ate</source>
        <translation>Ne&amp;u bewerten</translation>
    </message>
    <message>
        <location filename="../../ui/replies/composer.py" line="115"/>
        <source>&amp;Open in mail</source>
        <translation>Im &amp;Mailprogramm öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/replies/composer.py" line="116"/>
        <source>Mar&amp;k as sent</source>
        <translation>Als &amp;gesendet markieren</translation>
    </message>
    <message>
        <location filename="../../ui/replies/composer.py" line="117"/>
        <source>Re&amp;lease early…</source>
        <translation>Vorzeitig &amp;freigeben…</translation>
    </message>
    <message>
        <location filename="../../ui/replies/composer.py" line="118"/>
        <source>&amp;Discard</source>
        <translation>Verw&amp;erfen</translation>
    </message>
    <message>
        <location filename="../../ui/replies/composer.py" line="119"/>
        <source>Re&amp;store</source>
        <translation>Wiederher&amp;stellen</translation>
    </message>
    <message>
        <location filename="../../ui/replies/composer.py" line="125"/>
        <source>Copies the reply text to the clipboard</source>
        <translation>Kopiert den Antworttext in die Zwischenablage</translation>
    </message>
    <message>
        <location filename="../../ui/replies/composer.py" line="284"/>
        <source>This reads as heated: %1. You could sleep on it and reread it tomorrow morning.</source>
        <translation>Das wirkt hitzig: %1. Sie könnten eine Nacht darüber schlafen und es morgen früh noch einmal lesen.</translation>
    </message>
    <message>
        <location filename="../../ui/replies/composer.py" line="311"/>
        <source>To: %1 · Address as: %2</source>
        <translation>An: %1 · Anrede: %2</translation>
    </message>
    <message>
        <location filename="../../ui/replies/composer.py" line="322"/>
        <source>Never: %1</source>
        <translation>Niemals: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/replies/composer.py" line="334"/>
        <source>You have been in touch %n time(s) in the last %1 days, more often than your rhythm with them. Does this need a message now, or can it wait?</source>
        <translation>
            <numerusform>Sie hatten in den letzten %1 Tagen %n Kontakt mit diesem Kunden, öfter als Ihr Rhythmus mit ihm. Braucht es diese Nachricht jetzt, oder kann sie warten?</numerusform>
            <numerusform>Sie hatten in den letzten %1 Tagen %n Kontakte mit diesem Kunden, öfter als Ihr Rhythmus mit ihm. Braucht es diese Nachricht jetzt, oder kann sie warten?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/replies/composer.py" line="381"/>
        <source>You slept on it. Reread it calmly beside the profile and the latest notes, then decide.</source>
        <translation>Sie haben eine Nacht darüber geschlafen. Lesen Sie die Antwort in Ruhe neben dem Profil und den letzten Notizen, dann entscheiden Sie.</translation>
    </message>
    <message>
        <location filename="../../ui/replies/composer.py" line="385"/>
        <source>Sleeping on it until %1. Come back then and reread it with fresh eyes.</source>
        <translation>Ruht bis %1. Lesen Sie sie dann mit frischem Blick noch einmal.</translation>
    </message>
    <message>
        <location filename="../../ui/replies/composer.py" line="388"/>
        <source>Sent on %1; it is kept as a note in the timeline.</source>
        <translation>Gesendet am %1; sie bleibt als Notiz in der Zeitleiste.</translation>
    </message>
    <message>
        <location filename="../../ui/replies/composer.py" line="392"/>
        <source>Discarded. Restore it to work on it again.</source>
        <translation>Verworfen. Stellen Sie sie wieder her, um weiter daran zu arbeiten.</translation>
    </message>
    <message>
        <location filename="../../ui/replies/composer.py" line="394"/>
        <source>Released early on %1, before its night was over.</source>
        <translation>Am %1 vorzeitig freigegeben, bevor ihre Nacht vorbei war.</translation>
    </message>
    <message>
        <location filename="../../ui/replies/composer.py" line="441"/>
        <source>This reply is resting; to change it now, release it early.</source>
        <translation>Diese Antwort ruht; um sie jetzt zu ändern, geben Sie sie vorzeitig frei.</translation>
    </message>
    <message>
        <location filename="../../ui/replies/composer.py" line="443"/>
        <source>This reply has rested; press Edit again to change it.</source>
        <translation>Diese Antwort hat geruht; zum Ändern klicken Sie auf „Wieder bearbeiten“.</translation>
    </message>
    <message>
        <location filename="../../ui/replies/composer.py" line="445"/>
        <source>This reply is discarded; restore it to change it.</source>
        <translation>Diese Antwort ist verworfen; stellen Sie sie wieder her, um sie zu ändern.</translation>
    </message>
    <message>
        <location filename="../../ui/replies/composer.py" line="447"/>
        <source>This reply was sent; it cannot be changed any more.</source>
        <translation>Diese Antwort wurde gesendet; sie lässt sich nicht mehr ändern.</translation>
    </message>
</context>
<context>
    <name>ReplyPane</name>
    <message>
        <location filename="../../ui/replies/pane.py" line="55"/>
        <source>Replies to this client</source>
        <translation>Antworten an diesen Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/replies/pane.py" line="60"/>
        <source>Ne&amp;w reply</source>
        <translation>Neue Antw&amp;ort</translation>
    </message>
    <message>
        <location filename="../../ui/replies/pane.py" line="61"/>
        <source>Show sent and discarded</source>
        <translation>Gesendete und verworfene zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/replies/pane.py" line="66"/>
        <source>Latest notes about this client</source>
        <translation>Die letzten Notizen zu diesem Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/replies/pane.py" line="88"/>
        <source>Latest notes</source>
        <translation>Letzte Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/replies/pane.py" line="140"/>
        <source>%1 the new reply opens when it ends</source>
        <translation>%1 die neue Antwort öffnet sich danach</translation>
    </message>
    <message>
        <location filename="../../ui/replies/pane.py" line="163"/>
        <source>Release early?</source>
        <translation>Vorzeitig freigeben?</translation>
    </message>
    <message>
        <location filename="../../ui/replies/pane.py" line="165"/>
        <source>This reply is still sleeping. Release it now, before the night is over?</source>
        <translation>Diese Antwort ruht noch. Jetzt freigeben, bevor die Nacht vorbei ist?</translation>
    </message>
    <message>
        <location filename="../../ui/replies/pane.py" line="167"/>
        <source>It will be noted that you released it early.</source>
        <translation>Es wird festgehalten, dass Sie sie vorzeitig freigegeben haben.</translation>
    </message>
    <message>
        <location filename="../../ui/replies/pane.py" line="168"/>
        <source>I have reread it calmly</source>
        <translation>Ich habe sie in Ruhe noch einmal gelesen</translation>
    </message>
    <message>
        <location filename="../../ui/replies/pane.py" line="173"/>
        <source>Release now</source>
        <translation>Jetzt freigeben</translation>
    </message>
    <message>
        <location filename="../../ui/replies/pane.py" line="196"/>
        <source>Reply marked as sent. Undo with Ctrl+Z.</source>
        <translation>Antwort als gesendet markiert. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/replies/pane.py" line="206"/>
        <source>Reply discarded. Undo with Ctrl+Z.</source>
        <translation>Antwort verworfen. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/replies/pane.py" line="260"/>
        <source>The reply you were writing was also changed by an import or on another computer: your text stays, the other version is kept as another draft.</source>
        <translation>Die Antwort, die Sie geschrieben haben, wurde auch durch einen Import oder auf einem anderen Computer geändert: Ihr Text bleibt, die andere Fassung ist als weiterer Entwurf erhalten.</translation>
    </message>
</context>
<context>
    <name>ReplyWatch</name>
    <message numerus="yes">
        <location filename="../../ui/replies/watch.py" line="132"/>
        <source>%n reply(s) ready to reread</source>
        <translation>
            <numerusform>%n Antwort bereit zum Nachlesen</numerusform>
            <numerusform>%n Antworten bereit zum Nachlesen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/replies/watch.py" line="151"/>
        <source>Your reply to %1 (“%2”) is ready to reread.</source>
        <translation>Ihre Antwort an %1 („%2“) kann jetzt noch einmal gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/replies/watch.py" line="156"/>
        <source>%n replies are ready to reread.</source>
        <translation>
            <numerusform>%n Antwort ist bereit zum Nachlesen.</numerusform>
            <numerusform>%n Antworten sind bereit zum Nachlesen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/replies/watch.py" line="157"/>
        <source>Slept on it</source>
        <translation>Eine Nacht darüber geschlafen</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../clientjournal/ui/safety/backup_dialog.py" line="79"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/safety/backup_dialog.py" line="79"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/safety/backup_dialog.py" line="81"/>
        <source>Made by hand</source>
        <translation>Von Hand angelegt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/safety/backup_dialog.py" line="83"/>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/safety/backup_dialog.py" line="85"/>
        <source>Before an update</source>
        <translation>Vor einem Update</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/safety/backup_dialog.py" line="111"/>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/safety/backup_dialog.py" line="118"/>
        <source>Choose the backup to go back to. The journal as it is now is backed up first and kept; nothing is deleted.</source>
        <translation>Wählen Sie die Sicherung, zu der Sie zurückkehren möchten. Das Journal, wie es jetzt ist, wird vorher gesichert und aufbewahrt; nichts wird gelöscht.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/safety/backup_dialog.py" line="128"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/safety/backup_dialog.py" line="134"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/safety/backup_dialog.py" line="135"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/safety/backup_dialog.py" line="136"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/safety/backup_dialog.py" line="137"/>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/safety/backup_dialog.py" line="138"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/safety/backup_dialog.py" line="156"/>
        <source>There are no backups in %1 yet.</source>
        <translation>In %1 gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/safety/backup_dialog.py" line="160"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/safety/backup_dialog.py" line="181"/>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/safety/backup_dialog.py" line="201"/>
        <source>This backup cannot be read, so it cannot be restored: %1</source>
        <translation>Diese Sicherung lässt sich nicht lesen und kann daher nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/safety/backup_dialog.py" line="212"/>
        <source>Go back to the backup from %1 (%2 clients, %3 notes)?

The journal as it is now is backed up first and then kept beside it under a new name; nothing is deleted. Changes made since the backup will no longer be shown, and the undo history is cleared.</source>
        <translation>Zur Sicherung vom %1 zurückkehren (%2 Kunden, %3 Notizen)?

Das Journal, wie es jetzt ist, wird vorher gesichert und danach unter einem neuen Namen daneben aufbewahrt; nichts wird gelöscht. Änderungen seit dieser Sicherung werden nicht mehr angezeigt, und der Rückgängig-Verlauf wird geleert.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/safety/backup_dialog.py" line="225"/>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
</context>
<context>
    <name>RestoreProgress</name>
    <message>
        <location filename="../../ui/safety/restore_progress.py" line="49"/>
        <source>Restoring the backup</source>
        <translation>Sicherung wird wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_progress.py" line="50"/>
        <source>Restore progress</source>
        <translation>Fortschritt der Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_progress.py" line="64"/>
        <source>Checking the backup…</source>
        <translation>Die Sicherung wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_progress.py" line="65"/>
        <source>Copying the backup into the journal folder…</source>
        <translation>Die Sicherung wird in den Journal-Ordner kopiert…</translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_progress.py" line="66"/>
        <source>Bringing the copy up to date and preparing it for sync…</source>
        <translation>Die Kopie wird aktualisiert und für Sync vorbereitet…</translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_progress.py" line="67"/>
        <source>Backing up the current journal…</source>
        <translation>Das aktuelle Journal wird gesichert…</translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_progress.py" line="68"/>
        <source>Putting the backup in place of the journal…</source>
        <translation>Die Sicherung tritt an die Stelle des Journals…</translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_progress.py" line="70"/>
        <source>Opening the restored journal…</source>
        <translation>Das wiederhergestellte Journal wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>RoundWait</name>
    <message>
        <location filename="../../ui/common/autosave.py" line="253"/>
        <source>Please wait</source>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosave.py" line="255"/>
        <source>%1 your changes are saved as soon as it ends.</source>
        <translation>%1 Ihre Änderungen werden gespeichert, sobald das abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>SearchActions</name>
    <message>
        <location filename="../../ui/search/actions.py" line="30"/>
        <source>Search everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <location filename="../../ui/search/actions.py" line="33"/>
        <location filename="../../ui/shell/startup.py" line="77"/>
        <source>Search everything (Ctrl+K)</source>
        <translation>Alles durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <location filename="../../ui/search/actions.py" line="34"/>
        <source>Search notes, profiles, agreements, replies (Ctrl+K)</source>
        <translation>Notizen, Profile, Vereinbarungen, Antworten durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <location filename="../../ui/search/actions.py" line="37"/>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../ui/search/model.py" line="83"/>
        <source>Client %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <location filename="../../ui/search/model.py" line="96"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/search/model.py" line="97"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../ui/search/model.py" line="98"/>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../ui/search/model.py" line="99"/>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/search/panel.py" line="58"/>
        <source>Search in</source>
        <translation>Suchen in</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="59"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="64"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="65"/>
        <source>Any mood</source>
        <translation>Jede Stimmung</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="70"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="73"/>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="73"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="73"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="77"/>
        <source>From … to …</source>
        <translation>Von … bis …</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="81"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="82"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="92"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="93"/>
        <source>Only this client</source>
        <translation>Nur dieser Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="101"/>
        <source>Search results, grouped by client</source>
        <translation>Suchergebnisse, nach Kunden gruppiert</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="109"/>
        <source>Show more</source>
        <translation>Mehr anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="140"/>
        <source>Any tag</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="182"/>
        <source>Type to search notes, profiles, agreements and replies.</source>
        <translation>Tippen, um Notizen, Profile, Vereinbarungen und Antworten zu durchsuchen.</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="194"/>
        <source>%1 of %2 matches</source>
        <translation>%1 von %2 Treffern</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search/panel.py" line="199"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="206"/>
        <source>Nothing found for “%1”. Fewer words or another filter may help.</source>
        <translation>Nichts gefunden für „%1“. Weniger Wörter oder ein anderer Filter helfen vielleicht.</translation>
    </message>
</context>
<context>
    <name>SettingsActions</name>
    <message>
        <location filename="../../ui/settings/actions.py" line="16"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="65"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="70"/>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="72"/>
        <source>&amp;General</source>
        <translation>All&amp;gemein</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="73"/>
        <source>Re&amp;plies</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="74"/>
        <source>&amp;Clients</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="75"/>
        <source>&amp;Backups</source>
        <translation>&amp;Sicherungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="79"/>
        <source>&amp;Encryption</source>
        <translation>&amp;Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="89"/>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisierung</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="113"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="114"/>
        <location filename="../../ui/settings/dialog.py" line="120"/>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="118"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="121"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="122"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="126"/>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="128"/>
        <source>A new language takes effect the next time you start the app.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start der App.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="130"/>
        <source>&amp;Appearance:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="131"/>
        <source>Light or dark takes effect at once.</source>
        <translation>Hell oder dunkel gilt sofort.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="139"/>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="140"/>
        <source>Morning hour</source>
        <translation>Morgens um</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="145"/>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="146"/>
        <source>Minimum rest in hours</source>
        <translation>Mindestruhe in Stunden</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="151"/>
        <source>A reply you sleep on is ready at the later of two times: the next morning at this hour, and after the minimum rest. Replies already sleeping keep their time.</source>
        <translation>Eine zurückgehaltene Antwort ist zum späteren von zwei Zeitpunkten bereit: am nächsten Morgen zu dieser Stunde und nach der Mindestruhe. Bereits ruhende Antworten behalten ihre Zeit.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="158"/>
        <source>Next &amp;morning at:</source>
        <translation>Nächster &amp;Morgen um:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="159"/>
        <source>Minimum &amp;rest:</source>
        <translation>Mindest&amp;ruhe:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="167"/>
        <source>No rhythm</source>
        <translation>Kein Rhythmus</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="168"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="169"/>
        <source>Default contact rhythm in days</source>
        <translation>Standard-Kontaktrhythmus in Tagen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="174"/>
        <source>How often to get in touch with a client who has no rhythm of their own. A client&apos;s own rhythm always comes first.</source>
        <translation>Wie oft Sie sich bei Kunden ohne eigenen Rhythmus melden möchten. Der eigene Rhythmus eines Kunden geht immer vor.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="180"/>
        <source>Get in touch e&amp;very:</source>
        <translation>Kontakt halten a&amp;lle:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="187"/>
        <location filename="../../ui/settings/dialog.py" line="330"/>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="192"/>
        <source>C&amp;hoose…</source>
        <translation>Ausw&amp;ählen…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="194"/>
        <source>Choose the backup folder</source>
        <translation>Sicherungsordner auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="196"/>
        <source>&amp;Reset to default</source>
        <translation>Auf Standard &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="198"/>
        <source>Back up into the journal folder again</source>
        <translation>Wieder in den Ordner des Journals sichern</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="214"/>
        <source>Daily backups to keep</source>
        <translation>Tägliche Sicherungen, die aufbewahrt werden</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="218"/>
        <source>Weekly backups to keep</source>
        <translation>Wöchentliche Sicherungen, die aufbewahrt werden</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="220"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="228"/>
        <source>A folder on another disk survives when this one fails. When it is missing (the disk is not plugged in), the daily backup waits until the next start.</source>
        <translation>Ein Ordner auf einem anderen Datenträger bleibt erhalten, wenn dieser ausfällt. Fehlt er (der Datenträger ist nicht angeschlossen), wartet die tägliche Sicherung bis zum nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="234"/>
        <source>Keep &amp;daily backups:</source>
        <translation>&amp;Tägliche Sicherungen aufbewahren:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="235"/>
        <source>Keep &amp;weekly backups:</source>
        <translation>&amp;Wöchentliche Sicherungen aufbewahren:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="240"/>
        <source>For now, %1 names the folder: backups go there.</source>
        <translation>Derzeit legt %1 den Ordner fest: Die Sicherungen landen dort.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="250"/>
        <source>&amp;Journal encryption…</source>
        <translation>&amp;Journal verschlüsseln…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="252"/>
        <source>Journal encryption</source>
        <translation>Journal-Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="258"/>
        <source>A passphrase encrypts the journal and its backups: without it, nobody can read them, and neither can you. It takes effect at once, not with OK.</source>
        <translation>Eine Passphrase verschlüsselt das Journal und seine Sicherungen: Ohne sie kann niemand sie lesen, auch Sie nicht. Das gilt sofort, nicht erst mit OK.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="298"/>
        <source>Please give the full path of the folder.</source>
        <translation>Bitte geben Sie den vollständigen Pfad des Ordners an.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="302"/>
        <source>This folder does not exist (is the disk plugged in?).</source>
        <translation>Diesen Ordner gibt es nicht (ist der Datenträger angeschlossen?).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="303"/>
        <source>This is a file, not a folder.</source>
        <translation>Das ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="304"/>
        <source>The app may not write into this folder.</source>
        <translation>Die App darf in diesen Ordner nicht schreiben.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="309"/>
        <source>Backups can be written here.</source>
        <translation>Sicherungen können hier gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="318"/>
        <source>No backup in this folder yet.</source>
        <translation>In diesem Ordner gibt es noch keine Sicherung.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="323"/>
        <source>Newest backup: %1 (%2)</source>
        <translation>Neueste Sicherung: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../ui/shell/single_instance.py" line="361"/>
        <source>The journal in %1 cannot be opened: its lock file %2 is no regular file (a folder or a symbolic link, which Client Journal never makes). Remove it, then start again.</source>
        <translation>Das Journal in %1 kann nicht geöffnet werden: Seine Sperrdatei %2 ist keine gewöhnliche Datei (ein Ordner oder eine symbolische Verknüpfung, die Client Journal nie anlegt). Entfernen Sie sie und starten Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/single_instance.py" line="369"/>
        <source>The journal in %1 is in use by another Client Journal (process %2): a window that does not answer, or a command at work such as an import or a restore. Close that window, or wait until the command is done, then start again.</source>
        <translation>Das Journal in %1 wird von einem anderen Client Journal verwendet (Prozess %2): einem Fenster, das nicht antwortet, oder einem laufenden Befehl wie einem Import oder einer Wiederherstellung. Schließen Sie dieses Fenster oder warten Sie, bis der Befehl fertig ist, und starten Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/single_instance.py" line="381"/>
        <source>The journal is in use</source>
        <translation>Das Journal ist in Benutzung</translation>
    </message>
    <message>
        <location filename="../../ui/shell/single_instance.py" line="394"/>
        <source>The journal folder %1 is a file, not a folder. Start Client Journal with another folder (--data-dir), or move the file away.</source>
        <translation>Der Journal-Ordner %1 ist eine Datei, kein Ordner. Starten Sie Client Journal mit einem anderen Ordner (--data-dir), oder verschieben Sie die Datei.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/single_instance.py" line="400"/>
        <source>The journal folder %1 cannot be made. Check that its disk is there and writable, then start again.</source>
        <translation>Der Journal-Ordner %1 kann nicht angelegt werden. Prüfen Sie, ob sein Laufwerk angeschlossen und beschreibbar ist, und starten Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/single_instance.py" line="407"/>
        <source>The journal cannot be opened</source>
        <translation>Das Journal kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>StartupWindow</name>
    <message>
        <location filename="../../ui/shell/startup.py" line="109"/>
        <source>Opening the journal…</source>
        <translation>Journal wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../ui/agreements/summary_dialog.py" line="117"/>
        <source>Summary for %1</source>
        <translation>Zusammenfassung für %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/summary_dialog.py" line="122"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/summary_dialog.py" line="126"/>
        <source>Summary preview</source>
        <translation>Vorschau der Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/summary_dialog.py" line="130"/>
        <source>Summary text (Markdown)</source>
        <translation>Text der Zusammenfassung (Markdown)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/summary_dialog.py" line="132"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/summary_dialog.py" line="133"/>
        <source>&amp;Edit text</source>
        <translation>Text &amp;bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/summary_dialog.py" line="137"/>
        <source>Read it through, adjust the text if you like, then copy it into your e-mail or save it.</source>
        <translation>Lesen Sie die Zusammenfassung durch, passen Sie den Text bei Bedarf an und kopieren Sie ihn dann in Ihre E-Mail oder speichern Sie ihn.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/summary_dialog.py" line="146"/>
        <source>C&amp;opy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/summary_dialog.py" line="148"/>
        <source>Copy the text as Markdown to the clipboard</source>
        <translation>Den Text als Markdown in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/summary_dialog.py" line="149"/>
        <source>Save as &amp;Markdown…</source>
        <translation>Als &amp;Markdown speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/summary_dialog.py" line="151"/>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/summary_dialog.py" line="185"/>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/summary_dialog.py" line="195"/>
        <location filename="../../ui/agreements/summary_dialog.py" line="206"/>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/summary_dialog.py" line="198"/>
        <source>Save summary as Markdown</source>
        <translation>Zusammenfassung als Markdown speichern</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/summary_dialog.py" line="200"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/summary_dialog.py" line="209"/>
        <source>Save summary as PDF</source>
        <translation>Zusammenfassung als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/summary_dialog.py" line="211"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/summary_dialog.py" line="222"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/summary_dialog.py" line="223"/>
        <source>The summary could not be saved:
%1</source>
        <translation>Die Zusammenfassung konnte nicht gespeichert werden:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/summary_dialog.py" line="226"/>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../ui/sync/controller.py" line="98"/>
        <source>Sync status</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <location filename="../../ui/sync/controller.py" line="102"/>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <location filename="../../ui/sync/controller.py" line="104"/>
        <source>Syncing %p%</source>
        <translation>Synchronisiere %p%</translation>
    </message>
    <message>
        <location filename="../../ui/sync/controller.py" line="181"/>
        <source>Syncing…</source>
        <translation>Synchronisiere …</translation>
    </message>
    <message>
        <location filename="../../ui/sync/controller.py" line="286"/>
        <source>Syncing… what you type is saved when it ends</source>
        <translation>Synchronisiere … Ihre Eingaben werden danach gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/sync/controller.py" line="302"/>
        <source>Skipped: %1; it is tried again next round.</source>
        <translation>Übersprungen: %1; beim nächsten Abgleich wird es erneut versucht.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/controller.py" line="304"/>
        <source>Sync: %1</source>
        <translation>Synchronisierung: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/controller.py" line="309"/>
        <location filename="../../clientjournal/ui/sync/settings_page.py" line="185"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/controller.py" line="318"/>
        <source>%n note(s) changed on two computers at once: both versions kept.</source>
        <translation>
            <numerusform>%n Notiz gleichzeitig auf zwei Computern geändert: beide Fassungen bleiben erhalten.</numerusform>
            <numerusform>%n Notizen gleichzeitig auf zwei Computern geändert: beide Fassungen bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/controller.py" line="329"/>
        <source>%n file(s) in the sync folder could not be read; see the sync status.</source>
        <translation>
            <numerusform>%n Datei im Sync-Ordner konnte nicht gelesen werden; siehe Sync-Status.</numerusform>
            <numerusform>%n Dateien im Sync-Ordner konnten nicht gelesen werden; siehe Sync-Status.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/controller.py" line="365"/>
        <source>The note open here was deleted on another computer; what you typed meanwhile is kept as a new note.</source>
        <translation>Die hier geöffnete Notiz wurde auf einem anderen Computer gelöscht; was Sie inzwischen getippt haben, bleibt als neue Notiz erhalten.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/controller.py" line="369"/>
        <source>The note open here was deleted on another computer.</source>
        <translation>Die hier geöffnete Notiz wurde auf einem anderen Computer gelöscht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/controller.py" line="398"/>
        <source>%n possible duplicate client(s)…</source>
        <translation>
            <numerusform>%n möglicherweise doppelter Kunde …</numerusform>
            <numerusform>%n möglicherweise doppelte Kunden …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/controller.py" line="401"/>
        <source>Clients created on two computers for the same person: review and merge</source>
        <translation>Auf zwei Computern für dieselbe Person angelegte Kunden: prüfen und zusammenführen</translation>
    </message>
    <message>
        <location filename="../../ui/sync/controller.py" line="461"/>
        <source>Sync on</source>
        <translation>Synchronisierung an</translation>
    </message>
    <message>
        <location filename="../../ui/sync/controller.py" line="464"/>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../clientjournal/ui/sync/settings_page.py" line="48"/>
        <source>Sync settings</source>
        <translation>Einstellungen der Synchronisierung</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/settings_page.py" line="55"/>
        <source>Pick a folder that Syncthing, Nextcloud or Dropbox carries to your other computers, not the journal folder. Each computer writes only its own files there. Changes on this page take effect at once.</source>
        <translation>Wählen Sie einen Ordner, den Syncthing, Nextcloud oder Dropbox zu Ihren anderen Computern bringt, nicht den Ordner des Journals. Jeder Computer schreibt dort nur seine eigenen Dateien. Änderungen auf dieser Seite gelten sofort.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/settings_page.py" line="62"/>
        <location filename="../../clientjournal/ui/sync/settings_page.py" line="196"/>
        <source>Sync folder</source>
        <translation>Synchronisierungsordner</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/settings_page.py" line="64"/>
        <source>Sync is off</source>
        <translation>Synchronisierung ist aus</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/settings_page.py" line="65"/>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/settings_page.py" line="67"/>
        <source>Choose the sync folder</source>
        <translation>Synchronisierungsordner wählen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/settings_page.py" line="69"/>
        <source>&amp;Turn off</source>
        <translation>&amp;Ausschalten</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/settings_page.py" line="71"/>
        <source>Turn sync off</source>
        <translation>Synchronisierung ausschalten</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/settings_page.py" line="83"/>
        <source>This computer’s name</source>
        <translation>Name dieses Computers</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/settings_page.py" line="87"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/settings_page.py" line="89"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/settings_page.py" line="92"/>
        <source>Last round</source>
        <translation>Letzter Abgleich</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/settings_page.py" line="97"/>
        <source>Other computers</source>
        <translation>Andere Computer</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/settings_page.py" line="102"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/settings_page.py" line="106"/>
        <source>This computer’s &amp;name:</source>
        <translation>&amp;Name dieses Computers:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/settings_page.py" line="107"/>
        <source>Last round:</source>
        <translation>Letzter Abgleich:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/settings_page.py" line="108"/>
        <source>Other computers:</source>
        <translation>Andere Computer:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/settings_page.py" line="140"/>
        <source>Syncing…</source>
        <translation>Synchronisiere …</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/settings_page.py" line="151"/>
        <source>None yet: set up the app on the other computer with the same folder.</source>
        <translation>Noch keiner: Richten Sie die App auf dem anderen Computer mit demselben Ordner ein.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/settings_page.py" line="153"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/settings_page.py" line="173"/>
        <source>%1 (%2 computers of this name, or copies of one)</source>
        <translation>%1 (%2 Computer dieses Namens oder Kopien eines davon)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/settings_page.py" line="181"/>
        <source>%1: last change %2</source>
        <translation>%1: letzte Änderung %2</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../ui/agreements/template_dialog.py" line="67"/>
        <source>Checklist templates</source>
        <translation>Vorlagen für Checklisten</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_dialog.py" line="79"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_dialog.py" line="82"/>
        <source>&amp;New template</source>
        <translation>&amp;Neue Vorlage</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_dialog.py" line="84"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_dialog.py" line="87"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_dialog.py" line="92"/>
        <source>Template name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_dialog.py" line="94"/>
        <source>Built-in templates cannot be changed; duplicate one to make your own.</source>
        <translation>Mitgelieferte Vorlagen lassen sich nicht ändern; duplizieren Sie eine, um Ihre eigene daraus zu machen.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_dialog.py" line="99"/>
        <source>Points of the template</source>
        <translation>Punkte der Vorlage</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_dialog.py" line="100"/>
        <source>Add &amp;item</source>
        <translation>Punkt &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_dialog.py" line="102"/>
        <source>&amp;Remove item</source>
        <translation>Punkt &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_dialog.py" line="104"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_dialog.py" line="106"/>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_dialog.py" line="121"/>
        <source>&amp;Add to checklist</source>
        <translation>Zur &amp;Checkliste hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_dialog.py" line="152"/>
        <source>Templates:</source>
        <translation>Vorlagen:</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_dialog.py" line="159"/>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_dialog.py" line="204"/>
        <source>%1 (built-in, %2)</source>
        <translation>%1 (mitgeliefert, %2)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_dialog.py" line="285"/>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_dialog.py" line="293"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_dialog.py" line="305"/>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/template_dialog.py" line="306"/>
        <source>Delete the template “%1”? This cannot be undone.</source>
        <translation>Die Vorlage „%1“ löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../ui/clients/trash_dialog.py" line="31"/>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location filename="../../ui/clients/trash_dialog.py" line="37"/>
        <source>Deleted clients</source>
        <translation>Gelöschte Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/clients/trash_dialog.py" line="42"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/clients/trash_dialog.py" line="45"/>
        <source>&amp;Empty trash…</source>
        <translation>Papierkorb &amp;leeren…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/trash_dialog.py" line="61"/>
        <source>%1 — deleted %2</source>
        <translation>%1 — gelöscht am %2</translation>
    </message>
    <message>
        <location filename="../../ui/clients/trash_dialog.py" line="65"/>
        <source>Deleted clients and their notes are kept here until you empty the trash.</source>
        <translation>Gelöschte Kunden und ihre Notizen bleiben hier, bis Sie den Papierkorb leeren.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/trash_dialog.py" line="67"/>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/trash_dialog.py" line="85"/>
        <source>Empty trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/trash_dialog.py" line="87"/>
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
        <location filename="../../ui/shell/undo_action.py" line="33"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/undo_action.py" line="33"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/undo_action.py" line="35"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/undo_action.py" line="35"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/shell/welcome_dialog.py" line="38"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome_dialog.py" line="40"/>
        <source>Welcome to Client Journal</source>
        <translation>Willkommen bei Client Journal</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome_dialog.py" line="47"/>
        <source>Client Journal keeps everything about your clients in one place on your computer: notes and calls, agreements, invoices, and replies you would rather sleep on. You can start with an empty journal, or first look around in a small demo journal and remove it again with one click.</source>
        <translation>Client Journal hält alles über Ihre Kunden an einem Ort auf Ihrem Computer fest: Notizen und Telefonate, Vereinbarungen, Rechnungen und Antworten, über die Sie lieber eine Nacht schlafen. Sie können mit einem leeren Journal beginnen oder sich zuerst in einem kleinen Demo-Journal umsehen und es danach mit einem Klick wieder entfernen.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome_dialog.py" line="57"/>
        <source>&amp;Start empty</source>
        <translation>&amp;Leer beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome_dialog.py" line="59"/>
        <source>&amp;Explore with demo data</source>
        <translation>Mit Demodaten &amp;ausprobieren</translation>
    </message>
</context>
<context>
    <name>agreement_labels</name>
    <message>
        <location filename="../../clientjournal/ui/agreements/labels.py" line="24"/>
        <source>Scope</source>
        <translation>Leistungsumfang</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreements/labels.py" line="25"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreements/labels.py" line="26"/>
        <source>Deadline</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreements/labels.py" line="27"/>
        <source>Revisions</source>
        <translation>Korrekturen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreements/labels.py" line="28"/>
        <source>Payment terms</source>
        <translation>Zahlungsbedingungen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreements/labels.py" line="29"/>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreements/labels.py" line="30"/>
        <source>Usage rights</source>
        <translation>Nutzungsrechte</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreements/labels.py" line="31"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreements/labels.py" line="37"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreements/labels.py" line="38"/>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreements/labels.py" line="39"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreements/labels.py" line="40"/>
        <source>Broken</source>
        <translation>Gebrochen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreements/labels.py" line="56"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreements/labels.py" line="57"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreements/labels.py" line="58"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreements/labels.py" line="59"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/agreements/labels.py" line="69"/>
        <source>overdue since %1 (%n days)</source>
        <translation>
            <numerusform>überfällig seit %1 (%n Tag)</numerusform>
            <numerusform>überfällig seit %1 (%n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreements/labels.py" line="73"/>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/agreements/labels.py" line="75"/>
        <source>due %1 (in %n days)</source>
        <translation>
            <numerusform>fällig %1 (in %n Tag)</numerusform>
            <numerusform>fällig %1 (in %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/agreements/labels.py" line="78"/>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
</context>
<context>
    <name>autosave</name>
    <message>
        <location filename="../../ui/common/autosave.py" line="110"/>
        <source>Syncing…</source>
        <translation>Synchronisiere …</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../app.py" line="211"/>
        <source>No backup today: the backup folder %1 is not available (is the disk plugged in?). The app tries again at the next start.</source>
        <translation>Heute keine Sicherung: Der Sicherungsordner %1 ist nicht erreichbar (ist der Datenträger angeschlossen?). Die App versucht es beim nächsten Start erneut.</translation>
    </message>
</context>
<context>
    <name>cadence</name>
    <message>
        <location filename="../../clientjournal/ui/clients/cadence_labels.py" line="16"/>
        <source>No rhythm</source>
        <translation>Kein Rhythmus</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/clients/cadence_labels.py" line="17"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>im Abstand von %n Tag</numerusform>
            <numerusform>im Abstand von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/cadence_labels.py" line="24"/>
        <source>Rhythm: %1</source>
        <translation>Rhythmus: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/clients/cadence_labels.py" line="26"/>
        <source>%n contact(s) in this period: give them room, don&apos;t nag</source>
        <translation>
            <numerusform>%n Kontakt in diesem Zeitraum: Raum lassen, nicht drängeln</numerusform>
            <numerusform>%n Kontakte in diesem Zeitraum: Raum lassen, nicht drängeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/clients/cadence_labels.py" line="35"/>
        <source>time to get in touch (%n day(s) past the rhythm)</source>
        <translation>
            <numerusform>Zeit, sich zu melden (%n Tag über dem Rhythmus)</numerusform>
            <numerusform>Zeit, sich zu melden (%n Tage über dem Rhythmus)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/cadence_labels.py" line="39"/>
        <source>time to get in touch</source>
        <translation>Zeit, sich zu melden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/clients/cadence_labels.py" line="42"/>
        <source>get in touch within %n day(s)</source>
        <translation>
            <numerusform>innerhalb von %n Tag melden</numerusform>
            <numerusform>innerhalb von %n Tagen melden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/clients/cadence_labels.py" line="46"/>
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
        <location filename="../../clientjournal/ui/replies/labels.py" line="19"/>
        <source>sounds like a threat</source>
        <translation>klingt nach Drohung</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/replies/labels.py" line="20"/>
        <source>words aimed at the reader</source>
        <translation>Worte, die den Empfänger angreifen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/replies/labels.py" line="23"/>
        <source>accuses (“you always / never”)</source>
        <translation>Vorwurf („Sie immer / nie“)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/replies/labels.py" line="21"/>
        <source>sounds like an ultimatum</source>
        <translation>klingt wie ein Ultimatum</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/replies/labels.py" line="22"/>
        <source>sounds like quitting in anger</source>
        <translation>klingt nach Hinschmeißen im Ärger</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/replies/labels.py" line="24"/>
        <source>puts the blame on the reader</source>
        <translation>schiebt dem Empfänger die Schuld zu</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/replies/labels.py" line="25"/>
        <source>reads as sarcastic</source>
        <translation>liest sich sarkastisch</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/replies/labels.py" line="26"/>
        <source>sounds condescending</source>
        <translation>klingt herablassend</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/replies/labels.py" line="27"/>
        <source>reads as passive-aggressive</source>
        <translation>liest sich passiv-aggressiv</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/replies/labels.py" line="28"/>
        <source>tries to make the reader feel guilty</source>
        <translation>will dem Empfänger ein schlechtes Gewissen machen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/replies/labels.py" line="29"/>
        <source>exasperation</source>
        <translation>hörbarer Ärger</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/replies/labels.py" line="30"/>
        <source>rhetorical question</source>
        <translation>rhetorische Frage</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/replies/labels.py" line="31"/>
        <source>“again” as a reproach</source>
        <translation>„schon wieder“ als Vorwurf</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/replies/labels.py" line="32"/>
        <source>shouting (CAPITALS)</source>
        <translation>Schreien (GROSSBUCHSTABEN)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/replies/labels.py" line="33"/>
        <source>harsh words</source>
        <translation>harte Worte</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/replies/labels.py" line="34"/>
        <source>blunt command</source>
        <translation>schroffe Anweisung</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/replies/labels.py" line="35"/>
        <source>several exclamation marks</source>
        <translation>mehrere Ausrufezeichen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/replies/labels.py" line="36"/>
        <source>?! as a reproach</source>
        <translation>?! als Vorwurf</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/replies/labels.py" line="37"/>
        <source>exaggeration</source>
        <translation>Übertreibung</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/replies/labels.py" line="38"/>
        <source>the wording as a whole</source>
        <translation>die Wortwahl insgesamt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/replies/labels.py" line="39"/>
        <source>written late at night</source>
        <translation>spät in der Nacht geschrieben</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/replies/labels.py" line="40"/>
        <source>written minutes after the client&apos;s message</source>
        <translation>wenige Minuten nach der Nachricht des Kunden geschrieben</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/replies/labels.py" line="41"/>
        <source>your last notes about this client were negative</source>
        <translation>Ihre letzten Notizen zu diesem Kunden waren negativ</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/replies/labels.py" line="54"/>
        <source>Ready to reread</source>
        <translation>Bereit zum Nachlesen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/replies/labels.py" line="56"/>
        <source>Sleeping until %1</source>
        <translation>Ruht bis %1</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/replies/labels.py" line="58"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/replies/labels.py" line="59"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/replies/labels.py" line="60"/>
        <source>Discarded</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/replies/labels.py" line="66"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/replies/labels.py" line="73"/>
        <source>(empty draft)</source>
        <translation>(leerer Entwurf)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/common/labels.py" line="126"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/labels.py" line="26"/>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/labels.py" line="27"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/labels.py" line="28"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/labels.py" line="29"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/labels.py" line="40"/>
        <source>German, du</source>
        <translation>Deutsch, du</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/labels.py" line="41"/>
        <source>German, Sie</source>
        <translation>Deutsch, Sie</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/labels.py" line="42"/>
        <source>English, first name</source>
        <translation>Englisch, Vorname</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/labels.py" line="43"/>
        <source>English, formal</source>
        <translation>Englisch, förmlich</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/labels.py" line="71"/>
        <source>Letters and reminders in German, informal: “Hallo Anna, …”</source>
        <translation>Briefe und Erinnerungen auf Deutsch, per du: „Hallo Anna, …“</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/labels.py" line="54"/>
        <source>Letters and reminders in German, formal: “Guten Tag Frau Müller, …”</source>
        <translation>Briefe und Erinnerungen auf Deutsch, per Sie: „Guten Tag Frau Müller, …“</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/labels.py" line="72"/>
        <source>Letters and reminders in English, by first name: “Hi Anna, …”</source>
        <translation>Briefe und Erinnerungen auf Englisch, mit Vornamen: „Hi Anna, …“</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/labels.py" line="66"/>
        <source>Letters and reminders in English, formal: “Dear Ms Müller, …”</source>
        <translation>Briefe und Erinnerungen auf Englisch, förmlich: „Dear Ms Müller, …“</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/labels.py" line="57"/>
        <source>Letters and reminders in German, formal: “Guten Tag Herr Müller, …”</source>
        <translation>Briefe und Erinnerungen auf Deutsch, per Sie: „Guten Tag Herr Müller, …“</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/labels.py" line="60"/>
        <source>Letters and reminders in German, formal: “Guten Tag Anna Müller, …”</source>
        <translation>Briefe und Erinnerungen auf Deutsch, per Sie: „Guten Tag Anna Müller, …“</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/labels.py" line="67"/>
        <source>Letters and reminders in English, formal: “Dear Mr Müller, …”</source>
        <translation>Briefe und Erinnerungen auf Englisch, förmlich: „Dear Mr Müller, …“</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/labels.py" line="68"/>
        <source>Letters and reminders in English, formal: “Dear Anna Müller, …”</source>
        <translation>Briefe und Erinnerungen auf Englisch, förmlich: „Dear Anna Müller, …“</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/labels.py" line="80"/>
        <source>None (the full name)</source>
        <translation>Keine (der volle Name)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/labels.py" line="81"/>
        <source>Ms / Frau</source>
        <translation>Frau / Ms</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/labels.py" line="82"/>
        <source>Mr / Herr</source>
        <translation>Herr / Mr</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/labels.py" line="87"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/labels.py" line="88"/>
        <source>Call</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/labels.py" line="89"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/labels.py" line="90"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/labels.py" line="91"/>
        <source>Lunch</source>
        <translation>Mittagessen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/labels.py" line="100"/>
        <source>Very bad</source>
        <translation>Sehr schlecht</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/labels.py" line="101"/>
        <source>Tense</source>
        <translation>Angespannt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/labels.py" line="102"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/labels.py" line="103"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/labels.py" line="104"/>
        <source>Very good</source>
        <translation>Sehr gut</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/labels.py" line="120"/>
        <source>no contact yet</source>
        <translation>noch kein Kontakt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/labels.py" line="123"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/labels.py" line="125"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="16"/>
        <source>They want</source>
        <translation>Wünsche des Kunden</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="17"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="18"/>
        <source>Never</source>
        <translation>Niemals</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="19"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="20"/>
        <source>Punctuality</source>
        <translation>Pünktlichkeit</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="21"/>
        <source>Reachability</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="22"/>
        <source>Attention</source>
        <translation>Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="23"/>
        <source>Discounts</source>
        <translation>Rabatte</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="24"/>
        <source>Extras</source>
        <translation>Extras</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="25"/>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="26"/>
        <source>Role</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="27"/>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="71"/>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="28"/>
        <source>Current problems</source>
        <translation>Aktuelle Probleme</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="29"/>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="30"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="31"/>
        <source>Small talk</source>
        <translation>Smalltalk</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="32"/>
        <source>My needs</source>
        <translation>Meine Bedürfnisse</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="33"/>
        <source>Red flags</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="34"/>
        <source>Work with again?</source>
        <translation>Wieder zusammenarbeiten?</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="35"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="36"/>
        <source>Declined because</source>
        <translation>Abgelehnt, weil</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="43"/>
        <source>What do they want? e.g. calm, clear layouts, no jargon</source>
        <translation>Was wünscht sich der Kunde? z. B. ruhige, klare Gestaltung, kein Fachjargon</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="44"/>
        <source>Where is this heading? e.g. relaunch in spring, then a shop</source>
        <translation>Wohin geht es? z. B. Relaunch im Frühjahr, dann ein Shop</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="45"/>
        <source>What must never happen? e.g. never change the logo without asking</source>
        <translation>Was darf nie passieren? z. B. nie ohne Rückfrage am Logo ändern</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="46"/>
        <source>e.g. tight but fair; asks for fixed prices</source>
        <translation>z. B. knapp, aber fair; will Festpreise</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="47"/>
        <source>e.g. pays on day 30; feedback often late</source>
        <translation>z. B. zahlt am 30. Tag; Feedback oft spät</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="48"/>
        <source>e.g. phone mornings only, never Fridays</source>
        <translation>z. B. Telefon nur vormittags, nie freitags</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="49"/>
        <source>e.g. wants a short update every Monday</source>
        <translation>z. B. will jeden Montag ein kurzes Update</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="50"/>
        <source>e.g. asks for a discount every time: stay firm</source>
        <translation>z. B. fragt jedes Mal nach Rabatt: fest bleiben</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="51"/>
        <source>e.g. small extras welcome, bigger ones as a change request</source>
        <translation>z. B. kleine Extras gern, größere als Änderungsauftrag</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="52"/>
        <source>e.g. organic bakery chain</source>
        <translation>z. B. Bio-Bäckereikette</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="53"/>
        <source>e.g. head of marketing, decides alone</source>
        <translation>z. B. Leitung Marketing, entscheidet allein</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="54"/>
        <source>e.g. took over from her father in 2019</source>
        <translation>z. B. hat 2019 von ihrem Vater übernommen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="55"/>
        <source>e.g. sales falling since the new competitor opened</source>
        <translation>z. B. Umsatz sinkt, seit die neue Konkurrenz eröffnet hat</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="56"/>
        <source>e.g. cycling, jazz</source>
        <translation>z. B. Radfahren, Jazz</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="57"/>
        <source>e.g. 12 April</source>
        <translation>z. B. 12. April</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="58"/>
        <source>e.g. two kids, just back from Lisbon</source>
        <translation>z. B. zwei Kinder, gerade aus Lissabon zurück</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="59"/>
        <source>e.g. feedback within a week, payment on time, no calls after 6 pm</source>
        <translation>z. B. Feedback innerhalb einer Woche, pünktliche Zahlung, keine Anrufe nach 18 Uhr</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="60"/>
        <source>e.g. scope grows in every call</source>
        <translation>z. B. Umfang wächst in jedem Gespräch</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="61"/>
        <source>e.g. clear briefs and paid on time</source>
        <translation>z. B. klare Briefings und pünktlich bezahlt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="62"/>
        <source>e.g. budget far too low for the scope</source>
        <translation>z. B. Budget viel zu knapp für den Umfang</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="69"/>
        <source>Essentials</source>
        <translation>Das Wichtigste</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="70"/>
        <source>Their needs</source>
        <translation>Bedürfnisse des Kunden</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="72"/>
        <source>Personal</source>
        <translation>Persönliches</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="73"/>
        <source>My side</source>
        <translation>Meine Seite</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="74"/>
        <source>Ending</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="80"/>
        <source>Not decided</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="81"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/clients/profile_labels.py" line="82"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="70"/>
        <source>Keep what you typed</source>
        <translation>Das Getippte behalten</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="71"/>
        <source>Take the imported version</source>
        <translation>Die importierte Fassung übernehmen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="76"/>
        <source>Keep this computer’s version</source>
        <translation>Fassung dieses Computers behalten</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="77"/>
        <source>Take the other computer’s version</source>
        <translation>Fassung des anderen Computers übernehmen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="72"/>
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="78"/>
        <source>Keep both versions</source>
        <translation>Beide Fassungen behalten</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="96"/>
        <source>another computer</source>
        <translation>einem anderen Computer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="274"/>
        <source>%n note(s) of this client were changed on two computers at once.</source>
        <translation>
            <numerusform>%n Notiz dieses Kunden wurde gleichzeitig auf zwei Computern geändert.</numerusform>
            <numerusform>%n Notizen dieses Kunden wurden gleichzeitig auf zwei Computern geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/sync/labels.py" line="57"/>
        <source>%n sent</source>
        <translation>
            <numerusform>%n gesendet</numerusform>
            <numerusform>%n gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/sync/labels.py" line="59"/>
        <source>%n received</source>
        <translation>
            <numerusform>%n empfangen</numerusform>
            <numerusform>%n empfangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/sync/labels.py" line="61"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="62"/>
        <source>nothing new</source>
        <translation>nichts Neues</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="71"/>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="80"/>
        <source>No round yet.</source>
        <translation>Noch kein Abgleich.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="95"/>
        <source>another computer (%1)</source>
        <translation>ein anderer Computer (%1)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="103"/>
        <source>the sync folder does not exist</source>
        <translation>der Sync-Ordner existiert nicht</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="104"/>
        <source>the sync folder is empty: is the disk mounted? If this is the right folder, choose it again in Settings → Sync to start anew there</source>
        <translation>der Sync-Ordner ist leer: Ist das Laufwerk eingehängt? Wenn es der richtige Ordner ist, wählen Sie ihn unter Einstellungen → Sync erneut, um dort neu zu beginnen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="108"/>
        <source>not a folder (a file is in the way)</source>
        <translation>kein Ordner (eine Datei ist im Weg)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="109"/>
        <source>the sync folder cannot be written (%1)</source>
        <translation>in den Sync-Ordner kann nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="110"/>
        <source>this is the journal’s own folder or inside it; choose another folder</source>
        <translation>das ist der Ordner des Journals selbst oder liegt darin; wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="113"/>
        <source>this is the backup folder or inside it; choose another folder</source>
        <translation>das ist der Sicherungsordner oder liegt darin; wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="114"/>
        <source>it contains the journal’s own folder; choose another folder</source>
        <translation>er enthält den Ordner des Journals; wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="115"/>
        <source>it contains the backup folder; choose another folder</source>
        <translation>er enthält den Sicherungsordner; wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="116"/>
        <source>the sync folder is not encrypted but this journal is; choose an empty folder for it</source>
        <translation>der Sync-Ordner ist nicht verschlüsselt, dieses Journal aber schon; wählen Sie dafür einen leeren Ordner</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="119"/>
        <source>the sync folder belongs to an encrypted journal; this one is not</source>
        <translation>der Sync-Ordner gehört zu einem verschlüsselten Journal; dieses ist es nicht</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="122"/>
        <source>the sync folder belongs to a journal with another passphrase</source>
        <translation>der Sync-Ordner gehört zu einem Journal mit einer anderen Passphrase</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="123"/>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="124"/>
        <source>not a Client Journal sync folder</source>
        <translation>kein Sync-Ordner von Client Journal</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="125"/>
        <location filename="../../clientjournal/ui/sync/labels.py" line="141"/>
        <source>written by another version of Client Journal</source>
        <translation>von einer anderen Version von Client Journal geschrieben</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="126"/>
        <source>damaged (its encryption entries)</source>
        <translation>beschädigt (seine Verschlüsselungsangaben)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="127"/>
        <source>no sync folder is set up (Settings → Sync)</source>
        <translation>kein Sync-Ordner eingerichtet (Einstellungen → Sync)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="128"/>
        <source>the journal is busy (another program writes to it); the round is tried again later</source>
        <translation>das Journal ist belegt (ein anderes Programm schreibt hinein); der Abgleich wird später wiederholt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="131"/>
        <source>this journal is more than one snapshot may hold (2,000,000 records, 2 GiB of text): no other computer could read it, so nothing was published</source>
        <translation>das Journal ist größer, als ein Gesamtstand im Sync-Ordner sein darf (2.000.000 Einträge, 2 GiB Text): kein anderer Computer könnte ihn lesen, daher wurde nichts veröffentlicht</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="142"/>
        <source>not readable with this journal’s key</source>
        <translation>mit dem Schlüssel dieses Journals nicht lesbar</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="143"/>
        <source>it holds values this journal cannot keep</source>
        <translation>sie enthält Werte, die dieses Journal nicht speichern kann</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="144"/>
        <source>its clock is centuries ahead (refused)</source>
        <translation>ihre Uhr geht Jahrhunderte vor (abgelehnt)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="145"/>
        <source>damaged or incomplete (perhaps still being copied)</source>
        <translation>beschädigt oder unvollständig (wird vielleicht noch kopiert)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="146"/>
        <source>it holds more than one file may</source>
        <translation>sie enthält mehr, als eine Datei enthalten darf</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="147"/>
        <source>damaged (not what Client Journal writes)</source>
        <translation>beschädigt (nicht, was Client Journal schreibt)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="148"/>
        <source>written for another sync folder (copied here from it)</source>
        <translation>für einen anderen Sync-Ordner geschrieben (von dort hierher kopiert)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="149"/>
        <source>written by a newer version of Client Journal (update it on this computer)</source>
        <translation>von einer neueren Version von Client Journal geschrieben (aktualisieren Sie es auf diesem Computer)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="157"/>
        <location filename="../../clientjournal/ui/sync/labels.py" line="158"/>
        <location filename="../../clientjournal/ui/sync/labels.py" line="159"/>
        <source>no permission</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="160"/>
        <source>the disk is read-only</source>
        <translation>das Laufwerk ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="161"/>
        <location filename="../../clientjournal/ui/sync/labels.py" line="166"/>
        <location filename="../../clientjournal/ui/sync/labels.py" line="325"/>
        <source>the disk is full</source>
        <translation>das Laufwerk ist voll</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="162"/>
        <source>the disk quota is used up</source>
        <translation>das Speicherkontingent ist ausgeschöpft</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="163"/>
        <location filename="../../clientjournal/ui/sync/labels.py" line="168"/>
        <location filename="../../clientjournal/ui/sync/labels.py" line="329"/>
        <source>the disk could not be read or written</source>
        <translation>das Laufwerk konnte nicht gelesen oder beschrieben werden</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="164"/>
        <source>it is gone (removed, or its disk unplugged)</source>
        <translation>er ist nicht mehr da (entfernt, oder sein Laufwerk ist abgezogen)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="167"/>
        <source>the journal is busy (another program writes to it)</source>
        <translation>das Journal ist belegt (ein anderes Programm schreibt hinein)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="201"/>
        <source>the round gave a warning this version cannot word (%1)</source>
        <translation>der Abgleich meldete eine Warnung, die diese Version nicht beschreiben kann (%1)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="227"/>
        <source>the clock of %1 is %2 days ahead of this computer’s (one of the two is wrong); its changes count as made then</source>
        <translation>die Uhr von %1 geht %2 Tage gegenüber diesem Computer vor (eine der beiden geht falsch); seine Änderungen gelten als dann gemacht</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="215"/>
        <source>more changes are waiting in the sync folder; the next round takes them</source>
        <translation>weitere Änderungen warten im Sync-Ordner; der nächste Abgleich übernimmt sie</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="238"/>
        <source>changes from %1 are waiting for a file the sync program has not delivered (%2)</source>
        <translation>Änderungen von %1 warten auf eine Datei, die das Sync-Programm noch nicht geliefert hat (%2)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="211"/>
        <source>another copy of this journal writes to the sync folder as the same computer (copied or restored there): this journal now syncs as a new computer</source>
        <translation>eine andere Kopie dieses Journals schreibt als derselbe Computer in den Sync-Ordner (dorthin kopiert oder wiederhergestellt): dieses Journal gleicht sich nun als neuer Computer ab</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="250"/>
        <source>the round is done, but the sync folder could not be tidied up after it: %1; a later round tries again</source>
        <translation>der Abgleich ist abgeschlossen, aber der Sync-Ordner konnte danach nicht aufgeräumt werden: %1; ein späterer Abgleich versucht es erneut</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/sync/labels.py" line="261"/>
        <source>%n payment(s) arrived due or paid before they were issued; they are so on the day they were issued</source>
        <translation>
            <numerusform>%n Rechnung kam mit Fälligkeit oder Zahlung vor dem Rechnungsdatum an; sie gilt als am Rechnungsdatum fällig bzw. bezahlt</numerusform>
            <numerusform>%n Rechnungen kamen mit Fälligkeit oder Zahlung vor dem Rechnungsdatum an; sie gelten als am Rechnungsdatum fällig bzw. bezahlt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/sync/labels.py" line="268"/>
        <source>%n held draft(s) arrived without the time they are ready; they are ready now</source>
        <translation>
            <numerusform>%n zurückgehaltener Entwurf kam ohne Bereitschaftszeit an; er ist jetzt bereit</numerusform>
            <numerusform>%n zurückgehaltene Entwürfe kamen ohne Bereitschaftszeit an; sie sind jetzt bereit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/sync/labels.py" line="275"/>
        <source>%n record(s) arrived naming another client’s project or note; the reference is left empty</source>
        <translation>
            <numerusform>%n Eintrag kam mit einem Projekt oder einer Notiz eines anderen Kunden an; der Verweis bleibt leer</numerusform>
            <numerusform>%n Einträge kamen mit einem Projekt oder einer Notiz eines anderen Kunden an; der Verweis bleibt leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/sync/labels.py" line="282"/>
        <source>%n project(s) arrived without a name; they are named “—”</source>
        <translation>
            <numerusform>%n Projekt kam ohne Namen an; es heißt „—“</numerusform>
            <numerusform>%n Projekte kamen ohne Namen an; sie heißen „—“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/sync/labels.py" line="286"/>
        <source>%n client profile(s) arrived with more than 100 fields; the first 100 by name are kept</source>
        <translation>
            <numerusform>%n Kundenprofil kam mit mehr als 100 Feldern an; die ersten 100 nach Namen bleiben erhalten</numerusform>
            <numerusform>%n Kundenprofile kamen mit mehr als 100 Feldern an; die ersten 100 nach Namen bleiben erhalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/sync/labels.py" line="293"/>
        <source>%n project(s) arrived with an end date before the start date; the end date is left empty (set it again in the project’s dialog)</source>
        <translation>
            <numerusform>%n Projekt kam mit einem Enddatum vor dem Startdatum an; das Enddatum bleibt leer (setzen Sie es im Projektdialog erneut)</numerusform>
            <numerusform>%n Projekte kamen mit einem Enddatum vor dem Startdatum an; das Enddatum bleibt leer (setzen Sie es im Projektdialog erneut)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/sync/labels.py" line="299"/>
        <source>%n client(s) arrived with an end date before the start date; the end date is left empty (set it again in the client’s dialog)</source>
        <translation>
            <numerusform>%n Kunde kam mit einem Enddatum vor dem Startdatum an; das Enddatum bleibt leer (setzen Sie es im Kundendialog erneut)</numerusform>
            <numerusform>%n Kunden kamen mit einem Enddatum vor dem Startdatum an; das Enddatum bleibt leer (setzen Sie es im Kundendialog erneut)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="171"/>
        <location filename="../../clientjournal/ui/sync/labels.py" line="326"/>
        <source>the journal or its folder cannot be written (read-only)</source>
        <translation>das Journal oder sein Ordner lässt sich nicht schreiben (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="335"/>
        <source>unexpected problem (%1)</source>
        <translation>unerwartetes Problem (%1)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/labels.py" line="339"/>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/merge.py" line="38"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/merge.py" line="44"/>
        <source>same e-mail address</source>
        <translation>gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/merge.py" line="46"/>
        <source>same name and company</source>
        <translation>gleicher Name und gleiche Firma</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/sync/merge.py" line="58"/>
        <source>Merge “%1” into “%2”</source>
        <translation>„%1“ mit „%2“ zusammenführen</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../clientjournal/ui/common/undo_commands.py" line="120"/>
        <source>Could not undo “%1”: it has changed since (on another computer or by an import).</source>
        <translation>„%1“ konnte nicht rückgängig gemacht werden: Es wurde inzwischen geändert (auf einem anderen Computer oder durch einen Import).</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/undo_commands.py" line="124"/>
        <source>Could not redo “%1”: it has changed since (on another computer or by an import).</source>
        <translation>„%1“ konnte nicht wiederhergestellt werden: Es wurde inzwischen geändert (auf einem anderen Computer oder durch einen Import).</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/undo_commands.py" line="130"/>
        <source>Could not undo “%1”: the record is no longer in the journal.</source>
        <translation>„%1“ konnte nicht rückgängig gemacht werden: Der Eintrag ist nicht mehr im Journal.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/undo_commands.py" line="132"/>
        <source>Could not redo “%1”: the record is no longer in the journal.</source>
        <translation>„%1“ konnte nicht wiederhergestellt werden: Der Eintrag ist nicht mehr im Journal.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/undo_commands.py" line="146"/>
        <source>Delete client “%1”</source>
        <translation>Kunden „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/undo_commands.py" line="279"/>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/undo_commands.py" line="326"/>
        <source>Delete agreement “%1”</source>
        <translation>Vereinbarung „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/undo_commands.py" line="353"/>
        <source>Discard reply</source>
        <translation>Antwort verwerfen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/undo_commands.py" line="375"/>
        <source>Mark reply as sent</source>
        <translation>Antwort als gesendet markieren</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/undo_commands.py" line="407"/>
        <source>Add invoice</source>
        <translation>Rechnung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/common/undo_commands.py" line="458"/>
        <source>Delete invoice</source>
        <translation>Rechnung löschen</translation>
    </message>
</context>
</TS>
