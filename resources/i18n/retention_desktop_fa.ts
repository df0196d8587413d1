<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name></name>
    <message>
        <location filename="../../retention_desktop/ui/dialogs/definitions_dialog.py" line="+26"/>
        <source>Formula</source>
        <translation>فرمول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted over</source>
        <translation>جامعهٔ شمارش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>بازهٔ زمانی</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/report/page.py" line="+131"/>
        <source>days</source>
        <translation>روز</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no previous period</source>
        <translation>بدون دورهٔ قبلی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pts vs previous</source>
        <translation>واحد درصد نسبت به دورهٔ قبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs previous</source>
        <translation>نسبت به دورهٔ قبل</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer retention summary</source>
        <translation>خلاصهٔ نگهداشت مشتری</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data</source>
        <translation>بدون داده</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none (all customers)</source>
        <translation>هیچ (همهٔ مشتریان)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cohort retention (share ordering in month k)</source>
        <translation>نگهداشت کوهورت‌ها (سهم خریداران در ماه k)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Retention curve: mean and each cohort</source>
        <translation>منحنی نگهداشت: میانگین و هر کوهورت</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Customers per month: lifecycle</source>
        <translation>مشتریان در هر ماه: چرخهٔ عمر</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Top segments by</source>
        <translation>بخش‌های برتر بر اساس</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Latest A/B tests</source>
        <translation>آخرین آزمون‌های A/B</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+81"/>
        <source>Segment</source>
        <translation>بخش</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+81"/>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Definitions used on this page</source>
        <translation>تعریف‌های به‌کاررفته در این صفحه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>net of returns</source>
        <translation>خالص پس از کسر مرجوعی‌ها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gross (returns ignored)</source>
        <translation>ناخالص (بدون در نظر گرفتن مرجوعی‌ها)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cohort</source>
        <translation>کوهورت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Appendix: cohort table</source>
        <translation>پیوست: جدول کوهورت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Appendix: CRR table (S0 / N / E)</source>
        <translation>پیوست: جدول نرخ نگهداشت (S0 / N / E)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Appendix: segments</source>
        <translation>پیوست: بخش‌ها</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../retention_desktop/ui/widgets/chart.py" line="+118"/>
        <source>Reset</source>
        <translation>بازنشانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset zoom (drag to pan, wheel to zoom)</source>
        <translation>بازنشانی بزرگ‌نمایی (برای جابه‌جایی بکشید، برای بزرگ‌نمایی چرخ ماوس را بچرخانید)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as a PNG picture</source>
        <translation>ذخیرهٔ این نمودار به‌صورت تصویر PNG</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Export chart</source>
        <translation>خروجی گرفتن از نمودار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG picture (*.png)</source>
        <translation>تصویر PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <location filename="../../retention_desktop/ui/widgets/table.py" line="+176"/>
        <location line="+8"/>
        <location line="+92"/>
        <source>Copy</source>
        <translation>کپی</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Copy the selected cells (or the whole table) for Excel</source>
        <translation>کپی خانه‌های انتخاب‌شده (یا کل جدول) برای اکسل</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+99"/>
        <source>Export…</source>
        <translation>خروجی…</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Save this table as CSV or Excel</source>
        <translation>ذخیرهٔ این جدول به‌صورت CSV یا اکسل</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Export table</source>
        <translation>خروجی گرفتن از جدول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV, comma separated (*.csv)</source>
        <translation>کارپوشهٔ اکسل (*.xlsx);;CSV، جداشده با ویرگول (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export failed</source>
        <translation>خروجی گرفتن ناموفق بود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write {0}: {1}</source>
        <translation>نوشتن {0} ممکن نشد: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy whole table</source>
        <translation>کپی کل جدول</translation>
    </message>
</context>
<context>
    <name>DefinitionsDialog</name>
    <message>
        <location filename="../../retention_desktop/ui/dialogs/definitions_dialog.py" line="+22"/>
        <source>Metric definitions</source>
        <translation>تعریف شاخص‌ها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search definitions…</source>
        <translation>جست‌وجو در تعریف‌ها…</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../retention_desktop/ui/mainwindow.py" line="+48"/>
        <source>&lt;b&gt;DEMO&lt;/b&gt; — you are looking at a made-up demo shop. Every screen works the same with your own exports.</source>
        <translation>&lt;b&gt;نسخهٔ نمایشی&lt;/b&gt; — این داده‌های یک فروشگاه ساختگی است. همهٔ صفحه‌ها با خروجی‌های فروشگاه خودتان هم همین‌طور کار می‌کنند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import your own data…</source>
        <translation>وارد کردن داده‌های خودتان…</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../retention_desktop/ui/dialogs/error_dialog.py" line="+25"/>
        <source>Something went wrong</source>
        <translation>مشکلی پیش آمد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not finish: {0}</source>
        <translation>انجام نشد: {0}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../retention_desktop/ui/filterbar.py" line="+89"/>
        <source>All time</source>
        <translation>همهٔ زمان‌ها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>۳۰ روز گذشته</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 90 days</source>
        <translation>۹۰ روز گذشته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>۱۲ ماه گذشته</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last calendar year</source>
        <translation>سال تقویمی گذشته</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom range</source>
        <translation>بازهٔ دلخواه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reporting period (relative to the newest order in the data)</source>
        <translation>دورهٔ گزارش (نسبت به جدیدترین سفارش در داده‌ها)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>any</source>
        <translation>همه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min orders: </source>
        <translation>حداقل سفارش: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only customers with at least this many orders</source>
        <translation>فقط مشتریانی که دست‌کم این تعداد سفارش دارند</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First order…</source>
        <translation>اولین سفارش…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only customers whose first order is between</source>
        <translation>فقط مشتریانی که اولین سفارششان در این بازه است</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved segments of this project</source>
        <translation>بخش‌های ذخیره‌شدهٔ این پروژه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save segment…</source>
        <translation>ذخیرهٔ بخش…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear filters</source>
        <translation>پاک کردن فیلترها</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Period:</source>
        <translation>دوره:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Segment:</source>
        <translation>بخش:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Saved segment</source>
        <translation>بخش ذخیره‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This saved segment cannot be read: {0}</source>
        <translation>این بخش ذخیره‌شده خوانده نمی‌شود: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save segment</source>
        <translation>ذخیرهٔ بخش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of this segment:</source>
        <translation>نام این بخش:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>period {0} – {1}</source>
        <translation>دوره {0} تا {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>at least {0} orders</source>
        <translation>دست‌کم {0} سفارش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most {0} orders</source>
        <translation>حداکثر {0} سفارش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first order {0} – {1}</source>
        <translation>اولین سفارش از {0} تا {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>customer revenue {0} – {1}</source>
        <translation>درآمد مشتری از {0} تا {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stage {0}</source>
        <translation>مرحلهٔ {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RFM {0}</source>
        <translation>RFM {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Active filters: {0}</source>
        <translation>فیلترهای فعال: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No filters: all customers, all time.</source>
        <translation>بدون فیلتر: همهٔ مشتریان، همهٔ زمان‌ها.</translation>
    </message>
</context>
<context>
    <name>HeatmapPanel</name>
    <message>
        <location filename="../../retention_desktop/ui/widgets/heatmap.py" line="+98"/>
        <source>Age (periods since first order)</source>
        <translation>سن (تعداد دوره از اولین سفارش)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort</source>
        <translation>کوهورت</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>○ period not complete yet   × fewer customers than the minimum cell size (low confidence)</source>
        <translation>○ دوره هنوز کامل نشده   × مشتریان کمتر از حداقل اندازهٔ خانه (اطمینان کم)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reset</source>
        <translation>بازنشانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset zoom (drag to pan, wheel to zoom)</source>
        <translation>بازنشانی بزرگ‌نمایی (برای جابه‌جایی بکشید، برای بزرگ‌نمایی چرخ ماوس را بچرخانید)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as a PNG picture</source>
        <translation>ذخیرهٔ این نمودار به‌صورت تصویر PNG</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Cohort {0} (size {1})</source>
        <translation>کوهورت {0} (اندازه {1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age {0}: {1}</source>
        <translation>سن {0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers in cell: {0}</source>
        <translation>مشتریان این خانه: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>95% CI: {0} – {1}</source>
        <translation>بازهٔ اطمینان ۹۵٪: {0} تا {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period not complete yet</source>
        <translation>دوره هنوز کامل نشده است</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low confidence: few customers</source>
        <translation>اطمینان کم: مشتریان کم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to list these customers</source>
        <translation>برای دیدن فهرست این مشتریان کلیک کنید</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export chart</source>
        <translation>خروجی گرفتن از نمودار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG picture (*.png)</source>
        <translation>تصویر PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>LanguageSettingsWidget</name>
    <message>
        <location filename="../../retention_desktop/ui/language_settings.py" line="+31"/>
        <source>Automatic (system language)</source>
        <translation>خودکار (زبان سیستم)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Default for the language</source>
        <translation>پیش‌فرض زبان</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Latin (0123)</source>
        <translation>لاتین (0123)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persian (۰۱۲۳)</source>
        <translation>فارسی (۰۱۲۳)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation>عربی (٠١٢٣)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits</source>
        <translation>ارقام</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jalali (Solar Hijri)</source>
        <translation>شمسی (هجری خورشیدی)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. IRR, Toman, USD, €</source>
        <translation>مثلاً ریال، تومان، USD، €</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency of your data</source>
        <translation>واحد پول داده‌های شما</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As recorded</source>
        <translation>همان‌طور که ثبت شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Toman</source>
        <translation>نمایش به تومان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Rial</source>
        <translation>نمایش به ریال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 Toman = 10 Rial. Only used when the currency is Rial or Toman.</source>
        <translation>هر تومان = ۱۰ ریال. فقط وقتی به کار می‌رود که واحد پول ریال یا تومان باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rial / Toman</source>
        <translation>ریال / تومان</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../retention_desktop/ui/mainwindow.py" line="+63"/>
        <source>This tab could not be loaded: {0}</source>
        <translation>این زبانه بارگذاری نشد: {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop every running computation or import (Esc)</source>
        <translation>توقف همهٔ محاسبه‌ها و ورود داده‌های در حال اجرا (Esc)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New project…</source>
        <translation>پروژهٔ &amp;جدید…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open project…</source>
        <translation>&amp;باز کردن پروژه…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>پروژه‌های &amp;اخیر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;demo shop</source>
        <translation>باز کردن فروشگاه &amp;نمایشی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import data…</source>
        <translation>&amp;ورود داده…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;خروجی…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the current tab&apos;s table</source>
        <translation>خروجی گرفتن از جدول زبانهٔ فعلی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;چاپ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show &amp;filter bar</source>
        <translation>نمایش نوار &amp;فیلتر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;تازه‌سازی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full &amp;screen</source>
        <translation>تمام‌&amp;صفحه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel running work</source>
        <translation>لغو کارهای در حال اجرا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings</source>
        <translation>&amp;تنظیمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Analysis settings…</source>
        <translation>تنظیمات &amp;تحلیل…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric &amp;definitions</source>
        <translation>&amp;تعریف شاخص‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About</source>
        <translation>&amp;درباره</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Project in use</source>
        <translation>پروژه در حال استفاده است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}

Open it read-only?</source>
        <translation>{0}

به‌صورت فقط‌خواندنی باز شود؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open project</source>
        <translation>پروژه باز نمی‌شود</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open project</source>
        <translation>باز کردن پروژه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention Desktop projects (*{0} *.duckdb);;All files (*)</source>
        <translation>پروژه‌های Retention Desktop (*{0} *.duckdb);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>New project</source>
        <translation>پروژهٔ جدید</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Retention Desktop projects (*{0})</source>
        <translation>پروژه‌های Retention Desktop (*{0})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} already exists. Choose another name, or open it with File &gt; Open.</source>
        <translation>{0} از قبل وجود دارد. نام دیگری انتخاب کنید یا آن را از «پرونده &gt; باز کردن» باز کنید.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Demo shop</source>
        <translation>فروشگاه نمایشی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not build the demo shop: {0}</source>
        <translation>ساختن فروشگاه نمایشی ممکن نشد: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import your own data</source>
        <translation>وارد کردن داده‌های خودتان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data goes into a project file of its own. Choose where to save it; then pick your CSV or Excel exports.</source>
        <translation>داده‌های شما در یک پروندهٔ پروژهٔ جداگانه نگهداری می‌شود. جای ذخیرهٔ آن را انتخاب کنید و سپس خروجی‌های CSV یا اکسل فروشگاهتان را برگزینید.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(no recent projects)</source>
        <translation>(پروژهٔ اخیری نیست)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No project</source>
        <translation>بدون پروژه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DEMO</source>
        <translation>نمایشی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read-only</source>
        <translation>فقط‌خواندنی</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About {0}</source>
        <translation>دربارهٔ {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Offline retention analytics for small shops: cohorts, retention, customer value, A/B tests and a printable KPI summary.&lt;/p&gt;&lt;p&gt;Your data never leaves this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;تحلیل آفلاین نگهداشت مشتری برای فروشگاه‌های کوچک: کوهورت‌ها، نرخ نگهداشت، ارزش طول عمر مشتری، آزمون‌های A/B و خلاصهٔ شاخص‌های کلیدی قابل چاپ.&lt;/p&gt;&lt;p&gt;داده‌های شما هرگز از این رایانه خارج نمی‌شود.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This tab has nothing to export. Use the Export buttons above tables and charts.</source>
        <translation>این زبانه چیزی برای خروجی ندارد. از دکمه‌های «خروجی» بالای جدول‌ها و نمودارها استفاده کنید.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Error: {0}</source>
        <translation>خطا: {0}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ready</source>
        <translation>آماده</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="+5"/>
        <source>no previous period</source>
        <translation>بدون دورهٔ قبلی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs previous</source>
        <translation>نسبت به دورهٔ قبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer retention summary</source>
        <translation>خلاصهٔ نگهداشت مشتری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data</source>
        <translation>بدون داده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (all customers)</source>
        <translation>هیچ (همهٔ مشتریان)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>بخش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Definitions used on this page</source>
        <translation>تعریف‌های به‌کاررفته در این صفحه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>net of returns</source>
        <translation>خالص پس از کسر مرجوعی‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gross (returns ignored)</source>
        <translation>ناخالص (بدون در نظر گرفتن مرجوعی‌ها)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>روز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pts vs previous</source>
        <translation>واحد درصد نسبت به دورهٔ قبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>داده‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline period</source>
        <translation>دورهٔ اصلی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort retention (share ordering in month k)</source>
        <translation>نگهداشت کوهورت‌ها (سهم خریداران در ماه k)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention curve: mean and each cohort</source>
        <translation>منحنی نگهداشت: میانگین و هر کوهورت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers per month: lifecycle</source>
        <translation>مشتریان در هر ماه: چرخهٔ عمر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest A/B tests</source>
        <translation>آخرین آزمون‌های A/B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active customer</source>
        <translation>مشتری فعال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ordered in the last</source>
        <translation>سفارش در آخرین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated on</source>
        <translation>تهیه‌شده در</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from</source>
        <translation>از</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filters</source>
        <translation>فیلترها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cohort</source>
        <translation>کوهورت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appendix: cohort table</source>
        <translation>پیوست: جدول کوهورت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appendix: CRR table (S0 / N / E)</source>
        <translation>پیوست: جدول نرخ نگهداشت (S0 / N / E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appendix: segments</source>
        <translation>پیوست: بخش‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DEMO DATA</source>
        <translation>دادهٔ نمایشی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compared with</source>
        <translation>در مقایسه با</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top segments by</source>
        <translation>بخش‌های برتر بر اساس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lift</source>
        <translation>بهبود</translation>
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
        <translation>زبان برنامه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appendix pages</source>
        <translation>صفحه‌های پیوست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀ Page</source>
        <translation>◀ صفحه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page ▶</source>
        <translation>صفحه ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print preview…</source>
        <translation>پیش‌نمایش چاپ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>خروجی PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Excel…</source>
        <translation>خروجی اکسل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save page as PNG…</source>
        <translation>ذخیرهٔ صفحه به‌صورت PNG…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper:</source>
        <translation>کاغذ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language:</source>
        <translation>زبان:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a project to see its report.</source>
        <translation>برای دیدن گزارش، یک پروژه باز کنید.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Preparing the report…</source>
        <translation>در حال آماده‌سازی گزارش…</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Export PDF</source>
        <translation>خروجی PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Excel</source>
        <translation>خروجی اکسل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel (*.xlsx)</source>
        <translation>اکسل (*.xlsx)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save page as PNG</source>
        <translation>ذخیرهٔ صفحه به‌صورت PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG image (*.png)</source>
        <translation>تصویر PNG (*.png)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed</source>
        <translation>خروجی گرفتن ناموفق بود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be written:</source>
        <translation>پرونده نوشته نشد:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../retention_desktop/ui/dialogs/settings_dialog.py" line="+26"/>
        <source>Analysis settings</source>
        <translation>تنظیمات تحلیل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>هفته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarter</source>
        <translation>فصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monday</source>
        <translation>دوشنبه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>سه‌شنبه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wednesday</source>
        <translation>چهارشنبه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>پنجشنبه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Friday</source>
        <translation>جمعه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saturday</source>
        <translation>شنبه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>یکشنبه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jalali (Persian)</source>
        <translation>شمسی (جلالی)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A customer is active on a day if they ordered in the previous W days (including that day).</source>
        <translation>مشتری در یک روز «فعال» است اگر در W روز گذشته (با احتساب همان روز) سفارش داده باشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net (returns and cancellations subtract)</source>
        <translation>خالص (مرجوعی‌ها و لغوها کم می‌شوند)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross (ignore returns)</source>
        <translation>ناخالص (مرجوعی‌ها نادیده گرفته می‌شوند)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cohort cells with fewer customers are marked low-confidence.</source>
        <translation>خانه‌های کوهورت با مشتریان کمتر از این، «کم‌اطمینان» علامت می‌خورند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. £, €, تومان</source>
        <translation>مثلاً تومان، ریال، €</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period grain</source>
        <translation>طول دوره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week starts on</source>
        <translation>شروع هفته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity window W</source>
        <translation>بازهٔ فعالیت W</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue policy</source>
        <translation>شیوهٔ محاسبهٔ درآمد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross margin</source>
        <translation>حاشیهٔ سود ناخالص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum customers per cohort cell</source>
        <translation>حداقل مشتری در هر خانهٔ کوهورت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency symbol</source>
        <translation>نماد واحد پول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings are saved in the project file.</source>
        <translation>تنظیمات در پروندهٔ پروژه ذخیره می‌شوند.</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/__init__.py" line="+34"/>
        <source>Data</source>
        <translation>داده‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overview</source>
        <translation>نمای کلی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cohorts</source>
        <translation>کوهورت‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segments &amp;&amp; campaigns</source>
        <translation>بخش‌ها و کمپین‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breakdowns by channel, campaign or country, CAC and the what-if projection will appear here in the next version.</source>
        <translation>تفکیک بر اساس کانال فروش، کمپین یا کشور، هزینهٔ جذب مشتری (CAC) و پیش‌بینی «اگر… آنگاه» در نسخهٔ بعدی اینجا نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A/B tests</source>
        <translation>آزمون‌های A/B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report</source>
        <translation>گزارش</translation>
    </message>
</context>
<context>
    <name>_RangePopup</name>
    <message>
        <location filename="../../retention_desktop/ui/filterbar.py" line="-296"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>تا</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="+214"/>
        <source>Champions</source>
        <translation>قهرمان‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal</source>
        <translation>وفادار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential loyalists</source>
        <translation>وفادارهای بالقوه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promising</source>
        <translation>امیدوارکننده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need attention</source>
        <translation>نیازمند توجه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About to sleep</source>
        <translation>در آستانهٔ خواب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>در معرض ریزش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t lose them</source>
        <translation>نباید از دستشان داد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hibernating</source>
        <translation>در خواب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>از دست رفته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought recently, buy often and spend the most</source>
        <translation>به‌تازگی خریده‌اند، زیاد خرید می‌کنند و بیشترین هزینه را دارند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy regularly and spend well</source>
        <translation>مرتب خرید می‌کنند و خوب هزینه می‌کنند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent customers with average frequency</source>
        <translation>مشتریان تازه با دفعات خرید متوسط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought for the first time very recently</source>
        <translation>همین تازگی برای اولین بار خریده‌اند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent shoppers who have not spent much yet</source>
        <translation>خریداران تازه‌ای که هنوز خرید زیادی نکرده‌اند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average recency, frequency and spend</source>
        <translation>تازگی، دفعات و مبلغ خرید متوسط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below-average recency and frequency</source>
        <translation>تازگی و دفعات خرید کمتر از میانگین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used to buy often, but not for a long time</source>
        <translation>قبلاً زیاد می‌خریدند، اما مدت‌هاست خرید نکرده‌اند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Were among the best, gone quiet for long</source>
        <translation>از بهترین‌ها بودند، اما مدت‌هاست خبری از آن‌ها نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last purchase long ago, few orders, low spend</source>
        <translation>آخرین خرید مدت‌ها پیش، سفارش کم، هزینهٔ کم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest recency, frequency and spend</source>
        <translation>کمترین تازگی، دفعات و مبلغ خرید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>جدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reactivated</source>
        <translation>بازفعال‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivated</source>
        <translation>بازفعال‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at risk</source>
        <translation>در معرض ریزش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>churned</source>
        <translation>ریزش‌کرده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churned</source>
        <translation>ریزش‌کرده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet a customer</source>
        <translation>هنوز مشتری نشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet a customer</source>
        <translation>هنوز مشتری نشده</translation>
    </message>
</context>
<context>
    <name>definitions</name>
    <message>
        <location line="-244"/>
        <source>CUPED adjustment</source>
        <translation>تعدیل CUPED</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>y − θ·(x − mean x), θ = cov(x, y) / var(x), x = spend up to assignment</source>
        <translation>y − θ·(x − mean x)، θ = cov(x, y) / var(x)، x = خرید تا زمان تخصیص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all customers in the test</source>
        <translation>همهٔ مشتریان آزمون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>history up to the assignment</source>
        <translation>سابقه تا زمان تخصیص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the part of the outcome explained by what customers spent before the test, so the same test needs fewer customers.</source>
        <translation>بخشی از نتیجه را که با خرید مشتریان پیش از آزمون توضیح داده می‌شود حذف می‌کند، تا همان آزمون با مشتریان کمتری به نتیجه برسد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference vs control</source>
        <translation>تفاوت با گروه کنترل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate(variant) − rate(control); interval: Newcombe hybrid score (built from both Wilson intervals)</source>
        <translation>نرخ(نسخهٔ آزمایشی) − نرخ(کنترل)؛ بازه: امتیاز ترکیبی نیوکامب (ساخته از دو بازهٔ ویلسون)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers in each variant</source>
        <translation>مشتریان هر نسخه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the test period: from each customer&apos;s assignment to the end of the outcome window</source>
        <translation>دورهٔ آزمون: از تخصیص هر مشتری تا پایان بازهٔ سنجش نتیجه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many percentage points the variant adds over the control.</source>
        <translation>نسخهٔ آزمایشی چند واحد درصد به گروه کنترل اضافه می‌کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected loss</source>
        <translation>زیان مورد انتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E[max(rate_control − rate_variant, 0)] under the same posteriors</source>
        <translation>E[max(rate_control − rate_variant, 0)] با همان توزیع‌های پسین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you expect to give up (in rate points) by switching to the variant if it is in fact worse. Small = a safe switch.</source>
        <translation>اگر نسخهٔ آزمایشی در واقع بدتر باشد، با رفتن به سراغ آن انتظار دارید چقدر (بر حسب واحد نرخ) از دست بدهید. کوچک = تغییری بی‌خطر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative lift</source>
        <translation>بهبود نسبی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(variant − control) / control × 100; interval by the delta method: Var ≈ (se_v² + R²·se_c²) / control², R = variant / control</source>
        <translation>(نسخه − کنترل) / کنترل × ۱۰۰؛ بازه با روش دلتا: Var ≈ (se_v² + R²·se_c²) / control²، R = نسخه / کنترل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the control&apos;s rate (or mean)</source>
        <translation>نرخ (یا میانگین) گروه کنترل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much better the variant is, in percent of the control. Undefined when the control is 0.</source>
        <translation>نسخهٔ آزمایشی چند درصد از گروه کنترل بهتر است. وقتی مقدار کنترل صفر باشد تعریف نمی‌شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active at day N (A/B outcome)</source>
        <translation>فعال در روز N (نتیجهٔ A/B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers with a repeat order in (t0 + N − W, t0 + N], after t0 / customers</source>
        <translation>مشتریانی که در (t0 + N − W، t0 + N]، پس از t0، سفارش دوباره داشته‌اند / مشتریان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers observed for N days after assignment t0</source>
        <translation>مشتریانی که N روز پس از تخصیص t0 زیر نظر بوده‌اند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activity window W ending N days after assignment</source>
        <translation>بازهٔ فعالیت W که N روز پس از تخصیص تمام می‌شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the customer still buying N days after the test started?</source>
        <translation>آیا مشتری N روز پس از شروع آزمون هنوز خرید می‌کند؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churned by day N (A/B outcome)</source>
        <translation>ریزش تا روز N (نتیجهٔ A/B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 − active at day N</source>
        <translation>۱ − فعال در روز N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers observed for N days</source>
        <translation>مشتریانی که N روز زیر نظر بوده‌اند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower is better.</source>
        <translation>هرچه کمتر، بهتر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat within N days (A/B outcome)</source>
        <translation>خرید دوباره تا N روز (نتیجهٔ A/B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers with an order other than their first in (t0, t0 + N days] / customers</source>
        <translation>مشتریانی که در (t0، t0 + N روز] سفارشی غیر از اولین سفارششان داشته‌اند / مشتریان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N days after assignment</source>
        <translation>N روز پس از تخصیص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did the customer come back?</source>
        <translation>آیا مشتری برگشت؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue per customer in N days (A/B outcome)</source>
        <translation>درآمد به ازای هر مشتری در N روز (نتیجهٔ A/B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sum of revenue in (t0, t0 + N days] / customers</source>
        <translation>مجموع درآمد در (t0، t0 + N روز] / مشتریان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money per customer after the test started (revenue policy applies).</source>
        <translation>پول به ازای هر مشتری پس از شروع آزمون (با شیوهٔ محاسبهٔ درآمد انتخاب‌شده).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p-value, Holm-corrected</source>
        <translation>مقدار p با اصلاح هولم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holm step-down: sort the k p-values, multiply the i-th smallest by (k − i + 1), keep them increasing, cap at 1</source>
        <translation>روش گام‌به‌گام هولم: k مقدار p را مرتب کنید، i‌امین کوچک‌ترین را در (k − i + 1) ضرب کنید، صعودی نگه دارید و حداکثر ۱ بگذارید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the k variant-vs-control comparisons</source>
        <translation>k مقایسهٔ نسخه با کنترل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protects against a false winner when several variants are tested at once. Equals the p-value with one variant.</source>
        <translation>وقتی چند نسخه هم‌زمان آزموده می‌شوند، از اعلام برندهٔ اشتباه جلوگیری می‌کند. با یک نسخه برابر همان مقدار p است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p-value</source>
        <translation>مقدار p</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conversions: pooled two-proportion z-test, z = (p_v − p_c) / sqrt(p̄(1−p̄)(1/n_v + 1/n_c)); means: Welch t-test; two-sided</source>
        <translation>نرخ تبدیل: آزمون z دو نسبت تجمیعی، z = (p_v − p_c) / sqrt(p̄(1−p̄)(1/n_v + 1/n_c))؛ میانگین‌ها: آزمون t ولش؛ دوطرفه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the variants were truly equal, the chance of a gap at least this big. Below alpha (0.05) = unlikely to be chance.</source>
        <translation>اگر نسخه‌ها واقعاً یکسان بودند، احتمال دیدن اختلافی دست‌کم به این بزرگی. کمتر از آلفا (۰٫۰۵) = بعید است تصادفی باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chance to beat control</source>
        <translation>احتمال برتری بر کنترل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P(rate_variant &gt; rate_control) with Beta(1 + converted, 1 + not converted) posteriors (uniform prior), computed exactly; means: normal approximation</source>
        <translation>P(rate_variant &gt; rate_control) با توزیع‌های پسین Beta(1 + تبدیل‌شده، 1 + تبدیل‌نشده) (پیشین یکنواخت)، محاسبهٔ دقیق؛ میانگین‌ها: تقریب نرمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How sure we are that the variant is really better.</source>
        <translation>چقدر مطمئنیم که نسخهٔ آزمایشی واقعاً بهتر است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion rate (A/B)</source>
        <translation>نرخ تبدیل (A/B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>converted customers / customers in the variant</source>
        <translation>مشتریان تبدیل‌شده / مشتریان آن نسخه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers assigned to the variant and observed for the whole window</source>
        <translation>مشتریانی که به آن نسخه تخصیص یافته و در کل بازه زیر نظر بوده‌اند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the variant&apos;s customers who did the target action.</source>
        <translation>سهم مشتریان آن نسخه که کار هدف را انجام داده‌اند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate interval (Wilson 95 %)</source>
        <translation>بازهٔ نرخ (ویلسون ۹۵٪)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wilson score interval: (p + z²/2n ± z·sqrt(p(1−p)/n + z²/4n²)) / (1 + z²/n)</source>
        <translation>بازهٔ امتیاز ویلسون: (p + z²/2n ± z·sqrt(p(1−p)/n + z²/4n²)) / (1 + z²/n)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers in the variant</source>
        <translation>مشتریان آن نسخه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the true rate probably lies; stays sensible at 0 % and 100 %.</source>
        <translation>جایی که نرخ واقعی احتمالاً در آن است؛ در ۰٪ و ۱۰۰٪ هم معنادار می‌ماند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample size per variant</source>
        <translation>حجم نمونه برای هر نسخه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evan Miller: (z_α·sqrt(2p(1−p)) + z_β·sqrt(p(1−p) + p₂(1−p₂)))² / δ²; alpha split by Bonferroni when more than 2 variants</source>
        <translation>اوان میلر: (z_α·sqrt(2p(1−p)) + z_β·sqrt(p(1−p) + p₂(1−p₂)))² / δ²؛ با بیش از ۲ نسخه، آلفا به روش بونفرونی تقسیم می‌شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers each variant needs to detect the expected change with the chosen power.</source>
        <translation>تعداد مشتریانی که هر نسخه لازم دارد تا تغییر مورد انتظار را با توان انتخاب‌شده تشخیص دهد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always-valid interval (sequential mode)</source>
        <translation>بازهٔ همیشه‌معتبر (حالت پی‌درپی)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>normal-mixture confidence sequence on I = 1/Var(diff): |I·(d̂ − d)| ≤ sqrt((I + 1/ρ²)(2·ln(1/α) + ln(1 + ρ²I)))</source>
        <translation>دنبالهٔ اطمینان آمیختهٔ نرمال روی I = 1/Var(diff): |I·(d̂ − d)| ≤ sqrt((I + 1/ρ²)(2·ln(1/α) + ln(1 + ρ²I)))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers in each variant so far</source>
        <translation>مشتریان هر نسخه تا این لحظه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every look, at any time</source>
        <translation>هر بار نگاه، در هر زمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe to check every day: the chance it ever misses the true difference stays below alpha. Wider than the fixed interval.</source>
        <translation>می‌توانید هر روز نتیجه را ببینید: احتمال اینکه هرگز اختلاف واقعی را از دست بدهد کمتر از آلفا می‌ماند. از بازهٔ ثابت پهن‌تر است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample ratio mismatch (SRM)</source>
        <translation>عدم تطابق نسبت نمونه (SRM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chi² = Σ (customers − expected)² / expected, expected from the planned split; warning when p &lt; 0.001</source>
        <translation>chi² = Σ (مشتریان − مورد انتظار)² / مورد انتظار، مقدار مورد انتظار از تقسیم برنامه‌ریزی‌شده؛ هشدار وقتی p &lt; 0.001</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks that customers were split as planned. A mismatch means the assignment is broken and the results cannot be trusted.</source>
        <translation>بررسی می‌کند که مشتریان طبق برنامه تقسیم شده باشند. عدم تطابق یعنی تخصیص خراب است و نمی‌توان به نتایج اعتماد کرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active customer</source>
        <translation>مشتری فعال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ordered on a day in (t - W, t]</source>
        <translation>در روزی در بازهٔ (t - W، t] سفارش داده است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W = activity window setting (default 90 days)</source>
        <translation>W = تنظیم بازهٔ فعالیت (پیش‌فرض ۹۰ روز)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone who bought recently enough to count as a current customer.</source>
        <translation>کسی که به‌قدر کافی تازه خرید کرده که مشتری فعلی به حساب بیاید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average order value (AOV)</source>
        <translation>میانگین ارزش سفارش (AOV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revenue / orders</source>
        <translation>درآمد / سفارش‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders in the range</source>
        <translation>سفارش‌های داخل بازه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders dated inside the selected date range</source>
        <translation>سفارش‌هایی که تاریخشان در بازهٔ انتخاب‌شده است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What an order brings in on average.</source>
        <translation>هر سفارش به‌طور میانگین چقدر درآمد می‌آورد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AOV of 1st vs 2nd vs 3rd+ orders</source>
        <translation>میانگین ارزش سفارش اول، دوم و سوم به بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revenue of k-th orders / number of k-th orders (k = 1, 2, 3+ in each customer&apos;s whole history)</source>
        <translation>درآمد سفارش‌های kام / تعداد سفارش‌های kام (k = ۱، ۲، ۳ به بعد در کل سابقهٔ هر مشتری)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders of that rank in the range</source>
        <translation>سفارش‌های آن رتبه در بازه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do later purchases get bigger or smaller?</source>
        <translation>آیا خریدهای بعدی بزرگ‌تر می‌شوند یا کوچک‌تر؟</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Churn rate</source>
        <translation>نرخ ریزش</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Dormant</source>
        <translation>غیرفعال‌شده</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CRR (seed formula)</source>
        <translation>نرخ نگهداشت (فرمول پایه)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strict CRR</source>
        <translation>نرخ نگهداشت سخت‌گیرانه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning</source>
        <translation>تکرارکننده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resurrected</source>
        <translation>بازگشته</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>(S0 - R) / S0 = 1 - strict retention rate</source>
        <translation>(S0 - R) / S0 = ۱ - نرخ نگهداشت سخت‌گیرانه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S0 = customers active at the period start</source>
        <translation>S0 = مشتریان فعال در آغاز دوره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per period; active at instant t = ordered on a day in (t - W, t], W = activity window (default 90 days)</source>
        <translation>در هر دوره؛ فعال در لحظهٔ t = سفارش در روزی از (t - W، t]، W = بازهٔ فعالیت (پیش‌فرض ۹۰ روز)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the starting base lost during the period.</source>
        <translation>سهمی از مشتریان ابتدای دوره که در طول دوره از دست رفته‌اند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churned customers</source>
        <translation>مشتریان ریزش‌کرده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S0 - R</source>
        <translation>S0 - R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting customers who are no longer active at the period end.</source>
        <translation>مشتریان ابتدای دوره که در پایان دوره دیگر فعال نیستند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort health score</source>
        <translation>امتیاز سلامت کوهورت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 x cell value / weighted mean at the same age</source>
        <translation>۱۰۰ × مقدار خانه / میانگین وزنی در همان سن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weighted mean at age k</source>
        <translation>میانگین وزنی در سن k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cohort = period of the first order (or the value of a dimension on the first order); age k = periods since the first order&apos;s period</source>
        <translation>کوهورت = دورهٔ اولین سفارش (یا مقدار یک ویژگی در اولین سفارش)؛ سن k = تعداد دوره‌ها از دورهٔ اولین سفارش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 = an average cohort; above 100 the cohort does better than usual.</source>
        <translation>۱۰۰ = کوهورت معمولی؛ بالای ۱۰۰ یعنی کوهورت بهتر از معمول عمل کرده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulative LTV through period k</source>
        <translation>ارزش طول عمر تجمعی تا دورهٔ k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revenue of the cohort in periods 0..k / cohort size</source>
        <translation>درآمد کوهورت در دوره‌های ۰ تا k / اندازهٔ کوهورت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cohort size</source>
        <translation>اندازهٔ کوهورت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Realised lifetime value per acquired customer by age k.</source>
        <translation>ارزش طول عمر محقق‌شده به ازای هر مشتری جذب‌شده تا سن k.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return on or after period k</source>
        <translation>بازگشت در دورهٔ k یا پس از آن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cohort customers with an order in period k or later / cohort size</source>
        <translation>مشتریان کوهورت با سفارش در دورهٔ k یا بعد از آن / اندازهٔ کوهورت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unbounded retention: still buying at age k or later.</source>
        <translation>نگهداشت بی‌کران: در سن k یا پس از آن هنوز خرید می‌کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repurchase by period k</source>
        <translation>خرید دوباره تا دورهٔ k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cohort customers with &gt;= 2 orders by the end of period k / cohort size</source>
        <translation>مشتریان کوهورت با دست‌کم ۲ سفارش تا پایان دورهٔ k / اندازهٔ کوهورت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the cohort that has bought a second time by age k.</source>
        <translation>سهمی از کوهورت که تا سن k برای بار دوم خرید کرده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return on period k</source>
        <translation>بازگشت در دورهٔ k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cohort customers who ordered in period k / cohort size</source>
        <translation>مشتریان کوهورت که در دورهٔ k سفارش داده‌اند / اندازهٔ کوهورت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classic cohort retention curve (k = 0 is 100%). Wilson 95% interval per cell.</source>
        <translation>منحنی کلاسیک نگهداشت کوهورت (k = 0 برابر ۱۰۰٪ است). بازهٔ ویلسون ۹۵٪ برای هر خانه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue per cohort customer in period k</source>
        <translation>درآمد به ازای هر مشتری کوهورت در دورهٔ k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revenue of the cohort in period k / cohort size</source>
        <translation>درآمد کوهورت در دورهٔ k / اندازهٔ کوهورت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each acquired customer spends at age k.</source>
        <translation>هر مشتری جذب‌شده در سن k چقدر خرج می‌کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighted mean cohort</source>
        <translation>کوهورت میانگین وزنی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sum over complete cells of value x n / sum of n, per age k</source>
        <translation>مجموع مقدار × n روی خانه‌های کامل / مجموع n، برای هر سن k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers in complete cells at age k</source>
        <translation>مشتریان خانه‌های کامل در سن k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The average cohort, weighting bigger cohorts more.</source>
        <translation>کوهورت میانگین، با وزن بیشتر برای کوهورت‌های بزرگ‌تر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer retention rate (CRR)</source>
        <translation>نرخ نگهداشت مشتری (CRR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(E - N) / S0</source>
        <translation>(E - N) / S0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per period; active at instant t = ordered on a day in (t - W, t], W = activity window (default 90 days); N = customers whose first-ever order is in the period; E = customers active at the period end</source>
        <translation>در هر دوره؛ فعال در لحظهٔ t = سفارش در روزی از (t - W، t]، W = بازهٔ فعالیت (پیش‌فرض ۹۰ روز)؛ N = مشتریانی که اولین سفارش عمرشان در این دوره است؛ E = مشتریان فعال در پایان دوره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classic CRR: end-of-period actives who are not new, relative to the starting base. It also counts people who came back after lapsing.</source>
        <translation>نرخ نگهداشت کلاسیک: مشتریان فعال پایان دوره که جدید نیستند، نسبت به مشتریان ابتدای دوره. کسانی را هم که پس از وقفه برگشته‌اند می‌شمارد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strict retention rate</source>
        <translation>نرخ نگهداشت سخت‌گیرانه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R / S0 with R = |active at start AND active at end|</source>
        <translation>R / S0 که R = |فعال در آغاز و فعال در پایان|</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the starting base still active at the end (people who came back from inactivity do not count).</source>
        <translation>سهمی از مشتریان ابتدای دوره که در پایان هنوز فعال‌اند (بازگشتگان پس از غیرفعالی شمرده نمی‌شوند).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of distinct customer ids with &gt;= 1 order</source>
        <translation>تعداد شناسه‌های متمایز مشتری با دست‌کم ۱ سفارش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People who bought at least once in the range (guests excluded).</source>
        <translation>کسانی که دست‌کم یک بار در این بازه خرید کرده‌اند (بدون خریداران مهمان).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dormant customers</source>
        <translation>مشتریان غیرفعال‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ordered in the previous period but not in this one</source>
        <translation>در دورهٔ قبل سفارش داده‌اند اما در این دوره نه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per period; &apos;ordered&apos; = has an order in the period</source>
        <translation>در هر دوره؛ «سفارش داده» = در آن دوره سفارش دارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers lost in the period (shown as a negative bar).</source>
        <translation>مشتریانی که در این دوره از دست رفته‌اند (به‌صورت ستون منفی نشان داده می‌شوند).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customers</source>
        <translation>مشتریان جدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first-ever order in the period</source>
        <translation>اولین سفارش عمر در این دوره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers acquired in the period.</source>
        <translation>مشتریانی که در این دوره جذب شده‌اند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resurrected customers</source>
        <translation>مشتریان بازگشته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ordered in this period, not in the previous one, not new</source>
        <translation>در این دوره سفارش داده‌اند، در دورهٔ قبل نه، و جدید نیستند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers who came back after a break.</source>
        <translation>مشتریانی که پس از یک وقفه برگشته‌اند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning customers</source>
        <translation>مشتریان تکرارکننده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ordered in this and in the previous period (not new)</source>
        <translation>هم در این دوره و هم در دورهٔ قبل سفارش داده‌اند (جدید نیستند)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers who keep buying period after period.</source>
        <translation>مشتریانی که دوره به دوره به خرید ادامه می‌دهند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N-day repeat rate</source>
        <translation>نرخ خرید دوباره در N روز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers with another order within N days of their first / eligible customers</source>
        <translation>مشتریانی که تا N روز پس از اولین سفارش، سفارش دیگری داشته‌اند / مشتریان واجد شرایط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers whose first order is in the range and at least N days before the data end</source>
        <translation>مشتریانی که اولین سفارششان در بازه و دست‌کم N روز پیش از پایان داده‌هاست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N days after the first order</source>
        <translation>N روز پس از اولین سفارش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of new customers who buy again within N days; shown overall and per cohort.</source>
        <translation>سهم مشتریان جدیدی که تا N روز دوباره خرید می‌کنند؛ به‌صورت کلی و برای هر کوهورت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of purchase documents of kind &apos;order&apos;</source>
        <translation>تعداد اسناد خرید از نوع «سفارش»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchases by identified customers. Returns and cancellations adjust revenue but are not orders; guest checkouts are left out.</source>
        <translation>خریدهای مشتریان شناخته‌شده. مرجوعی‌ها و لغوها درآمد را اصلاح می‌کنند ولی سفارش به حساب نمی‌آیند؛ خریدهای مهمان شمرده نمی‌شوند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase frequency</source>
        <translation>دفعات خرید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders / customers</source>
        <translation>سفارش‌ها / مشتریان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers with &gt;= 1 order in the range</source>
        <translation>مشتریان با دست‌کم ۱ سفارش در بازه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times the average customer bought in the range.</source>
        <translation>مشتری معمولی در این بازه چند بار خرید کرده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick ratio</source>
        <translation>نسبت سریع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(new + resurrected) / dormant</source>
        <translation>(جدید + بازگشته) / غیرفعال‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dormant customers</source>
        <translation>مشتریان غیرفعال‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth efficiency: above 1 the customer base grows.</source>
        <translation>کارایی رشد: بالاتر از ۱ یعنی پایگاه مشتریان رشد می‌کند.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>P(alive)</source>
        <translation>احتمال فعال بودن P(alive)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BG/NBD: 1 / (1 + [x &gt; 0] · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x))</source>
        <translation>BG/NBD: 1 / (1 + [x &gt; 0] · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—: a probability per customer</source>
        <translation>—: یک احتمال برای هر مشتری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All purchase days up to the as-of date (same-day orders count once)</source>
        <translation>همهٔ روزهای خرید تا تاریخ مبنا (سفارش‌های یک روز یک بار شمرده می‌شوند)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chance the customer has not silently stopped buying. The model lets people stop only right after a purchase, so one-time buyers always show 1; judge them by expected purchases instead.</source>
        <translation>احتمال اینکه مشتری بی‌صدا خرید را کنار نگذاشته باشد. مدل فرض می‌کند افراد فقط درست پس از یک خرید کنار می‌کشند، پس خریداران یک‌باره همیشه ۱ نشان می‌دهند؛ آن‌ها را با «خریدهای مورد انتظار» بسنجید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected purchases</source>
        <translation>خریدهای مورد انتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BG/NBD conditional expectation E[X(t) | x, t_x, T] for t = the horizon</source>
        <translation>امید شرطی BG/NBD، E[X(t) | x, t_x, T] برای t = افق پیش‌بینی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—: purchase days per customer</source>
        <translation>—: روزهای خرید برای هر مشتری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next horizon months after the as-of date</source>
        <translation>ماه‌های افق پیش‌بینی پس از تاریخ مبنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x = repeat purchase days, t_x = time of the last one, T = time since the first purchase, in weeks (days / 7).</source>
        <translation>x = روزهای خرید تکراری، t_x = زمان آخرین آن‌ها، T = زمان از اولین خرید، بر حسب هفته (روز / ۷).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected spend per order</source>
        <translation>مبلغ مورد انتظار هر سفارش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gamma-Gamma: p·(v + x·m̄) / (p·x + q − 1); no repeats: p·v / (q − 1)</source>
        <translation>گاما-گاما: p·(v + x·m̄) / (p·x + q − 1)؛ بدون خرید تکراری: p·v / (q − 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat orders of the customer (m̄ = their mean repeat spend)</source>
        <translation>سفارش‌های تکراری مشتری (m̄ = میانگین مبلغ خریدهای تکراری او)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All orders up to the as-of date</source>
        <translation>همهٔ سفارش‌ها تا تاریخ مبنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fitted on customers with repeat orders and positive spend. Assumes spend does not depend on how often someone buys; the app warns when it does.</source>
        <translation>روی مشتریانی با سفارش تکراری و خرید مثبت برازش می‌شود. فرض می‌کند مبلغ خرید به دفعات خرید بستگی ندارد؛ اگر بستگی داشته باشد برنامه هشدار می‌دهد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer lifetime value (CLV)</source>
        <translation>ارزش طول عمر مشتری (CLV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>margin · Σ_k E[M] · (E[X(k·f)] − E[X((k−1)·f)]) / (1+d)^k, k = 1…H months</source>
        <translation>حاشیهٔ سود · Σ_k E[M] · (E[X(k·f)] − E[X((k−1)·f)]) / (1+d)^k، k = ۱…H ماه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—: gross profit per customer</source>
        <translation>—: سود ناخالص به ازای هر مشتری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next H months (default 12), f = one month in weeks, d = monthly discount rate</source>
        <translation>H ماه آینده (پیش‌فرض ۱۲)، f = یک ماه بر حسب هفته، d = نرخ تنزیل ماهانه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted gross profit, not revenue. With fewer than 300 repeat customers the app marks it rough and shows an 80 % interval.</source>
        <translation>سود ناخالص پیش‌بینی‌شده، نه درآمد. با کمتر از ۳۰۰ مشتری تکراری، برنامه آن را «تقریبی» علامت می‌زند و بازهٔ ۸۰٪ نشان می‌دهد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFM scores</source>
        <translation>امتیازهای RFM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score = 1 + floor(5 · (rank − 1) / n), ties take their lowest rank; R ranks days since last order (fewer is better), F purchase days, M total revenue</source>
        <translation>امتیاز = 1 + floor(5 · (rank − 1) / n)، مقادیر برابر کمترین رتبه را می‌گیرند؛ R بر اساس روزهای گذشته از آخرین سفارش (کمتر بهتر)، F روزهای خرید، M کل درآمد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All customers with an order up to the as-of date</source>
        <translation>همهٔ مشتریان با سفارش تا تاریخ مبنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All history up to the as-of date</source>
        <translation>کل سابقه تا تاریخ مبنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FM = (F + M) / 2 rounded half up; the segment comes from the R × FM rule table.</source>
        <translation>FM = (F + M) / 2 که نیمه به بالا گرد می‌شود؛ بخش از جدول قواعد R × FM به دست می‌آید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFM segment</source>
        <translation>بخش RFM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First rule of the segment table whose R and FM ranges contain the customer</source>
        <translation>اولین قاعدهٔ جدول بخش‌ها که بازه‌های R و FM آن شامل مشتری شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eleven segments from Champions to Lost; the table is shown in the app.</source>
        <translation>یازده بخش از «قهرمان‌ها» تا «از دست رفته»؛ جدول آن در برنامه نمایش داده می‌شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifecycle stage</source>
        <translation>مرحلهٔ چرخهٔ عمر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new → churned → reactivated → at risk → active (first matching rule)</source>
        <translation>جدید ← ریزش‌کرده ← بازفعال‌شده ← در معرض ریزش ← فعال (اولین قاعدهٔ منطبق)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity window W (settings) and each customer&apos;s median gap between purchase days (one-time buyers: the shop&apos;s median gap)</source>
        <translation>بازهٔ فعالیت W (تنظیمات) و میانهٔ فاصلهٔ روزهای خرید هر مشتری (برای خریداران یک‌باره: میانهٔ فاصلهٔ کل فروشگاه)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk: more than 1.5× their usual gap since the last order, or P(alive) below 0.3. Rules are editable.</source>
        <translation>در معرض ریزش: بیش از ۱٫۵ برابر فاصلهٔ معمولشان از آخرین سفارش گذشته، یا P(alive) کمتر از ۰٫۳. قواعد قابل ویرایش‌اند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage movement</source>
        <translation>جابه‌جایی میان مراحل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers counted by (stage at date A, stage at date B)</source>
        <translation>شمار مشتریان بر اساس (مرحله در تاریخ A، مرحله در تاریخ B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers with an order by date B</source>
        <translation>مشتریانی که تا تاریخ B سفارش داشته‌اند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date A = as-of date − W, date B = as-of date</source>
        <translation>تاریخ A = تاریخ مبنا − W، تاریخ B = تاریخ مبنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers who had not bought yet at date A appear as &apos;not yet a customer&apos;.</source>
        <translation>مشتریانی که تا تاریخ A هنوز خرید نکرده بودند با عنوان «هنوز مشتری نشده» نشان داده می‌شوند.</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>Repeat purchase rate</source>
        <translation>نرخ خرید تکراری</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>customers with &gt;= 2 orders in the range / customers with &gt;= 1 order in the range</source>
        <translation>مشتریان با دست‌کم ۲ سفارش در بازه / مشتریان با دست‌کم ۱ سفارش در بازه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders dated inside the selected date range only (earlier history ignored)</source>
        <translation>فقط سفارش‌های داخل بازهٔ انتخاب‌شده (سابقهٔ قبلی نادیده گرفته می‌شود)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of this range&apos;s customers who bought more than once inside it.</source>
        <translation>سهم مشتریان این بازه که بیش از یک بار در آن خرید کرده‌اند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E - N - R (active at end, not new, not active at start)</source>
        <translation>E - N - R (فعال در پایان، غیرجدید، غیرفعال در آغاز)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed customers who came back during the period.</source>
        <translation>مشتریان ازدست‌رفته‌ای که در این دوره برگشته‌اند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retained customers (R)</source>
        <translation>مشتریان نگهداشته‌شده (R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>|active at start AND active at end|</source>
        <translation>|فعال در آغاز و فعال در پایان|</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting customers who are still active at the end.</source>
        <translation>مشتریان ابتدای دوره که در پایان هنوز فعال‌اند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning-customer rate</source>
        <translation>نرخ مشتریان بازگشتی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers ordering in the range who had an earlier order (before the range or earlier in it) / customers ordering in the range</source>
        <translation>مشتریانی که در بازه سفارش داده‌اند و سفارش قبلی هم داشته‌اند (پیش از بازه یا زودتر در همان بازه) / مشتریانی که در بازه سفارش داده‌اند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whole history up to the range end</source>
        <translation>کل سابقه تا پایان بازه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shopify-style: share of this range&apos;s customers who are not buying for the first time.</source>
        <translation>به سبک Shopify: سهم مشتریان این بازه که برای اولین بار خرید نمی‌کنند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sum of order revenue, minus returns/cancellations under the &apos;net&apos; revenue policy</source>
        <translation>مجموع درآمد سفارش‌ها، منهای مرجوعی‌ها و لغوها در حالت «خالص»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders dated inside the selected date range (returns on the day they happened)</source>
        <translation>سفارش‌های داخل بازهٔ انتخاب‌شده (مرجوعی‌ها در روز وقوعشان)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money taken from identified customers.</source>
        <translation>پولی که از مشتریان شناخته‌شده دریافت شده است.</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Revenue per customer</source>
        <translation>درآمد به ازای هر مشتری</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>revenue / customers</source>
        <translation>درآمد / مشتریان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the average customer spent in the range.</source>
        <translation>مشتری معمولی در این بازه چقدر خرج کرده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second order within N days</source>
        <translation>سفارش دوم تا N روز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers with a 2nd order within N days of the first / eligible customers</source>
        <translation>مشتریانی که تا N روز پس از اولین سفارش، سفارش دوم داده‌اند / مشتریان واجد شرایط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N = 30, 60, 90 days after the first order</source>
        <translation>N = ۳۰، ۶۰ یا ۹۰ روز پس از اولین سفارش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of new customers who come back quickly (only customers observed for N days).</source>
        <translation>سهم مشتریان جدیدی که زود برمی‌گردند (فقط مشتریانی که N روز زیر نظر بوده‌اند).</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Share of spend</source>
        <translation>سهم از خرید</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>revenue of the segment / revenue of all segments</source>
        <translation>درآمد بخش / درآمد همهٔ بخش‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revenue of all values of the dimension</source>
        <translation>درآمد همهٔ مقادیر آن ویژگی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which segment brings in the money.</source>
        <translation>کدام بخش پول می‌آورد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to second purchase</source>
        <translation>فاصله تا خرید دوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days from a customer&apos;s first order to their second order (median, quartiles)</source>
        <translation>روزهای میان اولین و دومین سفارش مشتری (میانه، چارک‌ها)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers whose first-ever order is in the range and who made a second order</source>
        <translation>مشتریانی که اولین سفارش عمرشان در بازه است و سفارش دوم هم داده‌اند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first order in the range; second order up to the data end</source>
        <translation>اولین سفارش در بازه؛ سفارش دوم تا پایان داده‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long new customers take to come back.</source>
        <translation>مشتریان جدید چقدر طول می‌کشد تا برگردند.</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../retention_desktop/ui/i18n.py" line="+256"/>
        <source>Restart needed</source>
        <extracomment>Native names shown in the language picker (never translated).</extracomment>
        <translation>نیاز به راه‌اندازی دوباره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language and number settings apply after a restart. Restart now?</source>
        <translation>زبان و تنظیمات اعداد جدید پس از راه‌اندازی دوبارهٔ برنامه اعمال می‌شوند. همین حالا دوباره راه‌اندازی شود؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart now</source>
        <translation>راه‌اندازی دوباره</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>بعداً</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../retention_desktop/ui/dialogs/error_dialog.py" line="+9"/>
        <source>the overview numbers</source>
        <translation>اعداد نمای کلی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cohort analysis</source>
        <translation>تحلیل کوهورت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the customer list of a cohort cell</source>
        <translation>فهرست مشتریان یک خانهٔ کوهورت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the import</source>
        <translation>ورود داده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file preview</source>
        <translation>پیش‌نمایش پرونده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the data summary</source>
        <translation>خلاصهٔ داده‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the filter values</source>
        <translation>مقادیر فیلتر</translation>
    </message>
</context>
</TS>
