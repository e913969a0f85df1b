<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AgreementPane</name>
    <message numerus="yes">
        <location filename="../../ui/agreements/pane.py" line="438"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreements/pane.py" line="440"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreements/pane.py" line="442"/>
        <source>%n broken</source>
        <translation>
            <numerusform>%n broken</numerusform>
            <numerusform>%n broken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message numerus="yes">
        <location filename="../../ui/attention/view.py" line="55"/>
        <source>&amp;Get in touch (%n)</source>
        <translation>
            <numerusform>&amp;Get in touch (%n)</numerusform>
            <numerusform>&amp;Get in touch (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attention/view.py" line="56"/>
        <source>&amp;Overdue invoices (%n)</source>
        <translation>
            <numerusform>&amp;Overdue invoices (%n)</numerusform>
            <numerusform>&amp;Overdue invoices (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attention/view.py" line="57"/>
        <source>&amp;Mood falling (%n)</source>
        <translation>
            <numerusform>&amp;Mood falling (%n)</numerusform>
            <numerusform>&amp;Mood falling (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientPane</name>
    <message numerus="yes">
        <location filename="../../ui/clients/pane.py" line="418"/>
        <source>A&amp;greements (%n overdue)</source>
        <translation>
            <numerusform>A&amp;greements (%n overdue)</numerusform>
            <numerusform>A&amp;greements (%n overdue)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/pane.py" line="420"/>
        <source>A&amp;greements (%n open)</source>
        <translation>
            <numerusform>A&amp;greements (%n open)</numerusform>
            <numerusform>A&amp;greements (%n open)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/pane.py" line="424"/>
        <source>&amp;Payments (%n overdue)</source>
        <translation>
            <numerusform>&amp;Payments (%n overdue)</numerusform>
            <numerusform>&amp;Payments (%n overdue)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactImportDialog</name>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="397"/>
        <source>%n contact(s) in “%1”.</source>
        <translation>
            <numerusform>%n contact in “%1”.</numerusform>
            <numerusform>%n contacts in “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="400"/>
        <source>%n look(s) like clients you already have: left unchecked; checked, they are imported with the tag “possible duplicate”.</source>
        <translation>
            <numerusform>%n looks like a client you already have: left unchecked; checked, it is imported with the tag “possible duplicate”.</numerusform>
            <numerusform>%n look like clients you already have: left unchecked; checked, they are imported with the tag “possible duplicate”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="409"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/exchange/contact_import_dialog.py" line="418"/>
        <source>&amp;Import %n client(s)</source>
        <translation>
            <numerusform>&amp;Import %n client</numerusform>
            <numerusform>&amp;Import %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/exchange/contact_write.py" line="30"/>
        <source>Import %n client(s)</source>
        <translation>
            <numerusform>Import %n client</numerusform>
            <numerusform>Import %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/exchange/contact_write.py" line="70"/>
        <source>Importing %n client(s)…</source>
        <translation>
            <numerusform>Importing %n client…</numerusform>
            <numerusform>Importing %n clients…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/exchange/contact_write.py" line="98"/>
        <source>%n client(s) imported. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n client imported. Undo with Ctrl+Z.</numerusform>
            <numerusform>%n clients imported. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message numerus="yes">
        <location filename="../../ui/shell/demo_banner.py" line="88"/>
        <source>Demo data removed: %n client(s).</source>
        <translation>
            <numerusform>Demo data removed: %n client.</numerusform>
            <numerusform>Demo data removed: %n clients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/demo_banner.py" line="97"/>
        <source>Remove the %n demo client(s)?</source>
        <translation>
            <numerusform>Remove the %n demo client?</numerusform>
            <numerusform>Remove the %n demo clients?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message numerus="yes">
        <location filename="../../ui/agreements/due.py" line="75"/>
        <source>Open or agreed items due within %n days, and everything overdue. Enter opens the client.</source>
        <translation>
            <numerusform>Open or agreed items due within %n day, and everything overdue. Enter opens the client.</numerusform>
            <numerusform>Open or agreed items due within %n days, and everything overdue. Enter opens the client.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreements/due.py" line="82"/>
        <source>Nothing is due in the next %n days, and nothing is overdue.</source>
        <translation>
            <numerusform>Nothing is due in the next %n day, and nothing is overdue.</numerusform>
            <numerusform>Nothing is due in the next %n days, and nothing is overdue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncryptionActions</name>
    <message numerus="yes">
        <location filename="../../ui/safety/encryption_actions.py" line="123"/>
        <source>%n backup(s) could not be re-encrypted (made under an older passphrase, or unreadable) and were left as they were:</source>
        <translation>
            <numerusform>%n backup could not be re-encrypted (made under an older passphrase, or unreadable) and was left as it was:</numerusform>
            <numerusform>%n backups could not be re-encrypted (made under an older passphrase, or unreadable) and were left as they were:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message numerus="yes">
        <location filename="../../ui/safety/encryption_dialog.py" line="226"/>
        <source>The new passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>The new passphrase needs at least %n character.</numerusform>
            <numerusform>The new passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GetInTouchModel</name>
    <message numerus="yes">
        <location filename="../../ui/attention/get_in_touch.py" line="51"/>
        <source>%n contact(s) in %1 days: give them room</source>
        <translation>
            <numerusform>%n contact in %1 days: give them room</numerusform>
            <numerusform>%n contacts in %1 days: give them room</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attention/get_in_touch.py" line="54"/>
        <source>within %n day(s)</source>
        <translation>
            <numerusform>within %n day</numerusform>
            <numerusform>within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attention/get_in_touch.py" line="57"/>
        <source>time to get in touch, %n day(s) past the rhythm</source>
        <translation>
            <numerusform>time to get in touch, %n day past the rhythm</numerusform>
            <numerusform>time to get in touch, %n days past the rhythm</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeldTyping</name>
    <message numerus="yes">
        <location filename="../../ui/sync/held.py" line="56"/>
        <source>%n note(s) typed while a sync round or an import was cut off were put back.</source>
        <translation>
            <numerusform>%n note typed while a sync round or an import was cut off was put back.</numerusform>
            <numerusform>%n notes typed while a sync round or an import was cut off were put back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/shell/main_window.py" line="433"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoodChart</name>
    <message numerus="yes">
        <location filename="../../ui/notes/mood_chart.py" line="168"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/notes/mood_chart.py" line="171"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/notes/mood_chart.py" line="172"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/notes/mood_chart.py" line="192"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoodTrendModel</name>
    <message numerus="yes">
        <location filename="../../ui/attention/mood_trend.py" line="69"/>
        <source>The newest notes were all negative (average %1 over the last %n days).</source>
        <translation>
            <numerusform>The newest notes were all negative (average %1 over the last day).</numerusform>
            <numerusform>The newest notes were all negative (average %1 over the last %n days).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoodTrendTable</name>
    <message numerus="yes">
        <location filename="../../ui/attention/mood_trend.py" line="116"/>
        <source>Clients whose notes of the last %n days read worse than the months before, or whose newest notes were all negative. Enter opens the client.</source>
        <translation>
            <numerusform>Clients whose notes of the last day read worse than the months before, or whose newest notes were all negative. Enter opens the client.</numerusform>
            <numerusform>Clients whose notes of the last %n days read worse than the months before, or whose newest notes were all negative. Enter opens the client.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attention/mood_trend.py" line="122"/>
        <source>No relationship&apos;s mood is falling: the moods of the last %n days hold up against the months before.</source>
        <translation>
            <numerusform>No relationship&apos;s mood is falling: the moods of the last day hold up against the months before.</numerusform>
            <numerusform>No relationship&apos;s mood is falling: the moods of the last %n days hold up against the months before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteConflictBanner</name>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="338"/>
        <source>(%n more after this one)</source>
        <translation>
            <numerusform>(%n more after this one)</numerusform>
            <numerusform>(%n more after this one)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverduePayments</name>
    <message numerus="yes">
        <location filename="../../ui/payments/overdue.py" line="81"/>
        <source>%n invoice(s) past the due date, the longest overdue first. Enter opens the client.</source>
        <translation>
            <numerusform>%n invoice past the due date. Enter opens the client.</numerusform>
            <numerusform>%n invoices past the due date, the longest overdue first. Enter opens the client.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message numerus="yes">
        <location filename="../../ui/payments/dialog.py" line="114"/>
        <source>Agreed payment term: %n day(s)</source>
        <translation>
            <numerusform>Agreed payment term: %n day</numerusform>
            <numerusform>Agreed payment term: %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/payments/dialog.py" line="117"/>
        <source>No payment term agreed; %n day(s) by default.</source>
        <translation>
            <numerusform>No payment term agreed; %n day by default.</numerusform>
            <numerusform>No payment term agreed; %n days by default.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentTableModel</name>
    <message numerus="yes">
        <location filename="../../ui/payments/pane.py" line="104"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/payments/pane.py" line="111"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentsPane</name>
    <message numerus="yes">
        <location filename="../../ui/payments/pane.py" line="352"/>
        <source>Average %n day(s) late</source>
        <translation>
            <numerusform>Average %n day late</numerusform>
            <numerusform>Average %n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/payments/pane.py" line="356"/>
        <source>%n open, %1</source>
        <translation>
            <numerusform>%n open, %1</numerusform>
            <numerusform>%n open, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/payments/pane.py" line="360"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message numerus="yes">
        <location filename="../../ui/replies/composer.py" line="334"/>
        <source>You have been in touch %n time(s) in the last %1 days, more often than your rhythm with them. Does this need a message now, or can it wait?</source>
        <translation>
            <numerusform>You have been in touch %n time in the last %1 days, more often than your rhythm with them. Does this need a message now, or can it wait?</numerusform>
            <numerusform>You have been in touch %n times in the last %1 days, more often than your rhythm with them. Does this need a message now, or can it wait?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyWatch</name>
    <message numerus="yes">
        <location filename="../../ui/replies/watch.py" line="132"/>
        <source>%n reply(s) ready to reread</source>
        <translation>
            <numerusform>%n reply ready to reread</numerusform>
            <numerusform>%n replies ready to reread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/replies/watch.py" line="156"/>
        <source>%n replies are ready to reread.</source>
        <translation>
            <numerusform>%n reply is ready to reread.</numerusform>
            <numerusform>%n replies are ready to reread.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../ui/search/panel.py" line="199"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <location filename="../../ui/sync/controller.py" line="309"/>
        <location filename="../../clientjournal/ui/sync/settings_page.py" line="185"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/controller.py" line="318"/>
        <source>%n note(s) changed on two computers at once: both versions kept.</source>
        <translation>
            <numerusform>%n note changed on two computers at once: both versions kept.</numerusform>
            <numerusform>%n notes changed on two computers at once: both versions kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/controller.py" line="329"/>
        <source>%n file(s) in the sync folder could not be read; see the sync status.</source>
        <translation>
            <numerusform>%n file in the sync folder could not be read; see the sync status.</numerusform>
            <numerusform>%n files in the sync folder could not be read; see the sync status.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/controller.py" line="398"/>
        <source>%n possible duplicate client(s)…</source>
        <translation>
            <numerusform>%n possible duplicate client…</numerusform>
            <numerusform>%n possible duplicate clients…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <location filename="../../ui/clients/trash_dialog.py" line="87"/>
        <source>Delete %n client(s) and all their notes for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n client and all their notes for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n clients and all their notes for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agreement_labels</name>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/agreements/labels.py" line="69"/>
        <source>overdue since %1 (%n days)</source>
        <translation>
            <numerusform>overdue since %1 (%n day)</numerusform>
            <numerusform>overdue since %1 (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/agreements/labels.py" line="75"/>
        <source>due %1 (in %n days)</source>
        <translation>
            <numerusform>due %1 (in %n day)</numerusform>
            <numerusform>due %1 (in %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cadence</name>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/clients/cadence_labels.py" line="17"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/clients/cadence_labels.py" line="26"/>
        <source>%n contact(s) in this period: give them room, don&apos;t nag</source>
        <translation>
            <numerusform>%n contact in this period: give them room, don&apos;t nag</numerusform>
            <numerusform>%n contacts in this period: give them room, don&apos;t nag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/clients/cadence_labels.py" line="35"/>
        <source>time to get in touch (%n day(s) past the rhythm)</source>
        <translation>
            <numerusform>time to get in touch (%n day past the rhythm)</numerusform>
            <numerusform>time to get in touch (%n days past the rhythm)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/clients/cadence_labels.py" line="42"/>
        <source>get in touch within %n day(s)</source>
        <translation>
            <numerusform>get in touch within %n day</numerusform>
            <numerusform>get in touch within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/clients/cadence_labels.py" line="46"/>
        <source>next contact in %n day(s)</source>
        <translation>
            <numerusform>next contact in %n day</numerusform>
            <numerusform>next contact in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/common/labels.py" line="126"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/sync/conflict_banner.py" line="274"/>
        <source>%n note(s) of this client were changed on two computers at once.</source>
        <translation>
            <numerusform>%n note of this client was changed on two computers at once.</numerusform>
            <numerusform>%n notes of this client were changed on two computers at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/sync/labels.py" line="57"/>
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/sync/labels.py" line="59"/>
        <source>%n received</source>
        <translation>
            <numerusform>%n received</numerusform>
            <numerusform>%n received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/sync/labels.py" line="61"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/sync/labels.py" line="261"/>
        <source>%n payment(s) arrived due or paid before they were issued; they are so on the day they were issued</source>
        <translation>
            <numerusform>%n invoice arrived due or paid before it was issued; it is so on the day it was issued</numerusform>
            <numerusform>%n invoices arrived due or paid before they were issued; they are so on the day they were issued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/sync/labels.py" line="268"/>
        <source>%n held draft(s) arrived without the time they are ready; they are ready now</source>
        <translation>
            <numerusform>%n held draft arrived without the time it is ready; it is ready now</numerusform>
            <numerusform>%n held drafts arrived without the time they are ready; they are ready now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/sync/labels.py" line="275"/>
        <source>%n record(s) arrived naming another client’s project or note; the reference is left empty</source>
        <translation>
            <numerusform>%n record arrived naming another client’s project or note; the reference is left empty</numerusform>
            <numerusform>%n records arrived naming another client’s project or note; the references are left empty</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/sync/labels.py" line="282"/>
        <source>%n project(s) arrived without a name; they are named “—”</source>
        <translation>
            <numerusform>%n project arrived without a name; it is named “—”</numerusform>
            <numerusform>%n projects arrived without a name; they are named “—”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/sync/labels.py" line="286"/>
        <source>%n client profile(s) arrived with more than 100 fields; the first 100 by name are kept</source>
        <translation>
            <numerusform>%n client profile arrived with more than 100 fields; the first 100 by name are kept</numerusform>
            <numerusform>%n client profiles arrived with more than 100 fields; the first 100 by name are kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/sync/labels.py" line="293"/>
        <source>%n project(s) arrived with an end date before the start date; the end date is left empty (set it again in the project’s dialog)</source>
        <translation>
            <numerusform>%n project arrived with an end date before the start date; the end date is left empty (set it again in the project’s dialog)</numerusform>
            <numerusform>%n projects arrived with an end date before the start date; the end date is left empty (set it again in the project’s dialog)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/sync/labels.py" line="299"/>
        <source>%n client(s) arrived with an end date before the start date; the end date is left empty (set it again in the client’s dialog)</source>
        <translation>
            <numerusform>%n client arrived with an end date before the start date; the end date is left empty (set it again in the client’s dialog)</numerusform>
            <numerusform>%n clients arrived with an end date before the start date; the end date is left empty (set it again in the client’s dialog)</numerusform>
        </translation>
    </message>
</context>
</TS>
