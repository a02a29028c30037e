<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en_US">
<context>
    <name>Autosave</name>
    <message>
        <source>Autosave cannot write to {folder}: {reason}. Your unsaved changes are not being saved automatically; Overlap Planner keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file is in the way of the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source> Weeks: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the Weekly Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Only {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Times at {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DST change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots per inch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Meeting “{title}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}&apos;s Weekly Hours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every team&apos;s local time here, as text for an email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every team&apos;s local time of this occurrence, as text for an email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated {stamp} by Overlap Planner {version} (tzdata {tzdata})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many weeks to print, from the week shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings in these dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Back to the Series Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Meeting at {when}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teams in this plan yet: add a team to see the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other Hours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtime: One Hour Longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles in these dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams, zones and UTC offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agents required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agents scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early/late (06-08, 19-22 local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holiday (client above, vendor below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holiday / day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holidays {holidays}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>least overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting: conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>night (22-06 local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no overlap on a working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <comment>a day without working hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only on {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlap of every client/vendor pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlap of {pairs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role: {name} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times across in {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncovered (role gap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>understaffed (scheduled/required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{least} – {most} a working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hour}a</source>
        <comment>an hour before noon on the chart&apos;s axis, as short as possible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hour}p</source>
        <comment>an hour after noon on the chart&apos;s axis, as short as possible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&quot;{name}&quot; has problems and was not opened (the file was not changed). Fix these lines and open it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{path}&quot; could not be written: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;24-Hour Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Overlap Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish to CalDAV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the first client&apos;s zone: {reference_zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24-hour clock (off: 12-hour with am/pm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply suggested hours to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Each Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosaved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosaves now go to {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {name}&apos;s shift on every {weekday} (the weekly hours), or only on {date}?

The choice is remembered; change it in Edit &gt; Dragging a Shift Edge Changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {name}&apos;s shift on every {weekday} to {shift}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {name}&apos;s shift on {date} only to {shift}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Another Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Folder for Autosaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dragging a Shift &amp;Edge Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit plan properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every Such Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every {weekday}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export i&amp;Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the chart to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give {name} {date} off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local times under the pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move only the occurrence of {date} of “{title}” to {time}, or the whole series?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move team &quot;{name}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the {date} occurrence of “{title}” to {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the {date} “{title}” back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “{title}” to start {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day, week or year (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only That Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only This Occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {value}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;PNG image (*.png);;SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan opened with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan&apos;s zone ({reference_zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day, week or year (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put {name}&apos;s {date} back to the weekly hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference &amp;Zone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;{name}&quot;? This also changes the plan:

{changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove meeting &quot;{title}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove role &quot;{name}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove team &quot;{name}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Plan As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as PDF, PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the meetings as an .ics file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan to another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the meetings to a CalDAV calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {name}&apos;s hours on {date} only to {shifts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift not changed: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts on {date} only, local time in {zone} (e.g. 09:00-13:00, 14:00-18:00; empty for a day off):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Whole Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autosaved copy of &quot;{name}&quot; cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autosaved copy of &quot;{name}&quot; has problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart&apos;s reference time zone ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date shown (Ctrl+G): pick it, or type it as 2027-03-09 or as you write dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be saved to &quot;{path}&quot;: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no meetings to export: add a meeting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no meetings: add a meeting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan opened with these warnings (keys this version does not use are kept when the plan is saved):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title and reference zone of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the new plan (it names the calendar, the printed chart and the files):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone: {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings removed: {titles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings without this team: {titles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles removed: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} will be in {language} the next time it starts. Save your work, quit and start it again to switch now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} will follow the system&apos;s language the next time it starts. Save your work, quit and start it again to switch now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} {version} (tzdata {tzdata})

Plan working-hour overlap, coverage and meetings between a client and vendor teams in other time zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: hours on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{roles} (%n failing)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{text} (Edit &gt; Undo takes it back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
