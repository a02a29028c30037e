<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en_US">
<context>
    <name>Autosave</name>
    <message>
        <source>Autosave cannot write to {folder}: {reason}. Your unsaved changes are not being saved automatically; Overlap Planner keeps trying.</source>
        <translation>يتعذّر على الحفظ التلقائي الكتابة في {folder}: {reason}. لا تُحفظ تغييراتك غير المحفوظة تلقائيًا؛ ويواصل Overlap Planner المحاولة.</translation>
    </message>
    <message>
        <source>a file is in the way of the folder</source>
        <translation>يوجد ملف في مكان المجلد</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>تم رفض الإذن</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>خطأ غير معروف</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source> Weeks: </source>
        <translation> الأسابيع: </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>لا تعارضات</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%Ln تعارضات</numerusform>
            <numerusform>%Ln تعارضًا</numerusform>
            <numerusform>%Ln تعارض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>لا فجوات</numerusform>
            <numerusform>فجوة واحدة</numerusform>
            <numerusform>فجوتان</numerusform>
            <numerusform>%Ln فجوات</numerusform>
            <numerusform>%Ln فجوة</numerusform>
            <numerusform>%Ln فجوة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s)</source>
        <translation>
            <numerusform>لا مواعيد</numerusform>
            <numerusform>موعد واحد</numerusform>
            <numerusform>موعدان</numerusform>
            <numerusform>%Ln مواعيد</numerusform>
            <numerusform>%Ln موعدًا</numerusform>
            <numerusform>%Ln موعد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n short</source>
        <comment>intervals understaffed</comment>
        <translation>
            <numerusform>لا نقص</numerusform>
            <numerusform>نقص في فترة واحدة</numerusform>
            <numerusform>نقص في فترتين</numerusform>
            <numerusform>نقص في %Ln فترات</numerusform>
            <numerusform>نقص في %Ln فترة</numerusform>
            <numerusform>نقص في %Ln فترة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>occurrences of a meeting</comment>
        <translation>
            <numerusform>لا شيء متخطّى</numerusform>
            <numerusform>واحد متخطّى</numerusform>
            <numerusform>اثنان متخطّيان</numerusform>
            <numerusform>%Ln متخطّاة</numerusform>
            <numerusform>%Ln متخطّى</numerusform>
            <numerusform>%Ln متخطّى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n short)</source>
        <comment>agents missing in the interval</comment>
        <translation>
            <numerusform>(لا نقص)</numerusform>
            <numerusform>(ينقص وكيل واحد)</numerusform>
            <numerusform>(ينقص وكيلان)</numerusform>
            <numerusform>(ينقص %Ln وكلاء)</numerusform>
            <numerusform>(ينقص %Ln وكيلًا)</numerusform>
            <numerusform>(ينقص %Ln وكيل)</numerusform>
        </translation>
    </message>
    <message>
        <source>({names} not working)</source>
        <translation>({names} خارج العمل)</translation>
    </message>
    <message>
        <source>({vendor} for {client}, {kind})</source>
        <translation>({vendor} لصالح {client}، {kind})</translation>
    </message>
    <message>
        <source>, </source>
        <comment>the separator of a list</comment>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... ولا شيء آخر</numerusform>
            <numerusform>... وواحد آخر</numerusform>
            <numerusform>... واثنان آخران</numerusform>
            <numerusform>... و%Ln أخرى</numerusform>
            <numerusform>... و%Ln أخرى</numerusform>
            <numerusform>... و%Ln أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Agents: {role}</source>
        <translation>الوكلاء: {role}</translation>
    </message>
    <message>
        <source>Back to the Weekly Hours</source>
        <translation>العودة إلى الساعات الأسبوعية</translation>
    </message>
    <message>
        <source>CONFLICT: {names} not working</source>
        <translation>تعارض: {names} خارج العمل</translation>
    </message>
    <message>
        <source>Change Only {date}</source>
        <translation>تغيير {date} فقط</translation>
    </message>
    <message>
        <source>Clock changes: {changes}</source>
        <translation>تغييرات الساعة: {changes}</translation>
    </message>
    <message>
        <source>Copy Times</source>
        <translation>نسخ الأوقات</translation>
    </message>
    <message>
        <source>Copy Times at {when}</source>
        <translation>نسخ الأوقات عند {when}</translation>
    </message>
    <message>
        <source>DST change</source>
        <translation>تغيير التوقيت الصيفي</translation>
    </message>
    <message>
        <source>Day Off</source>
        <translation>يوم عطلة</translation>
    </message>
    <message>
        <source>Dots per inch:</source>
        <translation>نقطة لكل بوصة:</translation>
    </message>
    <message>
        <source>Edit Meeting “{title}”…</source>
        <translation>تحرير الاجتماع «{title}»…</translation>
    </message>
    <message>
        <source>Edit {name}&apos;s Weekly Hours…</source>
        <translation>تحرير الساعات الأسبوعية لـ {name}…</translation>
    </message>
    <message>
        <source>Every team&apos;s local time here, as text for an email</source>
        <translation>التوقيت المحلي لكل فريق هنا، كنص لرسالة بريد إلكتروني</translation>
    </message>
    <message>
        <source>Every team&apos;s local time of this occurrence, as text for an email</source>
        <translation>التوقيت المحلي لكل فريق في هذا الموعد، كنص لرسالة بريد إلكتروني</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>تصدير المخطط</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>لا يستوفي</translation>
    </message>
    <message>
        <source>Generated {stamp} by Overlap Planner {version} (tzdata {tzdata})</source>
        <translation>أُنشئ في {stamp} بواسطة Overlap Planner {version} (tzdata {tzdata})</translation>
    </message>
    <message>
        <source>Half Day</source>
        <translation>نصف يوم</translation>
    </message>
    <message>
        <source>How many weeks to print, from the week shown</source>
        <translation>عدد الأسابيع المراد طباعتها، بدءًا من الأسبوع المعروض</translation>
    </message>
    <message>
        <source>Meetings in these dates</source>
        <translation>الاجتماعات في هذه التواريخ</translation>
    </message>
    <message>
        <source>Move Back to the Series Time</source>
        <translation>الإعادة إلى موعد السلسلة</translation>
    </message>
    <message>
        <source>N/A</source>
        <comment>a verdict that cannot be given</comment>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>New Meeting at {when}…</source>
        <translation>اجتماع جديد عند {when}…</translation>
    </message>
    <message>
        <source>No client/vendor pair to show: add a client and a vendor team.</source>
        <translation>لا يوجد زوج عميل/مورّد لعرضه: أضف فريق عميل وفريق مورّد.</translation>
    </message>
    <message>
        <source>No teams in this plan yet: add a team to see the chart.</source>
        <translation>لا توجد فرق في هذه الخطة بعد: أضف فريقًا لعرض المخطط.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>سليم</translation>
    </message>
    <message>
        <source>Other Hours…</source>
        <translation>ساعات أخرى…</translation>
    </message>
    <message>
        <source>Overlap chart</source>
        <translation>مخطط التداخل</translation>
    </message>
    <message>
        <source>Overlap {duration}</source>
        <translation>التداخل {duration}</translation>
    </message>
    <message>
        <source>Overtime: One Hour Longer</source>
        <translation>عمل إضافي: ساعة أطول</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>يستوفي</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>مستند PDF (*.pdf);;صورة PNG (*.png);;رسم SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translation>دقة PNG</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>الصفحة {page} من {count}</translation>
    </message>
    <message>
        <source>Print preview — {title}</source>
        <translation>معاينة الطباعة — {title}</translation>
    </message>
    <message>
        <source>Roles in these dates</source>
        <translation>الأدوار في هذه التواريخ</translation>
    </message>
    <message>
        <source>SL {level}</source>
        <comment>service level</comment>
        <translation>مستوى الخدمة {level}</translation>
    </message>
    <message>
        <source>Teams, zones and UTC offsets</source>
        <translation>الفرق والمناطق وفروق التوقيت عن UTC</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>سنة {year}</translation>
    </message>
    <message>
        <source>agents required</source>
        <translation>الوكلاء المطلوبون</translation>
    </message>
    <message>
        <source>agents scheduled</source>
        <translation>الوكلاء المجدولون</translation>
    </message>
    <message>
        <source>async</source>
        <translation>غير متزامن</translation>
    </message>
    <message>
        <source>client</source>
        <translation>عميل</translation>
    </message>
    <message>
        <source>client not working</source>
        <translation>العميل لا يعمل</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>coverage {coverage}% (needs {needed}%)</source>
        <translation>التغطية {coverage}٪ (المطلوب {needed}٪)</translation>
    </message>
    <message>
        <source>daily overlap at least {overlap} (needs {needed}), {wait}</source>
        <translation>أدنى تداخل يومي {overlap} (المطلوب {needed})، {wait}</translation>
    </message>
    <message>
        <source>early/late (06-08, 19-22 local)</source>
        <translation>مبكر/متأخر (06-08، 19-22 محليًا)</translation>
    </message>
    <message>
        <source>holiday (client above, vendor below)</source>
        <translation>عطلة (العميل أعلى، المورّد أسفل)</translation>
    </message>
    <message>
        <source>holiday / day off</source>
        <translation>عطلة / يوم راحة</translation>
    </message>
    <message>
        <source>holidays {holidays}</source>
        <translation>العطلات {holidays}</translation>
    </message>
    <message>
        <source>in clock-change weeks</source>
        <translation>في أسابيع تغيير الساعة</translation>
    </message>
    <message>
        <source>inside everyone&apos;s hours</source>
        <translation>ضمن ساعات الجميع</translation>
    </message>
    <message>
        <source>least overlap</source>
        <translation>أقل تداخل</translation>
    </message>
    <message>
        <source>longest wait {wait} (max {hours} h)</source>
        <translation>أطول انتظار {wait} (الحد {hours} س)</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>اجتماع</translation>
    </message>
    <message>
        <source>meeting: conflict</source>
        <translation>اجتماع: تعارض</translation>
    </message>
    <message>
        <source>meeting: skipped</source>
        <translation>اجتماع: متخطّى</translation>
    </message>
    <message>
        <source>most overlap</source>
        <translation>أكبر تداخل</translation>
    </message>
    <message>
        <source>moved from {date}</source>
        <translation>نُقل من {date}</translation>
    </message>
    <message>
        <source>night (22-06 local)</source>
        <translation>ليل (22-06 محليًا)</translation>
    </message>
    <message>
        <source>no client working days, {wait}</source>
        <translation>لا أيام عمل للعميل، {wait}</translation>
    </message>
    <message>
        <source>no client working time in these dates</source>
        <translation>لا وقت عمل للعميل في هذه التواريخ</translation>
    </message>
    <message>
        <source>no contacts</source>
        <translation>لا اتصالات</translation>
    </message>
    <message>
        <source>no contacts in this day</source>
        <translation>لا اتصالات في هذا اليوم</translation>
    </message>
    <message>
        <source>no gaps</source>
        <translation>بلا فجوات</translation>
    </message>
    <message>
        <source>no hours</source>
        <translation>بلا ساعات</translation>
    </message>
    <message>
        <source>no overlap</source>
        <translation>لا تداخل</translation>
    </message>
    <message>
        <source>no overlap on a working day</source>
        <translation>لا تداخل في يوم عمل</translation>
    </message>
    <message>
        <source>not reachable within 14 days</source>
        <translation>يتعذّر الوصول إليه خلال 14 يومًا</translation>
    </message>
    <message>
        <source>off</source>
        <comment>a day without working hours</comment>
        <translation>عطلة</translation>
    </message>
    <message>
        <source>on days the vendor never works</source>
        <translation>في أيام لا يعمل فيها المورّد أبدًا</translation>
    </message>
    <message>
        <source>on the vendor&apos;s holidays or days off</source>
        <translation>في عطلات المورّد أو أيام راحته</translation>
    </message>
    <message>
        <source>only on {days}</source>
        <translation>فقط في {days}</translation>
    </message>
    <message>
        <source>outside the vendor&apos;s hours</source>
        <translation>خارج ساعات المورّد</translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>تداخل</translation>
    </message>
    <message>
        <source>overlap of every client/vendor pair</source>
        <translation>تداخل كل زوج عميل/مورّد</translation>
    </message>
    <message>
        <source>overlap of {pairs}</source>
        <translation>تداخل {pairs}</translation>
    </message>
    <message>
        <source>real-time</source>
        <translation>آني</translation>
    </message>
    <message>
        <source>role: {name} ({kind})</source>
        <translation>الدور: {name} ({kind})</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>متخطّى</translation>
    </message>
    <message>
        <source>skipped ({reason})</source>
        <translation>متخطّى ({reason})</translation>
    </message>
    <message>
        <source>staffed</source>
        <comment>every interval has its agents</comment>
        <translation>مكتمل الموظفين</translation>
    </message>
    <message>
        <source>times across in {zone}</source>
        <translation>الأوقات أفقيًا بتوقيت {zone}</translation>
    </message>
    <message>
        <source>uncovered (role gap)</source>
        <translation>غير مغطّى (فجوة في الدور)</translation>
    </message>
    <message>
        <source>understaffed (scheduled/required)</source>
        <translation>نقص في الموظفين (المجدولون/المطلوبون)</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>مورّد</translation>
    </message>
    <message>
        <source>working</source>
        <translation>وقت العمل</translation>
    </message>
    <message>
        <source>{change} at {time}</source>
        <translation>{change} عند {time}</translation>
    </message>
    <message>
        <source>{contacts} contacts: {required} agents required, {scheduled} scheduled, service level {level}%</source>
        <translation>{contacts} اتصال: {required} من الوكلاء مطلوبون، {scheduled} مجدولون، مستوى الخدمة {level}٪</translation>
    </message>
    <message>
        <source>{count} OK</source>
        <translation>{count} سليم</translation>
    </message>
    <message>
        <source>{least} – {most} a working day</source>
        <translation>{least} – {most} في يوم العمل</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}٪</translation>
    </message>
    <message>
        <source>{percent}% on {vendor}&apos;s working days</source>
        <translation>{percent}٪ في أيام عمل {vendor}</translation>
    </message>
    <message>
        <source>{team} works no shift in this hour: nothing to move</source>
        <translation>لا يعمل {team} أي وردية في هذه الساعة: لا شيء لنقله</translation>
    </message>
    <message>
        <source>{team}: {start} to {end}</source>
        <translation>{team}: من {start} إلى {end}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} {month} {year}</translation>
    </message>
    <message>
        <source>⚠ Clocks change today (see below)</source>
        <translation>⚠ تتغيّر الساعة اليوم (انظر أدناه)</translation>
    </message>
</context>
<context>
    <name>ChartAccessible</name>
    <message>
        <source>Client and vendor pairs: {pairs}, days: {days}. Arrow keys move between pairs and days, Enter opens the day.</source>
        <translation>أزواج العميل والمورّد: {pairs}، الأيام: {days}. تنتقل مفاتيح الأسهم بين الأزواج والأيام، ويفتح Enter اليوم.</translation>
    </message>
    <message>
        <source>Teams: {teams}, hours: {hours}, meetings: {meetings}. Arrow keys move between teams and hours, Tab between meetings, Enter edits, the Menu key opens the menu; Shift+Left and Shift+Right move the shift&apos;s start or the meeting 15 minutes, Ctrl+Shift+Left and Ctrl+Shift+Right the shift&apos;s end.</source>
        <translation>الفرق: {teams}، الساعات: {hours}، الاجتماعات: {meetings}. تنتقل مفاتيح الأسهم بين الفرق والساعات، وTab بين الاجتماعات، ويحرّر Enter، ويفتح مفتاح القائمة القائمة؛ ويحرّك Shift+Left وShift+Right بداية الوردية أو الاجتماع ١٥ دقيقة، وCtrl+Shift+Left وCtrl+Shift+Right نهاية الوردية.</translation>
    </message>
</context>
<context>
    <name>ChartCells</name>
    <message>
        <source> (night)</source>
        <translation> (ليل)</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <source>Meeting {title}, {when}, {state}</source>
        <translation>اجتماع {title}، {when}، {state}</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>السبت</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <source>client not working</source>
        <translation>العميل لا يعمل</translation>
    </message>
    <message>
        <source>day off: {reason}</source>
        <translation>يوم عطلة: {reason}</translation>
    </message>
    <message>
        <source>everyone working</source>
        <translation>الجميع يعملون</translation>
    </message>
    <message>
        <source>meeting {title}</source>
        <translation>اجتماع {title}</translation>
    </message>
    <message>
        <source>neither works</source>
        <translation>لا يعمل أيّ منهما</translation>
    </message>
    <message>
        <source>no overlap</source>
        <translation>لا تداخل</translation>
    </message>
    <message>
        <source>not working</source>
        <translation>لا يعمل</translation>
    </message>
    <message>
        <source>outside working hours of {teams}</source>
        <translation>خارج ساعات عمل {teams}</translation>
    </message>
    <message>
        <source>overlap {duration}</source>
        <translation>تداخل {duration}</translation>
    </message>
    <message>
        <source>overlaps {team} {hours}</source>
        <translation>يتداخل مع {team} {hours}</translation>
    </message>
    <message>
        <source>skipped: {reason}</source>
        <translation>متخطّى: {reason}</translation>
    </message>
    <message>
        <source>vendor not working</source>
        <translation>المورّد لا يعمل</translation>
    </message>
    <message>
        <source>working</source>
        <translation>وقت العمل</translation>
    </message>
    <message>
        <source>working {hours}</source>
        <translation>يعمل {hours}</translation>
    </message>
    <message>
        <source>{hours} local</source>
        <translation>{hours} بالتوقيت المحلي</translation>
    </message>
</context>
<context>
    <name>ChartTable</name>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>&amp;نسخ الصفوف</translation>
    </message>
    <message>
        <source>Chart as table</source>
        <translation>المخطط كجدول</translation>
    </message>
    <message>
        <source>Enter or double-click a row to show its cell on the chart</source>
        <translation>اضغط Enter أو انقر نقرًا مزدوجًا على صف لعرض خليته في المخطط</translation>
    </message>
