<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>EquipmentPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/equipment_page.py" line="213"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/equipment_page.py" line="271"/>
        <source>Move %n item(s) to:</source>
        <translation>
            <numerusform>Move %n item to:</numerusform>
            <numerusform>Move %n items to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/equipment_page.py" line="297"/>
        <source>Delete %n item(s)? They go to Deleted items and can be restored.</source>
        <translation>
            <numerusform>Delete %n item? They go to Deleted items and can be restored.</numerusform>
            <numerusform>Delete %n items? They go to Deleted items and can be restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/list_page.py" line="171"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="150"/>
        <source>%n item(s) in the register</source>
        <translation>
            <numerusform>%n item in the register</numerusform>
            <numerusform>%n items in the register</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MaintenancePage</name>
    <message numerus="yes">
        <location filename="../../app/ui/maintenance_page.py" line="90"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/maintenance_page.py" line="107"/>
        <source>Delete %n maintenance record(s)?</source>
        <translation>
            <numerusform>Delete %n maintenance record?</numerusform>
            <numerusform>Delete %n maintenance records?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/rooms_page.py" line="135"/>
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n room</numerusform>
            <numerusform>%n rooms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/rooms_page.py" line="168"/>
        <source>Delete %n room(s)?</source>
        <translation>
            <numerusform>Delete %n room?</numerusform>
            <numerusform>Delete %n rooms?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/wizard.py" line="113"/>
        <source>With a demo register: a realistic lower secondary school with %n items, to explore the program</source>
        <translation>
            <numerusform>With a demo register: a realistic lower secondary school with %n items, to explore the program</numerusform>
            <numerusform>With a demo register: a realistic lower secondary school with %n items, to explore the program</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/sync_dialog.py" line="122"/>
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n change waiting to be sent.</numerusform>
            <numerusform>%n changes waiting to be sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message numerus="yes">
        <location filename="../../app/ui/sync_status.py" line="66"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_status.py" line="72"/>
        <source>%n to review</source>
        <translation>
            <numerusform>%n to review</numerusform>
            <numerusform>%n to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_status.py" line="92"/>
        <source>(oldest %n hour(s))</source>
        <translation>
            <numerusform>(oldest %n hour)</numerusform>
            <numerusform>(oldest %n hours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_status.py" line="93"/>
        <source>(oldest %n day(s))</source>
        <translation>
            <numerusform>(oldest %n day)</numerusform>
            <numerusform>(oldest %n days)</numerusform>
        </translation>
    </message>
</context>
</TS>
