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
        <source>Teams: {teams}, hours: {hours}, meetings: {meetings}. Arrow keys move between teams and hours, Tab between meetings, Enter edits, the Menu key opens the menu.</source>
        <translation>الفرق: {teams}، الساعات: {hours}، الاجتماعات: {meetings}. تنتقل مفاتيح الأسهم بين الفرق والساعات، وTab بين الاجتماعات، ويحرّر Enter، ويفتح مفتاح القائمة القائمة.</translation>
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
