<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <location filename="../../retention_desktop/ui/dialogs/definitions_dialog.py" line="+26"/>
        <source>Formula</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted over</source>
        <translation>يُحسب على</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>النافذة الزمنية</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/report/page.py" line="+131"/>
        <source>days</source>
        <translation>يوم</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no previous period</source>
        <translation>لا توجد فترة سابقة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pts vs previous</source>
        <translation>نقطة مئوية مقارنة بالفترة السابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs previous</source>
        <translation>مقارنة بالفترة السابقة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer retention summary</source>
        <translation>ملخص الاحتفاظ بالعملاء</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data</source>
        <translation>لا توجد بيانات</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none (all customers)</source>
        <translation>لا شيء (جميع العملاء)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cohort retention (share ordering in month k)</source>
        <translation>الاحتفاظ حسب الفوج (نسبة من طلبوا في الشهر k)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Retention curve: mean and each cohort</source>
        <translation>منحنى الاحتفاظ: المتوسط وكل فوج</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Customers per month: lifecycle</source>
        <translation>العملاء شهريًا: دورة الحياة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Top segments by</source>
        <translation>أفضل الشرائح حسب</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Latest A/B tests</source>
        <translation>أحدث اختبارات A/B</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+81"/>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+81"/>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Definitions used on this page</source>
        <translation>التعريفات المستخدمة في هذه الصفحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>net of returns</source>
        <translation>صافي بعد خصم المرتجعات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gross (returns ignored)</source>
        <translation>إجمالي (دون احتساب المرتجعات)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cohort</source>
        <translation>الفوج</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Appendix: cohort table</source>
        <translation>ملحق: جدول الأفواج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Appendix: CRR table (S0 / N / E)</source>
        <translation>ملحق: جدول معدل الاحتفاظ (S0 / N / E)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Appendix: segments</source>
        <translation>ملحق: الشرائح</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../retention_desktop/ui/widgets/chart.py" line="+118"/>
        <source>Reset</source>
        <translation>إعادة الضبط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset zoom (drag to pan, wheel to zoom)</source>
        <translation>إعادة ضبط التكبير (اسحب للتحريك، واستخدم عجلة الفأرة للتكبير)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as a PNG picture</source>
        <translation>حفظ هذا الرسم البياني كصورة PNG</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Export chart</source>
        <translation>تصدير الرسم البياني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG picture (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <location filename="../../retention_desktop/ui/widgets/table.py" line="+176"/>
        <location line="+8"/>
        <location line="+92"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Copy the selected cells (or the whole table) for Excel</source>
        <translation>نسخ الخلايا المحددة (أو الجدول كاملًا) للصقها في Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+99"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Save this table as CSV or Excel</source>
        <translation>حفظ هذا الجدول بصيغة CSV أو Excel</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Export table</source>
        <translation>تصدير الجدول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV, comma separated (*.csv)</source>
        <translation>مصنف Excel (*.xlsx);;CSV، مفصول بفواصل (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write {0}: {1}</source>
        <translation>تعذّرت كتابة {0}: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy whole table</source>
        <translation>نسخ الجدول كاملًا</translation>
    </message>
</context>
<context>
    <name>DefinitionsDialog</name>
    <message>
        <location filename="../../retention_desktop/ui/dialogs/definitions_dialog.py" line="+22"/>
        <source>Metric definitions</source>
        <translation>تعريفات المؤشرات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search definitions…</source>
        <translation>البحث في التعريفات…</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../retention_desktop/ui/mainwindow.py" line="+48"/>
        <source>&lt;b&gt;DEMO&lt;/b&gt; — you are looking at a made-up demo shop. Every screen works the same with your own exports.</source>
        <translation>&lt;b&gt;عرض تجريبي&lt;/b&gt; — أنت تشاهد متجرًا تجريبيًا وهميًا. تعمل كل الشاشات بالطريقة نفسها مع بيانات متجرك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import your own data…</source>
        <translation>استيراد بياناتك…</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../retention_desktop/ui/dialogs/error_dialog.py" line="+25"/>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not finish: {0}</source>
        <translation>تعذّر إكمال: {0}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../retention_desktop/ui/filterbar.py" line="+89"/>
        <source>All time</source>
        <translation>كل الفترات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>آخر ٣٠ يومًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 90 days</source>
        <translation>آخر ٩٠ يومًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>آخر ١٢ شهرًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last calendar year</source>
        <translation>السنة التقويمية الماضية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom range</source>
        <translation>نطاق مخصص</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reporting period (relative to the newest order in the data)</source>
        <translation>فترة التقرير (نسبةً إلى أحدث طلب في البيانات)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>any</source>
        <translation>أي عدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min orders: </source>
        <translation>الحد الأدنى للطلبات: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only customers with at least this many orders</source>
        <translation>العملاء الذين لديهم هذا العدد من الطلبات على الأقل فقط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First order…</source>
        <translation>الطلب الأول…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only customers whose first order is between</source>
        <translation>العملاء الذين يقع طلبهم الأول ضمن هذه الفترة فقط</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved segments of this project</source>
        <translation>الشرائح المحفوظة في هذا المشروع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save segment…</source>
        <translation>حفظ الشريحة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Period:</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Segment:</source>
        <translation>الشريحة:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Saved segment</source>
        <translation>شريحة محفوظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This saved segment cannot be read: {0}</source>
        <translation>تعذّرت قراءة هذه الشريحة المحفوظة: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save segment</source>
        <translation>حفظ الشريحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of this segment:</source>
        <translation>اسم هذه الشريحة:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>period {0} – {1}</source>
        <translation>الفترة من {0} إلى {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>at least {0} orders</source>
        <translation>{0} طلبات على الأقل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most {0} orders</source>
        <translation>{0} طلبات على الأكثر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first order {0} – {1}</source>
        <translation>الطلب الأول من {0} إلى {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>customer revenue {0} – {1}</source>
        <translation>إيرادات العميل من {0} إلى {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stage {0}</source>
        <translation>المرحلة {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RFM {0}</source>
        <translation>RFM {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Active filters: {0}</source>
        <translation>عوامل التصفية النشطة: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No filters: all customers, all time.</source>
        <translation>بلا تصفية: جميع العملاء، كل الفترات.</translation>
    </message>
</context>
<context>
    <name>HeatmapPanel</name>
    <message>
        <location filename="../../retention_desktop/ui/widgets/heatmap.py" line="+98"/>
        <source>Age (periods since first order)</source>
        <translation>العمر (عدد الفترات منذ الطلب الأول)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort</source>
        <translation>الفوج</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>○ period not complete yet   × fewer customers than the minimum cell size (low confidence)</source>
        <translation>○ الفترة لم تكتمل بعد   × عدد العملاء أقل من الحد الأدنى للخلية (ثقة منخفضة)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reset</source>
        <translation>إعادة الضبط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset zoom (drag to pan, wheel to zoom)</source>
        <translation>إعادة ضبط التكبير (اسحب للتحريك، واستخدم عجلة الفأرة للتكبير)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as a PNG picture</source>
        <translation>حفظ هذا الرسم البياني كصورة PNG</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Cohort {0} (size {1})</source>
        <translation>الفوج {0} (الحجم {1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age {0}: {1}</source>
        <translation>العمر {0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers in cell: {0}</source>
        <translation>العملاء في هذه الخلية: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>95% CI: {0} – {1}</source>
        <translation>فترة الثقة ٩٥٪: من {0} إلى {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period not complete yet</source>
        <translation>الفترة لم تكتمل بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low confidence: few customers</source>
        <translation>ثقة منخفضة: عدد قليل من العملاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to list these customers</source>
        <translation>انقر لعرض قائمة هؤلاء العملاء</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export chart</source>
        <translation>تصدير الرسم البياني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG picture (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>LanguageSettingsWidget</name>
    <message>
        <location filename="../../retention_desktop/ui/language_settings.py" line="+31"/>
        <source>Automatic (system language)</source>
        <translation>تلقائي (لغة النظام)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Default for the language</source>
        <translation>الافتراضي للغة</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Latin (0123)</source>
        <translation>لاتينية (0123)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persian (۰۱۲۳)</source>
        <translation>فارسية (۰۱۲۳)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation>هندية عربية (٠١٢٣)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jalali (Solar Hijri)</source>
        <translation>جلالي (هجري شمسي)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. IRR, Toman, USD, €</source>
        <translation>مثلًا ر.س، د.إ، USD، €</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency of your data</source>
        <translation>عملة بياناتك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As recorded</source>
        <translation>كما هي مسجلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Toman</source>
        <translation>العرض بالتومان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Rial</source>
        <translation>العرض بالريال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 Toman = 10 Rial. Only used when the currency is Rial or Toman.</source>
        <translation>التومان الواحد = ١٠ ريالات. يُستخدم فقط عندما تكون العملة الريال الإيراني أو التومان.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rial / Toman</source>
        <translation>ريال / تومان</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../retention_desktop/ui/mainwindow.py" line="+63"/>
        <source>This tab could not be loaded: {0}</source>
        <translation>تعذّر تحميل علامة التبويب هذه: {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop every running computation or import (Esc)</source>
        <translation>إيقاف كل العمليات الحسابية أو عمليات الاستيراد الجارية (Esc)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New project…</source>
        <translation>مشروع &amp;جديد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open project…</source>
        <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>المشاريع الأ&amp;خيرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;demo shop</source>
        <translation>فتح المتجر الت&amp;جريبي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import data…</source>
        <translation>ا&amp;ستيراد البيانات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the current tab&apos;s table</source>
        <translation>تصدير جدول علامة التبويب الحالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show &amp;filter bar</source>
        <translation>إظهار شريط الت&amp;صفية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>ت&amp;حديث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full &amp;screen</source>
        <translation>ملء الشا&amp;شة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel running work</source>
        <translation>إلغاء العمل الجاري</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Analysis settings…</source>
        <translation>إعدادات الت&amp;حليل…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric &amp;definitions</source>
        <translation>ت&amp;عريفات المؤشرات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About</source>
        <translation>&amp;حول</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Project in use</source>
        <translation>المشروع قيد الاستخدام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}

Open it read-only?</source>
        <translation>{0}

هل تريد فتحه للقراءة فقط؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open project</source>
        <translation>تعذّر فتح المشروع</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention Desktop projects (*{0} *.duckdb);;All files (*)</source>
        <translation>مشاريع Retention Desktop (*{0} *.duckdb);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Retention Desktop projects (*{0})</source>
        <translation>مشاريع Retention Desktop (*{0})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} already exists. Choose another name, or open it with File &gt; Open.</source>
        <translation>{0} موجود بالفعل. اختر اسمًا آخر، أو افتحه من «ملف &gt; فتح».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Demo shop</source>
        <translation>المتجر التجريبي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not build the demo shop: {0}</source>
        <translation>تعذّر إنشاء المتجر التجريبي: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import your own data</source>
        <translation>استيراد بياناتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data goes into a project file of its own. Choose where to save it; then pick your CSV or Excel exports.</source>
        <translation>تُحفظ بياناتك في ملف مشروع خاص بها. اختر مكان حفظه، ثم اختر ملفات CSV أو Excel المصدَّرة من متجرك.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(no recent projects)</source>
        <translation>(لا توجد مشاريع حديثة)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No project</source>
        <translation>لا يوجد مشروع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DEMO</source>
        <translation>تجريبي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About {0}</source>
        <translation>حول {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Offline retention analytics for small shops: cohorts, retention, customer value, A/B tests and a printable KPI summary.&lt;/p&gt;&lt;p&gt;Your data never leaves this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;تحليلات الاحتفاظ بالعملاء دون اتصال بالإنترنت للمتاجر الصغيرة: الأفواج، والاحتفاظ، وقيمة العميل، واختبارات A/B، وملخص مؤشرات أداء قابل للطباعة.&lt;/p&gt;&lt;p&gt;لا تغادر بياناتك هذا الحاسوب أبدًا.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This tab has nothing to export. Use the Export buttons above tables and charts.</source>
        <translation>لا يوجد في علامة التبويب هذه ما يمكن تصديره. استخدم أزرار «تصدير» فوق الجداول والرسوم البيانية.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Error: {0}</source>
        <translation>خطأ: {0}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="+5"/>
        <source>no previous period</source>
        <translation>لا توجد فترة سابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs previous</source>
        <translation>مقارنة بالفترة السابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer retention summary</source>
        <translation>ملخص الاحتفاظ بالعملاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data</source>
        <translation>لا توجد بيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (all customers)</source>
        <translation>لا شيء (جميع العملاء)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Definitions used on this page</source>
        <translation>التعريفات المستخدمة في هذه الصفحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>net of returns</source>
        <translation>صافي بعد خصم المرتجعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gross (returns ignored)</source>
        <translation>إجمالي (دون احتساب المرتجعات)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>يوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pts vs previous</source>
        <translation>نقطة مئوية مقارنة بالفترة السابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline period</source>
        <translation>الفترة الرئيسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort retention (share ordering in month k)</source>
        <translation>الاحتفاظ حسب الفوج (نسبة من طلبوا في الشهر k)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention curve: mean and each cohort</source>
        <translation>منحنى الاحتفاظ: المتوسط وكل فوج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers per month: lifecycle</source>
        <translation>العملاء شهريًا: دورة الحياة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest A/B tests</source>
        <translation>أحدث اختبارات A/B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active customer</source>
        <translation>العميل النشط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ordered in the last</source>
        <translation>طلب خلال آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated on</source>
        <translation>أُنشئ في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filters</source>
        <translation>عوامل التصفية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cohort</source>
        <translation>الفوج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appendix: cohort table</source>
        <translation>ملحق: جدول الأفواج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appendix: CRR table (S0 / N / E)</source>
        <translation>ملحق: جدول معدل الاحتفاظ (S0 / N / E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appendix: segments</source>
        <translation>ملحق: الشرائح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DEMO DATA</source>
        <translation>بيانات تجريبية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compared with</source>
        <translation>مقارنةً بـ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top segments by</source>
        <translation>أفضل الشرائح حسب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lift</source>
        <translation>التحسن</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <location filename="../../retention_desktop/ui/report/report_tab.py" line="+49"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appendix pages</source>
        <translation>صفحات الملحق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀ Page</source>
        <translation>◀ الصفحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page ▶</source>
        <translation>الصفحة ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print preview…</source>
        <translation>معاينة الطباعة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>تصدير PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Excel…</source>
        <translation>تصدير Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save page as PNG…</source>
        <translation>حفظ الصفحة كصورة PNG…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper:</source>
        <translation>الورق:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a project to see its report.</source>
        <translation>افتح مشروعًا لعرض تقريره.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Preparing the report…</source>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Excel</source>
        <translation>تصدير Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save page as PNG</source>
        <translation>حفظ الصفحة كصورة PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be written:</source>
        <translation>تعذّرت كتابة الملف:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../retention_desktop/ui/dialogs/settings_dialog.py" line="+26"/>
        <source>Analysis settings</source>
        <translation>إعدادات التحليل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarter</source>
        <translation>ربع سنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>سنة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monday</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wednesday</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Friday</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saturday</source>
        <translation>السبت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jalali (Persian)</source>
        <translation>جلالي (هجري شمسي)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A customer is active on a day if they ordered in the previous W days (including that day).</source>
        <translation>يُعدّ العميل نشطًا في يوم ما إذا طلب خلال الأيام W السابقة (بما فيها ذلك اليوم).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net (returns and cancellations subtract)</source>
        <translation>صافٍ (تُخصم المرتجعات والإلغاءات)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross (ignore returns)</source>
        <translation>إجمالي (تُتجاهل المرتجعات)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cohort cells with fewer customers are marked low-confidence.</source>
        <translation>تُعلَّم خلايا الأفواج التي بها عملاء أقل من هذا العدد بأنها منخفضة الثقة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. £, €, تومان</source>
        <translation>مثلًا ر.س، د.إ، €</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period grain</source>
        <translation>طول الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week starts on</source>
        <translation>بداية الأسبوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity window W</source>
        <translation>نافذة النشاط W</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue policy</source>
        <translation>طريقة حساب الإيرادات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross margin</source>
        <translation>هامش الربح الإجمالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum customers per cohort cell</source>
        <translation>الحد الأدنى للعملاء في كل خلية فوج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency symbol</source>
        <translation>رمز العملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings are saved in the project file.</source>
        <translation>تُحفظ الإعدادات في ملف المشروع.</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/__init__.py" line="+34"/>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cohorts</source>
        <translation>الأفواج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segments &amp;&amp; campaigns</source>
        <translation>الشرائح والحملات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breakdowns by channel, campaign or country, CAC and the what-if projection will appear here in the next version.</source>
        <translation>ستظهر هنا في الإصدار القادم التقسيمات حسب القناة أو الحملة أو البلد، وتكلفة اكتساب العميل (CAC)، وتوقعات «ماذا لو».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A/B tests</source>
        <translation>اختبارات A/B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
</context>
<context>
    <name>_RangePopup</name>
    <message>
        <location filename="../../retention_desktop/ui/filterbar.py" line="-296"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="+214"/>
        <source>Champions</source>
        <translation>الأبطال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal</source>
        <translation>الأوفياء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential loyalists</source>
        <translation>أوفياء محتملون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>جدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promising</source>
        <translation>واعدون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need attention</source>
        <translation>بحاجة إلى اهتمام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About to sleep</source>
        <translation>على وشك الخمول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>معرّضون للخسارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t lose them</source>
        <translation>لا يمكن خسارتهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hibernating</source>
        <translation>خاملون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>مفقودون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought recently, buy often and spend the most</source>
        <translation>اشتروا مؤخرًا، ويشترون كثيرًا، وينفقون أكثر من غيرهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy regularly and spend well</source>
        <translation>يشترون بانتظام وينفقون جيدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent customers with average frequency</source>
        <translation>عملاء حديثون بتكرار شراء متوسط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought for the first time very recently</source>
        <translation>اشتروا لأول مرة منذ وقت قريب جدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent shoppers who have not spent much yet</source>
        <translation>متسوقون حديثون لم ينفقوا كثيرًا بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average recency, frequency and spend</source>
        <translation>حداثة وتكرار وإنفاق متوسط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below-average recency and frequency</source>
        <translation>حداثة وتكرار أقل من المتوسط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used to buy often, but not for a long time</source>
        <translation>كانوا يشترون كثيرًا، لكنهم توقفوا منذ مدة طويلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Were among the best, gone quiet for long</source>
        <translation>كانوا من الأفضل، لكنهم غابوا منذ مدة طويلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last purchase long ago, few orders, low spend</source>
        <translation>آخر شراء منذ زمن بعيد، وطلبات قليلة، وإنفاق منخفض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest recency, frequency and spend</source>
        <translation>أدنى حداثة وتكرار وإنفاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reactivated</source>
        <translation>عاد للنشاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivated</source>
        <translation>عاد للنشاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at risk</source>
        <translation>معرّض للخسارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>churned</source>
        <translation>متسرّب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churned</source>
        <translation>متسرّب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet a customer</source>
        <translation>ليس عميلًا بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet a customer</source>
        <translation>ليس عميلًا بعد</translation>
    </message>
</context>
<context>
    <name>definitions</name>
    <message>
        <location line="-244"/>
        <source>CUPED adjustment</source>
        <translation>تعديل CUPED</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>y − θ·(x − mean x), θ = cov(x, y) / var(x), x = spend up to assignment</source>
        <translation>y − θ·(x − mean x)، θ = cov(x, y) / var(x)، x = الإنفاق حتى التعيين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all customers in the test</source>
        <translation>جميع العملاء في الاختبار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>history up to the assignment</source>
        <translation>السجل حتى التعيين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the part of the outcome explained by what customers spent before the test, so the same test needs fewer customers.</source>
        <translation>يزيل جزء النتيجة الذي يفسّره إنفاق العملاء قبل الاختبار، فيحتاج الاختبار نفسه إلى عدد أقل من العملاء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference vs control</source>
        <translation>الفرق عن المجموعة الضابطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate(variant) − rate(control); interval: Newcombe hybrid score (built from both Wilson intervals)</source>
        <translation>المعدل(النسخة) − المعدل(الضابطة)؛ الفترة: درجة نيوكومب الهجينة (مبنية من فترتي ويلسون)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers in each variant</source>
        <translation>العملاء في كل نسخة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the test period: from each customer&apos;s assignment to the end of the outcome window</source>
        <translation>فترة الاختبار: من تعيين كل عميل حتى نهاية نافذة قياس النتيجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many percentage points the variant adds over the control.</source>
        <translation>كم نقطة مئوية تضيفها النسخة مقارنةً بالمجموعة الضابطة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected loss</source>
        <translation>الخسارة المتوقعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E[max(rate_control − rate_variant, 0)] under the same posteriors</source>
        <translation>E[max(rate_control − rate_variant, 0)] بالتوزيعات اللاحقة نفسها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you expect to give up (in rate points) by switching to the variant if it is in fact worse. Small = a safe switch.</source>
        <translation>ما تتوقع خسارته (بنقاط المعدل) عند التحول إلى النسخة إن كانت في الواقع أسوأ. قيمة صغيرة = تحوّل آمن.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative lift</source>
        <translation>التحسن النسبي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(variant − control) / control × 100; interval by the delta method: Var ≈ (se_v² + R²·se_c²) / control², R = variant / control</source>
        <translation>(النسخة − الضابطة) / الضابطة × ١٠٠؛ الفترة بطريقة دلتا: Var ≈ (se_v² + R²·se_c²) / control²، R = النسخة / الضابطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the control&apos;s rate (or mean)</source>
        <translation>معدل (أو متوسط) المجموعة الضابطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much better the variant is, in percent of the control. Undefined when the control is 0.</source>
        <translation>مقدار تفوق النسخة كنسبة مئوية من المجموعة الضابطة. غير معرّف عندما تكون قيمة الضابطة صفرًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active at day N (A/B outcome)</source>
        <translation>نشط في اليوم N (نتيجة A/B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers with a repeat order in (t0 + N − W, t0 + N], after t0 / customers</source>
        <translation>العملاء الذين لديهم طلب متكرر في (t0 + N − W، t0 + N] بعد t0 / العملاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers observed for N days after assignment t0</source>
        <translation>العملاء المرصودون لمدة N يومًا بعد التعيين t0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activity window W ending N days after assignment</source>
        <translation>نافذة النشاط W المنتهية بعد N يومًا من التعيين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the customer still buying N days after the test started?</source>
        <translation>هل ما زال العميل يشتري بعد N يومًا من بدء الاختبار؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churned by day N (A/B outcome)</source>
        <translation>متسرّب بحلول اليوم N (نتيجة A/B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 − active at day N</source>
        <translation>١ − نشط في اليوم N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers observed for N days</source>
        <translation>العملاء المرصودون لمدة N يومًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower is better.</source>
        <translation>كلما قلّ كان أفضل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat within N days (A/B outcome)</source>
        <translation>تكرار الشراء خلال N يومًا (نتيجة A/B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers with an order other than their first in (t0, t0 + N days] / customers</source>
        <translation>العملاء الذين لديهم طلب غير طلبهم الأول في (t0، t0 + N يوم] / العملاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N days after assignment</source>
        <translation>N يومًا بعد التعيين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did the customer come back?</source>
        <translation>هل عاد العميل؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue per customer in N days (A/B outcome)</source>
        <translation>الإيراد لكل عميل خلال N يومًا (نتيجة A/B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sum of revenue in (t0, t0 + N days] / customers</source>
        <translation>مجموع الإيرادات في (t0، t0 + N يوم] / العملاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money per customer after the test started (revenue policy applies).</source>
        <translation>المال لكل عميل بعد بدء الاختبار (وفق طريقة حساب الإيرادات المختارة).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p-value, Holm-corrected</source>
        <translation>القيمة الاحتمالية p بتصحيح هولم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holm step-down: sort the k p-values, multiply the i-th smallest by (k − i + 1), keep them increasing, cap at 1</source>
        <translation>طريقة هولم التنازلية: رتّب قيم p البالغ عددها k، واضرب أصغر قيمة رقم i في (k − i + 1)، وأبقها متزايدة، بحد أقصى ١</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the k variant-vs-control comparisons</source>
        <translation>مقارنات النسخ بالمجموعة الضابطة وعددها k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protects against a false winner when several variants are tested at once. Equals the p-value with one variant.</source>
        <translation>يحمي من إعلان فائز خاطئ عند اختبار عدة نسخ في وقت واحد. يساوي القيمة p عند وجود نسخة واحدة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p-value</source>
        <translation>القيمة الاحتمالية p</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conversions: pooled two-proportion z-test, z = (p_v − p_c) / sqrt(p̄(1−p̄)(1/n_v + 1/n_c)); means: Welch t-test; two-sided</source>
        <translation>التحويلات: اختبار z لنسبتين مجمّع، z = (p_v − p_c) / sqrt(p̄(1−p̄)(1/n_v + 1/n_c))؛ المتوسطات: اختبار t لويلش؛ ثنائي الطرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the variants were truly equal, the chance of a gap at least this big. Below alpha (0.05) = unlikely to be chance.</source>
        <translation>لو كانت النسخ متساوية فعلًا، فهذه فرصة ظهور فرق بهذا الحجم على الأقل. أقل من ألفا (٠٫٠٥) = يُستبعد أن يكون صدفة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chance to beat control</source>
        <translation>فرصة التفوق على الضابطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P(rate_variant &gt; rate_control) with Beta(1 + converted, 1 + not converted) posteriors (uniform prior), computed exactly; means: normal approximation</source>
        <translation>P(rate_variant &gt; rate_control) بتوزيعات لاحقة Beta(1 + المتحوّلون، 1 + غير المتحوّلين) (توزيع مسبق منتظم)، محسوبة بدقة؛ المتوسطات: تقريب طبيعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How sure we are that the variant is really better.</source>
        <translation>مدى تأكدنا من أن النسخة أفضل فعلًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion rate (A/B)</source>
        <translation>معدل التحويل (A/B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>converted customers / customers in the variant</source>
        <translation>العملاء المتحوّلون / العملاء في النسخة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers assigned to the variant and observed for the whole window</source>
        <translation>العملاء المعيَّنون للنسخة والمرصودون طوال النافذة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the variant&apos;s customers who did the target action.</source>
        <translation>نسبة عملاء النسخة الذين قاموا بالإجراء المستهدف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate interval (Wilson 95 %)</source>
        <translation>فترة المعدل (ويلسون ٩٥٪)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wilson score interval: (p + z²/2n ± z·sqrt(p(1−p)/n + z²/4n²)) / (1 + z²/n)</source>
        <translation>فترة درجة ويلسون: (p + z²/2n ± z·sqrt(p(1−p)/n + z²/4n²)) / (1 + z²/n)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers in the variant</source>
        <translation>العملاء في النسخة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the true rate probably lies; stays sensible at 0 % and 100 %.</source>
        <translation>المجال الذي يُرجَّح أن يقع فيه المعدل الحقيقي؛ ويبقى معقولًا عند ٠٪ و١٠٠٪.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample size per variant</source>
        <translation>حجم العينة لكل نسخة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evan Miller: (z_α·sqrt(2p(1−p)) + z_β·sqrt(p(1−p) + p₂(1−p₂)))² / δ²; alpha split by Bonferroni when more than 2 variants</source>
        <translation>إيفان ميلر: (z_α·sqrt(2p(1−p)) + z_β·sqrt(p(1−p) + p₂(1−p₂)))² / δ²؛ تُقسَم ألفا بطريقة بونفيروني عند وجود أكثر من نسختين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers each variant needs to detect the expected change with the chosen power.</source>
        <translation>عدد العملاء الذي تحتاجه كل نسخة لاكتشاف التغيير المتوقع بالقوة الإحصائية المختارة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always-valid interval (sequential mode)</source>
        <translation>فترة صالحة دائمًا (الوضع التتابعي)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>normal-mixture confidence sequence on I = 1/Var(diff): |I·(d̂ − d)| ≤ sqrt((I + 1/ρ²)(2·ln(1/α) + ln(1 + ρ²I)))</source>
        <translation>متتالية ثقة بمزيج طبيعي على I = 1/Var(diff): |I·(d̂ − d)| ≤ sqrt((I + 1/ρ²)(2·ln(1/α) + ln(1 + ρ²I)))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers in each variant so far</source>
        <translation>العملاء في كل نسخة حتى الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every look, at any time</source>
        <translation>كل اطلاع، في أي وقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe to check every day: the chance it ever misses the true difference stays below alpha. Wider than the fixed interval.</source>
        <translation>يمكن فحصها يوميًا بأمان: تبقى فرصة إخطائها للفرق الحقيقي أقل من ألفا. أوسع من الفترة الثابتة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample ratio mismatch (SRM)</source>
        <translation>عدم تطابق نسبة العينة (SRM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chi² = Σ (customers − expected)² / expected, expected from the planned split; warning when p &lt; 0.001</source>
        <translation>chi² = Σ (العملاء − المتوقع)² / المتوقع، والمتوقع من التقسيم المخطط؛ تحذير عندما p &lt; 0.001</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks that customers were split as planned. A mismatch means the assignment is broken and the results cannot be trusted.</source>
        <translation>يتحقق من أن العملاء قُسّموا كما هو مخطط. عدم التطابق يعني أن التعيين معطوب ولا يمكن الوثوق بالنتائج.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active customer</source>
        <translation>العميل النشط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ordered on a day in (t - W, t]</source>
        <translation>طلب في يوم ضمن (t - W، t]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W = activity window setting (default 90 days)</source>
        <translation>W = إعداد نافذة النشاط (الافتراضي ٩٠ يومًا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone who bought recently enough to count as a current customer.</source>
        <translation>شخص اشترى مؤخرًا بما يكفي ليُعدّ عميلًا حاليًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average order value (AOV)</source>
        <translation>متوسط قيمة الطلب (AOV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revenue / orders</source>
        <translation>الإيرادات / الطلبات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders in the range</source>
        <translation>الطلبات ضمن النطاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders dated inside the selected date range</source>
        <translation>الطلبات المؤرخة داخل نطاق التاريخ المحدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What an order brings in on average.</source>
        <translation>ما يجلبه الطلب في المتوسط.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AOV of 1st vs 2nd vs 3rd+ orders</source>
        <translation>متوسط قيمة الطلب الأول مقابل الثاني مقابل الثالث فأكثر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revenue of k-th orders / number of k-th orders (k = 1, 2, 3+ in each customer&apos;s whole history)</source>
        <translation>إيرادات الطلبات رقم k / عدد الطلبات رقم k (k = ١، ٢، ٣ فأكثر في كامل سجل كل عميل)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders of that rank in the range</source>
        <translation>طلبات تلك المرتبة ضمن النطاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do later purchases get bigger or smaller?</source>
        <translation>هل تكبر المشتريات اللاحقة أم تصغر؟</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Churn rate</source>
        <translation>معدل التسرب</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Dormant</source>
        <translation>خاملون</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CRR (seed formula)</source>
        <translation>معدل الاحتفاظ (الصيغة الأساسية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strict CRR</source>
        <translation>معدل الاحتفاظ الصارم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New</source>
        <translation>جدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning</source>
        <translation>مستمرون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resurrected</source>
        <translation>عائدون</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>(S0 - R) / S0 = 1 - strict retention rate</source>
        <translation>(S0 - R) / S0 = ١ - معدل الاحتفاظ الصارم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S0 = customers active at the period start</source>
        <translation>S0 = العملاء النشطون في بداية الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per period; active at instant t = ordered on a day in (t - W, t], W = activity window (default 90 days)</source>
        <translation>لكل فترة؛ النشط في اللحظة t = طلب في يوم ضمن (t - W، t]، W = نافذة النشاط (الافتراضي ٩٠ يومًا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the starting base lost during the period.</source>
        <translation>نسبة قاعدة العملاء في البداية التي خُسرت خلال الفترة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churned customers</source>
        <translation>العملاء المتسرّبون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S0 - R</source>
        <translation>S0 - R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting customers who are no longer active at the period end.</source>
        <translation>عملاء البداية الذين لم يعودوا نشطين في نهاية الفترة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort health score</source>
        <translation>مؤشر صحة الفوج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 x cell value / weighted mean at the same age</source>
        <translation>١٠٠ × قيمة الخلية / المتوسط المرجّح عند العمر نفسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weighted mean at age k</source>
        <translation>المتوسط المرجّح عند العمر k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cohort = period of the first order (or the value of a dimension on the first order); age k = periods since the first order&apos;s period</source>
        <translation>الفوج = فترة الطلب الأول (أو قيمة بُعد في الطلب الأول)؛ العمر k = عدد الفترات منذ فترة الطلب الأول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 = an average cohort; above 100 the cohort does better than usual.</source>
        <translation>١٠٠ = فوج متوسط؛ فوق ١٠٠ يكون أداء الفوج أفضل من المعتاد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulative LTV through period k</source>
        <translation>القيمة الدائمة التراكمية حتى الفترة k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revenue of the cohort in periods 0..k / cohort size</source>
        <translation>إيرادات الفوج في الفترات ٠..k / حجم الفوج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cohort size</source>
        <translation>حجم الفوج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Realised lifetime value per acquired customer by age k.</source>
        <translation>القيمة الدائمة المحققة لكل عميل مكتسب حتى العمر k.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return on or after period k</source>
        <translation>العودة في الفترة k أو بعدها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cohort customers with an order in period k or later / cohort size</source>
        <translation>عملاء الفوج الذين لديهم طلب في الفترة k أو بعدها / حجم الفوج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unbounded retention: still buying at age k or later.</source>
        <translation>احتفاظ غير محدود: ما زال يشتري عند العمر k أو بعده.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repurchase by period k</source>
        <translation>إعادة الشراء حتى الفترة k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cohort customers with &gt;= 2 orders by the end of period k / cohort size</source>
        <translation>عملاء الفوج الذين لديهم طلبان أو أكثر بنهاية الفترة k / حجم الفوج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the cohort that has bought a second time by age k.</source>
        <translation>نسبة الفوج التي اشترت مرة ثانية حتى العمر k.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return on period k</source>
        <translation>العودة في الفترة k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cohort customers who ordered in period k / cohort size</source>
        <translation>عملاء الفوج الذين طلبوا في الفترة k / حجم الفوج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classic cohort retention curve (k = 0 is 100%). Wilson 95% interval per cell.</source>
        <translation>منحنى الاحتفاظ التقليدي للفوج (k = 0 يساوي ١٠٠٪). فترة ويلسون ٩٥٪ لكل خلية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue per cohort customer in period k</source>
        <translation>الإيراد لكل عميل في الفوج خلال الفترة k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revenue of the cohort in period k / cohort size</source>
        <translation>إيرادات الفوج في الفترة k / حجم الفوج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each acquired customer spends at age k.</source>
        <translation>ما ينفقه كل عميل مكتسب عند العمر k.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighted mean cohort</source>
        <translation>الفوج المتوسط المرجّح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sum over complete cells of value x n / sum of n, per age k</source>
        <translation>مجموع القيمة × n على الخلايا المكتملة / مجموع n، لكل عمر k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers in complete cells at age k</source>
        <translation>العملاء في الخلايا المكتملة عند العمر k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The average cohort, weighting bigger cohorts more.</source>
        <translation>الفوج المتوسط، مع وزن أكبر للأفواج الأكبر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer retention rate (CRR)</source>
        <translation>معدل الاحتفاظ بالعملاء (CRR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(E - N) / S0</source>
        <translation>(E - N) / S0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per period; active at instant t = ordered on a day in (t - W, t], W = activity window (default 90 days); N = customers whose first-ever order is in the period; E = customers active at the period end</source>
        <translation>لكل فترة؛ النشط في اللحظة t = طلب في يوم ضمن (t - W، t]، W = نافذة النشاط (الافتراضي ٩٠ يومًا)؛ N = العملاء الذين وقع أول طلب لهم على الإطلاق في الفترة؛ E = العملاء النشطون في نهاية الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classic CRR: end-of-period actives who are not new, relative to the starting base. It also counts people who came back after lapsing.</source>
        <translation>معدل الاحتفاظ التقليدي: النشطون في نهاية الفترة من غير الجدد، نسبةً إلى قاعدة البداية. ويحتسب أيضًا من عادوا بعد انقطاع.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strict retention rate</source>
        <translation>معدل الاحتفاظ الصارم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R / S0 with R = |active at start AND active at end|</source>
        <translation>R / S0 حيث R = |نشط في البداية ونشط في النهاية|</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the starting base still active at the end (people who came back from inactivity do not count).</source>
        <translation>نسبة قاعدة البداية التي ما زالت نشطة في النهاية (لا يُحتسب العائدون بعد خمول).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of distinct customer ids with &gt;= 1 order</source>
        <translation>عدد معرّفات العملاء المميزة التي لديها طلب واحد على الأقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People who bought at least once in the range (guests excluded).</source>
        <translation>الأشخاص الذين اشتروا مرة واحدة على الأقل ضمن النطاق (باستثناء الزوار).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dormant customers</source>
        <translation>العملاء الخاملون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ordered in the previous period but not in this one</source>
        <translation>طلبوا في الفترة السابقة وليس في هذه الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per period; &apos;ordered&apos; = has an order in the period</source>
        <translation>لكل فترة؛ «طلب» = لديه طلب في الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers lost in the period (shown as a negative bar).</source>
        <translation>العملاء الذين خُسروا في الفترة (يظهرون كعمود سالب).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customers</source>
        <translation>العملاء الجدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first-ever order in the period</source>
        <translation>أول طلب على الإطلاق في الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers acquired in the period.</source>
        <translation>العملاء المكتسبون في الفترة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resurrected customers</source>
        <translation>العملاء العائدون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ordered in this period, not in the previous one, not new</source>
        <translation>طلبوا في هذه الفترة، وليس في السابقة، وليسوا جددًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers who came back after a break.</source>
        <translation>العملاء الذين عادوا بعد انقطاع.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning customers</source>
        <translation>العملاء المستمرون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ordered in this and in the previous period (not new)</source>
        <translation>طلبوا في هذه الفترة وفي الفترة السابقة (ليسوا جددًا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers who keep buying period after period.</source>
        <translation>العملاء الذين يواصلون الشراء فترة بعد فترة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N-day repeat rate</source>
        <translation>معدل تكرار الشراء خلال N يومًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers with another order within N days of their first / eligible customers</source>
        <translation>العملاء الذين لديهم طلب آخر خلال N يومًا من طلبهم الأول / العملاء المؤهلون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers whose first order is in the range and at least N days before the data end</source>
        <translation>العملاء الذين يقع طلبهم الأول ضمن النطاق وقبل نهاية البيانات بـ N يومًا على الأقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N days after the first order</source>
        <translation>N يومًا بعد الطلب الأول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of new customers who buy again within N days; shown overall and per cohort.</source>
        <translation>نسبة العملاء الجدد الذين يشترون مجددًا خلال N يومًا؛ إجمالًا ولكل فوج.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of purchase documents of kind &apos;order&apos;</source>
        <translation>عدد مستندات الشراء من نوع «طلب»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchases by identified customers. Returns and cancellations adjust revenue but are not orders; guest checkouts are left out.</source>
        <translation>مشتريات العملاء المعروفين. تُعدّل المرتجعات والإلغاءات الإيرادات لكنها ليست طلبات؛ ولا تُحتسب مشتريات الزوار.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase frequency</source>
        <translation>تكرار الشراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders / customers</source>
        <translation>الطلبات / العملاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers with &gt;= 1 order in the range</source>
        <translation>العملاء الذين لديهم طلب واحد على الأقل ضمن النطاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times the average customer bought in the range.</source>
        <translation>كم مرة اشترى العميل المتوسط ضمن النطاق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick ratio</source>
        <translation>النسبة السريعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(new + resurrected) / dormant</source>
        <translation>(الجدد + العائدون) / الخاملون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dormant customers</source>
        <translation>العملاء الخاملون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth efficiency: above 1 the customer base grows.</source>
        <translation>كفاءة النمو: فوق ١ تنمو قاعدة العملاء.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>P(alive)</source>
        <translation>احتمال النشاط P(alive)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BG/NBD: 1 / (1 + [x &gt; 0] · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x))</source>
        <translation>BG/NBD: 1 / (1 + [x &gt; 0] · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—: a probability per customer</source>
        <translation>—: احتمال لكل عميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All purchase days up to the as-of date (same-day orders count once)</source>
        <translation>كل أيام الشراء حتى التاريخ المرجعي (تُحتسب طلبات اليوم الواحد مرة واحدة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chance the customer has not silently stopped buying. The model lets people stop only right after a purchase, so one-time buyers always show 1; judge them by expected purchases instead.</source>
        <translation>احتمال ألا يكون العميل قد توقف عن الشراء بصمت. يفترض النموذج أن التوقف يحدث بعد الشراء مباشرة فقط، لذا يظهر المشترون لمرة واحدة دائمًا بقيمة ١؛ قيّمهم بالمشتريات المتوقعة بدلًا من ذلك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected purchases</source>
        <translation>المشتريات المتوقعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BG/NBD conditional expectation E[X(t) | x, t_x, T] for t = the horizon</source>
        <translation>التوقع الشرطي لنموذج BG/NBD، E[X(t) | x, t_x, T] حيث t = الأفق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—: purchase days per customer</source>
        <translation>—: أيام الشراء لكل عميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next horizon months after the as-of date</source>
        <translation>أشهر الأفق التالية بعد التاريخ المرجعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x = repeat purchase days, t_x = time of the last one, T = time since the first purchase, in weeks (days / 7).</source>
        <translation>x = أيام الشراء المتكرر، t_x = وقت آخرها، T = الوقت منذ الشراء الأول، بالأسابيع (الأيام / ٧).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected spend per order</source>
        <translation>الإنفاق المتوقع لكل طلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gamma-Gamma: p·(v + x·m̄) / (p·x + q − 1); no repeats: p·v / (q − 1)</source>
        <translation>غاما-غاما: p·(v + x·m̄) / (p·x + q − 1)؛ دون تكرار: p·v / (q − 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat orders of the customer (m̄ = their mean repeat spend)</source>
        <translation>الطلبات المتكررة للعميل (m̄ = متوسط إنفاقه المتكرر)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All orders up to the as-of date</source>
        <translation>كل الطلبات حتى التاريخ المرجعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fitted on customers with repeat orders and positive spend. Assumes spend does not depend on how often someone buys; the app warns when it does.</source>
        <translation>يُلاءَم على العملاء ذوي الطلبات المتكررة والإنفاق الموجب. يفترض أن الإنفاق لا يعتمد على عدد مرات الشراء؛ وينبّه البرنامج عندما يعتمد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer lifetime value (CLV)</source>
        <translation>قيمة العميل مدى الحياة (CLV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>margin · Σ_k E[M] · (E[X(k·f)] − E[X((k−1)·f)]) / (1+d)^k, k = 1…H months</source>
        <translation>الهامش · Σ_k E[M] · (E[X(k·f)] − E[X((k−1)·f)]) / (1+d)^k، k = ١…H شهرًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—: gross profit per customer</source>
        <translation>—: الربح الإجمالي لكل عميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next H months (default 12), f = one month in weeks, d = monthly discount rate</source>
        <translation>الأشهر H القادمة (الافتراضي ١٢)، f = شهر واحد بالأسابيع، d = معدل الخصم الشهري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted gross profit, not revenue. With fewer than 300 repeat customers the app marks it rough and shows an 80 % interval.</source>
        <translation>ربح إجمالي متوقع، وليس إيرادًا. مع أقل من ٣٠٠ عميل متكرر يعلّمه البرنامج بأنه تقريبي ويعرض فترة ٨٠٪.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFM scores</source>
        <translation>درجات RFM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score = 1 + floor(5 · (rank − 1) / n), ties take their lowest rank; R ranks days since last order (fewer is better), F purchase days, M total revenue</source>
        <translation>الدرجة = 1 + floor(5 · (rank − 1) / n)، وتأخذ القيم المتساوية أدنى رتبة؛ R حسب الأيام منذ آخر طلب (الأقل أفضل)، F أيام الشراء، M إجمالي الإيرادات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All customers with an order up to the as-of date</source>
        <translation>جميع العملاء الذين لديهم طلب حتى التاريخ المرجعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All history up to the as-of date</source>
        <translation>كامل السجل حتى التاريخ المرجعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FM = (F + M) / 2 rounded half up; the segment comes from the R × FM rule table.</source>
        <translation>FM = (F + M) / 2 مقرّبًا للأعلى عند النصف؛ وتُستخرج الشريحة من جدول قواعد R × FM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFM segment</source>
        <translation>شريحة RFM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First rule of the segment table whose R and FM ranges contain the customer</source>
        <translation>أول قاعدة في جدول الشرائح تشمل نطاقاتها لـ R وFM العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eleven segments from Champions to Lost; the table is shown in the app.</source>
        <translation>إحدى عشرة شريحة من «الأبطال» إلى «المفقودين»؛ ويُعرض الجدول في البرنامج.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifecycle stage</source>
        <translation>مرحلة دورة الحياة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new → churned → reactivated → at risk → active (first matching rule)</source>
        <translation>جديد ← متسرّب ← عاد للنشاط ← معرّض للخسارة ← نشط (أول قاعدة مطابقة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity window W (settings) and each customer&apos;s median gap between purchase days (one-time buyers: the shop&apos;s median gap)</source>
        <translation>نافذة النشاط W (الإعدادات) ووسيط الفجوة بين أيام شراء كل عميل (للمشترين لمرة واحدة: وسيط فجوة المتجر)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk: more than 1.5× their usual gap since the last order, or P(alive) below 0.3. Rules are editable.</source>
        <translation>معرّض للخسارة: مضى منذ آخر طلب أكثر من ١٫٥ ضعف فجوته المعتادة، أو P(alive) أقل من ٠٫٣. القواعد قابلة للتعديل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage movement</source>
        <translation>الانتقال بين المراحل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers counted by (stage at date A, stage at date B)</source>
        <translation>عدد العملاء حسب (المرحلة في التاريخ A، المرحلة في التاريخ B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers with an order by date B</source>
        <translation>العملاء الذين لديهم طلب حتى التاريخ B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date A = as-of date − W, date B = as-of date</source>
        <translation>التاريخ A = التاريخ المرجعي − W، التاريخ B = التاريخ المرجعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers who had not bought yet at date A appear as &apos;not yet a customer&apos;.</source>
        <translation>يظهر العملاء الذين لم يشتروا بعد في التاريخ A على أنهم «ليس عميلًا بعد».</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>Repeat purchase rate</source>
        <translation>معدل تكرار الشراء</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>customers with &gt;= 2 orders in the range / customers with &gt;= 1 order in the range</source>
        <translation>العملاء الذين لديهم طلبان أو أكثر ضمن النطاق / العملاء الذين لديهم طلب واحد على الأقل ضمن النطاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders dated inside the selected date range only (earlier history ignored)</source>
        <translation>الطلبات المؤرخة داخل النطاق المحدد فقط (يُتجاهل السجل السابق)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of this range&apos;s customers who bought more than once inside it.</source>
        <translation>نسبة عملاء هذا النطاق الذين اشتروا أكثر من مرة داخله.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E - N - R (active at end, not new, not active at start)</source>
        <translation>E - N - R (نشط في النهاية، ليس جديدًا، غير نشط في البداية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed customers who came back during the period.</source>
        <translation>العملاء المنقطعون الذين عادوا خلال الفترة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retained customers (R)</source>
        <translation>العملاء المحتفَظ بهم (R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>|active at start AND active at end|</source>
        <translation>|نشط في البداية ونشط في النهاية|</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting customers who are still active at the end.</source>
        <translation>عملاء البداية الذين ما زالوا نشطين في النهاية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning-customer rate</source>
        <translation>معدل العملاء العائدين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers ordering in the range who had an earlier order (before the range or earlier in it) / customers ordering in the range</source>
        <translation>العملاء الذين طلبوا ضمن النطاق ولديهم طلب سابق (قبل النطاق أو في وقت أبكر منه) / العملاء الذين طلبوا ضمن النطاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whole history up to the range end</source>
        <translation>كامل السجل حتى نهاية النطاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shopify-style: share of this range&apos;s customers who are not buying for the first time.</source>
        <translation>على طريقة Shopify: نسبة عملاء هذا النطاق الذين لا يشترون لأول مرة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sum of order revenue, minus returns/cancellations under the &apos;net&apos; revenue policy</source>
        <translation>مجموع إيرادات الطلبات، مطروحًا منها المرتجعات والإلغاءات في وضع «الصافي»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders dated inside the selected date range (returns on the day they happened)</source>
        <translation>الطلبات المؤرخة داخل النطاق المحدد (المرتجعات في يوم حدوثها)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money taken from identified customers.</source>
        <translation>الأموال المحصّلة من العملاء المعروفين.</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Revenue per customer</source>
        <translation>الإيراد لكل عميل</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>revenue / customers</source>
        <translation>الإيرادات / العملاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the average customer spent in the range.</source>
        <translation>ما أنفقه العميل المتوسط ضمن النطاق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second order within N days</source>
        <translation>الطلب الثاني خلال N يومًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers with a 2nd order within N days of the first / eligible customers</source>
        <translation>العملاء الذين قدّموا طلبًا ثانيًا خلال N يومًا من الأول / العملاء المؤهلون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N = 30, 60, 90 days after the first order</source>
        <translation>N = ٣٠ أو ٦٠ أو ٩٠ يومًا بعد الطلب الأول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of new customers who come back quickly (only customers observed for N days).</source>
        <translation>نسبة العملاء الجدد الذين يعودون سريعًا (فقط العملاء المرصودون لمدة N يومًا).</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Share of spend</source>
        <translation>حصة الإنفاق</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>revenue of the segment / revenue of all segments</source>
        <translation>إيرادات الشريحة / إيرادات كل الشرائح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revenue of all values of the dimension</source>
        <translation>إيرادات كل قيم البُعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which segment brings in the money.</source>
        <translation>أي شريحة تجلب المال.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to second purchase</source>
        <translation>الوقت حتى الشراء الثاني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days from a customer&apos;s first order to their second order (median, quartiles)</source>
        <translation>الأيام من الطلب الأول للعميل حتى طلبه الثاني (الوسيط، الأرباع)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers whose first-ever order is in the range and who made a second order</source>
        <translation>العملاء الذين وقع أول طلب لهم على الإطلاق ضمن النطاق وقدّموا طلبًا ثانيًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first order in the range; second order up to the data end</source>
        <translation>الطلب الأول ضمن النطاق؛ والطلب الثاني حتى نهاية البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long new customers take to come back.</source>
        <translation>كم من الوقت يستغرق العملاء الجدد للعودة.</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../retention_desktop/ui/i18n.py" line="+256"/>
        <source>Restart needed</source>
        <extracomment>Native names shown in the language picker (never translated).</extracomment>
        <translation>يلزم إعادة التشغيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language and number settings apply after a restart. Restart now?</source>
        <translation>تُطبَّق اللغة وإعدادات الأرقام الجديدة بعد إعادة تشغيل البرنامج. هل تريد إعادة التشغيل الآن؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart now</source>
        <translation>إعادة التشغيل الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../retention_desktop/ui/dialogs/error_dialog.py" line="+9"/>
        <source>the overview numbers</source>
        <translation>أرقام النظرة العامة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cohort analysis</source>
        <translation>تحليل الأفواج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the customer list of a cohort cell</source>
        <translation>قائمة عملاء خلية الفوج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file preview</source>
        <translation>معاينة الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the data summary</source>
        <translation>ملخص البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the filter values</source>
        <translation>قيم التصفية</translation>
    </message>
</context>
</TS>
