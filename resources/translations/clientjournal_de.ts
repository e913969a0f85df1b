<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="60"/>
        <source>Edit client</source>
        <translation>Kunden bearbeiten</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="60"/>
        <source>New client</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="65"/>
        <source>e.g. Anna Müller</source>
        <translation>z. B. Anna Müller</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="80"/>
        <source>Started on</source>
        <translation>Begonnen am</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="81"/>
        <source>Ended on</source>
        <translation>Beendet am</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="88"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="89"/>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="90"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="91"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="92"/>
        <source>&amp;Address as:</source>
        <translation>&amp;Anrede:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="93"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="97"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="98"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="99"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="100"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="101"/>
        <source>Address as</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="102"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="158"/>
        <source>A client needs a name.</source>
        <translation>Bitte einen Namen angeben.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="159"/>
        <source>The name is too long.</source>
        <translation>Der Name ist zu lang.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="160"/>
        <source>This does not look like an e-mail address.</source>
        <translation>Das sieht nicht nach einer E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_dialog.py" line="161"/>
        <source>The end date is before the start date.</source>
        <translation>Das Enddatum liegt vor dem Startdatum.</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <location filename="../../clientjournal/ui/client_list_model.py" line="55"/>
        <source>last contact %1</source>
        <translation>letzter Kontakt %1</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <location filename="../../clientjournal/ui/client_list.py" line="32"/>
        <source>Filter clients</source>
        <translation>Kunden filtern</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_list.py" line="33"/>
        <source>Filter by name, company, e-mail</source>
        <translation>Name, Firma oder E-Mail</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_list.py" line="39"/>
        <source>Sort clients by</source>
        <translation>Kunden sortieren nach</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_list.py" line="40"/>
        <source>By name</source>
        <translation>Nach Name</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_list.py" line="41"/>
        <source>By last contact</source>
        <translation>Nach letztem Kontakt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_list.py" line="46"/>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_list.py" line="138"/>
        <source>No client matches</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_list.py" line="139"/>
        <source>Nothing matches “%1”. Clear the filter to see every client.</source>
        <translation>Nichts passt zu „%1“. Filter leeren, um alle Kunden zu sehen.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_list.py" line="146"/>
        <source>No clients yet</source>
        <translation>Noch keine Kunden</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_list.py" line="147"/>
        <source>The people and companies you work for will be listed here.</source>
        <translation>Hier erscheinen die Menschen und Firmen, für die Sie arbeiten.</translation>
    </message>
</context>
<context>
    <name>ClientPane</name>
    <message>
        <location filename="../../clientjournal/ui/client_pane.py" line="47"/>
        <source>Notes, newest first</source>
        <translation>Notizen, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_pane.py" line="59"/>
        <source>No notes yet. Write the first one below: what they want, what you agreed, how the last call went.</source>
        <translation>Noch keine Notizen. Schreiben Sie unten die erste: was gewünscht ist, was vereinbart wurde, wie das letzte Telefonat lief.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_pane.py" line="69"/>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_pane.py" line="72"/>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_pane.py" line="147"/>
        <source>Welcome to Client Journal</source>
        <translation>Willkommen bei Client Journal</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_pane.py" line="149"/>
        <source>Everything you know about a client, in one place on your computer: notes, calls, moods. Start by adding a client.</source>
        <translation>Alles, was Sie über Ihre Kundschaft wissen, an einem Ort auf Ihrem Computer: Notizen, Telefonate, Stimmungen. Legen Sie als Erstes einen Kunden an.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_pane.py" line="151"/>
        <source>Add your first client…</source>
        <translation>Ersten Kunden anlegen…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_pane.py" line="155"/>
        <source>No client selected</source>
        <translation>Kein Kunde ausgewählt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_pane.py" line="156"/>
        <source>Pick a client on the left, or add a new one with Ctrl+Shift+N.</source>
        <translation>Wählen Sie links einen Kunden aus oder legen Sie mit Strg+Umschalt+N einen neuen an.</translation>
    </message>