</context>
<context>
    <name>ChartTableModel</name>
    <message>
        <source>Client and vendor</source>
        <translation>العميل والمورّد</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>الساعة</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>التوقيت المحلي</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>التداخل</translation>
    </message>
    <message>
        <source>Overlaps</source>
        <translation>التداخلات</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>يعمل</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>, </source>
        <comment>between the parts of a sentence</comment>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>DaysOffEditor</name>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Day off to add</source>
        <translation>يوم العطلة المراد إضافته</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>أيام العطلة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>DemandDialog</name>
    <message>
        <source> %</source>
        <comment>percent suffix</comment>
        <translation> %</translation>
    </message>
    <message>
        <source> at once</source>
        <translation> في آن واحد</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds suffix</comment>
        <translation> ث</translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) cannot be covered by any allowed shift.</source>
        <translation>
            <numerusform>لا يمكن تغطية %n فاصل بأي وردية مسموح بها.</numerusform>
            <numerusform>لا يمكن تغطية فاصل واحد بأي وردية مسموح بها.</numerusform>
            <numerusform>لا يمكن تغطية فاصلين بأي وردية مسموح بها.</numerusform>
            <numerusform>لا يمكن تغطية %n فواصل بأي وردية مسموح بها.</numerusform>
            <numerusform>لا يمكن تغطية %n فاصلًا بأي وردية مسموح بها.</numerusform>
            <numerusform>لا يمكن تغطية %n فاصل بأي وردية مسموح بها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply Roster</source>
        <translation>&amp;تطبيق جدول المناوبات</translation>
    </message>
    <message>
        <source>&amp;Concurrency (chat):</source>
        <translation>&amp;التزامن (الدردشة):</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;استيراد CSV…</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;الفاصل:</translation>
    </message>
    <message>
        <source>&amp;Shrinkage (breaks, training):</source>
        <translation>&amp;الفاقد (استراحات، تدريب):</translation>
    </message>
    <message>
        <source>&amp;Suggest Roster</source>
        <translation>&amp;اقتراح جدول مناوبات</translation>
    </message>
    <message>
        <source>Apply suggested roster to {vendor}</source>
        <translation>تطبيق جدول المناوبات المقترح على {vendor}</translation>
    </message>
    <message>
        <source>Average &amp;handle time:</source>
        <translation>متوسط &amp;زمن المعالجة:</translation>
    </message>
    <message>
        <source>Contact Demand and Roster: {role}</source>
        <translation>طلب الاتصالات وجدول المناوبات: {role}</translation>
    </message>
    <message>
        <source>Contact volume (*.csv *.txt);;All files (*)</source>
        <translation>حجم الاتصالات (*.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Contacts as CSV: weekday,time,contacts</source>
        <translation>الاتصالات بصيغة CSV: اليوم,الوقت,الاتصالات</translation>
    </message>
    <message>
        <source>Contacts per interval ({zone} time)</source>
        <translation>الاتصالات في كل فاصل (توقيت {zone})</translation>
    </message>
    <message>
        <source>Edit contact demand of &quot;{role}&quot;</source>
        <translation>تعديل طلب الاتصالات للدور «{role}»</translation>
    </message>
    <message>
        <source>Import Contact Volume</source>
        <translation>استيراد حجم الاتصالات</translation>
    </message>
    <message>
        <source>Keep reading the file (link it instead of copying)</source>
        <translation>مواصلة القراءة من الملف (ربطه بدلًا من نسخه)</translation>
    </message>
    <message>
        <source>Maximum &amp;occupancy:</source>
        <translation>أقصى &amp;إشغال:</translation>
    </message>
    <message>
        <source>No contacts in the range: nothing to roster.</source>
        <translation>لا اتصالات في هذه المدة: لا شيء لجدولته.</translation>
    </message>
    <message>
        <source>Paste CSV rows: weekday,time,contacts (Mon,09:00,40) or date,time,contacts</source>
        <translation>الصق صفوف CSV: اليوم,الوقت,الاتصالات (Mon,09:00,40) أو التاريخ,الوقت,الاتصالات</translation>
    </message>
    <message>
        <source>Roster of {vendor} ({zone} time), {start} to {end}</source>
        <translation>جدول مناوبات {vendor} (توقيت {zone})، من {start} إلى {end}</translation>
    </message>
    <message>
        <source>Service &amp;level:</source>
        <translation>&amp;مستوى الخدمة:</translation>
    </message>
    <message>
        <source>Service target</source>
        <translation>هدف الخدمة</translation>
    </message>
    <message>
        <source>Set {vendor}&apos;s hours and agents to the suggested roster (undoable)</source>
        <translation>ضبط ساعات {vendor} وموظفيه وفق جدول المناوبات المقترح (يمكن التراجع)</translation>
    </message>
    <message>
        <source>Suggested roster</source>
        <translation>جدول المناوبات المقترح</translation>
    </message>
    <message>
        <source>The people to start at each shift start, on each weekday, that meet every interval&apos;s requirement over the range at the fewest agent-hours</source>
        <translation>عدد الأشخاص الذين يبدؤون عند كل بداية وردية، في كل يوم من أيام الأسبوع، لتلبية متطلبات كل فاصل طوال المدة بأقل عدد من ساعات الموظفين</translation>
    </message>
    <message>
        <source>answered within</source>
        <translation>يُرد عليها خلال</translation>
    </message>
    <message>
        <source>best found in the time limit</source>
        <translation>الأفضل ضمن المهلة الزمنية</translation>
    </message>
    <message>
        <source>optimal</source>
        <translation>مثالي</translation>
    </message>
    <message>
        <source>{hours} agent-hours a week ({proof}); the current roster has {current}.</source>
        <translation>{hours} ساعة عمل للموظفين أسبوعيًا ({proof})؛ الجدول الحالي فيه {current}.</translation>
    </message>
    <message>
        <source>{path}: cannot be read: {reason}</source>
        <translation>{path}: تتعذر القراءة: {reason}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>A copy of your plan was saved to:
{path}

Please report this problem with the details below.</source>
        <translation>حُفظت نسخة من خطتك في:
{path}

يُرجى الإبلاغ عن هذه المشكلة مع التفاصيل أدناه.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>عدم الحفظ</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>Overlap Planner did not close properly. Restore your unsaved changes to &quot;{name}&quot;?</source>
        <translation>لم يُغلق Overlap Planner بشكل سليم. هل تريد استعادة تغييراتك غير المحفوظة في «{name}»؟</translation>
    </message>
    <message>
        <source>Overlap Planner: unexpected error</source>
        <translation>Overlap Planner: خطأ غير متوقع</translation>
    </message>
    <message>
        <source>Overlap plans (*.overlap.toml *.toml);;All files (*)</source>
        <translation>خطط Overlap (*.overlap.toml *.toml);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Please report this problem with the details below.</source>
        <translation>يُرجى الإبلاغ عن هذه المشكلة مع التفاصيل أدناه.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>استعادة العمل غير المحفوظ</translation>
    </message>
    <message>
        <source>Save the changes to &quot;{name}&quot; before closing it?</source>
        <translation>هل تريد حفظ التغييرات في «{name}» قبل إغلاقه؟</translation>
    </message>
    <message>
        <source>Something went wrong inside Overlap Planner: {summary}</source>
        <translation>حدث خطأ داخل Overlap Planner: {summary}</translation>
    </message>
    <message>
        <source>They were autosaved at {time}.</source>
        <translation>حُفظت تلقائيًا في {time}.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>ستضيع تغييراتك إن لم تحفظها.</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
</context>
<context>
    <name>DriftView</name>
    <message numerus="yes">
        <source>%n change(s): from these dates the team meets at the new local time.</source>
        <translation>
            <numerusform>%n تغيير: من هذه التواريخ يجتمع الفريق بالتوقيت المحلي الجديد.</numerusform>
            <numerusform>تغيير واحد: من هذا التاريخ يجتمع الفريق بالتوقيت المحلي الجديد.</numerusform>
            <numerusform>تغييران: من هذين التاريخين يجتمع الفريق بالتوقيت المحلي الجديد.</numerusform>
            <numerusform>%n تغييرات: من هذه التواريخ يجتمع الفريق بالتوقيت المحلي الجديد.</numerusform>
            <numerusform>%n تغييرًا: من هذه التواريخ يجتمع الفريق بالتوقيت المحلي الجديد.</numerusform>
            <numerusform>%n تغيير: من هذه التواريخ يجتمع الفريق بالتوقيت المحلي الجديد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s) leave someone&apos;s working hours.</source>
        <translation>
            <numerusform>%n موعد يقع خارج ساعات عمل أحدهم.</numerusform>
            <numerusform>موعد واحد يقع خارج ساعات عمل أحدهم.</numerusform>
            <numerusform>موعدان يقعان خارج ساعات عمل أحدهم.</numerusform>
            <numerusform>%n مواعيد تقع خارج ساعات عمل أحدهم.</numerusform>
            <numerusform>%n موعدًا يقع خارج ساعات عمل أحدهم.</numerusform>
            <numerusform>%n موعد يقع خارج ساعات عمل أحدهم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Every held occurrence is inside everyone&apos;s working hours.</source>
        <translation>كل المواعيد المنعقدة ضمن ساعات عمل الجميع.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>How it sits</source>
        <translation>موقعه</translation>
    </message>
    <message>
        <source>Local start</source>
        <translation>البدء المحلي</translation>
    </message>
    <message>
        <source>Local time changes</source>
        <translation>تغييرات التوقيت المحلي</translation>
    </message>
    <message>
        <source>No meeting selected.</source>
        <translation>لم يُحدَّد أي اجتماع.</translation>
    </message>
    <message>
        <source>Nobody&apos;s local time changes in this range.</source>
        <translation>لا يتغير التوقيت المحلي لأحد في هذه المدة.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Occurrences outside someone&apos;s working hours</source>
        <translation>مواعيد خارج ساعات عمل أحدهم</translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation>خارج ساعات العمل</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>{meeting} ({zone}): on the first occurrence {times}.</source>
        <translation>{meeting} ({zone}): في الموعد الأول {times}.</translation>
    </message>
    <message>
        <source>{meeting}: no occurrence held in this range.</source>
        <translation>{meeting}: لا يُعقد أي موعد في هذه المدة.</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>{hours} h</source>
        <translation>{hours} س</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} س {minutes} د</translation>
    </message>
    <message>
        <source>{hour}a</source>
        <comment>an hour before noon on the chart&apos;s axis, as short as possible</comment>
        <translation>{hour}ص</translation>
    </message>
    <message>
        <source>{hour}p</source>
        <comment>an hour after noon on the chart&apos;s axis, as short as possible</comment>
        <translation>{hour}م</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} د</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value}٪</translation>
    </message>
</context>
<context>
    <name>HolidayPicker</name>
    <message>
        <source>&quot;{text}&quot; is not in the list: pick a country from the list</source>
        <translation>«{text}» ليس في القائمة: اختر بلدًا من القائمة</translation>
    </message>
    <message>
        <source>Holiday country</source>
        <translation>بلد العطلات</translation>
    </message>
    <message>
        <source>Holiday subdivision</source>
        <translation>منطقة العطلات</translation>
    </message>
    <message>
        <source>No public holidays</source>
        <translation>بلا عطلات رسمية</translation>
    </message>
    <message>
        <source>Type part of a country&apos;s name or its code, e.g. Phil or PH</source>
        <translation>اكتب جزءًا من اسم البلد أو رمزه، مثل Phil أو PH</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>البلد كله</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <source>&amp;{day}:</source>
        <translation>&amp;{day}:</translation>
    </message>
    <message>
        <source>, ends {day} {time}</source>
        <translation>، ينتهي {day} {time}</translation>
    </message>
    <message>
        <source>All Other Days</source>
        <translation>كل الأيام الأخرى</translation>
    </message>
    <message>
        <source>Clear All</source>
        <translation>مسح الكل</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>نسخ إلى</translation>
    </message>
    <message>
        <source>Copy {day}&apos;s shifts to other days</source>
        <translation>نسخ ورديات {day} إلى أيام أخرى</translation>
    </message>
    <message>
        <source>Monday to Friday</source>
        <translation>من الاثنين إلى الجمعة</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>إعدادات جاهزة</translation>
    </message>
    <message>
        <source>Saturday and Sunday</source>
        <translation>السبت والأحد</translation>
    </message>
    <message>
        <source>Shifts in the team&apos;s local time, separated by commas: 09:00-12:00, 13:00-17:00.
A shift that ends at or before its start runs past midnight: 21:00-06:00.</source>
        <translation>الورديات بالتوقيت المحلي للفريق، مفصولة بفواصل: 09:00-12:00, 13:00-17:00.
الوردية التي تنتهي عند بدايتها أو قبلها تمتد بعد منتصف الليل: 21:00-06:00.</translation>
    </message>
    <message>
        <source>Sunday to Thursday</source>
        <translation>من الأحد إلى الخميس</translation>
    </message>
    <message>
        <source>Times are the team&apos;s local wall time. 21:00-06:00 is a night shift that starts on the day of its row; 00:00-24:00 is the whole day.</source>
        <translation>الأوقات بالتوقيت المحلي للفريق. 21:00-06:00 وردية ليلية تبدأ في يوم صفّها، و00:00-24:00 هي اليوم كله.</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>يوم عطلة</translation>
    </message>
    <message>
        <source>{day} shifts</source>
        <translation>ورديات {day}</translation>
    </message>
    <message>
        <source>{day}:</source>
        <translation>{day}:</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} س</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} س {minutes} د</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} د</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&quot;{name}&quot; has problems and was not opened (the file was not changed). Fix these lines and open it again:</source>
        <translation>يحتوي «{name}» على مشكلات ولم يُفتح (لم يتغيّر الملف). أصلح هذه الأسطر ثم افتحه مرة أخرى:</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; could not be written: {reason}</source>
        <translation>تعذّرت كتابة «{path}»: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>لا أيام</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>لا اجتماعات</numerusform>
            <numerusform>اجتماع واحد</numerusform>
            <numerusform>اجتماعان</numerusform>
            <numerusform>%Ln اجتماعات</numerusform>
            <numerusform>%Ln اجتماعًا</numerusform>
            <numerusform>%Ln اجتماع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>لا أدوار</numerusform>
            <numerusform>دور واحد</numerusform>
            <numerusform>دوران</numerusform>
            <numerusform>%Ln أدوار</numerusform>
            <numerusform>%Ln دورًا</numerusform>
            <numerusform>%Ln دور</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>لا فرق</numerusform>
            <numerusform>فريق واحد</numerusform>
            <numerusform>فريقان</numerusform>
            <numerusform>%Ln فرق</numerusform>
            <numerusform>%Ln فريقًا</numerusform>
            <numerusform>%Ln فريق</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;24-Hour Clock</source>
        <translation>ساعة &amp;24 ساعة</translation>
    </message>
    <message>
        <source>&amp;About Overlap Planner</source>
        <translation>&amp;حول Overlap Planner</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;مسح القائمة</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;يوم</translation>
    </message>
    <message>
        <source>&amp;Display zone:</source>
        <translation>منطقة ال&amp;عرض:</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;تصدير المخطط…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation>ال&amp;انتقال إلى تاريخ…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>ت&amp;باين عالٍ</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>الل&amp;وحات</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Publish to CalDAV…</source>
        <translation>ال&amp;نشر إلى CalDAV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>لغة ال&amp;نظام</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>ال&amp;يوم</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;أسبوع</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;سنة</translation>
    </message>
    <message>
        <source>(the first client&apos;s zone: {reference_zone})</source>
        <translation>(منطقة العميل الأول: {reference_zone})</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 س</translation>
    </message>
    <message>
        <source>24-hour clock (off: 12-hour with am/pm)</source>
        <translation>ساعة 24 ساعة (عند الإيقاف: 12 ساعة مع ص/م)</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>حول {app}</translation>
    </message>
    <message>
        <source>Add &amp;Meeting…</source>
        <translation>إضافة ا&amp;جتماع…</translation>
    </message>
    <message>
        <source>Add &amp;Role…</source>
        <translation>إضافة &amp;دور…</translation>
    </message>
    <message>
        <source>Add &amp;Team…</source>
        <translation>إضافة &amp;فريق…</translation>
    </message>
    <message>
        <source>Apply suggested hours to {name}</source>
        <translation>تطبيق الساعات المقترحة على {name}</translation>
    </message>
    <message>
        <source>Ask Each Time</source>
        <translation>السؤال في كل مرة</translation>
    </message>
    <message>
        <source>Autosave failing</source>
        <translation>الحفظ التلقائي يفشل</translation>
    </message>
    <message>
        <source>Autosaved {time}</source>
        <translation>حُفظ تلقائيًا عند {time}</translation>
    </message>
    <message>
        <source>Autosaves now go to {answer}</source>
        <translation>تُحفظ النسخ التلقائية الآن في {answer}</translation>
    </message>
    <message>
        <source>Cannot change the hours</source>
        <translation>تعذّر تغيير الساعات</translation>
    </message>
    <message>
        <source>Cannot export iCalendar</source>
        <translation>تعذّر تصدير iCalendar</translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation>تعذّر تصدير المخطط</translation>
    </message>
    <message>
        <source>Cannot move the meeting</source>
        <translation>تعذّر نقل الاجتماع</translation>
    </message>
    <message>
        <source>Cannot open plan</source>
        <translation>تعذّر فتح الخطة</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>تعذّرت الاستعادة</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>تعذّر الحفظ</translation>
    </message>
    <message>
        <source>Change the shift</source>
        <translation>تغيير المناوبة</translation>
    </message>
    <message>
        <source>Change {name}&apos;s shift on every {weekday} (the weekly hours), or only on {date}?

The choice is remembered; change it in Edit &gt; Dragging a Shift Edge Changes.</source>
        <translation>هل تريد تغيير مناوبة {name} في كل {weekday} (الساعات الأسبوعية)، أم في {date} فقط؟

