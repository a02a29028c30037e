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
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
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
</TS>
