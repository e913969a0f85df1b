<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../clientjournal/ui/main_window.py" line="280"/>
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