يُحفظ هذا الاختيار؛ ويمكن تغييره من تحرير &gt; سحب حافة المناوبة يغيّر.</translation>
    </message>
    <message>
        <source>Change {name}&apos;s shift on every {weekday} to {shift}</source>
        <translation>تغيير مناوبة {name} في كل {weekday} إلى {shift}</translation>
    </message>
    <message>
        <source>Change {name}&apos;s shift on {date} only to {shift}</source>
        <translation>تغيير مناوبة {name} في {date} فقط إلى {shift}</translation>
    </message>
    <message>
        <source>Chart as &amp;Table</source>
        <translation>المخطط كـ&amp;جدول</translation>
    </message>
    <message>
        <source>Chart as Table</source>
        <translation>المخطط كجدول</translation>
    </message>
    <message>
        <source>Chart colours for high contrast (on by itself when the system asks for it)</source>
        <translation>ألوان المخطط بتباين عالٍ (يُفعَّل تلقائيًا عندما يطلبه النظام)</translation>
    </message>
    <message>
        <source>Choose Another Folder…</source>
        <translation>اختيار مجلد آخر…</translation>
    </message>
    <message>
        <source>Choose a Folder for Autosaves</source>
        <translation>اختيار مجلد للحفظ التلقائي</translation>
    </message>
    <message>
        <source>Date shown</source>
        <translation>التاريخ المعروض</translation>
    </message>
    <message>
        <source>Dragging a Shift &amp;Edge Changes</source>
        <translation>سحب &amp;حافة المناوبة يغيّر</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>أ&amp;مثلة</translation>
    </message>
    <message>
        <source>Edit plan properties</source>
        <translation>تحرير خصائص الخطة</translation>
    </message>
    <message>
        <source>Every Such Weekday</source>
        <translation>كل يوم مماثل من الأسبوع</translation>
    </message>
    <message>
        <source>Every team&apos;s hours as rows of text, for reading</source>
        <translation>ساعات كل فريق كصفوف نصية للقراءة</translation>
    </message>
    <message>
        <source>Every {weekday}</source>
        <translation>كل {weekday}</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>تصدير المخطط</translation>
    </message>
    <message>
        <source>Export i&amp;Calendar…</source>
        <translation>تصدير i&amp;Calendar…</translation>
    </message>
    <message>
        <source>Export iCalendar</source>
        <translation>تصدير iCalendar</translation>
    </message>
    <message>
        <source>Exported the chart to {path}</source>
        <translation>صُدِّر المخطط إلى {path}</translation>
    </message>
    <message>
        <source>Exported to {path}: {summary}</source>
        <translation>صُدِّر إلى {path}: {summary}</translation>
    </message>
    <message>
        <source>Give {name} {date} off</source>
        <translation>منح {name} عطلة في {date}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Local times under the pointer</source>
        <translation>الأوقات المحلية تحت المؤشر</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>Move meeting</source>
        <translation>نقل الاجتماع</translation>
    </message>
    <message>
        <source>Move only the occurrence of {date} of “{title}” to {time}, or the whole series?</source>
        <translation>هل تريد نقل موعد {date} من «{title}» إلى {time} فقط، أم السلسلة كلها؟</translation>
    </message>
    <message>
        <source>Move team &quot;{name}&quot;</source>
        <translation>نقل الفريق «{name}»</translation>
    </message>
    <message>
        <source>Move the {date} occurrence of “{title}” to {time}</source>
        <translation>نقل موعد {date} من «{title}» إلى {time}</translation>
    </message>
    <message>
        <source>Move the {date} “{title}” back</source>
        <translation>إعادة «{title}» في {date} إلى موعده</translation>
    </message>
    <message>
        <source>Move “{title}” to start {change}</source>
        <translation>نقل «{title}» ليبدأ {change}</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>التنقل</translation>
    </message>
    <message>
        <source>New Plan</source>
        <translation>خطة جديدة</translation>
    </message>
    <message>
        <source>Next day, week or year (Alt+Right)</source>
        <translation>اليوم أو الأسبوع أو السنة التالية (Alt+Right)</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>لا توجد خطط حديثة</translation>
    </message>
    <message>
        <source>Nothing to publish</source>
        <translation>لا شيء للنشر</translation>
    </message>
    <message>
        <source>Only That Date</source>
        <translation>ذلك التاريخ فقط</translation>
    </message>
    <message>
        <source>Only This Occurrence</source>
        <translation>هذا الموعد فقط</translation>
    </message>
    <message>
        <source>Only {date}</source>
        <translation>{date} فقط</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>فتح ال&amp;حديثة</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>فتح خطة</translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation>فتح ملف خطة</translation>
    </message>
    <message>
        <source>Opened plan</source>
        <translation>الخطة المفتوحة</translation>
    </message>
    <message>
        <source>Opening plan</source>
        <translation>جارٍ فتح الخطة</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>جارٍ فتح {name}…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;PNG image (*.png);;SVG image (*.svg)</source>
        <translation>مستند PDF (*.pdf);;صورة PNG (*.png);;صورة SVG (*.svg)</translation>
    </message>
    <message>
        <source>Plan &amp;Properties…</source>
        <translation>&amp;خصائص الخطة…</translation>
    </message>
    <message>
        <source>Plan Properties</source>
        <translation>خصائص الخطة</translation>
    </message>
    <message>
        <source>Plan opened with warnings</source>
        <translation>فُتحت الخطة مع تحذيرات</translation>
    </message>
    <message>
        <source>Plan&apos;s zone ({reference_zone})</source>
        <translation>منطقة الخطة ({reference_zone})</translation>
    </message>
    <message>
        <source>Previous day, week or year (Alt+Left)</source>
        <translation>اليوم أو الأسبوع أو السنة السابقة (Alt+Left)</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;معاينة الطباعة…</translation>
    </message>
    <message>
        <source>Print the chart</source>
        <translation>طباعة المخطط</translation>
    </message>
    <message>
        <source>Put {name}&apos;s {date} back to the weekly hours</source>
        <translation>إعادة {date} لدى {name} إلى الساعات الأسبوعية</translation>
    </message>
    <message>
        <source>Reference &amp;Zone…</source>
        <translation>المنطقة ال&amp;مرجعية…</translation>
    </message>
    <message>
        <source>Reference zone</source>
        <translation>المنطقة المرجعية</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove &quot;{name}&quot;? This also changes the plan:

{changes}</source>
        <translation>هل تريد إزالة «{name}»؟ سيغيّر هذا الخطة أيضًا:

{changes}</translation>
    </message>
    <message>
        <source>Remove meeting &quot;{title}&quot;</source>
        <translation>إزالة الاجتماع «{title}»</translation>
    </message>
    <message>
        <source>Remove role &quot;{name}&quot;</source>
        <translation>إزالة الدور «{name}»</translation>
    </message>
    <message>
        <source>Remove team</source>
        <translation>إزالة الفريق</translation>
    </message>
    <message>
        <source>Remove team &quot;{name}&quot;</source>
        <translation>إزالة الفريق «{name}»</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>حفظ &amp;باسم…</translation>
    </message>
    <message>
        <source>Save Plan As</source>
        <translation>حفظ الخطة باسم</translation>
    </message>
    <message>
        <source>Save the chart as PDF, PNG or SVG</source>
        <translation>حفظ المخطط بصيغة PDF أو PNG أو SVG</translation>
    </message>
    <message>
        <source>Save the meetings as an .ics file</source>
        <translation>حفظ الاجتماعات في ملف ‎.ics</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>حفظ الخطة</translation>
    </message>
    <message>
        <source>Save the plan to another file</source>
        <translation>حفظ الخطة في ملف آخر</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>حُفظ {path}</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>بحث…</translation>
    </message>
    <message>
        <source>Send the meetings to a CalDAV calendar</source>
        <translation>إرسال الاجتماعات إلى تقويم CalDAV</translation>
    </message>
    <message>
        <source>Set {name}&apos;s hours on {date} only to {shifts}</source>
        <translation>ضبط ساعات {name} في {date} فقط على {shifts}</translation>
    </message>
    <message>
        <source>Shift not changed: {exc}</source>
        <translation>لم تتغيّر المناوبة: {exc}</translation>
    </message>
    <message>
        <source>Shifts on {date} only, local time in {zone} (e.g. 09:00-13:00, 14:00-18:00; empty for a day off):</source>
        <translation>المناوبات في {date} فقط، بالتوقيت المحلي لـ {zone} (مثل 09:00-13:00, 14:00-18:00؛ فارغ ليوم عطلة):</translation>
    </message>
    <message>
        <source>Start an empty plan</source>
        <translation>بدء خطة فارغة</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>The Whole Series</source>
        <translation>السلسلة كلها</translation>
    </message>
    <message>
        <source>The autosaved copy of &quot;{name}&quot; cannot be read: {error}</source>
        <translation>تتعذّر قراءة النسخة المحفوظة تلقائيًا من «{name}»: {error}</translation>
    </message>
    <message>
        <source>The autosaved copy of &quot;{name}&quot; has problems:</source>
        <translation>في النسخة المحفوظة تلقائيًا من «{name}» مشكلات:</translation>
    </message>
    <message>
        <source>The chart&apos;s reference time zone ({shortcut})</source>
        <translation>المنطقة الزمنية المرجعية للمخطط ({shortcut})</translation>
    </message>
    <message>
        <source>The chart&apos;s time zone</source>
        <translation>المنطقة الزمنية للمخطط</translation>
    </message>
    <message>
        <source>The date shown (Ctrl+G): pick it, or type it as 2027-03-09 or as you write dates</source>
        <translation>التاريخ المعروض (Ctrl+G): اختره، أو اكتبه بصيغة 2027-03-09 أو كما تكتب التواريخ عادةً</translation>
    </message>
    <message>
        <source>The plan could not be saved to &quot;{path}&quot;: {reason}</source>
        <translation>تعذّر حفظ الخطة في «{path}»: {reason}</translation>
    </message>
    <message>
        <source>The plan has no meetings to export: add a meeting first.</source>
        <translation>لا توجد في الخطة اجتماعات لتصديرها: أضف اجتماعًا أولًا.</translation>
    </message>
    <message>
        <source>The plan has no meetings: add a meeting first.</source>
        <translation>لا توجد في الخطة اجتماعات: أضف اجتماعًا أولًا.</translation>
    </message>
    <message>
        <source>The plan opened with these warnings (keys this version does not use are kept when the plan is saved):</source>
        <translation>فُتحت الخطة مع هذه التحذيرات (تُحفظ المفاتيح التي لا يستخدمها هذا الإصدار عند حفظ الخطة):</translation>
    </message>
    <message>
        <source>Title and reference zone of the plan</source>
        <translation>عنوان الخطة ومنطقتها المرجعية</translation>
    </message>
    <message>
        <source>Title of the new plan (it names the calendar, the printed chart and the files):</source>
        <translation>عنوان الخطة الجديدة (يُسمّى به التقويم والمخطط المطبوع والملفات):</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Zone: {zone}</source>
        <translation>المنطقة: {zone}</translation>
    </message>
    <message>
        <source>Zone: —</source>
        <translation>المنطقة: —</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>ملفات iCalendar ‏(*.ics)</translation>
    </message>
    <message>
        <source>meetings removed: {titles}</source>
        <translation>اجتماعات ستُزال: {titles}</translation>
    </message>
    <message>
        <source>meetings without this team: {titles}</source>
        <translation>اجتماعات بدون هذا الفريق: {titles}</translation>
    </message>
    <message>
        <source>roles removed: {names}</source>
        <translation>أدوار ستُزال: {names}</translation>
    </message>
    <message>
        <source>{amount} earlier</source>
        <translation>مبكرًا بمقدار {amount}</translation>
    </message>
    <message>
        <source>{amount} later</source>
        <translation>لاحقًا بمقدار {amount}</translation>
    </message>
    <message>
        <source>{app} will be in {language} the next time it starts. Save your work, quit and start it again to switch now.</source>
        <translation>سيكون {app} باللغة {language} عند تشغيله في المرة القادمة. احفظ عملك ثم اخرج وأعد تشغيله للتبديل الآن.</translation>
    </message>
    <message>
        <source>{app} will follow the system&apos;s language the next time it starts. Save your work, quit and start it again to switch now.</source>
        <translation>سيتبع {app} لغة النظام عند تشغيله في المرة القادمة. احفظ عملك ثم اخرج وأعد تشغيله للتبديل الآن.</translation>
    </message>
    <message>
        <source>{app} {version} (tzdata {tzdata})

Plan working-hour overlap, coverage and meetings between a client and vendor teams in other time zones.</source>
        <translation>{app} {version} (tzdata {tzdata})

خطّط لتداخل ساعات العمل والتغطية والاجتماعات بين العميل وفرق المورّدين في مناطق زمنية أخرى.</translation>
    </message>
    <message>
        <source>{name} (example)</source>
        <translation>{name} (مثال)</translation>
    </message>
    <message>
        <source>{name}: hours on {date}</source>
        <translation>{name}: الساعات في {date}</translation>
    </message>
    <message numerus="yes">
        <source>{roles} (%n failing)</source>
        <translation>
            <numerusform>{roles} (لا يفشل أي منها)</numerusform>
            <numerusform>{roles} (واحد يفشل)</numerusform>
            <numerusform>{roles} (اثنان يفشلان)</numerusform>
            <numerusform>{roles} (%Ln تفشل)</numerusform>
            <numerusform>{roles} (%Ln يفشل)</numerusform>
            <numerusform>{roles} (%Ln يفشل)</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} (Edit &gt; Undo takes it back)</source>
        <translation>{text} (تحرير &gt; تراجع يلغيه)</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source> min</source>
        <translation> د</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> د قبل البدء</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;المدة:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;المعرّف:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;المكان:</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>&amp;التذكير:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;البدء:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <source>&amp;Web link:</source>
        <translation>&amp;رابط الويب:</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;المنطقة:</translation>
    </message>
    <message>
        <source>Add Meeting</source>
        <translation>إضافة اجتماع</translation>
    </message>
    <message>
        <source>Add meeting &quot;{title}&quot;</source>
        <translation>إضافة الاجتماع «{title}»</translation>
    </message>
    <message>
        <source>Add rotation &quot;{title}&quot;</source>
        <translation>إضافة التناوب «{title}»</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>&amp;الوصف:</translation>
    </message>
    <message>
        <source>Edit Meeting {title}</source>
        <translation>تعديل الاجتماع {title}</translation>
    </message>
    <message>
        <source>Edit meeting &quot;{title}&quot;</source>
        <translation>تعديل الاجتماع «{title}»</translation>
    </message>
    <message>
        <source>Fair rotation: OK saves two meetings that take turns, starting {first_day} at {first_time} and {second_day} at {second_time} ({zone}).</source>
        <translation>تناوب عادل: يحفظ «موافق» اجتماعين يتناوبان، يبدأ الأول {first_day} الساعة {first_time} والثاني {second_day} الساعة {second_time} ({zone}).</translation>
    </message>
    <message>
        <source>Find a Slot…</source>
        <translation>البحث عن موعد…</translation>
    </message>
    <message>
        <source>First occurrence</source>
        <translation>الموعد الأول</translation>
    </message>
    <message>
        <source>Fix the marked fields to see the first occurrence.</source>
        <translation>صحّح الحقول المعلَّمة لرؤية الموعد الأول.</translation>
    </message>
    <message>
        <source>Keep only the start time shown above, not the rotation</source>
        <translation>الإبقاء على وقت البدء المعروض أعلاه فقط، دون التناوب</translation>
    </message>
    <message>
        <source>Meeting time zone</source>
        <translation>المنطقة الزمنية للاجتماع</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>اجتماع جديد</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>بلا تذكير</translation>
    </message>
    <message>
        <source>Other zone…</source>
        <translation>منطقة أخرى…</translation>
    </message>
    <message>
        <source>Participating teams</source>
        <translation>الفرق المشاركة</translation>
    </message>
    <message>
        <source>Plan&apos;s reference zone ({zone})</source>
        <translation>المنطقة المرجعية للخطة ({zone})</translation>
    </message>
    <message>
        <source>Rank start times by how comfortable they are for every team</source>
        <translation>ترتيب أوقات البدء حسب ملاءمتها لكل فريق</translation>
    </message>
    <message>
        <source>Skip occurrences on a participant&apos;s holiday or day off</source>
        <translation>تخطي المواعيد التي تقع في عطلة أحد المشاركين أو يوم راحته</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>وقت البدء</translation>
    </message>
    <message>
        <source>T&amp;eams:</source>
        <translation>&amp;الفرق:</translation>
    </message>
    <message>
        <source>The series has no occurrence.</source>
        <translation>لا مواعيد في هذه السلسلة.</translation>
    </message>
    <message>
        <source>Use One Slot</source>
        <translation>استخدام موعد واحد</translation>
    </message>
    <message>
        <source>client</source>
        <translation>عميل</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>اجتماع</translation>
    </message>
    <message>
        <source>tick two or more teams that take part</source>
        <translation>حدّد فريقين مشاركين أو أكثر</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>مورّد</translation>
    </message>
    <message>
        <source>{name} ({id}, {side})</source>
        <translation>{name} ({id}، {side})</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (نسخة)</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <source>Add a meeting</source>
        <translation>إضافة اجتماع</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Clock Changes</source>
        <translation>تغييرات الساعة</translation>
    </message>
    <message>
        <source>Copy the selected meeting</source>
        <translation>نسخ الاجتماع المحدد</translation>
    </message>
    <message>
        <source>Double-click an occurrence to show its day on the chart</source>
        <translation>انقر نقرًا مزدوجًا على موعد لعرض يومه في المخطط</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <source>Edit the selected meeting (Enter)</source>
        <translation>تعديل الاجتماع المحدد (Enter)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>السنة الأولى</translation>
    </message>
    <message>
        <source>How daylight-saving changes move the meeting for each team</source>
        <translation>كيف تُزيح تغييرات التوقيت الصيفي الاجتماع لكل فريق</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <source>Occurrences and clock changes</source>
        <translation>المواعيد وتغييرات الساعة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected meeting (Delete)</source>
        <translation>إزالة الاجتماع المحدد (Delete)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>Select a meeting to see its occurrences.</source>
        <translation>حدّد اجتماعًا لرؤية مواعيده.</translation>
    </message>
    <message>
        <source>Start ({zone})</source>
        <translation>البدء ({zone})</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>{meeting}: occurrences in the first year of the series ({summary}); start times in {zone}.</source>
        <translation>{meeting}: المواعيد في السنة الأولى من السلسلة ({summary})؛ أوقات البدء بتوقيت {zone}.</translation>
    </message>
    <message>
        <source>{repeat} from {date}, {start} {zone}, {minutes} min</source>
        <translation>{repeat} من {date}، {start} {zone}، {minutes} د</translation>
    </message>
