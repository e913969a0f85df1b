<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AgreementPane</name>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/agreement_pane.py" line="340"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/agreement_pane.py" line="342"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/agreement_pane.py" line="344"/>
        <source>%n broken</source>
        <translation>
            <numerusform>%n broken</numerusform>
            <numerusform>%n broken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientPane</name>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/client_pane.py" line="268"/>
        <source>A&amp;greements (%n overdue)</source>
        <translation>
            <numerusform>A&amp;greements (%n overdue)</numerusform>
            <numerusform>A&amp;greements (%n overdue)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/client_pane.py" line="270"/>
        <source>A&amp;greements (%n open)</source>
        <translation>
            <numerusform>A&amp;greements (%n open)</numerusform>
            <numerusform>A&amp;greements (%n open)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoolingWatch</name>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/cooling_watch.py" line="66"/>
        <source>%n reply(s) ready to reread</source>
        <translation>
            <numerusform>%n reply ready to reread</numerusform>
            <numerusform>%n replies ready to reread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/cooling_watch.py" line="86"/>
        <source>%n replies are ready to reread.</source>
        <translation>
            <numerusform>%n reply is ready to reread.</numerusform>
            <numerusform>%n replies are ready to reread.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/due_view.py" line="91"/>
        <source>Open or agreed items due within %n days, and everything overdue. Enter opens the client.</source>
        <translation>
            <numerusform>Open or agreed items due within %n day, and everything overdue. Enter opens the client.</numerusform>
            <numerusform>Open or agreed items due within %n days, and everything overdue. Enter opens the client.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/due_view.py" line="98"/>
        <source>Nothing is due in the next %n days, and nothing is overdue.</source>
        <translation>
            <numerusform>Nothing is due in the next %n day, and nothing is overdue.</numerusform>
            <numerusform>Nothing is due in the next %n days, and nothing is overdue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/main_window.py" line="297"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/trash_dialog.py" line="85"/>
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
        <location filename="../../clientjournal/ui/agreement_labels.py" line="69"/>
        <source>overdue since %1 (%n days)</source>
        <translation>
            <numerusform>overdue since %1 (%n day)</numerusform>
            <numerusform>overdue since %1 (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/agreement_labels.py" line="75"/>
        <source>due %1 (in %n days)</source>
        <translation>
            <numerusform>due %1 (in %n day)</numerusform>
            <numerusform>due %1 (in %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/labels.py" line="72"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
</TS>