</context>
<context>
    <name>ClientSummary</name>
    <message>
        <location filename="../../clientjournal/ui/client_summary.py" line="26"/>
        <source>Client profile</source>
        <translation>Kundenprofil</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_summary.py" line="40"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_summary.py" line="42"/>
        <source>Edit client</source>
        <translation>Kunden bearbeiten</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_summary.py" line="56"/>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_summary.py" line="58"/>
        <source>ended %1</source>
        <translation>beendet am %1</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_summary.py" line="59"/>
        <source>Last contact: %1</source>
        <translation>Letzter Kontakt: %1</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/client_summary.py" line="66"/>
        <source>Address as: %1</source>
        <translation>Anrede: %1</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="73"/>
        <source>&amp;New client…</source>
        <translation>Neuer &amp;Kunde…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="76"/>
        <source>New &amp;note</source>
        <translation>Neue &amp;Notiz</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="79"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="81"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="94"/>
        <source>&amp;Edit client…</source>
        <translation>Kunden &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="97"/>
        <source>&amp;Archive client (ended)</source>
        <translation>Kunden &amp;archivieren (beendet)</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="100"/>
        <source>&amp;Delete client</source>
        <translation>Kunden &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="107"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Papierkorb…</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="108"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="121"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="123"/>
        <source>&amp;Filter clients</source>
        <translation>Kunden &amp;filtern</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="127"/>
        <source>Ne&amp;xt client</source>
        <translation>&amp;Nächster Kunde</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="135"/>
        <source>&amp;Previous client</source>
        <translation>&amp;Vorheriger Kunde</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="143"/>
        <source>Sort by &amp;name</source>
        <translation>Nach Na&amp;me sortieren</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="149"/>
        <source>Sort by &amp;last contact</source>
        <translation>Nach &amp;letztem Kontakt sortieren</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="157"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="159"/>
        <source>&amp;About Client Journal</source>
        <translation>Ü&amp;ber Client Journal</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="180"/>
        <source>Client added</source>
        <translation>Kunde angelegt</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="194"/>
        <source>Edit client</source>
        <translation>Kunden bearbeiten</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="202"/>
        <source>Archive client “%1”</source>
        <translation>Kunden „%1“ archivieren</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="215"/>
        <source>“%1” moved to the trash. Undo with Ctrl+Z.</source>
        <translation>„%1“ in den Papierkorb verschoben. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="227"/>
        <source>Note deleted. Undo with Ctrl+Z.</source>
        <translation>Notiz gelöscht. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="256"/>
        <source>About Client Journal</source>
        <translation>Über Client Journal</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/main_window.py" line="258"/>
        <source>&lt;h3&gt;Client Journal %1&lt;/h3&gt;&lt;p&gt;A journal of every client relationship, kept on this computer only. It never connects to the network.&lt;/p&gt;&lt;p&gt;Journal: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Client Journal %1&lt;/h3&gt;&lt;p&gt;Ein Journal all Ihrer Kundenbeziehungen, nur auf diesem Computer gespeichert. Es stellt nie eine Netzwerkverbindung her.&lt;/p&gt;&lt;p&gt;Journal: %2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/main_window.py" line="280"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../clientjournal/ui/note_editor.py" line="45"/>
        <source>Kind of note</source>
        <translation>Art der Notiz</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/note_editor.py" line="50"/>
        <source>Date of the note</source>
        <translation>Datum der Notiz</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/note_editor.py" line="54"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/note_editor.py" line="57"/>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/note_editor.py" line="65"/>
        <source>Note text</source>
        <translation>Notiztext</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/note_editor.py" line="67"/>
        <source>Write a note… Markdown works: **bold**, *italic*, - lists. It saves itself.</source>
        <translation>Notiz schreiben… Markdown geht: **fett**, *kursiv*, - Listen. Wird automatisch gespeichert.</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/note_editor.py" line="120"/>
        <location filename="../../clientjournal/ui/note_editor.py" line="141"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/note_editor.py" line="174"/>
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
        <location filename="../../clientjournal/ui/note_timeline_model.py" line="41"/>
        <source>(empty note)</source>
        <translation>(leere Notiz)</translation>
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
    <name>undo</name>
    <message>
        <location filename="../../clientjournal/ui/undo_commands.py" line="26"/>
        <source>Delete client “%1”</source>
        <translation>Kunden „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../../clientjournal/ui/undo_commands.py" line="65"/>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
</context>
</TS>