</context>
<context>
    <name>OccurrenceRows</name>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n تعارض</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%n تعارضات</numerusform>
            <numerusform>%n تعارضًا</numerusform>
            <numerusform>%n تعارض</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict: {teams} not working</source>
        <translation>تعارض: {teams} خارج ساعات العمل</translation>
    </message>
    <message>
        <source>OK: inside everyone&apos;s hours</source>
        <translation>سليم: ضمن ساعات الجميع</translation>
    </message>
    <message>
        <source>Skipped: {reason}</source>
        <translation>متخطّى: {reason}</translation>
    </message>
    <message>
        <source>{count} OK</source>
        <translation>{count} سليم</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>{count} متخطّى</translation>
    </message>
    <message>
        <source>{total}: {parts}</source>
        <translation>{total}: {parts}</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source> (column {column})</source>
        <translation> (العمود {column})</translation>
    </message>
    <message>
        <source> (did you mean &quot;{close}&quot;?)</source>
        <translation> (هل تقصد &quot;{close}&quot;؟)</translation>
    </message>
    <message>
        <source> (did you mean &quot;{hint}&quot;?)</source>
        <translation> (هل تقصد &quot;{hint}&quot;؟)</translation>
    </message>
    <message>
        <source> (use an IANA name such as &quot;America/New_York&quot;; `overlap-planner zones` lists them)</source>
        <translation> (استخدم اسم IANA مثل &quot;America/New_York&quot;؛ يسردها الأمر `overlap-planner zones`)</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is not a day key: use mon ... sun, a range such as &quot;mon-fri&quot; or &quot;sun-thu&quot;, or &quot;daily&quot;</source>
        <translation>&quot;{key}&quot; ليس مفتاح يوم: استخدم mon ... sun، أو نطاقًا مثل &quot;mon-fri&quot; أو &quot;sun-thu&quot;، أو &quot;daily&quot;</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a time of day (00:00 to 23:59, or 24:00 as an end)</source>
        <translation>&quot;{text}&quot; ليس وقتًا من اليوم (00:00 إلى 23:59، أو 24:00 كنهاية)</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a time: write HH:MM, e.g. &quot;09:00&quot;</source>
        <translation>&quot;{text}&quot; ليس وقتًا: اكتب HH:MM، مثل &quot;09:00&quot;</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a weekday (Mon ... Sun, Monday ... Sunday) or a date (YYYY-MM-DD)</source>
        <translation>&quot;{text}&quot; ليس يومًا من الأسبوع (Mon ... Sun، Monday ... Sunday) ولا تاريخًا (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&quot;{url}&quot; is not a server address: write it as https://host/path</source>
        <translation>&quot;{url}&quot; ليس عنوان خادم: اكتبه بالشكل https://host/path</translation>
    </message>
    <message>
        <source>&quot;{written}&quot; is a Windows path ({drive}), which does not exist on this computer: write the path relative to the plan&apos;s folder, e.g. contacts.csv</source>
        <translation>&quot;{written}&quot; مسار Windows ({drive}) غير موجود على هذا الحاسوب: اكتب المسار نسبةً إلى مجلد الخطة، مثل contacts.csv</translation>
    </message>
    <message>
        <source>&quot;{written}&quot; names a drive without a folder: write &quot;{drive}\folder\file&quot; or a path relative to the plan</source>
        <translation>&quot;{written}&quot; يسمي محركًا دون مجلد: اكتب &quot;{drive}\folder\file&quot; أو مسارًا نسبةً إلى الخطة</translation>
    </message>
    <message>
        <source>--repeat &quot;{text}&quot; is not a repeat rule: use {forms}</source>
        <translation>--repeat &quot;{text}&quot; ليست قاعدة تكرار: استخدم {forms}</translation>
    </message>
    <message>
        <source>--repeat &quot;{text}&quot;: &quot;{match}&quot; is not daily, weekly or monthly; use {forms}</source>
        <translation>--repeat &quot;{text}&quot;: &quot;{match}&quot; ليس daily أو weekly أو monthly؛ استخدم {forms}</translation>
    </message>
    <message>
        <source>--repeat &quot;{text}&quot;: daily takes no days; for some days use weekly:MO,TH</source>
        <translation>--repeat &quot;{text}&quot;: لا يقبل daily أيامًا؛ لبعض الأيام استخدم weekly:MO,TH</translation>
    </message>
    <message>
        <source>--repeat &quot;{text}&quot;: say which days, e.g. weekly:TU or weekly:MO,TH</source>
        <translation>--repeat &quot;{text}&quot;: حدد الأيام، مثل weekly:TU أو weekly:MO,TH</translation>
    </message>
    <message>
        <source>--repeat &quot;{text}&quot;: say which weekday of the month, e.g. monthly:1TU (first Tuesday) or monthly:-1FR (last Friday)</source>
        <translation>--repeat &quot;{text}&quot;: حدد يوم الأسبوع من الشهر، مثل monthly:1TU (أول ثلاثاء) أو monthly:-1FR (آخر جمعة)</translation>
    </message>
    <message>
        <source>--repeat &quot;{text}&quot;: the number after / must be 1 or more</source>
        <translation>--repeat &quot;{text}&quot;: يجب أن يكون الرقم بعد / واحدًا أو أكثر</translation>
    </message>
    <message>
        <source>... and {more} more problems</source>
        <translation>... و{more} مشكلات أخرى</translation>
    </message>
    <message>
        <source>; the first occurrence is {occurrence:%Y-%m-%dT%H:%M}</source>
        <translation>؛ أول تكرار في {occurrence:%Y-%m-%dT%H:%M}</translation>
    </message>
    <message>
        <source>Mon-Fri 09:00-17:00</source>
        <translation>الإثنين-الجمعة 09:00-17:00</translation>
    </message>
    <message>
        <source>Mon-Fri night 21:00-06:00</source>
        <translation>الإثنين-الجمعة ليلًا 21:00-06:00</translation>
    </message>
    <message>
        <source>Mon-Sat 09:00-17:00</source>
        <translation>الإثنين-السبت 09:00-17:00</translation>
    </message>
    <message>
        <source>Sun-Thu 09:00-17:00</source>
        <translation>الأحد-الخميس 09:00-17:00</translation>
    </message>
    <message>
        <source>[{name}] is declared twice: write each {name} as [[{name}]] (two brackets), one per table</source>
        <translation>[{name}] مُعرَّف مرتين: اكتب كل {name} بالشكل [[{name}]] (قوسان مزدوجان)، واحدًا لكل جدول</translation>
    </message>
    <message>
        <source>a backslash in a string must be doubled (\\), or use &apos;single quotes&apos;</source>
        <translation>يجب مضاعفة الشرطة المائلة العكسية في النص (\\)، أو استخدم &apos;علامات اقتباس مفردة&apos;</translation>
    </message>
    <message>
        <source>a date or time does not exist: check the month, day and hour</source>
        <translation>تاريخ أو وقت غير موجود: تحقق من الشهر واليوم والساعة</translation>
    </message>
    <message>
        <source>a key has no value: write key = value, e.g. zone = &quot;Asia/Manila&quot;</source>
        <translation>مفتاح بلا قيمة: اكتب key = value، مثل zone = &quot;Asia/Manila&quot;</translation>
    </message>
    <message>
        <source>a key is missing or not valid: write key = value, e.g. id = &quot;hq&quot;</source>
        <translation>مفتاح مفقود أو غير صالح: اكتب key = value، مثل id = &quot;hq&quot;</translation>
    </message>
    <message>
        <source>a list is not closed: end it with ]</source>
        <translation>قائمة غير مغلقة: أنهِها بـ ]</translation>
    </message>
    <message>
        <source>a meeting lists a team twice</source>
        <translation>اجتماع يذكر فريقًا مرتين</translation>
    </message>
    <message>
        <source>a meeting needs two or more teams</source>
        <translation>يحتاج الاجتماع إلى فريقين أو أكثر</translation>
    </message>
    <message>
        <source>a meeting needs two or more teams: give them as --teams A,B</source>
        <translation>يحتاج الاجتماع إلى فريقين أو أكثر: حددهما بـ --teams A,B</translation>
    </message>
    <message>
        <source>a moved occurrence is named by its date, not {original!r}</source>
        <translation>يُسمّى التكرار المنقول بتاريخه، لا {original!r}</translation>
    </message>
    <message>
        <source>a moved occurrence&apos;s start is wall time in the meeting&apos;s zone, without offset</source>
        <translation>بداية التكرار المنقول وقت محلي في منطقة الاجتماع، دون إزاحة</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>رقمًا</translation>
    </message>
    <message>
        <source>a one-off meeting has no occurrence to move on its own: move it</source>
        <translation>الاجتماع لمرة واحدة ليس له تكرار يُنقل وحده: انقل الاجتماع</translation>
    </message>
    <message>
        <source>a plan without a title must be saved to a file before it is exported</source>
        <translation>يجب حفظ الخطة التي بلا عنوان في ملف قبل تصديرها</translation>
    </message>
    <message>
        <source>a shift must end between 00:00 and 24:00, not {end} min</source>
        <translation>يجب أن تنتهي الوردية بين 00:00 و24:00، لا {end} دقيقة</translation>
    </message>
    <message>
        <source>a shift must start between 00:00 and 23:59, not {start} min</source>
        <translation>يجب أن تبدأ الوردية بين 00:00 و23:59، لا {start} دقيقة</translation>
    </message>
    <message>
        <source>a string is not closed: end it with a quote on the same line</source>
        <translation>نص غير مغلق: أنهِه بعلامة اقتباس على السطر نفسه</translation>
    </message>
    <message>
        <source>a table header is not closed: end it with ]</source>
        <translation>رأس جدول غير مغلق: أنهِه بـ ]</translation>
    </message>
    <message>
        <source>a table header is not closed: end it with ]], as in [[team]]</source>
        <translation>رأس جدول غير مغلق: أنهِه بـ ]]، كما في [[team]]</translation>
    </message>
    <message>
        <source>a time zone is required (an IANA name such as &quot;Europe/Kyiv&quot;)</source>
        <translation>المنطقة الزمنية مطلوبة (اسم IANA مثل &quot;Europe/Kyiv&quot;)</translation>
    </message>
    <message>
        <source>a time zone must be a string such as &quot;Asia/Manila&quot;</source>
        <translation>يجب أن تكون المنطقة الزمنية نصًا مثل &quot;Asia/Manila&quot;</translation>
    </message>
    <message>
        <source>a value is missing or not valid: put text in quotes, e.g. zone = &quot;Asia/Manila&quot;</source>
        <translation>قيمة مفقودة أو غير صالحة: ضع النص بين علامتي اقتباس، مثل zone = &quot;Asia/Manila&quot;</translation>
    </message>
    <message>
        <source>a week profile needs 7 days of {slots} intervals</source>
        <translation>يحتاج ملف الأسبوع إلى 7 أيام من {slots} فترة</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>عددًا صحيحًا</translation>
    </message>
    <message>
        <source>added: {ids}</source>
        <translation>أُضيف: {ids}</translation>
    </message>
    <message>
        <source>agents day key &quot;{key}&quot; names {items} again: name each day once</source>
        <translation>مفتاح اليوم &quot;{key}&quot; في agents يذكر {items} مرة أخرى: اذكر كل يوم مرة واحدة</translation>
    </message>
    <message>
        <source>agents mixes shifts and day keys: write either {{ &quot;09:00-17:00&quot; = 8 }} or {{ &quot;mon-fri&quot; = {{ &quot;09:00-17:00&quot; = 8 }} }}</source>
        <translation>يخلط agents بين الورديات ومفاتيح الأيام: اكتب إما {{ &quot;09:00-17:00&quot; = 8 }} أو {{ &quot;mon-fri&quot; = {{ &quot;09:00-17:00&quot; = 8 }} }}</translation>
    </message>
    <message>
        <source>agents must be a number or a table such as {{ &quot;09:00-17:00&quot; = 8 }}</source>
        <translation>يجب أن يكون agents رقمًا أو جدولًا مثل {{ &quot;09:00-17:00&quot; = 8 }}</translation>
    </message>
    <message>
        <source>agents names &quot;{text}&quot; on {WEEKDAYS}, but hours has no such shift that day: name the shifts as written in hours</source>
        <translation>يذكر agents &quot;{text}&quot; يوم {WEEKDAYS}، لكن hours ليس فيه هذه الوردية ذلك اليوم: اذكر الورديات كما كُتبت في hours</translation>
    </message>
    <message>
        <source>agents names &quot;{text}&quot;, which is not a shift in hours: name the shifts as written in hours</source>
        <translation>يذكر agents &quot;{text}&quot;، وهي ليست وردية في hours: اذكر الورديات كما كُتبت في hours</translation>
    </message>
    <message>
        <source>agents names the same shift twice on one day</source>
        <translation>يذكر agents الوردية نفسها مرتين في يوم واحد</translation>
    </message>
    <message>
        <source>an escape names no character</source>
        <translation>رمز هروب لا يسمي أي حرف</translation>
    </message>
    <message>
        <source>an escape such as \u00e9 needs hexadecimal digits</source>
        <translation>رمز الهروب مثل \u00e9 يحتاج إلى أرقام ست عشرية</translation>
    </message>
    <message>
        <source>an exception&apos;s date must be a date, not {day!r}</source>
        <translation>يجب أن يكون تاريخ الاستثناء تاريخًا، لا {day!r}</translation>
    </message>
    <message>
        <source>an inline table is not closed: end it with }} on the same line</source>
        <translation>جدول مضمّن غير مغلق: أنهِه بـ }} على السطر نفسه</translation>
    </message>
    <message>
        <source>an ordinal weekday such as &quot;1TU&quot; needs freq = &quot;monthly&quot;</source>
        <translation>يوم الأسبوع الترتيبي مثل &quot;1TU&quot; يحتاج إلى freq = &quot;monthly&quot;</translation>
    </message>
    <message>
        <source>byday {text!r} is not a weekday: use MO TU WE TH FR SA SU, or &quot;1TU&quot;</source>
        <translation>byday {text!r} ليس يومًا من الأسبوع: استخدم MO TU WE TH FR SA SU، أو &quot;1TU&quot;</translation>
    </message>
    <message>
        <source>calendar &quot;{name}&quot; (created): {url}</source>
        <translation>التقويم &quot;{name}&quot; (أُنشئ): {url}</translation>
    </message>
    <message>
        <source>calendar &quot;{name}&quot; (existing): {url}</source>
        <translation>التقويم &quot;{name}&quot; (موجود): {url}</translation>
    </message>
    <message>
        <source>cannot be read: {value}</source>
        <translation>تعذرت القراءة: {value}</translation>
    </message>
    <message>
        <source>cannot read the rules of time zone &quot;{key}&quot; ({exc}): reinstall tzdata</source>
        <translation>تعذرت قراءة قواعد المنطقة الزمنية &quot;{key}&quot; ({exc}): أعد تثبيت tzdata</translation>
    </message>
    <message>
        <source>city must be a place name of 1 to 100 characters, e.g. &quot;Cebu City&quot;</source>
        <translation>يجب أن يكون city اسم مكان من 1 إلى 100 حرف، مثل &quot;Cebu City&quot;</translation>
    </message>
    <message>
        <source>city must be one line, without tabs</source>
        <translation>يجب أن يكون city سطرًا واحدًا، دون علامات جدولة</translation>
    </message>
    <message>
        <source>concurrency must be 1 to {MAX_CONCURRENCY:g} (contacts one agent handles at once)</source>
        <translation>يجب أن يكون concurrency من 1 إلى {MAX_CONCURRENCY:g} (الاتصالات التي يعالجها الموظف في آن واحد)</translation>
    </message>
    <message>
        <source>contacts &quot;{key}&quot; &quot;{text}&quot; gives {WEEKDAYS} {clock} a second time: give each interval once</source>
        <translation>contacts &quot;{key}&quot; &quot;{text}&quot; يعطي {WEEKDAYS} {clock} مرة ثانية: أعطِ كل فترة مرة واحدة</translation>
    </message>
    <message>
        <source>contacts &quot;{key}&quot; &quot;{text}&quot; must be a number, not {number!r}</source>
        <translation>يجب أن يكون contacts &quot;{key}&quot; &quot;{text}&quot; رقمًا، لا {number!r}</translation>
    </message>
    <message>
        <source>contacts &quot;{key}&quot; must be a table of time ranges: {{ &quot;09:00-17:00&quot; = 100 }}</source>
        <translation>يجب أن يكون contacts &quot;{key}&quot; جدولًا من النطاقات الزمنية: {{ &quot;09:00-17:00&quot; = 100 }}</translation>
    </message>
    <message>
        <source>contacts &quot;{text}&quot; is not a number</source>
        <translation>contacts &quot;{text}&quot; ليس رقمًا</translation>
    </message>
    <message>
        <source>contacts are missing: add contacts = {{ &quot;mon-fri&quot; = {{ &quot;09:00-17:00&quot; = 100 }} }} or contacts_file = &quot;volume.csv&quot;</source>
        <translation>الاتصالات مفقودة: أضف contacts = {{ &quot;mon-fri&quot; = {{ &quot;09:00-17:00&quot; = 100 }} }} أو contacts_file = &quot;volume.csv&quot;</translation>
    </message>
    <message>
        <source>contacts day key &quot;{key}&quot; names {items} again: name each day once</source>
        <translation>مفتاح اليوم &quot;{key}&quot; في contacts يذكر {items} مرة أخرى: اذكر كل يوم مرة واحدة</translation>
    </message>
    <message>
        <source>contacts must be 0 to {MAX_CONTACTS:,.0f} per interval, not {value:g}</source>
        <translation>يجب أن يكون contacts من 0 إلى {MAX_CONTACTS:,.0f} لكل فترة، لا {value:g}</translation>
    </message>
    <message>
        <source>contacts must be a table such as {{ &quot;mon-fri&quot; = {{ &quot;09:00-17:00&quot; = 100 }} }}</source>
        <translation>يجب أن يكون contacts جدولًا مثل {{ &quot;mon-fri&quot; = {{ &quot;09:00-17:00&quot; = 100 }} }}</translation>
    </message>
    <message>
        <source>contacts range &quot;{text}&quot; is not of the form &quot;HH:MM-HH:MM&quot; (e.g. &quot;09:00-09:30&quot;)</source>
        <translation>نطاق contacts &quot;{text}&quot; ليس بالشكل &quot;HH:MM-HH:MM&quot; (مثل &quot;09:00-09:30&quot;)</translation>
    </message>
    <message>
        <source>contacts range &quot;{text}&quot; is not on the {interval_minutes}-minute grid of interval_minutes: start and end it on a multiple of the interval</source>
        <translation>نطاق contacts &quot;{text}&quot; ليس على شبكة الـ {interval_minutes} دقيقة في interval_minutes: ابدأه وأنهِه عند مضاعف للفترة</translation>
    </message>
    <message>
        <source>contacts_file &quot;{shown}&quot; cannot be read: {strerror}</source>
        <translation>تعذرت قراءة contacts_file &quot;{shown}&quot;: {strerror}</translation>
    </message>
    <message>
        <source>contacts_file &quot;{shown}&quot; is not a regular file: name a CSV file</source>
        <translation>contacts_file &quot;{shown}&quot; ليس ملفًا عاديًا: اذكر ملف CSV</translation>
    </message>
    <message>
        <source>contacts_file &quot;{shown}&quot; is {size:.1f} MB: the limit is {MAX_BYTES} MB (export a few weeks of history by interval)</source>
        <translation>حجم contacts_file &quot;{shown}&quot; هو {size:.1f} ميغابايت: الحد {MAX_BYTES} ميغابايت (صدّر بضعة أسابيع من السجل حسب الفترة)</translation>
    </message>
    <message>
        <source>contacts_file &quot;{shown}&quot;: no such file (looked for {path})</source>
        <translation>contacts_file &quot;{shown}&quot;: لا يوجد ملف كهذا (بُحث عن {path})</translation>
    </message>
    <message>
        <source>contacts_file must name a CSV file in quotes: &quot;volume.csv&quot;</source>
        <translation>يجب أن يسمي contacts_file ملف CSV بين علامتي اقتباس: &quot;volume.csv&quot;</translation>
    </message>
    <message>
        <source>contacts_file must name a CSV file, e.g. &quot;volume.csv&quot;</source>
        <translation>يجب أن يسمي contacts_file ملف CSV، مثل &quot;volume.csv&quot;</translation>
    </message>
    <message>
        <source>date &quot;{text}&quot; does not exist</source>
        <translation>التاريخ &quot;{text}&quot; غير موجود</translation>
    </message>
    <message>
        <source>date &quot;{text}&quot; is outside the years {FIRST_YEAR} to {LAST_YEAR}</source>
        <translation>التاريخ &quot;{text}&quot; خارج السنوات {FIRST_YEAR} إلى {LAST_YEAR}</translation>
    </message>
    <message>
        <source>day key &quot;{key}&quot; names {items} again: name each day once</source>
        <translation>مفتاح اليوم &quot;{key}&quot; يذكر {items} مرة أخرى: اذكر كل يوم مرة واحدة</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>يوم عطلة</translation>
    </message>
    <message>
        <source>days_off must be a list of dates: [&quot;2027-07-05&quot;]</source>
        <translation>يجب أن يكون days_off قائمة تواريخ: [&quot;2027-07-05&quot;]</translation>
    </message>
    <message>
        <source>demand is for real-time roles: set kind = &quot;realtime&quot; or remove it</source>
        <translation>demand مخصص للأدوار الآنية: اضبط kind = &quot;realtime&quot; أو احذفه</translation>
    </message>
    <message>
        <source>demand must be a table: write it as [role.demand] under the role</source>
        <translation>يجب أن يكون demand جدولًا: اكتبه بالشكل [role.demand] تحت الدور</translation>
    </message>
    <message>
        <source>duration_minutes is missing: add duration_minutes = 30</source>
        <translation>duration_minutes مفقود: أضف duration_minutes = 30</translation>
    </message>
    <message>
        <source>duration_minutes must be a whole number from 1 to {MAX_DURATION_MINUTES}</source>
        <translation>يجب أن يكون duration_minutes عددًا صحيحًا من 1 إلى {MAX_DURATION_MINUTES}</translation>
    </message>
    <message>
        <source>each {section} must be a [[{section}]] table</source>
        <translation>يجب أن يكون كل {section} جدولًا [[{section}]]</translation>
    </message>
    <message>
        <source>environment variable {env_var} is not set or empty: set it to the password of {key}</source>
        <translation>متغير البيئة {env_var} غير مضبوط أو فارغ: اضبطه على كلمة مرور {key}</translation>
    </message>
    <message>
        <source>exception &quot;{key}&quot; is not a date: write &quot;YYYY-MM-DD&quot;, e.g. &quot;2027-12-24&quot;</source>
        <translation>الاستثناء &quot;{key}&quot; ليس تاريخًا: اكتب &quot;YYYY-MM-DD&quot;، مثل &quot;2027-12-24&quot;</translation>
    </message>
    <message>
        <source>exception &quot;{key}&quot; must be a list of shifts such as [&quot;09:00-13:00&quot;] ([] for a day off)</source>
        <translation>يجب أن يكون الاستثناء &quot;{key}&quot; قائمة ورديات مثل [&quot;09:00-13:00&quot;] ([] ليوم عطلة)</translation>
    </message>
    <message>
        <source>exceptions must be DayExceptions</source>
        <translation>يجب أن يكون exceptions من النوع DayExceptions</translation>
    </message>
    <message>
        <source>exceptions must be a table such as {{ &quot;2027-12-24&quot; = [&quot;09:00-13:00&quot;] }}</source>
        <translation>يجب أن يكون exceptions جدولًا مثل {{ &quot;2027-12-24&quot; = [&quot;09:00-13:00&quot;] }}</translation>
    </message>
    <message>
        <source>exceptions name {isoformat} twice: name each date once</source>
        <translation>يذكر exceptions التاريخ {isoformat} مرتين: اذكر كل تاريخ مرة واحدة</translation>
    </message>
    <message>
        <source>expected three columns weekday,time,contacts (or date,time,contacts) separated by , or ;</source>
        <translation>المتوقع ثلاثة أعمدة weekday,time,contacts (أو date,time,contacts) مفصولة بـ , أو ;</translation>
    </message>
    <message>
        <source>format is missing: add `format = {FORMAT}` at the top</source>
        <translation>format مفقود: أضف `format = {FORMAT}` في البداية</translation>
    </message>
    <message>
        <source>format must be a whole number (`format = {FORMAT}`)</source>
        <translation>يجب أن يكون format عددًا صحيحًا (`format = {FORMAT}`)</translation>
    </message>
    <message>
        <source>format {version} is newer than this Overlap Planner reads (format {FORMAT}): update Overlap Planner to open this plan</source>
        <translation>الصيغة {version} أحدث مما يقرؤه هذا الإصدار من Overlap Planner (الصيغة {FORMAT}): حدّث Overlap Planner لفتح هذه الخطة</translation>
    </message>
    <message>
        <source>format {version} is not valid: use `format = {FORMAT}`</source>
        <translation>الصيغة {version} غير صالحة: استخدم `format = {FORMAT}`</translation>
    </message>
    <message>
        <source>give contacts or contacts_file, not both</source>
        <translation>أعطِ contacts أو contacts_file، لا كليهما</translation>
    </message>
    <message>
        <source>handle_seconds is missing: add handle_seconds = 180 (average handle time)</source>
        <translation>handle_seconds مفقود: أضف handle_seconds = 180 (متوسط مدة المعالجة)</translation>
    </message>
    <message>
        <source>handle_seconds must be more than 0 and at most 86400 (a day)</source>
        <translation>يجب أن يكون handle_seconds أكبر من 0 وبحد أقصى 86400 (يوم واحد)</translation>
    </message>
    <message>
        <source>has no rows: expected weekday,time,contacts</source>
        <translation>لا صفوف فيه: المتوقع weekday,time,contacts</translation>
    </message>
    <message>
        <source>has {count} columns: expected weekday{separator}time{separator}contacts</source>
        <translation>فيه {count} أعمدة: المتوقع weekday{separator}time{separator}contacts</translation>
    </message>
    <message>
        <source>holds a control character ({illegal}) that TOML does not allow here: remove it, or write it as an escape such as \t</source>
        <translation>يحتوي على حرف تحكم ({illegal}) لا يسمح به TOML هنا: احذفه، أو اكتبه كرمز هروب مثل \t</translation>
    </message>
    <message>
        <source>holidays must be a country code such as &quot;US&quot; or &quot;US-NY&quot;</source>
        <translation>يجب أن يكون holidays رمز بلد مثل &quot;US&quot; أو &quot;US-NY&quot;</translation>
    </message>
    <message>
        <source>holidays must be a country code such as &quot;US-NY&quot;</source>
        <translation>يجب أن يكون holidays رمز بلد مثل &quot;US-NY&quot;</translation>
    </message>
    <message>
        <source>hours &quot;{key}&quot; must be a list of shifts such as [&quot;09:00-17:00&quot;]</source>
        <translation>يجب أن يكون hours &quot;{key}&quot; قائمة ورديات مثل [&quot;09:00-17:00&quot;]</translation>
    </message>
    <message>
        <source>hours must be a table such as {{ &quot;mon-fri&quot; = [&quot;09:00-17:00&quot;] }}</source>
        <translation>يجب أن يكون hours جدولًا مثل {{ &quot;mon-fri&quot; = [&quot;09:00-17:00&quot;] }}</translation>
    </message>
    <message>
        <source>id is missing: add id = &quot;...&quot; (lower case)</source>
        <translation>id مفقود: أضف id = &quot;...&quot; (بأحرف صغيرة)</translation>
    </message>
    <message>
        <source>interval_minutes must be 15, 30 or 60, not {interval_minutes!r}</source>
        <translation>يجب أن يكون interval_minutes 15 أو 30 أو 60، لا {interval_minutes!r}</translation>
    </message>
    <message>
        <source>interval_minutes must be 15, 30 or 60, not {minutes}</source>
        <translation>يجب أن يكون interval_minutes 15 أو 30 أو 60، لا {minutes}</translation>
    </message>
    <message>
        <source>is UTF-16 text: export or save the file as CSV in UTF-8</source>
        <translation>نص بترميز UTF-16: صدّر الملف أو احفظه بصيغة CSV بترميز UTF-8</translation>
    </message>
    <message>
        <source>is a folder, not a plan file</source>
        <translation>مجلد، وليس ملف خطة</translation>
    </message>
    <message>
        <source>is a {row_kind} row, but line {kind_line} starts {kind} rows: use weekdays or dates throughout</source>
        <translation>صف من نوع {row_kind}، لكن السطر {kind_line} يبدأ صفوفًا من نوع {kind}: استخدم أيام الأسبوع أو التواريخ في الملف كله</translation>
    </message>
    <message>
        <source>is not UTF-8 text: export or save the file as CSV in UTF-8</source>
        <translation>ليس نصًا بترميز UTF-8: صدّر الملف أو احفظه بصيغة CSV بترميز UTF-8</translation>
    </message>
    <message>
        <source>is not UTF-8 text: save the file as UTF-8</source>
        <translation>ليس نصًا بترميز UTF-8: احفظ الملف بترميز UTF-8</translation>
    </message>
    <message>
        <source>is not a regular file (a device, FIFO or socket): give a plan&apos;s .toml file</source>
        <translation>ليس ملفًا عاديًا (جهاز أو FIFO أو مقبس): أعطِ ملف ‎.toml لخطة</translation>
    </message>
    <message>
        <source>is not a text file (it holds binary data, such as an image or an archive): open the plan&apos;s .toml file</source>
        <translation>ليس ملفًا نصيًا (يحتوي على بيانات ثنائية، مثل صورة أو أرشيف): افتح ملف ‎.toml الخاص بالخطة</translation>
    </message>
    <message>
        <source>is not valid TOML: {message}</source>
        <translation>ليس TOML صالحًا: {message}</translation>
    </message>
    <message>
        <source>is {size:.1f} MB: a plan file may be at most {MAX_PLAN_BYTES} MB; is this the right file?</source>
        <translation>حجمه {size:.1f} ميغابايت: لا يتجاوز ملف الخطة {MAX_PLAN_BYTES} ميغابايت؛ هل هذا هو الملف الصحيح؟</translation>
    </message>
    <message>
        <source>it has {found}</source>
        <translation>فيه {found}</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>kept {count} event of meetings no longer in the plan ({ids}): publish with --prune to remove them</source>
        <translation>أُبقي على حدث ({count}) لاجتماعات لم تعد في الخطة ({ids}): انشر مع --prune لحذفه</translation>
    </message>
    <message>
        <source>kept {count} events of meetings no longer in the plan ({ids}): publish with --prune to remove them</source>
        <translation>أُبقي على أحداث ({count}) لاجتماعات لم تعد في الخطة ({ids}): انشر مع --prune لحذفها</translation>
    </message>
    <message>
        <source>kind is missing: add kind = &quot;realtime&quot; or kind = &quot;async&quot;</source>
        <translation>kind مفقود: أضف kind = &quot;realtime&quot; أو kind = &quot;async&quot;</translation>
    </message>
    <message>
        <source>kind must be &quot;realtime&quot; or &quot;async&quot;, not {kind!r}</source>
        <translation>يجب أن يكون kind إما &quot;realtime&quot; أو &quot;async&quot;، لا {kind!r}</translation>
    </message>
    <message>
        <source>left out {count} one-off meeting that a holiday or day off skips: {listed}</source>
        <translation>استُبعد اجتماع لمرة واحدة ({count}) تتخطاه عطلة رسمية أو يوم عطلة: {listed}</translation>
    </message>
    <message>
        <source>left out {count} one-off meetings that a holiday or day off skips: {listed}</source>
        <translation>استُبعدت اجتماعات لمرة واحدة ({count}) تتخطاها عطلة رسمية أو يوم عطلة: {listed}</translation>
    </message>
    <message>
        <source>max_occupancy_percent must be more than 0 and at most 100</source>
        <translation>يجب أن يكون max_occupancy_percent أكبر من 0 وبحد أقصى 100</translation>
    </message>
    <message>
        <source>max_reply_hours must be more than 0</source>
        <translation>يجب أن يكون max_reply_hours أكبر من 0</translation>
    </message>
    <message>
        <source>meeting &quot;{id}&quot; is skipped ({reason}): nothing to export; move it, or set skip_holidays = false to hold it anyway</source>
        <translation>الاجتماع &quot;{id}&quot; متخطّى ({reason}): لا شيء للتصدير؛ انقله، أو اضبط skip_holidays = false لعقده على أي حال</translation>
    </message>
    <message>
        <source>meeting &quot;{value}&quot;</source>
        <translation>الاجتماع &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>min_coverage_percent must be between 0 and 100</source>
        <translation>يجب أن يكون min_coverage_percent بين 0 و100</translation>
    </message>
    <message>
        <source>min_overlap_minutes must be 0 or more</source>
        <translation>يجب أن يكون min_overlap_minutes صفرًا أو أكثر</translation>
    </message>
    <message>
        <source>moved &quot;{key}&quot; = {start!r} is not a local date and time: write &quot;YYYY-MM-DDTHH:MM&quot;</source>
        <translation>moved &quot;{key}&quot; = {start!r} ليس تاريخًا ووقتًا محليين: اكتب &quot;YYYY-MM-DDTHH:MM&quot;</translation>
    </message>
    <message>
        <source>moved applies to a repeating meeting: change the start of a one-off instead</source>
        <translation>ينطبق moved على اجتماع متكرر: غيّر بداية الاجتماع لمرة واحدة بدلًا من ذلك</translation>
    </message>
    <message>
        <source>moved must be a table such as {{ &quot;2027-03-09&quot; = &quot;2027-03-10T11:00&quot; }}</source>
        <translation>يجب أن يكون moved جدولًا مثل {{ &quot;2027-03-09&quot; = &quot;2027-03-10T11:00&quot; }}</translation>
    </message>
    <message>
        <source>moved names an occurrence twice: name each date once</source>
        <translation>يذكر moved تكرارًا مرتين: اذكر كل تاريخ مرة واحدة</translation>
    </message>
    <message>
        <source>moved {original} is not a date of the series ({shown}, ...): name the date the occurrence had before it was moved</source>
        <translation>moved {original} ليس تاريخًا من السلسلة ({shown}، ...): اذكر التاريخ الذي كان للتكرار قبل نقله</translation>
    </message>
    <message>
        <source>no [[team]] table and no `format = {FORMAT}`: is this a plan? ({has}; a plan starts with `format = {FORMAT}` and lists its teams as [[team]] tables)</source>
        <translation>لا يوجد جدول [[team]] ولا `format = {FORMAT}`: هل هذه خطة؟ ({has}؛ تبدأ الخطة بـ `format = {FORMAT}` وتسرد فرقها كجداول [[team]])</translation>
    </message>
    <message>
        <source>no password for {key} ({missing}): pass --password-env VAR with the password in that variable, or run in a terminal to be asked</source>
        <translation>لا توجد كلمة مرور لـ {key} ({missing}): مرّر --password-env VAR مع كلمة المرور في ذلك المتغير، أو شغّله في طرفية ليطلبها منك</translation>
    </message>
    <message>
        <source>no password for {key}: pass --password-env VAR with the password in that variable, store it in the system keyring (keyring set {KEYRING_SERVICE} &quot;{key}&quot;), or run in a terminal to be asked</source>
        <translation>لا توجد كلمة مرور لـ {key}: مرّر --password-env VAR مع كلمة المرور في ذلك المتغير، أو احفظها في سلسلة مفاتيح النظام (keyring set {KEYRING_SERVICE} &quot;{key}&quot;)، أو شغّله في طرفية ليطلبها منك</translation>
    </message>
    <message>
        <source>no password given for {key}</source>
        <translation>لم تُعطَ كلمة مرور لـ {key}</translation>
    </message>
    <message>
        <source>no roster found within {time_limit:g} seconds: shorten the range</source>
        <translation>لم يُعثر على جدول مناوبات خلال {time_limit:g} ثانية: قصّر المدة</translation>
    </message>
    <message>
        <source>no such file: check the path</source>
        <translation>لا يوجد ملف كهذا: تحقق من المسار</translation>
    </message>
    <message>
        <source>nothing to publish: the plan has no meetings</source>
        <translation>لا شيء للنشر: ليس في الخطة اجتماعات</translation>
    </message>
    <message>
        <source>off this date (one-day change)</source>
        <translation>عطلة في هذا التاريخ (تغيير ليوم واحد)</translation>
    </message>
    <message>
        <source>ordinal {ordinal} must be 1 to 5 or -1 to -5</source>
        <translation>يجب أن يكون الترتيب {ordinal} من 1 إلى 5 أو من -1 إلى -5</translation>
    </message>
    <message>
        <source>put the user name in --user and the password in --password-env, not in the URL</source>
        <translation>ضع اسم المستخدم في --user وكلمة المرور في --password-env، لا في العنوان</translation>
    </message>
    <message>
        <source>reminder_minutes must be between 0 and 10080 (a week)</source>
        <translation>يجب أن يكون reminder_minutes بين 0 و10080 (أسبوع)</translation>
    </message>
    <message>
        <source>removed: {ids}</source>
        <translation>حُذف: {ids}</translation>
    </message>
    <message>
        <source>repeat byday must be a list such as [&quot;TU&quot;]</source>
        <translation>يجب أن يكون repeat byday قائمة مثل [&quot;TU&quot;]</translation>
    </message>
    <message>
        <source>repeat byday names a day twice</source>
        <translation>يذكر repeat byday يومًا مرتين</translation>
    </message>
    <message>
        <source>repeat count must be from 1 to {MAX_COUNT}</source>
        <translation>يجب أن يكون repeat count من 1 إلى {MAX_COUNT}</translation>
    </message>
    <message>
        <source>repeat count {count} runs past {LAST_YEAR}: occurrence {number} would be on {occurrence:%Y-%m-%d}, and the planner handles dates up to {LAST_YEAR}; use a smaller count or interval</source>
        <translation>repeat count {count} يتجاوز {LAST_YEAR}: سيقع التكرار {number} في {occurrence:%Y-%m-%d}، والمخطِّط يتعامل مع التواريخ حتى {LAST_YEAR}؛ استخدم count أو interval أصغر</translation>
    </message>
    <message>
        <source>repeat freq must be &quot;daily&quot;, &quot;weekly&quot; or &quot;monthly&quot; in quotes</source>
        <translation>يجب أن يكون repeat freq إما &quot;daily&quot; أو &quot;weekly&quot; أو &quot;monthly&quot; بين علامتي اقتباس</translation>
    </message>
    <message>
        <source>repeat freq must be &quot;daily&quot;, &quot;weekly&quot; or &quot;monthly&quot;, not {freq!r}</source>
        <translation>يجب أن يكون repeat freq إما &quot;daily&quot; أو &quot;weekly&quot; أو &quot;monthly&quot;، لا {freq!r}</translation>
    </message>
    <message>
        <source>repeat interval must be a whole number from 1 to {MAX_INTERVAL}</source>
        <translation>يجب أن يكون repeat interval عددًا صحيحًا من 1 إلى {MAX_INTERVAL}</translation>
    </message>
    <message>
        <source>repeat must be a table such as {{ freq = &quot;weekly&quot;, byday = [&quot;TU&quot;] }}</source>
        <translation>يجب أن يكون repeat جدولًا مثل {{ freq = &quot;weekly&quot;, byday = [&quot;TU&quot;] }}</translation>
    </message>
    <message>
        <source>repeat needs freq = &quot;daily&quot;, &quot;weekly&quot; or &quot;monthly&quot;</source>
        <translation>يحتاج repeat إلى freq = &quot;daily&quot; أو &quot;weekly&quot; أو &quot;monthly&quot;</translation>
    </message>
    <message>
        <source>repeat takes either until or count, not both</source>
        <translation>يقبل repeat إما until أو count، لا كليهما</translation>
    </message>
    <message>
        <source>repeat until {until} is before the start {start_date}</source>
        <translation>repeat until {until} يسبق البداية {start_date}</translation>
    </message>
    <message>
        <source>repeats {what} {format_clock}, first given on line {seen}: give each interval once</source>
        <translation>يكرر {what} {format_clock}، المعطى أولًا في السطر {seen}: أعطِ كل فترة مرة واحدة</translation>
    </message>
    <message>
        <source>reply_within_hours is for async roles: remove it</source>
        <translation>reply_within_hours مخصص للأدوار غير الآنية: احذفه</translation>
    </message>
    <message>
        <source>reply_within_hours must be more than 0 (vendor working hours)</source>
        <translation>يجب أن يكون reply_within_hours أكبر من 0 (ساعات عمل المورّد)</translation>
    </message>
    <message>
        <source>role &quot;{value}&quot;</source>
        <translation>الدور &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>service_level {self}: the percent must be more than 0 and less than 100</source>
        <translation>service_level {self}: يجب أن تكون النسبة أكبر من 0 وأقل من 100</translation>
    </message>
    <message>
        <source>service_level {self}: the seconds must be 0 to 3600</source>
        <translation>service_level {self}: يجب أن تكون الثواني من 0 إلى 3600</translation>
    </message>
    <message>
        <source>service_level {text!r} is not of the form &quot;PERCENT/SECONDS&quot; (e.g. &quot;80/20&quot;: 80% of contacts answered within 20 seconds)</source>
        <translation>service_level {text!r} ليس بالشكل &quot;PERCENT/SECONDS&quot; (مثل &quot;80/20&quot;: الرد على 80% من الاتصالات خلال 20 ثانية)</translation>
    </message>
    <message>
        <source>shift &quot;{self}&quot; starts and ends at the same time: for a whole day write &quot;00:00-24:00&quot;</source>
        <translation>الوردية &quot;{self}&quot; تبدأ وتنتهي في الوقت نفسه: ليوم كامل اكتب &quot;00:00-24:00&quot;</translation>
    </message>
    <message>
        <source>shift lengths must be at least one interval and less than 24 hours</source>
        <translation>يجب أن تكون مدة الوردية فترة واحدة على الأقل وأقل من 24 ساعة</translation>
    </message>
    <message>
        <source>shift {text!r} is not of the form &quot;HH:MM-HH:MM&quot; (e.g. &quot;09:00-17:00&quot;)</source>
        <translation>الوردية {text!r} ليست بالشكل &quot;HH:MM-HH:MM&quot; (مثل &quot;09:00-17:00&quot;)</translation>
    </message>
    <message>
        <source>shrinkage_percent must be 0 or more and less than 100</source>
        <translation>يجب أن يكون shrinkage_percent صفرًا أو أكثر وأقل من 100</translation>
    </message>
    <message>
        <source>side must be &quot;client&quot; or &quot;vendor&quot;, not {side!r}</source>
        <translation>يجب أن يكون side إما &quot;client&quot; أو &quot;vendor&quot;، لا {side!r}</translation>
    </message>
    <message>
        <source>skip_holidays must be true or false</source>
        <translation>يجب أن يكون skip_holidays إما true أو false</translation>
    </message>
    <message>
        <source>start is a local wall time in the meeting&apos;s zone, without offset</source>
        <translation>start وقت محلي في منطقة الاجتماع، دون إزاحة</translation>
    </message>
    <message>
        <source>start is missing: add start = &quot;2027-01-05T10:00&quot;</source>
        <translation>start مفقود: أضف start = &quot;2027-01-05T10:00&quot;</translation>
    </message>
    <message>
        <source>start is wall time in the meeting&apos;s zone: write it without an offset</source>
        <translation>start وقت محلي في منطقة الاجتماع: اكتبه دون إزاحة</translation>
    </message>
    <message>
        <source>start {first:%Y-%m-%dT%H:%M} ({ICAL_WEEKDAYS}) is not an occurrence of repeat {freq} on {days}: set start to the first occurrence{advice}</source>
        <translation>start {first:%Y-%m-%dT%H:%M} ({ICAL_WEEKDAYS}) ليس تكرارًا لـ repeat {freq} في {days}: اضبط start على أول تكرار{advice}</translation>
    </message>
    <message>
        <source>start {value!r} is not a local date and time: write &quot;YYYY-MM-DDTHH:MM&quot;</source>
        <translation>start {value!r} ليس تاريخًا ووقتًا محليين: اكتب &quot;YYYY-MM-DDTHH:MM&quot;</translation>
    </message>
    <message>
        <source>team &quot;{host_id}&quot; has no working day within a year of {first}</source>
        <translation>الفريق &quot;{host_id}&quot; ليس له يوم عمل خلال سنة من {first}</translation>
    </message>
    <message>
        <source>team &quot;{name}&quot; is a {found}, but {key} needs a {side} team</source>
        <translation>الفريق &quot;{name}&quot; من نوع {found}، لكن {key} يحتاج إلى فريق من نوع {side}</translation>
    </message>
    <message>
        <source>team &quot;{team_id}&quot; has no working hours: give it hours before planning a kickoff</source>
        <translation>الفريق &quot;{team_id}&quot; ليس له ساعات عمل: حدد ساعاته قبل التخطيط لاجتماع انطلاق</translation>
    </message>
    <message>
        <source>team &quot;{twice}&quot; is named twice: name each team once</source>
        <translation>الفريق &quot;{twice}&quot; مذكور مرتين: اذكر كل فريق مرة واحدة</translation>
    </message>
    <message>
        <source>team &quot;{value}&quot;</source>
        <translation>الفريق &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>teams is missing: add teams = [&quot;hq&quot;, &quot;mnl&quot;]</source>
        <translation>teams مفقود: أضف teams = [&quot;hq&quot;, &quot;mnl&quot;]</translation>
    </message>
    <message>
        <source>teams must be a list of team ids: [&quot;hq&quot;, &quot;mnl&quot;]</source>
        <translation>يجب أن يكون teams قائمة معرّفات فرق: [&quot;hq&quot;, &quot;mnl&quot;]</translation>
    </message>
    <message>
        <source>the calendar name is empty: give one with --calendar</source>
        <translation>اسم التقويم فارغ: حدده بـ --calendar</translation>
    </message>
    <message>
        <source>the duration must be 1 to 1440 minutes, not {duration_minutes}</source>
        <translation>يجب أن تكون المدة من 1 إلى 1440 دقيقة، لا {duration_minutes}</translation>
    </message>
    <message>
        <source>the holidays package has no public holidays of {code} for {shown} ({detail}): they count as working days; add the ones that matter as days_off</source>
        <translation>ليس في حزمة holidays عطلات رسمية لـ {code} في {shown} ({detail}): تُحسب أيام عمل؛ أضف المهم منها في days_off</translation>
    </message>
    <message>
        <source>the holidays package has only some public holidays of {code} for {shown} ({detail}): add the missing ones as days_off</source>
        <translation>في حزمة holidays بعض العطلات الرسمية فقط لـ {code} في {shown} ({detail}): أضف الناقص منها في days_off</translation>
    </message>
    <message>
        <source>the key &quot;{duplicate}&quot; is set twice in the same table: keep one of them</source>
        <translation>المفتاح &quot;{duplicate}&quot; مضبوط مرتين في الجدول نفسه: أبقِ واحدًا منهما</translation>
    </message>
    <message>
        <source>the key {named}is set twice in the same table: keep one of them</source>
        <translation>المفتاح {named}مضبوط مرتين في الجدول نفسه: أبقِ واحدًا منهما</translation>
    </message>
    <message>
        <source>the kickoff looks 1 to {MAX_WORKING_DAYS} working days ahead, not {count}</source>
        <translation>ينظر اجتماع الانطلاق من 1 إلى {MAX_WORKING_DAYS} يوم عمل قادمًا، لا {count}</translation>
    </message>
    <message>
        <source>the path is empty: name a file, e.g. contacts.csv beside the plan</source>
        <translation>المسار فارغ: اذكر ملفًا، مثل contacts.csv بجانب الخطة</translation>
    </message>
    <message>
        <source>the place index {path} cannot be read ({reason}): reinstall Overlap Planner</source>
        <translation>تعذّرت قراءة فهرس الأماكن {path} ({reason}): أعد تثبيت Overlap Planner</translation>
    </message>
    <message>
        <source>the place names {path} cannot be read ({reason}): reinstall Overlap Planner</source>
        <translation>تعذّرت قراءة أسماء الأماكن {path} ({reason}): أعد تثبيت Overlap Planner</translation>
    </message>
    <message>
        <source>the plan has no meetings to export: add a [[meeting]] first</source>
        <translation>ليس في الخطة اجتماعات للتصدير: أضف [[meeting]] أولًا</translation>
    </message>
    <message>
        <source>the series has no occurrence on {series_day}</source>
        <translation>ليس للسلسلة تكرار في {series_day}</translation>
    </message>
    <message>
        <source>the step must divide a day into whole steps, not {step_minutes} minutes</source>
        <translation>يجب أن تقسم الخطوة اليوم إلى خطوات كاملة، لا {step_minutes} دقيقة</translation>
    </message>
    <message>
        <source>the table [{name}] is declared twice: merge them into one</source>
        <translation>الجدول [{name}] مُعرَّف مرتين: ادمجهما في جدول واحد</translation>
    </message>
    <message>
        <source>the user name is empty: give it with --user</source>
        <translation>اسم المستخدم فارغ: حدده بـ --user</translation>
    </message>
    <message>
        <source>there is no shift to work overtime on: give the hours instead</source>
        <translation>لا توجد وردية للعمل الإضافي فيها: حدد الساعات بدلًا من ذلك</translation>
    </message>
    <message>
        <source>there is no shift {old} on that day to change</source>
        <translation>لا توجد وردية {old} في ذلك اليوم لتغييرها</translation>
    </message>
    <message>
        <source>this line holds more than one value, or a value TOML does not know: write one key = value per line, with text in quotes (e.g. start = &quot;2027-01-05T10:00&quot;)</source>
        <translation>يحتوي هذا السطر على أكثر من قيمة، أو على قيمة لا يعرفها TOML: اكتب key = value واحدًا في كل سطر، والنص بين علامتي اقتباس (مثل start = &quot;2027-01-05T10:00&quot;)</translation>
    </message>
    <message>
        <source>this line is not TOML: write key = value, or a table header such as [[team]]</source>
        <translation>هذا السطر ليس TOML: اكتب key = value، أو رأس جدول مثل [[team]]</translation>
    </message>
    <message>
        <source>time &quot;{text}&quot; has seconds: intervals start on whole minutes</source>
        <translation>الوقت &quot;{text}&quot; فيه ثوانٍ: تبدأ الفترات عند دقائق كاملة</translation>
    </message>
    <message>
        <source>time &quot;{text}&quot; is not a time of day (00:00 to 23:59)</source>
        <translation>الوقت &quot;{text}&quot; ليس وقتًا من اليوم (00:00 إلى 23:59)</translation>
    </message>
    <message>
        <source>time &quot;{text}&quot; is not a time of day (1:00 to 12:59 with AM/PM)</source>
        <translation>الوقت &quot;{text}&quot; ليس وقتًا من اليوم (1:00 إلى 12:59 مع AM/PM)</translation>
    </message>
    <message>
        <source>time &quot;{text}&quot; is not a time of day: write HH:MM, e.g. &quot;09:30&quot;</source>
        <translation>الوقت &quot;{text}&quot; ليس وقتًا من اليوم: اكتب HH:MM، مثل &quot;09:30&quot;</translation>
    </message>
    <message>
        <source>time {format_clock} is not on the {interval_minutes}-minute grid of interval_minutes: give the start of each interval ({format_clock2}, {format_clock3}, ...)</source>
        <translation>الوقت {format_clock} ليس على شبكة الـ {interval_minutes} دقيقة في interval_minutes: أعطِ بداية كل فترة ({format_clock2}، {format_clock3}، ...)</translation>
    </message>
    <message>
        <source>unknown holiday country &quot;{code}&quot;{hint}: use an ISO 3166 country code such as &quot;US&quot;, &quot;PH&quot; or &quot;IN&quot;, optionally with a subdivision: &quot;US-NY&quot;</source>
        <translation>بلد عطلات غير معروف &quot;{code}&quot;{hint}: استخدم رمز بلد ISO 3166 مثل &quot;US&quot; أو &quot;PH&quot; أو &quot;IN&quot;، مع تقسيم فرعي اختياريًا: &quot;US-NY&quot;</translation>
    </message>
    <message>
        <source>unknown key &quot;{key}&quot;{hint} in repeat</source>
        <translation>مفتاح غير معروف &quot;{key}&quot;{hint} في repeat</translation>
    </message>
    <message>
        <source>unknown key &quot;{key}&quot;{hint}: it is kept when the plan is saved, but not used</source>
        <translation>مفتاح غير معروف &quot;{key}&quot;{hint}: يُحتفظ به عند حفظ الخطة، لكنه لا يُستخدم</translation>
    </message>
    <message>
        <source>unknown meeting &quot;{meeting_id}&quot;</source>
        <translation>اجتماع غير معروف &quot;{meeting_id}&quot;</translation>
    </message>
    <message>
        <source>unknown meeting &quot;{unknown}&quot;: the plan&apos;s meetings are {listed}</source>
        <translation>اجتماع غير معروف &quot;{unknown}&quot;: اجتماعات الخطة هي {listed}</translation>
    </message>
    <message>
        <source>unknown preset &quot;{label}&quot;: use one of {items}</source>
        <translation>إعداد مسبق غير معروف &quot;{label}&quot;: استخدم واحدًا من {items}</translation>
    </message>
    <message>
        <source>unknown role &quot;{role_id}&quot;</source>
        <translation>دور غير معروف &quot;{role_id}&quot;</translation>
    </message>
    <message>
        <source>unknown team &quot;{item_id}&quot;</source>
        <translation>فريق غير معروف &quot;{item_id}&quot;</translation>
    </message>
    <message>
        <source>unknown team &quot;{name}&quot;{hint}</source>
        <translation>فريق غير معروف &quot;{name}&quot;{hint}</translation>
    </message>
    <message>
        <source>unknown team &quot;{name}&quot;{hint}: the plan has {value}</source>
        <translation>فريق غير معروف &quot;{name}&quot;{hint}: في الخطة {value}</translation>
    </message>
    <message>
        <source>unknown team &quot;{team_id}&quot;</source>
        <translation>فريق غير معروف &quot;{team_id}&quot;</translation>
    </message>
    <message>
        <source>unknown time zone &quot;{name}&quot;{advice}</source>
        <translation>منطقة زمنية غير معروفة &quot;{name}&quot;{advice}</translation>
    </message>
    <message>
        <source>updated: {ids}</source>
        <translation>حُدّث: {ids}</translation>
    </message>
    <message>
        <source>url holds a line break or control character ({shown}): write the address on one line</source>
        <translation>يحتوي url على فاصل أسطر أو حرف تحكم ({shown}): اكتب العنوان على سطر واحد</translation>
    </message>
    <message>
        <source>weekday index {weekday} is not 0 (MO) to 6 (SU)</source>
        <translation>فهرس اليوم {weekday} ليس من 0 (MO) إلى 6 (SU)</translation>
    </message>
    <message>
        <source>weekday {weekday} is not 0 (Monday) to 6 (Sunday)</source>
        <translation>اليوم {weekday} ليس من 0 (الإثنين) إلى 6 (الأحد)</translation>
    </message>
    <message>
        <source>weekly hours need exactly seven days</source>
        <translation>تحتاج الساعات الأسبوعية إلى سبعة أيام بالضبط</translation>
    </message>
    <message>
        <source>write each {section} as [[{section}]], not [{section}]</source>
        <translation>اكتب كل {section} بالشكل [[{section}]]، لا [{section}]</translation>
    </message>
    <message>
        <source>{count} meeting</source>
        <translation>اجتماعات: {count}</translation>
    </message>
    <message>
        <source>{count} meetings</source>
        <translation>اجتماعات: {count}</translation>
    </message>
    <message>
        <source>{host} is addressed with http://, which would send the password unencrypted, readable by anyone on the network: use https://, or pass --allow-insecure-http if you trust every network in between</source>
        <translation>يُخاطَب {host} بـ http://، مما يرسل كلمة المرور دون تشفير، فيقرؤها أي شخص على الشبكة: استخدم https://، أو مرّر --allow-insecure-http إن كنت تثق بكل شبكة بينهما</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} س {minutes:02d} د</translation>
    </message>
    <message>
        <source>{key} is missing: add {key} = &quot;&lt;team id&gt;&quot;</source>
        <translation>{key} مفقود: أضف {key} = &quot;&lt;معرّف الفريق&gt;&quot;</translation>
    </message>
    <message>
        <source>{key} is missing: {hint}</source>
        <translation>{key} مفقود: {hint}</translation>
    </message>
    <message>
        <source>{key} must be a date (YYYY-MM-DD), not a date and time</source>
        <translation>يجب أن يكون {key} تاريخًا (YYYY-MM-DD)، لا تاريخًا ووقتًا</translation>
    </message>
    <message>
        <source>{key} must be a finite number, not {value!r}</source>
        <translation>يجب أن يكون {key} رقمًا منتهيًا، لا {value!r}</translation>
    </message>
    <message>
        <source>{key} must be a number such as 24, not {value}</source>
        <translation>يجب أن يكون {key} رقمًا مثل 24، لا {value}</translation>
    </message>
    <message>
        <source>{key} must be a number, not {value}</source>
        <translation>يجب أن يكون {key} رقمًا، لا {value}</translation>
    </message>
    <message>
        <source>{key} must be a string in quotes</source>
        <translation>يجب أن يكون {key} نصًا بين علامتي اقتباس</translation>
    </message>
    <message>
        <source>{key} must be a team id in quotes</source>
        <translation>يجب أن يكون {key} معرّف فريق بين علامتي اقتباس</translation>
    </message>
    <message>
        <source>{key} must be a whole number, not {value}</source>
        <translation>يجب أن يكون {key} عددًا صحيحًا، لا {value}</translation>
    </message>
    <message>
        <source>{key} must be more than {above}, not {value}</source>
        <translation>يجب أن يكون {key} أكبر من {above}، لا {value}</translation>
    </message>
    <message>
        <source>{key} must be {high} or less, not {shown}</source>
        <translation>يجب أن يكون {key} {high} أو أقل، لا {shown}</translation>
    </message>
    <message>
        <source>{key} must be {kind} from {low} to {high}, not {shown}</source>
        <translation>يجب أن يكون {key} {kind} من {low} إلى {high}، لا {shown}</translation>
    </message>
    <message>
        <source>{key} must be {low} or more, not {shown}</source>
        <translation>يجب أن يكون {key} {low} أو أكثر، لا {shown}</translation>
    </message>
    <message>
        <source>{key} {value!r} is not a date: write &quot;YYYY-MM-DD&quot;, e.g. &quot;2027-07-05&quot;</source>
        <translation>{key} {value!r} ليس تاريخًا: اكتب &quot;YYYY-MM-DD&quot;، مثل &quot;2027-07-05&quot;</translation>
    </message>
    <message>
        <source>{kind} id &quot;{item_id}&quot; is already used: choose another id</source>
        <translation>معرّف {kind} &quot;{item_id}&quot; مستخدم بالفعل: اختر معرّفًا آخر</translation>
    </message>
    <message>
        <source>{message} (in demand)</source>
        <translation>{message} (في demand)</translation>
    </message>
    <message>
        <source>{section} must be a list of [[{section}]] tables</source>
        <translation>يجب أن يكون {section} قائمة جداول [[{section}]]</translation>
    </message>
    <message>
        <source>{vendor} is {hours} ahead of {client} (usually {usual}): a clock-change week</source>
        <translation>{vendor} يسبق {client} بـ {hours} (عادةً {usual}): أسبوع تغيير الساعة</translation>
    </message>
    <message>
        <source>{vendor} is {hours} behind {client} (usually {usual}): a clock-change week</source>
        <translation>{vendor} يتأخر عن {client} بـ {hours} (عادةً {usual}): أسبوع تغيير الساعة</translation>
    </message>
    <message>
        <source>{what} id {value!r} is not valid: use lower-case letters, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit (e.g. &quot;mnl&quot;)</source>
        <translation>معرّف {what} {value!r} غير صالح: استخدم أحرفًا لاتينية صغيرة وأرقامًا و&apos;-&apos; و&apos;_&apos;، مبتدئًا بحرف أو رقم (مثل &quot;mnl&quot;)</translation>
    </message>
    <message>
        <source>{what} {isoformat} is outside the years {FIRST_YEAR} to {LAST_YEAR} that the planner handles</source>
        <translation>{what} {isoformat} خارج السنوات {FIRST_YEAR} إلى {LAST_YEAR} التي يتعامل معها المخطِّط</translation>
    </message>
    <message>
        <source>{where} must be a whole number of people, not {value!r}</source>
        <translation>يجب أن يكون {where} عددًا صحيحًا من الأشخاص، لا {value!r}</translation>
    </message>
    <message>
        <source>{where} must be between 1 and {MAX_AGENTS:,} (remove the shift instead of 0)</source>
        <translation>يجب أن يكون {where} بين 1 و{MAX_AGENTS:,} (احذف الوردية بدلًا من 0)</translation>
    </message>
    <message>
        <source>{zone} went back to {name} ({offset})</source>
        <translation>أُرجعت الساعة في {zone} إلى {name} ({offset})</translation>
    </message>
    <message>
        <source>{zone} went forward to {name} ({offset})</source>
        <translation>قُدِّمت الساعة في {zone} إلى {name} ({offset})</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>No contacts</source>
        <translation>لا اتصالات</translation>
    </message>
    <message>
        <source>Week profile of contacts and agents required</source>
        <translation>الملف الأسبوعي للاتصالات والموظفين المطلوبين</translation>
    </message>
    <message>
        <source>agents required (line), max {agents}</source>
        <translation>الموظفون المطلوبون (خط)، الأقصى {agents}</translation>
    </message>
    <message>
        <source>contacts (bars), max {most}</source>
        <translation>الاتصالات (أعمدة)، الأقصى {most}</translation>
    </message>
    <message>
        <source>{total} contacts a week; busiest interval {most} contacts; at most {agents} agents required</source>
        <translation>{total} اتصال أسبوعيًا؛ أكثر الفواصل ازدحامًا {most} اتصال؛ المطلوب {agents} موظفين على الأكثر</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <source>Display zone</source>
        <translation>منطقة العرض</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message numerus="yes">
        <source>%n meeting(s) will be sent; publishing again updates them.</source>
        <translation>
            <numerusform>سيُرسَل %n اجتماع؛ والنشر مرة أخرى يحدّثها.</numerusform>
            <numerusform>سيُرسَل اجتماع واحد؛ والنشر مرة أخرى يحدّثه.</numerusform>
            <numerusform>سيُرسَل اجتماعان؛ والنشر مرة أخرى يحدّثهما.</numerusform>
            <numerusform>ستُرسَل %n اجتماعات؛ والنشر مرة أخرى يحدّثها.</numerusform>
            <numerusform>سيُرسَل %n اجتماعًا؛ والنشر مرة أخرى يحدّثها.</numerusform>
            <numerusform>سيُرسَل %n اجتماع؛ والنشر مرة أخرى يحدّثها.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;التقويم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;نشر</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;اسم المستخدم:</translation>
    </message>
    <message>
        <source>Enter the password ({reason}).</source>
        <translation>أدخل كلمة المرور ({reason}).</translation>
    </message>
    <message>
        <source>Enter the password: the system keyring has none for {user} on this server.</source>
        <translation>أدخل كلمة المرور: لا تحوي سلسلة مفاتيح النظام كلمة مرور لـ {user} على هذا الخادم.</translation>
    </message>
    <message>
        <source>Enter the server address (https://...).</source>
        <translation>أدخل عنوان الخادم (https://...).</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>أدخل اسم المستخدم.</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>لم يُنشر</translation>
    </message>
    <message>
        <source>Not sent: the address uses http://, which would send the password unencrypted. Use https://, or confirm that you trust the network.</source>
        <translation>لم يُرسَل: يستخدم العنوان http://، مما يرسل كلمة المرور دون تشفير. استخدم https:// أو أكّد أنك تثق بالشبكة.</translation>
    </message>
    <message>
        <source>Publish to a CalDAV calendar</source>
        <translation>النشر في تقويم CalDAV</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>نُشر</translation>
    </message>
    <message>
        <source>Publishing progress</source>
        <translation>تقدّم النشر</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>جارٍ النشر…</translation>
    </message>
    <message>
        <source>Remove the events of meetings no longer in the plan</source>
        <translation>إزالة أحداث الاجتماعات التي لم تعد في الخطة</translation>
    </message>
    <message>
        <source>Send the password unencrypted?</source>
        <translation>هل تريد إرسال كلمة المرور دون تشفير؟</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;عنوان الخادم:</translation>
    </message>
    <message>
        <source>The address uses http://, so the password for {host} would travel unencrypted: anyone on the network could read it.

Send it anyway?</source>
        <translation>يستخدم العنوان http://، لذا ستنتقل كلمة المرور الخاصة بـ {host} دون تشفير: يمكن لأي شخص على الشبكة قراءتها.

هل تريد إرسالها على أي حال؟</translation>
    </message>
    <message>
        <source>The password is used for this publish only and is never saved.</source>
        <translation>تُستخدم كلمة المرور لهذا النشر فقط ولا تُحفظ أبدًا.</translation>
    </message>
    <message>
        <source>Warning: http:// sends the password unencrypted to {host}; anyone on the network could read it. Use https:// if the server offers it.</source>
        <translation>تحذير: يرسل http:// كلمة المرور دون تشفير إلى {host}؛ يمكن لأي شخص على الشبكة قراءتها. استخدم https:// إن كان الخادم يدعمه.</translation>
    </message>
    <message>
        <source>empty: use the system keyring</source>
        <translation>فارغة: استخدام سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <source>required ({reason})</source>
        <translation>مطلوبة ({reason})</translation>
    </message>
</context>
<context>
    <name>RepeatEditor</name>
    <message>
        <source> day(s)</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> شهر</translation>
    </message>
    <message>
        <source> times</source>
        <translation> مرات</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> أسبوع</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;ينتهي:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;التواتر:</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;الفاصل:</translation>
    </message>
    <message>
        <source>&amp;Monthly:</source>
        <translation>&amp;شهريًا:</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>يوميًا</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>لا يتكرر</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>ينتهي</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>شهريًا</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Number of occurrences</source>
        <translation>عدد المواعيد</translation>
    </message>
    <message>
        <source>On &amp;days:</source>
        <translation>في &amp;الأيام:</translation>
    </message>
    <message>
        <source>On date</source>
        <translation>في تاريخ</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>Repeat frequency</source>
        <translation>تواتر التكرار</translation>
    </message>
    <message>
        <source>Repeat until</source>
        <translation>التكرار حتى</translation>
    </message>
    <message>
        <source>Week of the month</source>
        <translation>أسبوع الشهر</translation>
    </message>
    <message>
        <source>Weekday of the month</source>
        <translation>يوم الأسبوع في الشهر</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>أسبوعيًا</translation>
    </message>
    <message>
        <source>every </source>
        <translation>كل </translation>
    </message>
    <message>
        <source>first</source>
        <translation>الأول</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>الرابع</translation>
    </message>
    <message>
        <source>last</source>
        <translation>الأخير</translation>
    </message>
    <message>
        <source>on the</source>
        <translation>في</translation>
    </message>
    <message>
        <source>second</source>
        <translation>الثاني</translation>
    </message>
    <message>
        <source>third</source>
        <translation>الثالث</translation>
    </message>
</context>
<context>
    <name>RepeatWords</name>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>daily</source>
        <translation>يوميًا</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>كل %n يوم</numerusform>
            <numerusform>كل %n يوم</numerusform>
            <numerusform>كل %n يوم</numerusform>
            <numerusform>كل %n أيام</numerusform>
            <numerusform>كل %n يومًا</numerusform>
            <numerusform>كل %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>كل %n شهر</numerusform>
            <numerusform>كل %n شهر</numerusform>
            <numerusform>كل %n شهر</numerusform>
            <numerusform>كل %n أشهر</numerusform>
            <numerusform>كل %n شهرًا</numerusform>
            <numerusform>كل %n شهر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>كل %n أسبوع</numerusform>
            <numerusform>كل %n أسبوع</numerusform>
            <numerusform>كل %n أسبوع</numerusform>
            <numerusform>كل %n أسابيع</numerusform>
            <numerusform>كل %n أسبوعًا</numerusform>
            <numerusform>كل %n أسبوع</numerusform>
        </translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>شهريًا</translation>
    </message>
    <message>
        <source>one-off</source>
        <translation>مرة واحدة</translation>
    </message>
    <message>
        <source>the fifth {day}</source>
        <translation>خامس {day}</translation>
    </message>
    <message>
        <source>the first {day}</source>
        <translation>أول {day}</translation>
    </message>
    <message>
        <source>the fourth {day}</source>
        <translation>رابع {day}</translation>
    </message>
    <message>
        <source>the last {day}</source>
        <translation>آخر {day}</translation>
    </message>
    <message>
        <source>the second last {day}</source>
        <translation>{day} قبل الأخير</translation>
    </message>
    <message>
        <source>the second {day}</source>
        <translation>ثاني {day}</translation>
    </message>
    <message>
        <source>the third {day}</source>
        <translation>ثالث {day}</translation>
    </message>
    <message>
        <source>the {ordinal} {day}</source>
        <translation>{day} رقم {ordinal}</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>أسبوعيًا</translation>
    </message>
    <message>
        <source>{head} on weekdays</source>
        <translation>{head} من الاثنين إلى الجمعة</translation>
    </message>
    <message>
        <source>{head} on {days}</source>
        <translation>{head}: {days}</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} و{last}</translation>
    </message>
</context>
<context>
    <name>RoleDetails</name>
    <message>
        <source>&lt;b&gt;No shift closes these: plan holiday cover&lt;/b&gt; (right-click the vendor&apos;s row on that date, Change Only This Date): {days}.</source>
        <translation>&lt;b&gt;لا تسدها أي وردية: خطط لتغطية العطلات&lt;/b&gt; (انقر بالزر الأيمن على صف المورّد في ذلك التاريخ، ثم «تغيير هذا التاريخ فقط»): {days}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested {vendor} hours&lt;/b&gt; ({zone} local time): {hours}.&lt;br&gt;{checked}: coverage {before} → {after}%, closes {closed} of {gaps} gaps, never lowers coverage.</source>
        <translation>&lt;b&gt;الساعات المقترحة لـ {vendor}&lt;/b&gt; (التوقيت المحلي {zone}): {hours}.&lt;br&gt;{checked}: التغطية {before} ← {after}%، تسد {closed} من {gaps} فجوة، ولا تخفض التغطية أبدًا.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Uncovered client time&lt;/b&gt; ({zone}), by cause:</source>
        <translation>&lt;b&gt;وقت العميل غير المغطّى&lt;/b&gt; ({zone})، حسب السبب:</translation>
    </message>
    <message>
        <source>No suggested hours: every gap falls on a day off of {vendor}, which no weekly shift closes ({checked}, coverage {coverage}).</source>
        <translation>لا ساعات مقترحة: كل الفجوات تقع في أيام راحة {vendor}، ولا تسدها أي وردية أسبوعية ({checked}، التغطية {coverage}).</translation>
    </message>
    <message>
        <source>No suggested hours: nothing is uncovered ({checked}).</source>
        <translation>لا ساعات مقترحة: لا شيء غير مغطّى ({checked}).</translation>
    </message>
    <message>
        <source>No suggested hours: the current hours are already the best this shape allows ({checked}, coverage {coverage}).</source>
        <translation>لا ساعات مقترحة: الساعات الحالية هي الأفضل بالفعل في هذا الشكل ({checked}، التغطية {coverage}).</translation>
    </message>
    <message>
        <source>On {vendor}&apos;s working days (leaving out its holidays and days off): &lt;b&gt;{percent}%&lt;/b&gt;. The gaps are holidays, not hours.</source>
        <translation>في أيام عمل {vendor} (باستثناء عطلاته وأيام راحته): &lt;b&gt;{percent}%&lt;/b&gt;. الفجوات عطلات، لا ساعات.</translation>
    </message>
    <message>
        <source>On {vendor}&apos;s working days (leaving out its holidays and days off): &lt;b&gt;{percent}%&lt;/b&gt;. The gaps are partly hours.</source>
        <translation>في أيام عمل {vendor} (باستثناء عطلاته وأيام راحته): &lt;b&gt;{percent}%&lt;/b&gt;. الفجوات ترجع جزئيًا إلى الساعات.</translation>
    </message>
    <message>
        <source>Suggested hours are checked over a year once the drag ends.</source>
        <translation>تُفحص الساعات المقترحة على مدى سنة بعد انتهاء السحب.</translation>
    </message>
    <message numerus="yes">
        <source>That is %n shifts a day: %n people each working day.</source>
        <translation>
            <numerusform>أي %n وردية يوميًا: %n شخص في كل يوم عمل.</numerusform>
            <numerusform>أي وردية واحدة يوميًا: شخص واحد في كل يوم عمل.</numerusform>
            <numerusform>أي ورديتان يوميًا: شخصان في كل يوم عمل.</numerusform>
            <numerusform>أي %n ورديات يوميًا: %n أشخاص في كل يوم عمل.</numerusform>
            <numerusform>أي %n وردية يوميًا: %n شخصًا في كل يوم عمل.</numerusform>
            <numerusform>أي %n وردية يوميًا: %n شخص في كل يوم عمل.</numerusform>
        </translation>
    </message>
    <message>
        <source>a day the vendor never works</source>
        <translation>يوم لا يعمل فيه المورّد أبدًا</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>وواحد آخر</numerusform>
            <numerusform>واثنان آخران</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>checked over {start} to {end}</source>
        <translation>مفحوص من {start} إلى {end}</translation>
    </message>
    <message>
        <source>clock-change week</source>
        <translation>أسبوع تغيير الساعة</translation>
    </message>
    <message>
        <source>outside the vendor&apos;s hours</source>
        <translation>خارج ساعات المورّد</translation>
    </message>
    <message>
        <source>vendor holiday or day off</source>
        <translation>عطلة المورّد أو يوم راحته</translation>
    </message>
    <message>
        <source>{cause}: {reason}</source>
        <translation>{cause}: {reason}</translation>
    </message>
    <message>
        <source>{cause}: {reason} ({vendor}, {day})</source>
        <translation>{cause}: {reason} ({vendor}، {day})</translation>
    </message>
    <message>
        <source>{count} {cause}</source>
        <translation>{count} {cause}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} إلى {end}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… و%n أخرى</numerusform>
            <numerusform>… وواحد آخر</numerusform>
            <numerusform>… واثنان آخران</numerusform>
            <numerusform>… و%n أخرى</numerusform>
            <numerusform>… و%n أخرى</numerusform>
            <numerusform>… و%n أخرى</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message>
        <source> %</source>
        <comment>percent suffix</comment>
        <translation> %</translation>
    </message>
    <message>
        <source> h</source>
        <comment>hours suffix</comment>
        <translation> س</translation>
    </message>
    <message>
        <source> min per day</source>
        <translation> د يوميًا</translation>
    </message>
    <message>
        <source> working h</source>
        <translation> س عمل</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;العميل:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;المعرّف:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;النوع:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;المورّد:</translation>
    </message>
    <message>
        <source>A role needs a client team and a vendor team: add them first.</source>
        <translation>يحتاج الدور إلى فريق عميل وفريق مورّد: أضفهما أولًا.</translation>
    </message>
    <message>
        <source>Add Role</source>
        <translation>إضافة دور</translation>
    </message>
    <message>
        <source>Add role &quot;{name}&quot;</source>
        <translation>إضافة الدور «{name}»</translation>
    </message>
    <message>
        <source>Answer each message within this much of the vendor&apos;s working time (holidays applied); the backlog view reports the share answered in time</source>
        <translation>الرد على كل رسالة خلال هذا القدر من وقت عمل المورّد (مع احتساب العطلات)؛ يعرض عرض المتأخرات نسبة ما رُدّ عليه في الوقت</translation>
    </message>
    <message>
        <source>Async: some overlap for updates and a bounded reply wait (SEO, development)</source>
        <translation>غير متزامن: بعض التداخل للمستجدات وانتظار رد محدود (تحسين محركات البحث، التطوير)</translation>
    </message>
    <message>
        <source>Edit Role {name}</source>
        <translation>تعديل الدور {name}</translation>
    </message>
    <message>
        <source>Edit role &quot;{name}&quot;</source>
        <translation>تعديل الدور «{name}»</translation>
    </message>
    <message>
        <source>Longest &amp;reply wait:</source>
        <translation>أطول &amp;انتظار للرد:</translation>
    </message>
    <message>
        <source>Minimum &amp;coverage:</source>
        <translation>أدنى &amp;تغطية:</translation>
    </message>
    <message>
        <source>Minimum daily &amp;overlap:</source>
        <translation>أدنى &amp;تداخل يومي:</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>دور جديد</translation>
    </message>
    <message>
        <source>Real-time: the vendor works whenever the client works (support, live chat)</source>
        <translation>فوري: يعمل المورّد كلما عمل العميل (الدعم، الدردشة المباشرة)</translation>
    </message>
    <message>
        <source>Reply &amp;within:</source>
        <translation>الرد &amp;خلال:</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>بلا هدف</translation>
    </message>
    <message>
        <source>role</source>
        <translation>دور</translation>
    </message>
    <message>
        <source>the plan has no client team: add one first</source>
        <translation>لا يوجد في الخطة فريق عميل: أضف واحدًا أولًا</translation>
    </message>
    <message>
        <source>the plan has no vendor team: add one first</source>
        <translation>لا يوجد في الخطة فريق مورّد: أضف واحدًا أولًا</translation>
    </message>
