<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en_US">
<context>
    <name>Chart</name>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n gap</numerusform>
            <numerusform>%n gaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n short</source>
        <comment>intervals understaffed</comment>
        <translation>
            <numerusform>%n short</numerusform>
            <numerusform>%n short</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>occurrences of a meeting</comment>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n short)</source>
        <comment>agents missing in the interval</comment>
        <translation>
            <numerusform>(%n short)</numerusform>
            <numerusform>(%n short)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemandDialog</name>
    <message numerus="yes">
        <source>%n interval(s) cannot be covered by any allowed shift.</source>
        <translation>
            <numerusform>%n interval cannot be covered by any allowed shift.</numerusform>
            <numerusform>%n intervals cannot be covered by any allowed shift.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftView</name>
    <message numerus="yes">
        <source>%n change(s): from these dates the team meets at the new local time.</source>
        <translation>
            <numerusform>%n change: from this date the team meets at the new local time.</numerusform>
            <numerusform>%n changes: from these dates the team meets at the new local time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s) leave someone&apos;s working hours.</source>
        <translation>
            <numerusform>%n occurrence leaves someone&apos;s working hours.</numerusform>
            <numerusform>%n occurrences leave someone&apos;s working hours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n role</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n team</numerusform>
            <numerusform>%n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{roles} (%n failing)</source>
        <translation>
            <numerusform>{roles} (%n failing)</numerusform>
            <numerusform>{roles} (%n failing)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OccurrenceRows</name>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message numerus="yes">
        <source>%n meeting(s) will be sent; publishing again updates them.</source>
        <translation>
            <numerusform>%n meeting will be sent; publishing again updates it.</numerusform>
            <numerusform>%n meetings will be sent; publishing again updates them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepeatWords</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>every %n month</numerusform>
            <numerusform>every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>every %n week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleDetails</name>
    <message numerus="yes">
        <source>That is %n shifts a day: %n people each working day.</source>
        <translation>
            <numerusform>That is %n shift a day: %n person each working day.</numerusform>
            <numerusform>That is %n shifts a day: %n people each working day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleVerdicts</name>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n gap</numerusform>
            <numerusform>%n gaps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlotFinderDialog</name>
    <message numerus="yes">
        <source>%n start time(s) keep everyone inside working hours on every occurrence ({repeat}).</source>
        <translation>
            <numerusform>%n start time keeps everyone inside working hours on every occurrence ({repeat}).</numerusform>
            <numerusform>%n start times keep everyone inside working hours on every occurrence ({repeat}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamsPanel</name>
    <message numerus="yes">
        <source>, %n day(s) off</source>
        <translation>
            <numerusform>, %n day off</numerusform>
            <numerusform>, %n days off</numerusform>
        </translation>
    </message>
</context>
</TS>