</context>
<context>
    <name>RoleVerdicts</name>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n فجوة</numerusform>
            <numerusform>فجوة واحدة</numerusform>
            <numerusform>فجوتان</numerusform>
            <numerusform>%n فجوات</numerusform>
            <numerusform>%n فجوة</numerusform>
            <numerusform>%n فجوة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolesPanel</name>
    <message>
        <source>, {percent}% answered within {hours} working h</source>
        <translation>، {percent}% رُدّ عليها خلال {hours} س عمل</translation>
    </message>
    <message>
        <source>, {percent}% on the vendor&apos;s working days</source>
        <translation>، {percent}% في أيام عمل المورّد</translation>
    </message>
    <message>
        <source>; no contacts in this range</source>
        <translation>؛ لا اتصالات في هذه المدة</translation>
    </message>
    <message>
        <source>; service level {level}% (target {target}), {short} of {total} intervals understaffed</source>
        <translation>؛ مستوى الخدمة {level}% (الهدف {target})، {short} من {total} فاصلًا ينقصها موظفون</translation>
    </message>
    <message>
        <source>&lt;b&gt;Days below {minimum}&lt;/b&gt;:</source>
        <translation>&lt;b&gt;أيام أقل من {minimum}&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Staffing&lt;/b&gt; ({minutes}-minute intervals, target {target}, {handle} s handle time, {shrinkage}% shrinkage): service level &lt;b&gt;{level}&lt;/b&gt;; agent-hours required {required}, scheduled {scheduled}</source>
        <translation>&lt;b&gt;التوظيف&lt;/b&gt; (فواصل من {minutes} دقيقة، الهدف {target}، زمن المعالجة {handle} ث، الفاقد {shrinkage}%): مستوى الخدمة &lt;b&gt;{level}&lt;/b&gt;؛ ساعات الموظفين المطلوبة {required}، والمجدولة {scheduled}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Understaffed&lt;/b&gt; ({zone}):</source>
        <translation>&lt;b&gt;نقص في الموظفين&lt;/b&gt; ({zone}):</translation>
    </message>
    <message>
        <source>&lt;b&gt;{role}&lt;/b&gt;: {vendor} for {client}</source>
        <translation>&lt;b&gt;{role}&lt;/b&gt;: {vendor} لصالح {client}</translation>
    </message>
    <message>
        <source>Add Contact Demand…</source>
        <translation>إضافة طلب الاتصالات…</translation>
    </message>
    <message>
        <source>Add a role</source>
        <translation>إضافة دور</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Analysed range</source>
        <translation>المدة المحللة</translation>
    </message>
    <message>
        <source>Apply Suggested Hours</source>
        <translation>تطبيق الساعات المقترحة</translation>
    </message>
    <message>
        <source>Apply Suggested Hours to {vendor}</source>
        <translation>تطبيق الساعات المقترحة على {vendor}</translation>
    </message>
    <message>
        <source>Contact Demand and Roster…</source>
        <translation>طلب الاتصالات وجدول المناوبات…</translation>
    </message>
    <message>
        <source>Contacts per interval and the service level target of this real-time role; the agents it needs and a roster that has them</source>
        <translation>الاتصالات في كل فاصل وهدف مستوى الخدمة لهذا الدور الفوري؛ والموظفون الذين يحتاجهم وجدول مناوبات يوفرهم</translation>
    </message>
    <message>
        <source>Edit the selected role (Enter)</source>
        <translation>تعديل الدور المحدد (Enter)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Month shown</source>
        <translation>الشهر المعروض</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>No roles yet. A &lt;b&gt;real-time&lt;/b&gt; role checks that a vendor covers every hour the client works; an &lt;b&gt;async&lt;/b&gt; role checks daily overlap and reply wait.</source>
        <translation>لا أدوار بعد. يتحقق الدور &lt;b&gt;الفوري&lt;/b&gt; من أن المورّد يغطي كل ساعة يعمل فيها العميل؛ ويتحقق الدور &lt;b&gt;غير المتزامن&lt;/b&gt; من التداخل اليومي وانتظار الرد.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected role (Delete)</source>
        <translation>إزالة الدور المحدد (Delete)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Role details</source>
        <translation>تفاصيل الدور</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Select a role to see its gaps on the chart.</source>
        <translation>حدّد دورًا لرؤية فجواته في المخطط.</translation>
    </message>
    <message>
        <source>Set the vendor&apos;s weekly hours to the suggested shift (undoable)</source>
        <translation>ضبط ساعات المورّد الأسبوعية على الوردية المقترحة (يمكن التراجع)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Verdicts for the</source>
        <translation>النتائج خلال:</translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation>الأسبوع المعروض</translation>
    </message>
    <message>
        <source>Year shown</source>
        <translation>السنة المعروضة</translation>
    </message>
    <message>
        <source>async</source>
        <translation>غير متزامن</translation>
    </message>
    <message>
        <source>coverage {coverage}% (needs {needed}%)</source>
        <translation>التغطية {coverage}% (المطلوب {needed}%)</translation>
    </message>
    <message>
        <source>daily overlap at least {low} (needs {needed}), {wait}{within}</source>
        <translation>التداخل اليومي {low} على الأقل (المطلوب {needed})، {wait}{within}</translation>
    </message>
    <message>
        <source>longest wait {wait} (max {hours} h)</source>
        <translation>أطول انتظار {wait} (الحد {hours} س)</translation>
    </message>
    <message>
        <source>no client working days in this range, {wait}{within}</source>
        <translation>لا أيام عمل للعميل في هذه المدة، {wait}{within}</translation>
    </message>
    <message>
        <source>no client working time in this range</source>
        <translation>لا وقت عمل للعميل في هذه المدة</translation>
    </message>
    <message>
        <source>no gaps</source>
        <translation>بلا فجوات</translation>
    </message>
    <message>
        <source>real-time</source>
        <translation>فوري</translation>
    </message>
    <message>
        <source>vendor not reachable within 14 days</source>
        <translation>لا يمكن الوصول إلى المورّد خلال 14 يومًا</translation>
    </message>
    <message>
        <source>{role} ({vendor} for {client}): {figures}</source>
        <translation>{role} ({vendor} لصالح {client}): {figures}</translation>
    </message>
    <message>
        <source>{span}: needs {required}, has {scheduled}</source>
        <translation>{span}: يحتاج {required}، ولديه {scheduled}</translation>
    </message>
    <message>
        <source>{start} to {end} ({zone})</source>
        <translation>{start} إلى {end} ({zone})</translation>
    </message>
    <message>
        <source>✔ PASS</source>
        <translation>✔ مستوفٍ</translation>
    </message>
    <message>
        <source>✖ FAIL</source>
        <translation>✖ غير مستوفٍ</translation>
    </message>
</context>
<context>
    <name>SlotFinderDialog</name>
    <message>
        <source> min</source>
        <translation> د</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> أيام عمل</translation>
    </message>
    <message numerus="yes">
        <source>%n start time(s) keep everyone inside working hours on every occurrence ({repeat}).</source>
        <translation>
            <numerusform>%n وقت بدء يُبقي الجميع ضمن ساعات العمل في كل موعد ({repeat}).</numerusform>
            <numerusform>وقت بدء واحد يُبقي الجميع ضمن ساعات العمل في كل موعد ({repeat}).</numerusform>
            <numerusform>وقتا بدء يُبقيان الجميع ضمن ساعات العمل في كل موعد ({repeat}).</numerusform>
            <numerusform>%n أوقات بدء تُبقي الجميع ضمن ساعات العمل في كل موعد ({repeat}).</numerusform>
            <numerusform>%n وقتًا للبدء تُبقي الجميع ضمن ساعات العمل في كل موعد ({repeat}).</numerusform>
            <numerusform>%n وقت بدء يُبقي الجميع ضمن ساعات العمل في كل موعد ({repeat}).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy Times</source>
        <translation>&amp;نسخ الأوقات</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;المدة:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;النمط:</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>&amp;Use Slot</source>
        <translation>&amp;استخدام الموعد</translation>
    </message>
    <message>
        <source>&amp;Within:</source>
        <translation>&amp;خلال:</translation>
    </message>
    <message>
        <source>Awkward meetings (rotation)</source>
        <translation>الاجتماعات غير الملائمة (التناوب)</translation>
    </message>
    <message>
        <source>Breaks on</source>
        <translation>يتعذر في</translation>
    </message>
    <message>
        <source>Comfort in each team&apos;s local time: core, then edge (first or last hour of the working day), early/late (within 2 h of working hours, or 07:00-21:00), night or day off. Score: the least comfortable team&apos;s points (core 100, edge 75, early/late 35, night 0), averaged over the occurrences.</source>
        <translation>الملاءمة بالتوقيت المحلي لكل فريق: صميم الدوام، ثم الطرف (أول ساعة أو آخر ساعة من يوم العمل)، ثم مبكر/متأخر (في حدود ساعتين من ساعات العمل، أو 07:00-21:00)، ثم الليل أو يوم العطلة. النتيجة: نقاط الفريق الأقل ارتياحًا (الصميم 100، الطرف 75، مبكر/متأخر 35، الليل 0)، بمتوسطها على المواعيد.</translation>
    </message>
    <message>
        <source>Every occurrence falls on someone&apos;s holiday: widen the range.</source>
        <translation>كل المواعيد تقع في عطلة أحدهم: وسّع المدة.</translation>
    </message>
    <message>
        <source>Every team&apos;s local time of the selected slot&apos;s first occurrence, for an email</source>
        <translation>التوقيت المحلي لكل فريق في أول موعد من الموعد المحدد، لرسالة بريد إلكتروني</translation>
    </message>
    <message>
        <source>Fair rotation</source>
        <translation>تناوب عادل</translation>
    </message>
    <message>
        <source>Find a Meeting Slot</source>
        <translation>البحث عن موعد للاجتماع</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>First good slot: {day} {time} ({span}).</source>
        <translation>أول موعد مناسب: {day} {time} ({span}).</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>يناسب</translation>
    </message>
    <message>
        <source>Kickoff: first good slot in the next working days</source>
        <translation>اجتماع الانطلاق: أول موعد مناسب في أيام العمل القادمة</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <source>No slot from {span} keeps everyone inside working hours. The least bad are listed.</source>
        <translation>لا يوجد موعد في {span} يُبقي الجميع ضمن ساعات العمل. أُدرجت المواعيد الأقل سوءًا.</translation>
    </message>
    <message>
        <source>No start time keeps everyone inside working hours on every occurrence ({repeat}). The least bad are listed; the teams outside their hours pay the cost.</source>
        <translation>لا يوجد وقت بدء يُبقي الجميع ضمن ساعات العمل في كل موعد ({repeat}). أُدرجت الأوقات الأقل سوءًا؛ والفرق التي تقع خارج ساعاتها تتحمل الكلفة.</translation>
    </message>
    <message>
        <source>Participating teams</source>
        <translation>الفرق المشاركة</translation>
    </message>
    <message>
        <source>Propose a fair rotation even when a slot fits everyone</source>
        <translation>اقتراح تناوب عادل حتى لو ناسب موعد واحد الجميع</translation>
    </message>
    <message>
        <source>Rank start times over a date range</source>
        <translation>ترتيب أوقات البدء ضمن مدة من التواريخ</translation>
    </message>
    <message>
        <source>Ranked slots</source>
        <translation>المواعيد المرتبة</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Search mode</source>
        <translation>نمط البحث</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>المتخطّاة</translation>
    </message>
    <message>
        <source>Start ({zone})</source>
        <translation>البدء ({zone})</translation>
    </message>
    <message>
        <source>T&amp;eams:</source>
        <translation>&amp;الفرق:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>The meeting ({repeat}) has no occurrence in this range: widen the range.</source>
        <translation>لا مواعيد للاجتماع ({repeat}) في هذه المدة: وسّع المدة.</translation>
    </message>
    <message>
        <source>Use the rotation: two meetings, taken in turn</source>
        <translation>استخدام التناوب: اجتماعان يُعقدان بالتناوب</translation>
    </message>
    <message>
        <source>With the best single slot</source>
        <translation>مع أفضل موعد منفرد</translation>
    </message>
    <message>
        <source>the range ends before it starts: pick an earlier From date</source>
        <translation>تنتهي المدة قبل أن تبدأ: اختر تاريخ «من» أبكر</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{count} من {total}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} إلى {end}</translation>
    </message>
</context>
<context>
    <name>SlotResults</name>
    <message>
        <source>Alternate day by day: {slots}.</source>
        <translation>التناوب يومًا بيوم: {slots}.</translation>
    </message>
    <message>
        <source>Alternate month by month: {slots}.</source>
        <translation>التناوب شهرًا بشهر: {slots}.</translation>
    </message>
    <message>
        <source>Alternate week by week: {slots}.</source>
        <translation>التناوب أسبوعًا بأسبوع: {slots}.</translation>
    </message>
    <message>
        <source>Alternating does not lower anyone&apos;s worst tally here: keep a single start time.</source>
        <translation>التناوب هنا لا يخفض أسوأ حصيلة لأحد: أبقِ على وقت بدء واحد.</translation>
    </message>
    <message>
        <source>Inside everyone&apos;s working hours on every occurrence.</source>
        <translation>ضمن ساعات عمل الجميع في كل موعد.</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>{day}: skipped ({reason})</source>
        <translation>{day}: متخطّى ({reason})</translation>
    </message>
    <message>
        <source>{label}: {time} {zone} from {day}</source>
        <translation>{label}: {time} {zone} من {day}</translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;المعرّف:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>&amp;الطرف:</translation>
    </message>
    <message>
        <source>Add Team</source>
        <translation>إضافة فريق</translation>
    </message>
    <message>
        <source>Add team &quot;{name}&quot;</source>
        <translation>إضافة الفريق «{name}»</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>عميل</translation>
    </message>
    <message>
        <source>Days &amp;off:</source>
        <translation>أيام &amp;العطلة:</translation>
    </message>
    <message>
        <source>Edit Team {name}</source>
        <translation>تعديل الفريق {name}</translation>
    </message>
    <message>
        <source>Edit team &quot;{name}&quot;</source>
        <translation>تعديل الفريق «{name}»</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>فريق جديد</translation>
    </message>
    <message>
        <source>Public &amp;holidays:</source>
        <translation>&amp;العطلات الرسمية:</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>الطرف</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Team id</source>
        <translation>معرّف الفريق</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>اسم الفريق</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;المنطقة الزمنية:</translation>
    </message>
    <message>
        <source>Used in the plan file and on the command line: lower case, e.g. mnl</source>
        <translation>يُستخدم في ملف الخطة وفي سطر الأوامر: بأحرف صغيرة، مثل mnl</translation>
    </message>
    <message>
        <source>Vendor (works for the client)</source>
        <translation>مورّد (يعمل لصالح العميل)</translation>
    </message>
    <message>
        <source>Weekly hours (local time)</source>
        <translation>الساعات الأسبوعية (التوقيت المحلي)</translation>
    </message>
    <message>
        <source>a team needs a name, e.g. Manila support desk</source>
        <translation>يحتاج الفريق إلى اسم، مثل مكتب دعم مانيلا</translation>
    </message>
    <message>
        <source>search for the team&apos;s city or country and pick its time zone</source>
        <translation>ابحث عن مدينة الفريق أو بلده واختر منطقته الزمنية</translation>
    </message>
    <message>
        <source>team</source>
        <translation>فريق</translation>
    </message>
</context>
<context>
    <name>TeamsPanel</name>
    <message numerus="yes">
        <source>, %n day(s) off</source>
        <translation>
            <numerusform>، %n يوم عطلة</numerusform>
            <numerusform>، يوم عطلة واحد</numerusform>
            <numerusform>، يوما عطلة</numerusform>
            <numerusform>، %n أيام عطلة</numerusform>
            <numerusform>، %n يوم عطلة</numerusform>
            <numerusform>، %n يوم عطلة</numerusform>
        </translation>
    </message>
    <message>
        <source>, holidays {code}</source>
        <translation>، العطلات {code}</translation>
    </message>
    <message>
        <source>Add a team (Ctrl+Shift+T)</source>
        <translation>إضافة فريق (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>يوميًا</translation>
    </message>
    <message>
        <source>Edit the selected team (Enter)</source>
        <translation>تعديل الفريق المحدد (Enter)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <source>Move the team down in the chart</source>
        <translation>نقل الفريق لأسفل في المخطط</translation>
    </message>
    <message>
        <source>Move the team up in the chart</source>
        <translation>نقل الفريق لأعلى في المخطط</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected team (Delete)</source>
        <translation>إزالة الفريق المحدد (Delete)</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>الطرف</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>client</source>
        <translation>عميل</translation>
    </message>
    <message>
        <source>no working hours</source>
        <translation>بلا ساعات عمل</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>مورّد</translation>
    </message>
    <message>
        <source>{name} ({id})</source>
        <translation>{name} ({id})</translation>
    </message>
</context>
<context>
    <name>WeekPreview</name>
    <message>
        <source>Week preview</source>
        <translation>معاينة الأسبوع</translation>
    </message>
</context>
<context>
    <name>ZoneDialog</name>
    <message>
        <source>Reference time zone</source>
        <translation>المنطقة الزمنية المرجعية</translation>
    </message>
    <message>
        <source>The chart&apos;s 24-hour axis and the analysed dates are in this zone.</source>
        <translation>محور الساعات الأربع والعشرين في المخطط والتواريخ المحللة بتوقيت هذه المنطقة.</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>, </source>
        <comment>between the parts of a place: city, state, country</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>Chosen: &lt;b&gt;{zone}&lt;/b&gt;{place} (now {offset})</source>
        <translation>المختارة: &lt;b&gt;{zone}&lt;/b&gt;{place} (الآن {offset})</translation>
    </message>
    <message>
        <source>Matching places and time zones</source>
        <translation>الأماكن والمناطق الزمنية المطابقة</translation>
    </message>
    <message>
        <source>No time zone chosen: search and pick one from the list.</source>
        <translation>لم تُختر منطقة زمنية: ابحث واختر واحدة من القائمة.</translation>
    </message>
    <message>
        <source>Search any city, country, zone name or abbreviation: Cebu, UK, Pacific Time, IST…</source>
        <translation>ابحث عن أي مدينة أو بلد أو اسم منطقة أو اختصار: Cebu، UK، Pacific Time، IST…</translation>
    </message>
    <message>
        <source>Time zone search</source>
        <translation>البحث عن منطقة زمنية</translation>
    </message>
    <message>
        <source>UTC{offset}</source>
        <translation>UTC{offset}</translation>
    </message>
    <message>
        <source>{abbreviation}, {clock}</source>
        <comment>IST, UTC+05:30</comment>
        <translation>{abbreviation}، {clock}</translation>
    </message>
    <message>
        <source>{city} ({alias})</source>
        <comment>a city and the other name typed</comment>
        <translation>{city} ({alias})</translation>
    </message>
    <message>
        <source>{place} — {zone} ({clock})</source>
        <comment>a hit of the zone search</comment>
        <translation>{place} — {zone} ({clock})</translation>
    </message>
    <message>
        <source>{utc} now, observes daylight saving</source>
        <translation>{utc} حاليًا، يطبّق التوقيت الصيفي</translation>
    </message>
    <message>
        <source>{utc}, no daylight saving</source>
        <translation>{utc}، بلا توقيت صيفي</translation>
    </message>
    <message>
        <source>{zone} ({clock})</source>
        <translation>{zone} ({clock})</translation>
    </message>
    <message>
        <source>{zone}, {name}</source>
        <comment>a zone id and its CLDR name</comment>
        <translation>{zone}، {name}</translation>
    </message>
</context>
</TS>
