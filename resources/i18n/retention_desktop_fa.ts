<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name />
    <message>
        <location filename="../../retention_desktop/ui/dialogs/definitions_dialog.py" line="+39" />
        <source>Formula</source>
        <translation>فرمول</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Counted over</source>
        <translation>جامعهٔ شمارش</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Window</source>
        <translation>بازهٔ زمانی</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/tabs/products_model.py" line="+57" />
        <source>{0} pts</source>
        <extracomment>Shown instead of a rate resting on fewer customers than the minimum (sorts last). Products drawn in the chart (the best ranked ones).</extracomment>
        <translation>{0} واحد درصد</translation>
    </message>
    <message>
        <location line="+9" />
        <source>no clear difference</source>
        <translation>تفاوت روشنی نیست</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+100" />
        <location line="+140" />
        <source>too few</source>
        <translation>خیلی کم</translation>
    </message>
    <message>
        <location line="-156" />
        <source>Rank</source>
        <translation>رتبه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location line="+0" />
        <source>First-order product</source>
        <translation>محصول اولین سفارش</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+148" />
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location line="-147" />
        <source>Repeat within {0} days</source>
        <translation>خرید دوباره تا {0} روز</translation>
    </message>
    <message>
        <location line="+83" />
        <source>too few observed {0} days</source>
        <translation>خیلی کم در {0} روز زیر نظر</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Shop average: of {0} new customers, {1} were observed {2} days; {3} of them came back within {2} days.</source>
        <translation>میانگین فروشگاه: از {0} مشتری تازه، {1} نفر {2} روز زیر نظر بودند؛ {3} از آنان در {2} روز بازگشتند.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>95% interval</source>
        <translation>بازهٔ ۹۵٪</translation>
    </message>
    <message>
        <location line="-144" />
        <source>vs shop average</source>
        <translation>در برابر میانگین فروشگاه</translation>
    </message>
    <message>
        <location line="-91" />
        <source>more often</source>
        <translation>بیشتر برمی‌گردند</translation>
    </message>
    <message>
        <location line="+0" />
        <source>less often</source>
        <translation>کمتر برمی‌گردند</translation>
    </message>
    <message>
        <location line="+2" />
        <source>all shown customers</source>
        <translation>همهٔ مشتریان نمایش‌داده‌شده</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Ranges hold over the {0} repeat windows together: a row differs from the shop only when its whole range is above or below the shop average.</source>
        <translation>بازه‌ها برای هر {0} بازهٔ خرید دوباره با هم برقرارند: یک سطر تنها وقتی با فروشگاه فرق دارد که کل بازه‌اش بالاتر یا پایین‌تر از میانگین فروشگاه باشد.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ranges are for all {0} compared together over {1} repeat windows: a row differs from the shop only when its whole range is above or below the shop average.</source>
        <translation>بازه‌ها برای همهٔ {0} مورد مقایسه‌شده با هم و در {1} بازهٔ بازگشت است: یک ردیف فقط وقتی با فروشگاه فرق دارد که تمام بازه‌اش بالاتر یا پایین‌تر از میانگین فروشگاه باشد.</translation>
    </message>
    <message>
        <location line="+78" />
        <source>Range vs shop (all {0} together)</source>
        <translation>بازه در برابر فروشگاه (همهٔ {0} با هم)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Range vs shop</source>
        <translation>بازه در برابر فروشگاه</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Comes back vs shop</source>
        <translation>بازگشت در برابر فروشگاه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time to 2nd order (median)</source>
        <translation>زمان تا سفارش دوم (میانه)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Revenue per customer, {0} d</source>
        <translation>درآمد هر مشتری، {0} روز</translation>
    </message>
    <message>
        <location line="+17" />
        <source>under half came back</source>
        <translation>کمتر از نیمی برگشته‌اند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} days</source>
        <translation>{0} روز</translation>
    </message>
    <message>
        <location line="-38" />
        <source>No new customers with products in the current filters: widen the period or clear filters.</source>
        <translation>با فیلترهای کنونی هیچ مشتری جدیدی با محصول نیست: دوره را گسترده‌تر کنید یا فیلترها را پاک کنید.</translation>
    </message>
    <message>
        <location line="+102" />
        <source>This project has no products: its orders were imported as order totals. Import an export with one line per product (order id, product name or SKU, quantity, price — e.g. a Shopify, WooCommerce or Excel line-item export) to see which products bring customers back.</source>
        <translation>این پروژه محصولی ندارد: سفارش‌هایش به‌صورت جمع سفارش وارد شده‌اند. برای دیدن اینکه کدام محصولات مشتریان را برمی‌گردانند، خروجی‌ای با یک سطر برای هر محصول وارد کنید (شناسهٔ سفارش، نام یا کد کالا، تعداد، قیمت — مثلاً خروجی اقلام سفارش از Shopify، WooCommerce یا اکسل).</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Customers whose first order had {0}: too few to say ({1} observed {2} days).</source>
        <translation>مشتریانی که اولین سفارششان {0} داشت: برای داوری خیلی کم‌اند ({1} نفر {2} روز دیده شده‌اند).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Customers whose first order had {0} came back within {1} days: {2} (shop: {3}).</source>
        <translation>مشتریانی که اولین سفارششان {0} داشت و تا {1} روز برگشتند: {2} (فروشگاه: {3}).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Bought again: too few buyers to say ({0}).</source>
        <translation>خرید دوباره: خریداران برای داوری خیلی کم‌اند ({0}).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{0} of the {1} buyers of {2} bought it again ({3}).</source>
        <translation>{0} از {1} خریدار {2} دوباره آن را خریدند ({3}).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Usual time between two purchases: {0} days.</source>
        <translation>فاصلهٔ معمول میان دو خرید: {0} روز.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Too few repurchases to give a usual interval.</source>
        <translation>خریدهای دوباره برای تعیین فاصلهٔ معمول خیلی کم‌اند.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Next product</source>
        <translation>محصول بعدی</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Share</source>
        <translation>سهم</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Lift</source>
        <translation>افزایش (لیفت)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>×{0}</source>
        <translation>×{0}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only {0} of these customers placed a second order: too few to say what comes next.</source>
        <translation>فقط {0} نفر از این مشتریان سفارش دوم دادند: برای گفتن اینکه بعد چه می‌خرند خیلی کم است.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Of {0} customers whose first order had {1} and who came back, the second order contained:</source>
        <translation>از {0} مشتری که اولین سفارششان {1} داشت و برگشتند، سفارش دوم شامل این‌ها بود:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Product</source>
        <translation>محصول</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last purchase</source>
        <translation>آخرین خرید</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Days since</source>
        <translation>روزهای گذشته</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Usual interval (days)</source>
        <translation>فاصلهٔ معمول (روز)</translation>
    </message>
</context>
<context>
    <name>AbTestTab</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/abtest_tab.py" line="+63" />
        <source>Calculator</source>
        <translation>ماشین‌حساب</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planner</source>
        <translation>برنامه‌ریز</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Test plans</source>
        <translation>برنامه‌های آزمون</translation>
    </message>
    <message>
        <location line="+35" />
        <location line="+13" />
        <source>Reading the project's experiments…</source>
        <translation>در حال خواندن آزمایش‌های پروژه…</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Computing…</source>
        <translation>در حال محاسبه…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Computing the experiment…</source>
        <translation>در حال محاسبهٔ آزمایش…</translation>
    </message>
    <message>
        <location line="+34" />
        <source>New test</source>
        <translation>آزمون جدید</translation>
    </message>
</context>
<context>
    <name>CacPage</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/segments_panels.py" line="+164" />
        <source>CAC and payback by channel</source>
        <translation>هزینهٔ جذب و بازگشت آن به تفکیک کانال</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cumulative gross margin per new customer vs CAC (dashed)</source>
        <translation>سود ناخالص تجمعی هر مشتری جدید در برابر هزینهٔ جذب (خط‌چین)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Age (periods since first order)</source>
        <translation>سن (تعداد دوره از اولین سفارش)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type spend…</source>
        <translation>وارد کردن هزینه…</translation>
    </message>
    <message>
        <location line="+25" />
        <source>No marketing spend yet: import a spend file (period, channel, amount) or type the spend here.</source>
        <translation>هنوز هزینهٔ بازاریابی ثبت نشده است: یک پروندهٔ هزینه (دوره، کانال، مبلغ) وارد کنید یا هزینه را همین‌جا بنویسید.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No spend.</source>
        <translation>هزینه‌ای نیست.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Payback needs spend per channel.</source>
        <translation>برای محاسبهٔ بازگشت هزینه، هزینهٔ هر کانال لازم است.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>typed spend</source>
        <translation>هزینهٔ واردشده</translation>
    </message>
    <message>
        <location line="+0" />
        <source>spend file</source>
        <translation>پروندهٔ هزینه</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CAC {0} for {1} new customers ({2}); margin {3}%. </source>
        <translation>هزینهٔ جذب {0} برای {1} مشتری جدید ({2})؛ حاشیهٔ سود {3}٪. </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not paid back within the observed periods.</source>
        <translation>در دوره‌های مشاهده‌شده برنگشته است.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paid back within the first period.</source>
        <translation>در همان دورهٔ اول برگشته است.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paid back {0} periods after the first order.</source>
        <translation>{0} دوره پس از اولین سفارش برگشته است.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No new customers in the range.</source>
        <translation>در این بازه مشتری جدیدی نیست.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>CAC {0}</source>
        <translation>هزینهٔ جذب {0}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>All channels</source>
        <translation>همهٔ کانال‌ها</translation>
    </message>
    <message>
        <location line="+3" />
        <source>CAC</source>
        <translation>هزینهٔ جذب</translation>
    </message>
</context>
<context>
    <name>CalculatorPage</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/abtest_calc.py" line="+96" />
        <source>Variants (first row = control)</source>
        <translation>نسخه‌ها (ردیف اول = کنترل)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Customers and converted</source>
        <translation>مشتریان و تبدیل‌شده‌ها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Average per customer (mean, sd)</source>
        <translation>میانگین به ازای هر مشتری (میانگین، انحراف معیار)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Add variant</source>
        <translation>افزودن نسخه</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove variant</source>
        <translation>حذف نسخه</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Fixed: I look once, at the planned size</source>
        <translation>ثابت: یک بار، در حجم برنامه‌ریزی‌شده نگاه می‌کنم</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sequential: safe to look every day</source>
        <translation>پی‌درپی: هر روز می‌توان بی‌خطر نگاه کرد</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Lower is better (e.g. churn)</source>
        <translation>کمتر بهتر است (مثلاً ریزش)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compute</source>
        <translation>محاسبه</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Significance level (alpha)</source>
        <translation>سطح معناداری (آلفا)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planned split</source>
        <translation>تقسیم برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mode</source>
        <translation>حالت</translation>
    </message>
    <message>
        <location line="+11" />
        <source>From project data</source>
        <translation>از داده‌های پروژه</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Repeat purchase within N days</source>
        <translation>خرید دوباره تا N روز</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Active at day N</source>
        <translation>فعال در روز N</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Churned by day N</source>
        <translation>ریزش تا روز N</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revenue per customer in N days</source>
        <translation>درآمد به ازای هر مشتری در N روز</translation>
    </message>
    <message>
        <location line="+5" />
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Load from data</source>
        <translation>بارگذاری از داده‌ها</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Experiment</source>
        <translation>آزمایش</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Enter the variants and press Compute.</source>
        <translation>نسخه‌ها را وارد کنید و «محاسبه» را بزنید.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Variant</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+48" />
        <location line="+1" />
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location line="-49" />
        <location line="+219" />
        <location line="+77" />
        <source>Rate</source>
        <translation>نرخ</translation>
    </message>
    <message>
        <location line="-294" />
        <source>Difference</source>
        <translation>تفاوت</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Difference interval</source>
        <translation>بازهٔ تفاوت</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Lift vs control</source>
        <translation>بهبود نسبت به کنترل</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Lift interval</source>
        <translation>بازهٔ بهبود</translation>
    </message>
    <message>
        <location line="+0" />
        <source>p-value</source>
        <translation>مقدار p</translation>
    </message>
    <message>
        <location line="+1" />
        <source>p (Holm)</source>
        <translation>p (هولم)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Chance to beat control</source>
        <translation>احتمال برتری بر کنترل</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Expected loss</source>
        <translation>زیان مورد انتظار</translation>
    </message>
    <message>
        <location line="+45" />
        <location line="+1" />
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Converted</source>
        <translation>تبدیل‌شده</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+171" />
        <location line="+76" />
        <location line="+9" />
        <source>Mean</source>
        <translation>میانگین</translation>
    </message>
    <message>
        <location line="-256" />
        <source>Std. dev.</source>
        <translation>انحراف معیار</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Variant {0}</source>
        <translation>نسخهٔ {0}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Row {0}, {1}: “{2}” is not a number.</source>
        <translation>ردیف {0}، {1}: «{2}» عدد نیست.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Row {0}: customers and converted must be whole numbers.</source>
        <translation>ردیف {0}: تعداد مشتریان و تبدیل‌شده‌ها باید عدد صحیح باشد.</translation>
    </message>
    <message>
        <location line="+123" />
        <source>{0} pts</source>
        <translation>{0} واحد درصد</translation>
    </message>
    <message>
        <location line="+9" />
        <source>control</source>
        <translation>کنترل</translation>
    </message>
    <message>
        <location line="+8" />
        <source>n/a</source>
        <translation>نامشخص</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Rate (%)</source>
        <translation>نرخ (٪)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{0} ({1} customers)</source>
        <translation>{0} ({1} مشتری)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Open a project to analyse its experiments.</source>
        <translation>برای تحلیل آزمایش‌ها، یک پروژه باز کنید.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This project has no experiments yet: import an assignments file (customer, experiment, variant, date).</source>
        <translation>این پروژه هنوز آزمایشی ندارد: یک پروندهٔ تخصیص (مشتری، آزمایش، نسخه، تاریخ) وارد کنید.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>CUPED removed {0} of the outcome's variance.</source>
        <translation>CUPED به اندازهٔ {0} از واریانس نتیجه را حذف کرد.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Every assigned customer was observed for the whole window.</source>
        <translation>همهٔ مشتریان تخصیص‌یافته در کل بازه زیر نظر بودند.</translation>
    </message>
    <message>
        <location line="-398" />
        <source>Adjust for earlier spend (CUPED)</source>
        <translation>تعدیل با خریدهای پیشین (CUPED)</translation>
    </message>
    <message>
        <location line="-53" />
        <source>equal (e.g. {0})</source>
        <translation>مساوی (مثلاً {0})</translation>
    </message>
    <message>
        <location line="+226" />
        <source>The planned split must look like {0}.</source>
        <translation>تقسیم برنامه‌ریزی‌شده باید شبیه {0} باشد.</translation>
    </message>
    <message>
        <location line="+164" />
        <source>Mean per variant with {0} interval</source>
        <translation>میانگین هر نسخه با بازهٔ {0}</translation>
    </message>
    <message>
        <location line="-326" />
        <source>N =</source>
        <translation>N =</translation>
    </message>
    <message>
        <location line="+357" />
        <source>Orders column “{0}” (value on the first order)</source>
        <translation>ستون سفارش «{0}» (مقدار در نخستین سفارش)</translation>
    </message>
    <message>
        <location line="-390" />
        <source>Planned customers per variant</source>
        <translation>مشتریان برنامه‌ریزی‌شده برای هر نسخه</translation>
    </message>
    <message>
        <location line="+59" />
        <location line="+299" />
        <source>Rate per variant with {0} interval</source>
        <translation>نرخ هر نسخه با بازهٔ {0}</translation>
    </message>
    <message>
        <location line="-335" />
        <source>Removes the part of the outcome explained by what each customer spent before the test, so differences show up with fewer customers.</source>
        <translation>بخشی از پیامد را که با خریدهای پیشین هر مشتری توضیح داده می‌شود حذف می‌کند تا تفاوت‌ها با مشتریان کمتری دیده شوند.</translation>
    </message>
    <message>
        <location line="-45" />
        <source>Sequential mode is tightest around this many customers per variant. Set it before the test starts (e.g. from the planner) and keep it.</source>
        <translation>حالت ترتیبی در حدود این تعداد مشتری برای هر نسخه دقیق‌ترین است. آن را پیش از شروع آزمایش تعیین کنید (مثلاً از برنامه‌ریز) و تغییر ندهید.</translation>
    </message>
    <message>
        <location line="-2" />
        <source>current size</source>
        <translation>اندازهٔ فعلی</translation>
    </message>
    <message>
        <location line="+92" />
        <location line="+222" />
        <source>{0} interval</source>
        <translation>بازهٔ {0}</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../retention_desktop/ui/widgets/chart.py" line="+132" />
        <source>Reset</source>
        <translation>بازنشانی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reset zoom (drag to pan, wheel to zoom)</source>
        <translation>بازنشانی بزرگ‌نمایی (برای جابه‌جایی بکشید، برای بزرگ‌نمایی چرخ ماوس را بچرخانید)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save this chart as a PNG picture</source>
        <translation>ذخیرهٔ این نمودار به‌صورت تصویر PNG</translation>
    </message>
    <message>
        <location line="+138" />
        <source>Export chart</source>
        <translation>خروجی گرفتن از نمودار</translation>
    </message>
    <message>
        <location line="+0" />
        <source>chart</source>
        <translation>نمودار</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PNG picture (*.png)</source>
        <translation>تصویر PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>CohortsTab</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/cohorts_tab.py" line="+54" />
        <source>Share buying again, k periods after joining</source>
        <translation>سهم خریدِ دوباره، k دوره پس از پیوستن</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Share still buying k or more periods after joining</source>
        <translation>سهمی که k دوره یا بیشتر پس از پیوستن هنوز می‌خرند</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Share with a second order within k periods</source>
        <translation>سهم دارای سفارش دوم تا k دوره</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Revenue per customer in period k</source>
        <translation>درآمد به ازای هر مشتری در دورهٔ k</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cumulative revenue per customer (LTV)</source>
        <translation>درآمد تجمعی به ازای هر مشتری (ارزش طول عمر)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Week</source>
        <translation>هفته</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quarter</source>
        <translation>فصل</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+61" />
        <source>First-order period</source>
        <translation>دورهٔ اولین سفارش</translation>
    </message>
    <message>
        <location line="-56" />
        <source>Measure:</source>
        <translation>معیار:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Period:</source>
        <translation>دوره:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cohorts by:</source>
        <translation>کوهورت بر اساس:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cohorts (rows) by age (columns)</source>
        <translation>کوهورت‌ها (ردیف‌ها) بر حسب سن (ستون‌ها)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Retention curves: each cohort and the weighted mean</source>
        <translation>منحنی‌های نگهداشت: هر کوهورت و میانگین وزنی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Age (periods since first order)</source>
        <translation>سن (تعداد دوره از اولین سفارش)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N-day repeat: share with another order within N days of the first</source>
        <translation>خرید دوباره در N روز: سهم مشتریانی که تا N روز پس از اولین سفارش دوباره خریده‌اند</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cohort health score (100 = average cohort)</source>
        <translation>امتیاز سلامت کوهورت (۱۰۰ = کوهورت معمولی)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Heatmap</source>
        <translation>نقشهٔ حرارتی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retention curves</source>
        <translation>منحنی‌های نگهداشت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N-day repeat</source>
        <translation>خرید دوباره در N روز</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+142" />
        <source>Health score</source>
        <translation>امتیاز سلامت</translation>
    </message>
    <message>
        <location line="-140" />
        <location line="+85" />
        <source>Click a cell of the heatmap to list its customers.</source>
        <translation>روی یک خانهٔ نقشهٔ حرارتی کلیک کنید تا مشتریانش فهرست شوند.</translation>
    </message>
    <message>
        <location line="-51" />
        <source>First order's {0}</source>
        <translation>{0} اولین سفارش</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Computing cohorts…</source>
        <translation>در حال محاسبهٔ کوهورت‌ها…</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/viewmodels/cohorts.py" line="+51" />
        <source>(no product)</source>
        <extracomment>Cell value of a rate resting on fewer customers than the minimum: shown as "too few" (negative, so it sorts below every real rate).</extracomment>
        <translation>(بدون محصول)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(no value)</source>
        <translation>(بدون مقدار)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(other products)</source>
        <translation>(سایر محصولات)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(other categories)</source>
        <translation>(سایر دسته‌ها)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{0} (already active when the data starts)</source>
        <translation>{0} (از پیش فعال هنگام آغاز داده‌ها)</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/tabs/cohorts_tab.py" line="+26" />
        <source>No cohorts for the current filters. Widen the period or clear filters; new projects need an import first.</source>
        <translation>با فیلترهای فعلی کوهورتی وجود ندارد. دوره را بازتر کنید یا فیلترها را پاک کنید؛ پروژه‌های جدید ابتدا به ورود داده نیاز دارند.</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+28" />
        <source>No cohorts for the current filters.</source>
        <translation>با فیلترهای فعلی کوهورتی وجود ندارد.</translation>
    </message>
    <message>
        <location line="-15" />
        <source>Weighted mean (thin lines: the newest cohorts; it stops where fewer than 3 cohorts remain)</source>
        <translation>میانگین وزنی (خطوط نازک: تازه‌ترین کوهورت‌ها؛ جایی که کمتر از ۳ کوهورت بماند، قطع می‌شود)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Average cohort</source>
        <translation>کوهورت میانگین</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No customers yet.</source>
        <translation>هنوز مشتری‌ای نیست.</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/viewmodels/cohorts.py" line="+55" />
        <source>All cohorts</source>
        <translation>همهٔ کوهورت‌ها</translation>
    </message>
    <message>
        <location line="+6" />
        <source>too few</source>
        <translation>خیلی کم</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/tabs/cohorts_tab.py" line="+8" />
        <source>Cohort</source>
        <translation>کوهورت</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} days</source>
        <translation>{0} روز</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Loading the customers of cohort {0}, age {1}…</source>
        <translation>در حال بارگذاری مشتریان کوهورت {0}، سن {1}…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Listing customers…</source>
        <translation>در حال فهرست کردن مشتریان…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cohort {0}, age {1}: {2} customers</source>
        <translation>کوهورت {0}، سن {1}: {2} مشتری</translation>
    </message>
    <message>
        <location line="+3" />
        <source> (showing the first {0})</source>
        <translation> (نمایش {0} مورد اول)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location line="+0" />
        <source>First order</source>
        <translation>اولین سفارش</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last order</source>
        <translation>آخرین سفارش</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revenue (all time)</source>
        <translation>درآمد (کل زمان)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>In this cell</source>
        <translation>در این خانه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No customers in this cell.</source>
        <translation>این خانه مشتری ندارد.</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/customers_widgets.py" line="+268" />
        <source>Double-click a customer, or click a point in the scatter, to see their history.</source>
        <translation>برای دیدن سابقهٔ یک مشتری، روی آن دوبار کلیک کنید یا نقطه‌اش را در نمودار پراکندگی بزنید.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>P(alive) over time</source>
        <translation>P(alive) در طول زمان</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Revenue</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <location line="+15" />
        <source>No purchase model for this selection.</source>
        <translation>برای این انتخاب مدل خریدی وجود ندارد.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>P(alive)</source>
        <translation>احتمال فعال بودن P(alive)</translation>
    </message>
</context>
<context>
    <name>CustomerGroupButton</name>
    <message>
        <location filename="../../retention_desktop/ui/customer_group.py" line="+78" />
        <source>Any stage</source>
        <extracomment>Definition cards of the two groups (registered by ``core.clv.definitions``). Widest text of a filter button (pixels at the UI font); longer choices are elided and shown in full in the tooltip and in the active-filters line.</extracomment>
        <translation>همهٔ مرحله‌ها</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Any segment</source>
        <translation>همهٔ بخش‌ها</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only customers in this lifecycle stage and/or RFM segment (as of the newest order in the data)</source>
        <translation>فقط مشتریانی که در این مرحلهٔ چرخهٔ عمر و/یا این بخش RFM هستند (بر اساس تاریخ جدیدترین سفارش داده‌ها)</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Customers: {0}</source>
        <translation>مشتریان: {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customers: all</source>
        <translation>مشتریان: همه</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/customers_tab.py" line="+90" />
        <source> months</source>
        <translation> ماه</translation>
    </message>
    <message>
        <location line="+5" />
        <source> % / month</source>
        <translation> ٪ / ماه</translation>
    </message>
    <message>
        <location line="+5" />
        <source>from settings</source>
        <translation>از تنظیمات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Also at risk when P(alive) below</source>
        <translation>همچنین در معرض ریزش وقتی P(alive) کمتر از</translation>
    </message>
    <message>
        <location line="+9" />
        <source>× usual gap</source>
        <translation>× فاصلهٔ معمول</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recompute</source>
        <translation>محاسبهٔ دوباره</translation>
    </message>
    <message>
        <location line="+5" />
        <source>CLV horizon</source>
        <translation>افق ارزش طول عمر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Discount</source>
        <translation>نرخ تنزیل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Margin</source>
        <translation>حاشیهٔ سود</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At risk when overdue by</source>
        <translation>در معرض ریزش وقتی تأخیر بیش از</translation>
    </message>
    <message>
        <location line="+19" />
        <location line="+29" />
        <location line="+226" />
        <source>RFM segments</source>
        <translation>بخش‌های RFM</translation>
    </message>
    <message>
        <location line="-254" />
        <location line="+27" />
        <location line="+228" />
        <source>Lifecycle stages</source>
        <translation>مراحل چرخهٔ عمر</translation>
    </message>
    <message>
        <location line="-317" />
        <location line="+64" />
        <location line="+438" />
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location line="-437" />
        <source>Revenue so far</source>
        <translation>درآمد تاکنون</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Predicted value (CLV)</source>
        <translation>ارزش پیش‌بینی‌شده (CLV)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Segments</source>
        <translation>بخش‌ها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>P(alive) against predicted value</source>
        <translation>P(alive) در برابر ارزش پیش‌بینی‌شده</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+286" />
        <source>Holdout check: repeat purchases, actual vs predicted</source>
        <translation>آزمون نگه‌داشته: خریدهای تکراری، واقعی در برابر پیش‌بینی</translation>
    </message>
    <message>
        <location line="-277" />
        <source>Which recent stretch of history the model must predict without having seen it</source>
        <translation>کدام بازهٔ اخیر از سابقه را مدل باید بدون دیدنش پیش‌بینی کند</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check: last third of history</source>
        <translation>آزمون: یک‌سوم پایانی سابقه</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check: last {0} months</source>
        <translation>آزمون: {0} ماه آخر</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Movement</source>
        <translation>جابه‌جایی</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Search id, name, email, phone…</source>
        <translation>جست‌وجوی شناسه، نام، ایمیل، تلفن…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>All stages</source>
        <translation>همهٔ مراحل</translation>
    </message>
    <message>
        <location line="+3" />
        <source>All segments</source>
        <translation>همهٔ بخش‌ها</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Rows shown</source>
        <translation>ردیف‌های نمایش‌داده‌شده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At-risk list</source>
        <translation>فهرست در معرض ریزش</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Win-back list</source>
        <translation>فهرست بازگرداندن</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due to reorder</source>
        <translation>موعد سفارش دوباره</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Top CLV</source>
        <translation>بیشترین ارزش طول عمر</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pseudonymise</source>
        <translation>بی‌نام‌سازی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replace customer ids by salted hashes and leave out names, emails and phones</source>
        <translation>شناسهٔ مشتریان را با درهم‌سازی نمک‌دار جایگزین کن و نام، ایمیل و تلفن را حذف کن</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use in every tab</source>
        <translation>اعمال در همهٔ زبانه‌ها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filter every tab (cohorts, retention, report…) to the chosen stage and segment</source>
        <translation>همهٔ زبانه‌ها (کوهورت‌ها، نگهداشت، گزارش…) به مرحله و بخش انتخاب‌شده محدود شوند</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export…</source>
        <translation>خروجی…</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Export</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <location line="+18" />
        <source>RFM segments: first matching rule wins</source>
        <translation>بخش‌های RFM: اولین قاعدهٔ منطبق اعمال می‌شود</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lifecycle stages: first matching rule wins</source>
        <translation>مراحل چرخهٔ عمر: اولین قاعدهٔ منطبق اعمال می‌شود</translation>
    </message>
    <message>
        <location line="-199" />
        <source>Overview</source>
        <translation>نمای کلی</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rules</source>
        <translation>قواعد</translation>
    </message>
    <message>
        <location line="+222" />
        <source>Open or import a project to see your customers.</source>
        <translation>برای دیدن مشتریان، یک پروژه باز یا وارد کنید.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+4" />
        <source>Computing customer value…</source>
        <translation>در حال محاسبهٔ ارزش مشتریان…</translation>
    </message>
    <message>
        <location line="+36" />
        <source>No customer is in the chosen stage or segment as of {0}.</source>
        <translation>تا تاریخ {0} هیچ مشتری‌ای در مرحله یا بخش انتخاب‌شده نیست.</translation>
    </message>
    <message>
        <location line="-4" />
        <source>{0} customers, {1} of them came back on a later day, as of {2}.</source>
        <translation>{0} مشتری، {1} نفر از آن‌ها در روزی دیگر دوباره خرید کرده‌اند، تا {2}.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{0} customers in the chosen stage or segment, {1} of them came back on a later day, as of {2}.</source>
        <translation>{0} مشتری در مرحله یا بخش انتخاب‌شده، {1} نفر از آن‌ها در روزی دیگر دوباره خرید کرده‌اند، تا {2}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Predicted value over {0} months: {1} in total, {2} per customer (gross margin {3}).</source>
        <translation>ارزش پیش‌بینی‌شده در {0} ماه: در مجموع {1}، به ازای هر مشتری {2} (حاشیهٔ سود ناخالص {3}).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The purchase model could not be fitted on this data, so there is no P(alive) or CLV; segments and stages still work.</source>
        <translation>مدل خرید روی این داده‌ها برازش نشد، پس P(فعال) و ارزش طول عمر در دسترس نیست؛ بخش‌ها و مراحل همچنان کار می‌کنند.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rough: fewer than 300 repeat customers — the table shows an 80 % range for each CLV.</source>
        <translation>تقریبی: کمتر از ۳۰۰ مشتری تکراری — جدول برای هر ارزش طول عمر یک بازهٔ ۸۰٪ نشان می‌دهد.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Spend and purchase frequency are correlated (r = {0}), so the spend part of CLV may be biased.</source>
        <translation>مبلغ خرید و تعداد دفعات خرید همبسته‌اند (r = {0})، پس بخش مبلغ در ارزش طول عمر ممکن است سوگیری داشته باشد.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No holdout check: not enough history.</source>
        <translation>آزمون دورهٔ کنارگذاشته انجام نشد: سابقه کافی نیست.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The prediction model does not fit this shop: its P(alive) and CLV below are rough guesses, not findings.</source>
        <translation>مدل پیش‌بینی با این فروشگاه جور نیست: P(alive) و CLV زیر فقط حدسی تقریبی‌اند، نه یافته.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{0}: {1} (gross margin {2}), as in the report.</source>
        <translation>{0}: {1} (حاشیهٔ سود ناخالص {2})، همان عدد گزارش.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Showing {0} of {1} customers.</source>
        <translation>نمایش {0} از {1} مشتری.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>One-time buyers always show P(alive) = 100 % in this model; their low value reflects how rarely they buy.</source>
        <translation>در این مدل خریداران یک‌باره همیشه P(alive) = ۱۰۰٪ دارند؛ ارزش پایینشان نشان می‌دهد چقدر کم خرید می‌کنند.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Not enough history for a holdout check.</source>
        <translation>سابقه برای آزمون نگه‌داشته کافی نیست.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Actual</source>
        <translation>واقعی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Predicted</source>
        <translation>پیش‌بینی</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Fitted on purchases up to {0}; after the dotted line it predicted {1} repeat purchases and {2} happened.</source>
        <translation>برازش روی خریدها تا {0}؛ پس از خط نقطه‌چین {1} خرید تکراری پیش‌بینی کرد و {2} رخ داد.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Holdout check (whole shop): repeat purchases, actual vs predicted</source>
        <translation>آزمون نگه‌داشته (کل فروشگاه): خریدهای تکراری، واقعی در برابر پیش‌بینی</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The check tests the purchase model, which is fitted on all {0} customers of the shop, not only the chosen stage or segment.</source>
        <translation>این آزمون مدل خرید را می‌سنجد که روی همهٔ {0} مشتری فروشگاه برازش شده است، نه فقط مرحله یا بخش انتخاب‌شده.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The model predicted about as many as happened.</source>
        <translation>مدل تقریباً به همان اندازه‌ای که رخ داد پیش‌بینی کرد.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The model overestimated: it predicted {0} more than happened.</source>
        <translation>مدل بیش‌برآورد کرد: {0} بیشتر از آنچه رخ داد پیش‌بینی کرد.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The model underestimated: it predicted {0} fewer than happened.</source>
        <translation>مدل کم‌برآورد کرد: {0} کمتر از آنچه رخ داد پیش‌بینی کرد.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Movement of the chosen customers from {0} (rows) to {1} (columns)</source>
        <translation>جابه‌جایی مشتریان انتخاب‌شده از {0} (ردیف‌ها) به {1} (ستون‌ها)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Movement from {0} (rows) to {1} (columns)</source>
        <translation>جابه‌جایی از {0} (ردیف‌ها) به {1} (ستون‌ها)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not enough history yet.</source>
        <translation>هنوز سابقهٔ کافی نیست.</translation>
    </message>
    <message>
        <location line="+21" />
        <location filename="../../build/i18n/core_strings.py" line="+131" />
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+34" />
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location line="-33" />
        <source>RFM segment</source>
        <translation>بخش RFM</translation>
    </message>
    <message>
        <location line="+0" />
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Revenue</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last order</source>
        <translation>آخرین سفارش</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Days since</source>
        <translation>روزهای گذشته</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next order due</source>
        <translation>موعد سفارش بعدی</translation>
    </message>
    <message>
        <location line="+0" />
        <source>P(alive)</source>
        <translation>احتمال فعال بودن P(alive)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Expected orders</source>
        <translation>سفارش‌های مورد انتظار</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CLV</source>
        <translation>ارزش طول عمر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CLV low (80 %)</source>
        <translation>ارزش طول عمر، حد پایین (۸۰٪)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CLV high (80 %)</source>
        <translation>ارزش طول عمر، حد بالا (۸۰٪)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No customers match.</source>
        <translation>هیچ مشتری‌ای پیدا نشد.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Segment</source>
        <translation>بخش</translation>
    </message>
    <message>
        <location line="+0" />
        <source>R from</source>
        <translation>R از</translation>
    </message>
    <message>
        <location line="+0" />
        <source>R to</source>
        <translation>R تا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>FM from</source>
        <translation>FM از</translation>
    </message>
    <message>
        <location line="+0" />
        <source>FM to</source>
        <translation>FM تا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meaning</source>
        <translation>معنا</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Overdue: more than {0}× their usual gap since the last purchase.</source>
        <translation>عقب‌افتاده: بیش از {0}× فاصلهٔ معمولش از آخرین خرید گذشته است.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Overdue: more than {0}× their usual gap since the last purchase, or P(alive) below {1}.</source>
        <translation>عقب‌افتاده: بیش از {0}× فاصلهٔ معمولش از آخرین خرید گذشته، یا P(فعال) کمتر از {1} است.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>First purchase within the last {0} days.</source>
        <translation>نخستین خرید در {0} روز گذشته.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No purchase for {0} days or more and overdue: more than {1}× their usual gap since the last purchase.</source>
        <translation>{0} روز یا بیشتر بدون خرید و عقب‌افتاده: بیش از {1}× فاصلهٔ معمولش از آخرین خرید گذشته است.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Bought within the last {0} days after a break of {0} days or more.</source>
        <translation>در {0} روز گذشته پس از وقفه‌ای {0} روزه یا بیشتر خرید کرده است.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Everyone else: buying on their usual rhythm.</source>
        <translation>بقیه: با ریتم معمول خود خرید می‌کنند.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Rule (first match wins)</source>
        <translation>قاعده (نخستین مورد منطبق اعمال می‌شود)</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Stage: {0} · RFM: {1} ({2})</source>
        <translation>مرحله: {0} · RFM: {1} ({2})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{0} orders, {1} spent, last order {2}</source>
        <translation>{0} سفارش، {1} خرید، آخرین سفارش {2}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>P(alive) {0} · expected orders {1} · CLV {2}</source>
        <translation>P(alive) {0} · سفارش‌های مورد انتظار {1} · ارزش طول عمر {2}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>CLV range (80 %): {0} – {1}</source>
        <translation>بازهٔ ارزش طول عمر (۸۰٪): {0} تا {1}</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Export customers</source>
        <translation>خروجی مشتریان</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Excel workbook (*.xlsx);;CSV, comma separated (*.csv)</source>
        <translation>کارپوشهٔ اکسل (*.xlsx);;CSV، جداشده با ویرگول (*.csv)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Export failed</source>
        <translation>خروجی گرفتن ناموفق بود</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Could not write {0}: {1}</source>
        <translation>نوشتن {0} ممکن نشد: {1}</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/tabs/customers_widgets.py" line="-46" />
        <source>{0} → {1}: {2} customers ({3} of the row)</source>
        <translation>{0} ← {1}: {2} مشتری ({3} از ردیف)</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/data_tab.py" line="+107" />
        <source>Choose files…</source>
        <translation>انتخاب پرونده‌ها…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a folder…</source>
        <translation>انتخاب پوشه…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cancel import</source>
        <translation>لغو ورود داده</translation>
    </message>
    <message>
        <location line="+20" />
        <source>What this project holds</source>
        <translation>محتوای این پروژه</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+248" />
        <location line="+10" />
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <location line="-258" />
        <location line="+258" />
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location line="-257" />
        <source>Date range</source>
        <translation>بازهٔ تاریخ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Guest orders</source>
        <translation>سفارش‌های مهمان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Returns / cancellations</source>
        <translation>مرجوعی‌ها / لغوها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Duplicate order numbers</source>
        <translation>شماره‌سفارش‌های تکراری</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+11" />
        <source>Rejected rows</source>
        <translation>ردیف‌های ردشده</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Other tables</source>
        <translation>جدول‌های دیگر</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Import history</source>
        <translation>سابقهٔ ورود داده</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Choose files to import</source>
        <translation>پرونده‌های ورودی را انتخاب کنید</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shop exports ({0});;All files (*)</source>
        <translation>خروجی‌های فروشگاه ({0});;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose a folder of exports</source>
        <translation>پوشهٔ خروجی‌ها را انتخاب کنید</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+218" />
        <source>Import</source>
        <translation>ورود داده</translation>
    </message>
    <message>
        <location line="-217" />
        <source>Create or open your own project first (File &gt; New project); the demo shop stays as it is.</source>
        <translation>ابتدا پروژهٔ خودتان را بسازید یا باز کنید (پرونده &gt; پروژهٔ جدید)؛ فروشگاه نمایشی دست‌نخورده می‌ماند.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+5" />
        <source>Reading the first rows…</source>
        <translation>در حال خواندن ردیف‌های اول…</translation>
    </message>
    <message>
        <location line="+48" />
        <location line="+6" />
        <source>Importing…</source>
        <translation>در حال ورود داده…</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Imported {0} rows: {1} orders, {2} customers, {3} guest rows.</source>
        <translation>{0} ردیف وارد شد: {1} سفارش، {2} مشتری، {3} ردیف مهمان.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Dates {0} to {1} (read as {2}).</source>
        <translation>تاریخ‌ها از {0} تا {1} (خوانده‌شده به‌صورت {2}).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{0} orders were already in the project and were skipped.</source>
        <translation>{0} سفارش از قبل در پروژه بود و کنار گذاشته شد.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0} product lines kept ({1} products).</source>
        <translation>{0} ردیف کالا نگه داشته شد ({1} کالا).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0} lines name no product (neither code nor name): their orders are imported, the lines are not kept as products.</source>
        <translation>{0} ردیف هیچ کالایی را نام نمی‌برند (نه کد و نه نام): سفارش‌هایشان وارد شد، ولی این ردیف‌ها به‌عنوان کالا نگه داشته نشدند.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{0} rows could not be read: see Rejected rows.</source>
        <translation>{0} ردیف خوانده نشد: «ردیف‌های ردشده» را ببینید.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Customer ids, e-mails and phone numbers were stored pseudonymised.</source>
        <translation>شناسه، ایمیل و شمارهٔ تلفن مشتریان به‌صورت مستعار ذخیره شد.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Amounts are in {0}.</source>
        <translation>مبلغ‌ها به {0} هستند.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The dates are Jalali, so the project now shows Jalali months and weeks from Saturday (Settings &gt; Analysis settings to change it).</source>
        <translation>تاریخ‌ها شمسی‌اند، پس پروژه از این پس ماه‌های شمسی و هفته‌های آغازشده از شنبه را نشان می‌دهد (برای تغییر: تنظیمات &gt; تنظیمات تحلیل).</translation>
    </message>
    <message>
        <location line="+25" />
        <source>year-month-day</source>
        <translation>سال-ماه-روز</translation>
    </message>
    <message>
        <location line="+0" />
        <source>day first</source>
        <translation>اول روز</translation>
    </message>
    <message>
        <location line="+1" />
        <source>month first</source>
        <translation>اول ماه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excel serial numbers</source>
        <translation>شماره‌های سریالی اکسل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>compact year-month-day</source>
        <translation>سال‌ماه‌روز فشرده</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Jalali</source>
        <translation>شمسی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>real dates</source>
        <translation>تاریخ‌های واقعی</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{0}, assumed</source>
        <translation>{0}، فرضی</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Import failed, nothing was changed: {0}</source>
        <translation>ورود داده ناموفق بود و چیزی تغییر نکرد: {0}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Import cancelled, nothing was changed.</source>
        <translation>ورود داده لغو شد و چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{0} to {1}</source>
        <translation>{0} تا {1}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no orders yet</source>
        <translation>هنوز سفارشی نیست</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{0} returns, {1} cancellations</source>
        <translation>{0} مرجوعی، {1} لغو</translation>
    </message>
    <message>
        <location line="+10" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0" />
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Files</source>
        <translation>پرونده‌ها</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rows read</source>
        <translation>ردیف‌های خوانده‌شده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+3" />
        <source>done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing imported yet. Drop files above or use Choose files.</source>
        <translation>هنوز چیزی وارد نشده است. پرونده‌ها را بالا رها کنید یا از «انتخاب پرونده‌ها» استفاده کنید.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sessions / activity</source>
        <translation>بازدیدها / فعالیت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A/B assignments</source>
        <translation>تخصیص‌های A/B</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Marketing spend</source>
        <translation>هزینهٔ بازاریابی</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Survey (NPS/CSAT)</source>
        <translation>نظرسنجی (NPS/CSAT)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Product lines</source>
        <translation>اقلام فاکتور</translation>
    </message>
    <message>
        <location line="+5" />
        <source>File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reason</source>
        <translation>علت</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No rejected rows: every row of every import could be read.</source>
        <translation>ردیف ردشده‌ای نیست: همهٔ ردیف‌های همهٔ ورودها خوانده شدند.</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <location filename="../../retention_desktop/ui/widgets/table.py" line="+210" />
        <location line="+8" />
        <location line="+123" />
        <source>Copy</source>
        <translation>کپی</translation>
    </message>
    <message>
        <location line="-130" />
        <source>Copy the selected cells (or the whole table) for Excel</source>
        <translation>کپی خانه‌های انتخاب‌شده (یا کل جدول) برای اکسل</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+130" />
        <source>Export…</source>
        <translation>خروجی…</translation>
    </message>
    <message>
        <location line="-129" />
        <source>Save this table as CSV or Excel</source>
        <translation>ذخیرهٔ این جدول به‌صورت CSV یا اکسل</translation>
    </message>
    <message>
        <location line="+112" />
        <source>Export table</source>
        <translation>خروجی گرفتن از جدول</translation>
    </message>
    <message>
        <location line="+0" />
        <source>table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excel workbook (*.xlsx);;CSV, comma separated (*.csv)</source>
        <translation>کارپوشهٔ اکسل (*.xlsx);;CSV، جداشده با ویرگول (*.csv)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Export failed</source>
        <translation>خروجی گرفتن ناموفق بود</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Could not write {0}: {1}</source>
        <translation>نوشتن {0} ممکن نشد: {1}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Copy whole table</source>
        <translation>کپی کل جدول</translation>
    </message>
</context>
<context>
    <name>DefinitionsDialog</name>
    <message>
        <location filename="../../retention_desktop/ui/dialogs/definitions_dialog.py" line="+23" />
        <source>Metric definitions</source>
        <translation>تعریف شاخص‌ها</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Search definitions…</source>
        <translation>جست‌وجو در تعریف‌ها…</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../retention_desktop/ui/mainwindow.py" line="+58" />
        <source>&lt;b&gt;DEMO&lt;/b&gt; — you are looking at a made-up demo shop. Every screen works the same with your own exports.</source>
        <translation>&lt;b&gt;نسخهٔ نمایشی&lt;/b&gt; — این داده‌های یک فروشگاه ساختگی است. همهٔ صفحه‌ها با خروجی‌های فروشگاه خودتان هم همین‌طور کار می‌کنند.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Import your own data…</source>
        <translation>وارد کردن داده‌های خودتان…</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/data_tab.py" line="-335" />
        <source>Drop your shop's CSV or Excel exports (or a folder of them) here</source>
        <translation>خروجی‌های CSV یا اکسل فروشگاهتان (یا پوشه‌ای از آن‌ها) را اینجا رها کنید</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../retention_desktop/ui/dialogs/error_dialog.py" line="+25" />
        <source>Something went wrong</source>
        <translation>مشکلی پیش آمد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Could not finish: {0}</source>
        <translation>انجام نشد: {0}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../retention_desktop/ui/exporting.py" line="+43" />
        <source>export</source>
        <extracomment>Characters Windows, macOS or Linux refuse in a file name, and control characters.</extracomment>
        <translation>خروجی</translation>
    </message>
    <message>
        <location line="+32" />
        <source>{0} to {1}</source>
        <translation>{0} تا {1}</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Saved “{0}” in {1}</source>
        <translation>«{0}» در {1} ذخیره شد</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Open folder</source>
        <translation>باز کردن پوشه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the saved file in its folder</source>
        <translation>نمایش فایل ذخیره‌شده در پوشه‌اش</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hide this note</source>
        <translation>پنهان کردن این یادداشت</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../retention_desktop/ui/dialogs/mapping_dialog.py" line="+31" />
        <source>Order / invoice number</source>
        <translation>شمارهٔ سفارش / فاکتور</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer ID</source>
        <translation>شناسهٔ مشتری</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Order date</source>
        <translation>تاریخ سفارش</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Order amount</source>
        <translation>مبلغ سفارش</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quantity (line items)</source>
        <translation>تعداد (اقلام سفارش)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit price (line items)</source>
        <translation>قیمت واحد (اقلام سفارش)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status (returns/cancellations)</source>
        <translation>وضعیت (مرجوعی/لغو)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Channel</source>
        <translation>کانال فروش</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Campaign</source>
        <translation>کمپین</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plan</source>
        <translation>طرح</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Product code / SKU</source>
        <translation>کد کالا / SKU</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Product name</source>
        <translation>نام کالا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Product category</source>
        <translation>دسته‌بندی کالا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Brand</source>
        <translation>برند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Product variant (size, colour)</source>
        <translation>تنوع کالا (اندازه، رنگ)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer e-mail</source>
        <translation>ایمیل مشتری</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer phone</source>
        <translation>تلفن مشتری</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer name</source>
        <translation>نام مشتری</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Order total (once per order)</source>
        <translation>جمع کل سفارش (یک بار برای هر سفارش)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refunded amount</source>
        <translation>مبلغ بازپرداخت‌شده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Total after refunds</source>
        <translation>جمع پس از بازپرداخت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Order time</source>
        <translation>ساعت سفارش</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Row type (sale/refund)</source>
        <translation>نوع ردیف (فروش/بازپرداخت)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>customer ID</source>
        <translation>شناسهٔ مشتری</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location line="+1" />
        <source>name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ISO (2024-03-01)</source>
        <translation>ISO (2024-03-01)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Day first (01/03/2024)</source>
        <translation>اول روز (01/03/2024)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Month first (03/01/2024)</source>
        <translation>اول ماه (03/01/2024)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excel serial numbers</source>
        <translation>شماره‌های سریال اکسل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compact (20240301)</source>
        <translation>فشرده (20240301)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jalali (1403/05/12)</source>
        <translation>شمسی (1403/05/12)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Real dates (Excel)</source>
        <translation>تاریخ واقعی (اکسل)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="-125" />
        <source>All time</source>
        <translation>همهٔ زمان‌ها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last 30 days</source>
        <translation>۳۰ روز گذشته</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last 90 days</source>
        <translation>۹۰ روز گذشته</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This year so far</source>
        <translation>امسال تا پایان داده‌ها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Custom range</source>
        <translation>بازهٔ دلخواه</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/filterbar.py" line="+129" />
        <source>Reporting period, counted back from the newest order in the data; months, quarters and years follow the project's calendar. A chosen period moves with new data and is kept in saved segments.</source>
        <translation>دورهٔ گزارش، از جدیدترین سفارش داده‌ها به عقب شمرده می‌شود؛ ماه‌ها، فصل‌ها و سال‌ها از تقویم پروژه پیروی می‌کنند. دورهٔ انتخاب‌شده با داده‌های تازه جابه‌جا می‌شود و در بخش‌های ذخیره‌شده نگه داشته می‌شود.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>any</source>
        <translation>همه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only customers with at least this many orders</source>
        <translation>فقط مشتریانی که دست‌کم این تعداد سفارش دارند</translation>
    </message>
    <message>
        <location line="+4" />
        <source>First order…</source>
        <translation>اولین سفارش…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only customers whose first order is between</source>
        <translation>فقط مشتریانی که اولین سفارششان در این بازه است</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Saved segments of this project</source>
        <translation>بخش‌های ذخیره‌شدهٔ این پروژه</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save segment…</source>
        <translation>ذخیرهٔ بخش…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the chosen saved segment</source>
        <translation>حذف بخش ذخیره‌شدهٔ انتخاب‌شده</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Clear filters</source>
        <translation>پاک کردن فیلترها</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Period:</source>
        <translation>دوره:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Min orders:</source>
        <translation>حداقل سفارش:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Segment:</source>
        <translation>بخش:</translation>
    </message>
    <message>
        <location line="+86" />
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <location line="+105" />
        <source>Saved segment</source>
        <translation>بخش ذخیره‌شده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This saved segment cannot be read: {0}</source>
        <translation>این بخش ذخیره‌شده خوانده نمی‌شود: {0}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save segment</source>
        <translation>ذخیرهٔ بخش</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name of this segment:</source>
        <translation>نام این بخش:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Saving the segment…</source>
        <translation>در حال ذخیرهٔ بخش…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Delete segment</source>
        <translation>حذف بخش</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the saved segment “{0}”?</source>
        <translation>بخش ذخیره‌شدهٔ «{0}» حذف شود؟</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Deleting the segment…</source>
        <translation>در حال حذف بخش…</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="+11" />
        <source>period {0} – {1}</source>
        <translation>دوره {0} تا {1}</translation>
    </message>
    <message>
        <location line="-9" />
        <source>at least {0} orders</source>
        <translation>دست‌کم {0} سفارش</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Last 365 days</source>
        <translation>۳۶۵ روز گذشته</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last complete month</source>
        <translation>آخرین ماه کامل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last complete quarter</source>
        <translation>آخرین فصل کامل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last complete year</source>
        <translation>آخرین سال کامل</translation>
    </message>
    <message>
        <location line="+5" />
        <source>at most {0} orders</source>
        <translation>حداکثر {0} سفارش</translation>
    </message>
    <message>
        <location line="+1" />
        <source>first order {0} – {1}</source>
        <translation>اولین سفارش از {0} تا {1}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customer revenue {0} – {1}</source>
        <translation>درآمد مشتری از {0} تا {1}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>stage {0}</source>
        <translation>مرحلهٔ {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>RFM {0}</source>
        <translation>RFM {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>first order contained {0}</source>
        <translation>اولین سفارش شامل {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ever bought {0}</source>
        <translation>زمانی {0} را خریده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} ({1} – {2})</source>
        <translation>{0} ({1} – {2})</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/filterbar.py" line="+11" />
        <source>Active filters: {0}</source>
        <translation>فیلترهای فعال: {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No filters: all customers, all time.</source>
        <translation>بدون فیلتر: همهٔ مشتریان، همهٔ زمان‌ها.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="+105" />
        <source>all</source>
        <translation>همه</translation>
    </message>
</context>
<context>
    <name>ForgetDialog</name>
    <message>
        <location filename="../../retention_desktop/ui/dialogs/forget_dialog.py" line="+58" />
        <source>Forget a customer</source>
        <translation>فراموش کردن یک مشتری</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Deletes everything this project holds about one customer (orders, returns, contact details, activity, A/B assignments, survey answers), for example when a customer asks you to. Type the customer id as it appears in your exports.</source>
        <translation>همهٔ داده‌هایی را که این پروژه دربارهٔ یک مشتری دارد (سفارش‌ها، مرجوعی‌ها، اطلاعات تماس، فعالیت، تخصیص‌های A/B، پاسخ‌های نظرسنجی) حذف می‌کند؛ برای نمونه وقتی مشتری از شما چنین درخواستی دارد. شناسهٔ مشتری را همان‌طور که در خروجی‌های فروشگاهتان آمده است وارد کنید.</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+5" />
        <source>Customer id</source>
        <translation>شناسهٔ مشتری</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Find</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Delete permanently</source>
        <translation>حذف همیشگی</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Open a project first.</source>
        <translation>ابتدا یک پروژه باز کنید.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This project is open read-only (or is the demo shop): nothing can be deleted from it.</source>
        <translation>این پروژه فقط‌خواندنی باز شده است (یا فروشگاه نمایشی است): نمی‌توان چیزی از آن حذف کرد.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Looking for customer “{0}”…</source>
        <translation>در حال جست‌وجوی مشتری «{0}»…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Looking for the customer…</source>
        <translation>در حال جست‌وجوی مشتری…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>There is no data about customer “{0}” in this project. Check the id as it appears in your exports.</source>
        <translation>در این پروژه هیچ داده‌ای دربارهٔ مشتری «{0}» نیست. شناسه را با آنچه در خروجی‌های فروشگاهتان آمده است مقایسه کنید.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Found customer “{0}”. These rows will be deleted:</source>
        <translation>مشتری «{0}» پیدا شد. این ردیف‌ها حذف می‌شوند:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This project stores pseudonyms: the id you typed was looked up through its pseudonym.</source>
        <translation>این پروژه شناسه‌های مستعار نگه می‌دارد: شناسه‌ای که وارد کردید از راه شناسهٔ مستعارش جست‌وجو شد.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This cannot be undone.</source>
        <translation>این کار بازگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Orders: {0}</source>
        <translation>سفارش‌ها: {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Returns and cancellations: {0}</source>
        <translation>مرجوعی‌ها و لغوها: {0}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Orders, returns and cancellations: {0}</source>
        <translation>سفارش‌ها، مرجوعی‌ها و لغوها: {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Product lines of these orders: {0}</source>
        <translation>ردیف‌های کالای این سفارش‌ها: {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer records (contact details): {0}</source>
        <translation>سوابق مشتری (اطلاعات تماس): {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sessions / activity: {0}</source>
        <translation>بازدیدها / فعالیت: {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A/B assignments: {0}</source>
        <translation>تخصیص‌های A/B: {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Survey answers: {0}</source>
        <translation>پاسخ‌های نظرسنجی: {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rejected import rows: {0}</source>
        <translation>ردیف‌های ردشدهٔ ورود داده: {0}</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Deleting the data of customer “{0}”…</source>
        <translation>در حال حذف داده‌های مشتری «{0}»…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Deleting a customer's data…</source>
        <translation>در حال حذف داده‌های یک مشتری…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The data of customer “{0}” was deleted:</source>
        <translation>داده‌های مشتری «{0}» حذف شد:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Nothing was deleted: {0}</source>
        <translation>چیزی حذف نشد: {0}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cancelled, nothing was deleted.</source>
        <translation>لغو شد؛ چیزی حذف نشد.</translation>
    </message>
</context>
<context>
    <name>FunnelPage</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/segments_panels.py" line="+190" />
        <source>Customers reaching each stage</source>
        <translation>مشتریانی که به هر مرحله می‌رسند</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Stage conversion</source>
        <translation>تبدیل میان مراحل</translation>
    </message>
    <message>
        <location line="+2" />
        <source>DAU/MAU per month</source>
        <translation>DAU/MAU در هر ماه</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Signed up</source>
        <translation>ثبت‌نام</translation>
    </message>
    <message>
        <location line="+0" />
        <source>1st order</source>
        <translation>سفارش اول</translation>
    </message>
    <message>
        <location line="+1" />
        <source>2nd order</source>
        <translation>سفارش دوم</translation>
    </message>
    <message>
        <location line="+0" />
        <source>3rd order</source>
        <translation>سفارش سوم</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nobody entered the funnel in the selected range.</source>
        <translation>در بازهٔ انتخاب‌شده کسی وارد قیف نشد.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Reactivations (orders after {0}+ days without one): {1} orders by {2} customers ({3} of orders).</source>
        <translation>بازفعال‌سازی‌ها (سفارش پس از دست‌کم {0} روز بی‌سفارشی): {1} سفارش از {2} مشتری ({3} از سفارش‌ها).</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+9" />
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From previous stage</source>
        <translation>از مرحلهٔ قبل</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Of entrants</source>
        <translation>از ورودی‌ها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Median days from previous</source>
        <translation>میانهٔ روزها از مرحلهٔ قبل</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No activity in the selected range.</source>
        <translation>در بازهٔ انتخاب‌شده فعالیتی نیست.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>from site/app sessions</source>
        <translation>از بازدیدهای سایت/اپ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>on order days (no activity data imported)</source>
        <translation>بر اساس روزهای سفارش (دادهٔ فعالیت وارد نشده)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>DAU/MAU {0} {1}; {2} active days per active month on average; {3} sessions per active user and week.</source>
        <translation>DAU/MAU {0} {1}؛ به‌طور میانگین {2} روز فعال در هر ماه فعال؛ {3} بازدید به ازای هر کاربر فعال در هفته.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>DAU/MAU</source>
        <translation>DAU/MAU</translation>
    </message>
</context>
<context>
    <name>HeatmapPanel</name>
    <message>
        <location filename="../../retention_desktop/ui/widgets/heatmap.py" line="+127" />
        <source>Age (periods since first order)</source>
        <translation>سن (تعداد دوره از اولین سفارش)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cohort</source>
        <translation>کوهورت</translation>
    </message>
    <message>
        <location line="+17" />
        <source>○ period not complete yet   × fewer customers than the minimum cell size (low confidence)</source>
        <translation>○ دوره هنوز کامل نشده   × مشتریان کمتر از حداقل اندازهٔ خانه (اطمینان کم)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Reset</source>
        <translation>بازنشانی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reset zoom (drag to pan, wheel to zoom)</source>
        <translation>بازنشانی بزرگ‌نمایی (برای جابه‌جایی بکشید، برای بزرگ‌نمایی چرخ ماوس را بچرخانید)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save this chart as a PNG picture</source>
        <translation>ذخیرهٔ این نمودار به‌صورت تصویر PNG</translation>
    </message>
    <message>
        <location line="+107" />
        <source>Cohort {0}: {1} customers</source>
        <translation>کوهورت {0}: {1} مشتری</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Age {0}: {1} of {2} customers ordered in this period or later ({3})</source>
        <translation>سن {0}: {1} از {2} مشتری در این دوره یا بعد از آن سفارش دادند ({3})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Age {0}: {1} of {2} customers had their second order by this period ({3})</source>
        <translation>سن {0}: {1} از {2} مشتری تا این دوره سفارش دومشان را داده بودند ({3})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Age {0}: {1} of {2} customers ordered in this period ({3})</source>
        <translation>سن {0}: {1} از {2} مشتری در این دوره سفارش دادند ({3})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Age {0}: {1} per customer so far, over {2} customers</source>
        <translation>سن {0}: تا اینجا {1} برای هر مشتری، میان {2} مشتری</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Age {0}: {1} per customer in this period, over {2} customers</source>
        <translation>سن {0}: {1} برای هر مشتری در این دوره، میان {2} مشتری</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+2" />
        <source>Click to list these {0} customers</source>
        <translation>برای دیدن فهرست این {0} مشتری کلیک کنید</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Click to list the customers who bought in this period</source>
        <translation>برای دیدن فهرست مشتریانی که در این دوره خرید کردند کلیک کنید</translation>
    </message>
    <message>
        <location line="-11" />
        <source>95% CI: {0} – {1}</source>
        <translation>بازهٔ اطمینان ۹۵٪: {0} تا {1}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Period not complete yet</source>
        <translation>دوره هنوز کامل نشده است</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Low confidence: few customers</source>
        <translation>اطمینان کم: مشتریان کم</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Export chart</source>
        <translation>خروجی گرفتن از نمودار</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cohorts</source>
        <translation>کوهورت‌ها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PNG picture (*.png)</source>
        <translation>تصویر PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../../retention_desktop/ui/language_settings.py" line="+128" />
        <source>Language and numbers</source>
        <translation>زبان و اعداد</translation>
    </message>
</context>
<context>
    <name>LanguageSettingsWidget</name>
    <message>
        <location line="-83" />
        <source>Automatic (system language)</source>
        <translation>خودکار (زبان سیستم)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Default for the language</source>
        <translation>پیش‌فرض زبان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Latin (0123)</source>
        <translation>لاتین (0123)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Persian (۰۱۲۳)</source>
        <translation>فارسی (۰۱۲۳)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation>عربی (٠١٢٣)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Digits</source>
        <translation>ارقام</translation>
    </message>
    <message>
        <location line="+3" />
        <source>As recorded</source>
        <translation>همان‌طور که ثبت شده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show in Toman</source>
        <translation>نمایش به تومان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show in Rial</source>
        <translation>نمایش به ریال</translation>
    </message>
    <message>
        <location line="+1" />
        <source>1 Toman = 10 Rial. Only used when the currency is Rial or Toman.</source>
        <translation>هر تومان = ۱۰ ریال. فقط وقتی به کار می‌رود که واحد پول ریال یا تومان باشد.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rial / Toman</source>
        <translation>ریال / تومان</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The calendar and the currency of your data are set per project in Settings &gt; Analysis settings.</source>
        <translation>تقویم و واحد پول داده‌هایتان برای هر پروژه در تنظیمات &gt; تنظیمات تحلیل تعیین می‌شود.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
</context>
<context>
    <name>Layouts</name>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="-103" />
        <source>Shopify orders export</source>
        <translation>خروجی سفارش‌های Shopify</translation>
    </message>
    <message>
        <location line="+1" />
        <source>WooCommerce order export (Advanced Order Export)</source>
        <translation>خروجی سفارش‌های WooCommerce (Advanced Order Export)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>WooCommerce Customer/Order CSV Export</source>
        <translation>خروجی CSV مشتری/سفارش WooCommerce</translation>
    </message>
    <message>
        <location line="+1" />
        <source>WooCommerce Analytics orders export</source>
        <translation>خروجی سفارش‌های WooCommerce Analytics</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Etsy sold orders (EtsySoldOrders)</source>
        <translation>سفارش‌های فروخته‌شدهٔ Etsy (EtsySoldOrders)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Etsy sold order items (EtsySoldOrderItems)</source>
        <translation>اقلام سفارش‌های فروخته‌شدهٔ Etsy (EtsySoldOrderItems)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Square item sales (Items detail)</source>
        <translation>فروش کالاهای Square (Items detail)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stripe payments export</source>
        <translation>خروجی پرداخت‌های Stripe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PayPal activity download</source>
        <translation>دانلود فعالیت PayPal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Arabic sales invoice export (one row per item)</source>
        <translation>خروجی فاکتور فروش عربی (هر ردیف یک قلم کالا)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Arabic sales invoice export (one row per invoice)</source>
        <translation>خروجی فاکتور فروش عربی (هر ردیف یک فاکتور)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Persian sales invoice export (one row per item)</source>
        <translation>خروجی فاکتور فروش فارسی (هر ردیف یک قلم کالا)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Persian sales invoice export (one row per invoice)</source>
        <translation>خروجی فاکتور فروش فارسی (هر ردیف یک فاکتور)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../retention_desktop/ui/mainwindow.py" line="+79" />
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop every running computation or import (Esc)</source>
        <translation>توقف همهٔ محاسبه‌ها و ورود داده‌های در حال اجرا (Esc)</translation>
    </message>
    <message>
        <location line="+25" />
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New project…</source>
        <translation>پروژهٔ &amp;جدید…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open project…</source>
        <translation>&amp;باز کردن پروژه…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open &amp;recent</source>
        <translation>پروژه‌های &amp;اخیر</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open the &amp;demo shop</source>
        <translation>باز کردن فروشگاه &amp;نمایشی</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Import data…</source>
        <translation>&amp;ورود داده…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Forget a customer…</source>
        <translation>&amp;فراموش کردن یک مشتری…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete all data of one customer (when a customer asks you to)</source>
        <translation>حذف همهٔ داده‌های یک مشتری (وقتی مشتری چنین درخواستی دارد)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shop &amp;name…</source>
        <translation>&amp;نام فروشگاه…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The name shown on the report, in exported file names and the title bar</source>
        <translation>نامی که در گزارش، نام فایل‌های خروجی و نوار عنوان نشان داده می‌شود</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export…</source>
        <translation>&amp;خروجی…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export the current tab's table</source>
        <translation>خروجی گرفتن از جدول زبانهٔ فعلی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Print…</source>
        <translation>&amp;چاپ…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Show &amp;filter bar</source>
        <translation>نمایش نوار &amp;فیلتر</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Refresh</source>
        <translation>&amp;تازه‌سازی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Full &amp;screen</source>
        <translation>تمام‌&amp;صفحه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel running work</source>
        <translation>لغو کارهای در حال اجرا</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Settings</source>
        <translation>&amp;تنظیمات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Analysis settings…</source>
        <translation>تنظیمات &amp;تحلیل…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Language and numbers…</source>
        <translation>&amp;زبان و اعداد…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show amounts in &amp;Toman</source>
        <translation>نمایش مبلغ‌ها به &amp;تومان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>1 Toman = 10 Rial: changes how amounts are shown, never the data</source>
        <translation>هر تومان = ۱۰ ریال: فقط نمایش مبلغ‌ها تغییر می‌کند، نه داده‌ها</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Metric &amp;definitions</source>
        <translation>&amp;تعریف شاخص‌ها</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;About</source>
        <translation>&amp;درباره</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Opening {0}…</source>
        <translation>در حال باز کردن {0}…</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+3" />
        <source>Project in use</source>
        <translation>پروژه در حال استفاده است</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open read-only</source>
        <translation>باز کردن فقط‌خواندنی</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cannot open project</source>
        <translation>پروژه باز نمی‌شود</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Open project</source>
        <translation>باز کردن پروژه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retention Desktop projects (*{0} *.duckdb);;All files (*)</source>
        <translation>پروژه‌های Retention Desktop (*{0} *.duckdb);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+8" />
        <source>New project</source>
        <translation>پروژهٔ جدید</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Retention Desktop projects (*{0})</source>
        <translation>پروژه‌های Retention Desktop (*{0})</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{0} already exists. Choose another name, or open it with File &gt; Open.</source>
        <translation>{0} از قبل وجود دارد. نام دیگری انتخاب کنید یا آن را از «پرونده &gt; باز کردن» باز کنید.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Demo shop</source>
        <translation>فروشگاه نمایشی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Could not build the demo shop: {0}</source>
        <translation>ساختن فروشگاه نمایشی ممکن نشد: {0}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Preparing the demo shop…</source>
        <translation>در حال آماده‌سازی فروشگاه نمایشی…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Import your own data</source>
        <translation>وارد کردن داده‌های خودتان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your data goes into a project file of its own. Choose where to save it; then pick your CSV or Excel exports.</source>
        <translation>داده‌های شما در یک پروندهٔ پروژهٔ جداگانه نگهداری می‌شود. جای ذخیرهٔ آن را انتخاب کنید و سپس خروجی‌های CSV یا اکسل فروشگاهتان را برگزینید.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>(no recent projects)</source>
        <translation>(پروژهٔ اخیری نیست)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No project</source>
        <translation>بدون پروژه</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../build/i18n/core_strings.py" line="+92" />
        <source>DEMO</source>
        <translation>نمایشی</translation>
    </message>
    <message>
        <location line="+2" />
        <source>read-only</source>
        <translation>فقط‌خواندنی</translation>
    </message>
    <message>
        <location line="+50" />
        <source>About {0}</source>
        <translation>دربارهٔ {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Offline retention analytics for small shops: cohorts, retention, customer value, A/B tests and a printable KPI summary.&lt;/p&gt;&lt;p&gt;Your data never leaves this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;تحلیل آفلاین نگهداشت مشتری برای فروشگاه‌های کوچک: کوهورت‌ها، نرخ نگهداشت، ارزش طول عمر مشتری، آزمون‌های A/B و خلاصهٔ شاخص‌های کلیدی قابل چاپ.&lt;/p&gt;&lt;p&gt;داده‌های شما هرگز از این رایانه خارج نمی‌شود.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Shop name</source>
        <translation>نام فروشگاه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name on the report, in exported file names and the title bar
(leave empty to use the file name):</source>
        <translation>نام در گزارش، نام فایل‌های خروجی و نوار عنوان
(برای استفاده از نام فایل خالی بگذارید):</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Export</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This tab has nothing to export. Use the Export buttons above tables and charts.</source>
        <translation>این زبانه چیزی برای خروجی ندارد. از دکمه‌های «خروجی» بالای جدول‌ها و نمودارها استفاده کنید.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Error: {0}</source>
        <translation>خطا: {0}</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Ready</source>
        <translation>آماده</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../retention_desktop/ui/dialogs/mapping_dialog.py" line="+42" />
        <source>Check the columns before importing</source>
        <translation>پیش از ورود داده، ستون‌ها را بررسی کنید</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Orders / invoices</source>
        <translation>سفارش‌ها / فاکتورها</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+19" />
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location line="-18" />
        <source>Sessions / activity</source>
        <translation>بازدیدها / فعالیت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A/B assignments</source>
        <translation>تخصیص‌های A/B</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Marketing spend</source>
        <translation>هزینهٔ بازاریابی</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Survey (NPS/CSAT)</source>
        <translation>نظرسنجی (NPS/CSAT)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Files</source>
        <translation>پرونده‌ها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What is in them</source>
        <translation>محتوای آن‌ها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recognised as</source>
        <translation>شناخته‌شده به‌عنوان</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sheet</source>
        <translation>برگه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date format</source>
        <translation>قالب تاریخ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Encoding / separator</source>
        <translation>کدگذاری / جداکننده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Header row</source>
        <translation>ردیف عنوان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Privacy</source>
        <translation>حریم خصوصی</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Column in your file</source>
        <translation>ستون در پروندهٔ شما</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Use as</source>
        <translation>استفاده به‌عنوان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Detected by</source>
        <translation>تشخیص از روی</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Order</source>
        <translation>سفارش</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Lines</source>
        <translation>ردیف‌ها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Columns</source>
        <translation>ستون‌ها</translation>
    </message>
    <message>
        <location line="+2" />
        <source>First orders as they will be stored</source>
        <translation>نخستین سفارش‌ها، همان‌طور که ذخیره می‌شوند</translation>
    </message>
    <message>
        <location line="+4" />
        <source>First rows of the file</source>
        <translation>نخستین ردیف‌های فایل</translation>
    </message>
    <message>
        <location line="+225" />
        <source>export layout</source>
        <translation>قالب خروجی</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Choose which column is the {0} (in “Use as”).</source>
        <translation>مشخص کنید کدام ستون «{0}» است (در «استفاده به‌عنوان»).</translation>
    </message>
    <message>
        <location line="-269" />
        <source>Import</source>
        <translation>ورود داده</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Warnings</source>
        <translation>هشدارها</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Pseudonymise customer ids, e-mails and phone numbers</source>
        <translation>مستعارسازی شناسه، ایمیل و شمارهٔ تلفن مشتریان</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This project already stores pseudonymised customers, so this import is pseudonymised too: mixing real and pseudonymised ids would split each customer in two.</source>
        <translation>این پروژه از پیش مشتریان را با شناسهٔ مستعار نگه می‌دارد، پس این ورود داده هم مستعارسازی می‌شود: آمیختن شناسه‌های واقعی و مستعار هر مشتری را دو مشتری جدا نشان می‌داد.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only a salted hash of each value is stored; this cannot be undone. The salt stays in this project, so the same customer still matches across imports.</source>
        <translation>از هر مقدار تنها یک درهم‌سازی نمک‌دار نگه داشته می‌شود و این کار بازگشت‌پذیر نیست. نمک در همین پروژه می‌ماند، پس یک مشتری در ورودهای بعدی هم همان مشتری شناخته می‌شود.</translation>
    </message>
    <message>
        <location line="+17" />
        <source> and {0} more</source>
        <translation> و {0} مورد دیگر</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Detected from the data. Day and month could not be told apart: please check.</source>
        <translation>از روی داده‌ها تشخیص داده شد. روز و ماه از هم قابل تشخیص نبودند: لطفاً بررسی کنید.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Detected from the data.</source>
        <translation>از روی داده‌ها تشخیص داده شد.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>comma</source>
        <translation>ویرگول</translation>
    </message>
    <message>
        <location line="+0" />
        <source>semicolon</source>
        <translation>نقطه‌ویرگول</translation>
    </message>
    <message>
        <location line="+0" />
        <source>tab</source>
        <translation>تب</translation>
    </message>
    <message>
        <location line="+1" />
        <source>pipe</source>
        <translation>خط عمودی</translation>
    </message>
    <message>
        <location line="+0" />
        <source>spaces</source>
        <translation>فاصله</translation>
    </message>
    <message>
        <location line="+5" />
        <source>no header: columns are numbered</source>
        <translation>بدون عنوان: ستون‌ها شماره‌گذاری شده‌اند</translation>
    </message>
    <message>
        <location line="+2" />
        <source>yes, row {0}</source>
        <translation>بله، ردیف {0}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location line="+4" />
        <source>no known shop export: columns detected from their names and contents</source>
        <translation>خروجی فروشگاهی شناخته‌شده‌ای نیست: ستون‌ها از روی نام و محتوایشان تشخیص داده شدند</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The dates could be day-first or month-first; check the date format above.</source>
        <translation>تاریخ‌ها ممکن است اول‌روز یا اول‌ماه باشند؛ قالب تاریخ بالا را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No column is used for the customer: every order will count as a guest order.</source>
        <translation>هیچ ستونی برای مشتری انتخاب نشده است: همهٔ سفارش‌ها سفارش مهمان حساب می‌شوند.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0} rows have no customer id: they will count as guest orders.</source>
        <translation>{0} ردیف شناسهٔ مشتری ندارند: سفارش مهمان حساب می‌شوند.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No warnings.</source>
        <translation>هشداری نیست.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>guest</source>
        <translation>مهمان</translation>
    </message>
    <message>
        <location line="+2" />
        <source>return</source>
        <translation>مرجوعی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cancellation</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No orders yet: see below what is missing.</source>
        <translation>هنوز سفارشی ساخته نشده است: آنچه کم است در پایین آمده است.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No order could be read from the first rows.</source>
        <translation>از نخستین ردیف‌ها هیچ سفارشی خوانده نشد.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the amounts look right: this is what the import will store.</source>
        <translation>بررسی کنید که مبلغ‌ها درست باشند: ورود داده همین‌ها را ذخیره می‌کند.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{0} (named in the file; kept with the project)</source>
        <translation>{0} (در فایل آمده است؛ همراه پروژه نگه داشته می‌شود)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>not named in the file: set it in Settings if you want it shown with amounts</source>
        <translation>در فایل نیامده است: اگر می‌خواهید کنار مبلغ‌ها دیده شود، آن را در تنظیمات تعیین کنید</translation>
    </message>
    <message>
        <location line="+10" />
        <source>no customer column: every order is a guest order</source>
        <translation>ستون مشتری ندارد: همهٔ سفارش‌ها سفارش مهمان‌اند</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0} “{1}”</source>
        <translation>{0} «{1}»</translation>
    </message>
    <message>
        <location line="+2" />
        <source>recognised by {0}</source>
        <translation>شناسایی با {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>, else </source>
        <translation>، وگرنه </translation>
    </message>
    <message>
        <location line="+14" />
        <source>(keep as extra column)</source>
        <translation>(به‌عنوان ستون اضافه نگه دار)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>header name</source>
        <translation>نام عنوان</translation>
    </message>
    <message>
        <location line="+0" />
        <source>content</source>
        <translation>محتوا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>saved mapping</source>
        <translation>نگاشت ذخیره‌شده</translation>
    </message>
    <message>
        <location line="+0" />
        <source>you</source>
        <translation>شما</translation>
    </message>
    <message>
        <location line="+64" />
        <source>{0} is chosen for more than one column</source>
        <translation>{0} برای بیش از یک ستون انتخاب شده است</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This file has no data rows: there is nothing to import.</source>
        <translation>این فایل ردیف داده ندارد: چیزی برای ورود نیست.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No orders can be built with these columns: {0}</source>
        <translation>با این ستون‌ها هیچ سفارشی ساخته نمی‌شود: {0}</translation>
    </message>
    <message>
        <location line="+51" />
        <source>These files hold no customer ids, e-mails or phone numbers.</source>
        <translation>این پرونده‌ها هیچ شناسهٔ مشتری، ایمیل یا شمارهٔ تلفنی ندارند.</translation>
    </message>
</context>
<context>
    <name>NpsPage</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/segments_panels.py" line="-137" />
        <source>NPS and CSAT by cohort and segment</source>
        <translation>NPS و CSAT به تفکیک کوهورت و بخش</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repeat rate by NPS group</source>
        <translation>نرخ خرید تکراری به تفکیک گروه NPS</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Import a survey file (customer, date, score) to see NPS and CSAT here.</source>
        <translation>برای دیدن NPS و CSAT یک پروندهٔ نظرسنجی (مشتری، تاریخ، امتیاز) وارد کنید.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>No survey answers.</source>
        <translation>پاسخ نظرسنجی‌ای نیست.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>NPS {0} [{1} to {2}] from {3} answers</source>
        <translation>NPS {0} [{1} تا {2}] از {3} پاسخ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>CSAT {0} of 5, top-2-box {1} ({2} answers)</source>
        <translation>CSAT {0} از ۵، دو گزینهٔ بالا {1} ({2} پاسخ)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Promoters</source>
        <translation>مروجان</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Passives</source>
        <translation>بی‌طرف‌ها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Detractors</source>
        <translation>منتقدان</translation>
    </message>
    <message>
        <location line="+2" />
        <source>p &lt; 0.001</source>
        <translation>p &lt; 0.001</translation>
    </message>
    <message>
        <location line="+1" />
        <source>p = {0}</source>
        <translation>p = {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Repeat rate by NPS group (promoters vs detractors: {0})</source>
        <translation>نرخ خرید تکراری به تفکیک گروه NPS (مروجان در برابر منتقدان: {0})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Repeat purchase rate</source>
        <translation>نرخ خرید تکراری</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No respondents who are customers.</source>
        <translation>هیچ پاسخ‌دهنده‌ای مشتری نیست.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/overview_tab.py" line="+40" />
        <location line="+22" />
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location line="-22" />
        <location line="+21" />
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <location line="-20" />
        <location line="+20" />
        <source>Revenue</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <location line="-20" />
        <location line="+23" />
        <source>Average order value</source>
        <translation>میانگین ارزش سفارش</translation>
    </message>
    <message>
        <location line="-22" />
        <source>Repeat purchase rate</source>
        <translation>نرخ خرید تکراری</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Returning-customer rate</source>
        <translation>نرخ مشتریان بازگشتی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Orders per customer</source>
        <translation>سفارش به ازای هر مشتری</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Trend per period</source>
        <translation>روند در هر دوره</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New customers</source>
        <translation>مشتریان جدید</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Show:</source>
        <translation>نمایش:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Customer lifecycle per period</source>
        <translation>چرخهٔ عمر مشتری در هر دوره</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Computing the overview…</source>
        <translation>در حال محاسبهٔ نمای کلی…</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/viewmodels/overview.py" line="+100" />
        <source>No customers match the current filters. Widen the period or clear filters in the bar above.</source>
        <translation>هیچ مشتری‌ای با فیلترهای فعلی جور نیست. دوره را بازتر کنید یا فیلترهای نوار بالا را پاک کنید.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No orders to show: import your exports on the Data tab, or widen the period.</source>
        <translation>سفارشی برای نمایش نیست: خروجی‌های فروشگاهتان را در زبانهٔ «داده‌ها» وارد کنید یا دوره را بازتر کنید.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Not enough history to compare</source>
        <translation>سابقهٔ کافی برای مقایسه نیست</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/tabs/overview_tab.py" line="+43" />
        <location line="+20" />
        <source>No orders in this period.</source>
        <translation>در این دوره سفارشی نیست.</translation>
    </message>
    <message>
        <location line="-10" />
        <source>(period not complete)</source>
        <translation>(دوره کامل نشده)</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+21" />
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <location line="-19" />
        <location line="+22" />
        <source>Resurrected</source>
        <translation>بازگشته</translation>
    </message>
    <message>
        <location line="-19" />
        <source>Quick ratio</source>
        <translation>نسبت سریع</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CRR (E−N)/S0</source>
        <translation>نرخ نگهداشت (E−N)/S0</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Churned</source>
        <translation>ریزش‌کرده</translation>
    </message>
    <message>
        <location line="-153" />
        <location line="+154" />
        <source>Churn rate</source>
        <translation>نرخ ریزش</translation>
    </message>
    <message>
        <location line="-155" />
        <source>Time to second purchase</source>
        <translation>فاصله تا خرید دوم</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+153" />
        <source>Retention rate</source>
        <translation>نرخ نگهداشت</translation>
    </message>
    <message>
        <location line="-118" />
        <source>Retention and churn per period</source>
        <translation>نگهداشت و ریزش در هر دوره</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/viewmodels/overview.py" line="+19" />
        <source>Of the customers active at the start of {0}, {1} were still active at its end.</source>
        <translation>از مشتریانی که در آغاز {0} فعال بودند، {1} در پایان آن هنوز فعال بودند.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Of the customers active at the start of {0}, {1} were no longer active at its end.</source>
        <translation>از مشتریانی که در آغاز {0} فعال بودند، {1} در پایان آن دیگر فعال نبودند.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Of the customers who bought in {0}, {1} bought more than once in it.</source>
        <translation>از مشتریانی که در {0} خرید کردند، {1} بیش از یک بار در آن خرید کردند.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Half of the customers who first bought in {0} bought again within {1} (followed to the data end).</source>
        <translation>نیمی از مشتریانی که نخستین خریدشان در {0} بود، در {1} دوباره خرید کردند (تا پایان داده‌ها دنبال شده).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{1} customers bought in {0}.</source>
        <translation>{1} مشتری در {0} خرید کردند.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Came back within {0} days: {1} of {2} followed that long.</source>
        <translation>بازگشت در {0} روز: {1} از {2} مشتری که این مدت دنبال شده‌اند.</translation>
    </message>
    <message>
        <location line="-78" />
        <source>too few</source>
        <translation>خیلی کم</translation>
    </message>
    <message>
        <location line="-18" />
        <source>{0} – {1} ({2} days)</source>
        <translation>{0} تا {1} ({2} روز)</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+186" />
        <source>not enough history</source>
        <translation>سابقهٔ کافی نیست</translation>
    </message>
    <message>
        <location line="-184" />
        <source>too early to tell</source>
        <translation>هنوز زود است</translation>
    </message>
    <message>
        <location line="+2" />
        <source>under half came back</source>
        <translation>کمتر از نیمی برگشته‌اند</translation>
    </message>
    <message>
        <location line="+7" />
        <source>no first-time buyers in this period</source>
        <extracomment>Why a card has no value when nobody is behind it in the headline period (by the customers it rests on, :data:`BASE_OF`).</extracomment>
        <translation>در این دوره خریدار تازه‌ای نبود</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+2" />
        <source>nobody was active at the start of this period</source>
        <translation>در آغاز این دوره هیچ مشتری فعالی نبود</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no customers in this period</source>
        <translation>در این دوره مشتری‌ای نبود</translation>
    </message>
    <message>
        <location line="+12" />
        <source>not enough time has passed to see second orders</source>
        <translation>هنوز زمان کافی برای دیدن خرید دوم نگذشته است</translation>
    </message>
    <message>
        <location line="+4" />
        <source>only {0} customer (minimum {1})</source>
        <translation>فقط {0} مشتری (حداقل {1})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>only {0} customers (minimum {1})</source>
        <translation>فقط {0} مشتری (حداقل {1})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{0}: {1}
{2}: {3}</source>
        <translation>{0}: {1}
{2}: {3}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{0} pts</source>
        <translation>{0} واحد درصد</translation>
    </message>
    <message>
        <location line="+71" />
        <source>Jalali calendar</source>
        <translation>تقویم جلالی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gregorian calendar</source>
        <translation>تقویم میلادی</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0} (not finished)</source>
        <translation>{0} (تمام‌نشده)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cards show {0} ({1}); changes compare it with {2}.</source>
        <translation>کارت‌ها {0} را نشان می‌دهند ({1})؛ تغییرها با {2} مقایسه شده‌اند.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cards show {0} ({1}); no earlier period to compare with.</source>
        <translation>کارت‌ها {0} را نشان می‌دهند ({1})؛ دورهٔ قبلی برای مقایسه نیست.</translation>
    </message>
    <message>
        <location line="+66" />
        <source>CRR above {0}: {1} lapsed customer came back</source>
        <translation>CRR بالای {0}: {1} مشتریِ ازدست‌رفته بازگشت</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CRR above {0}: {1} lapsed customers came back</source>
        <translation>CRR بالای {0}: {1} مشتریِ ازدست‌رفته بازگشتند</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/tabs/overview_tab.py" line="+96" />
        <source>Continuing</source>
        <translation>ادامه‌دهنده</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Dormant</source>
        <translation>خفته</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/viewmodels/overview.py" line="-8" />
        <source>not finished</source>
        <translation>تمام‌نشده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>too few customers (under {0})</source>
        <translation>مشتریان خیلی کم (کمتر از {0})</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/tabs/overview_tab.py" line="+16" />
        <source>Active at start</source>
        <translation>فعال در آغاز</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Active at end</source>
        <translation>فعال در پایان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retained</source>
        <translation>نگهداشته‌شده</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Note</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No periods in the selected range.</source>
        <translation>در بازهٔ انتخاب‌شده دوره‌ای نیست.</translation>
    </message>
</context>
<context>
    <name>PlannerPage</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/abtest_planner.py" line="+55" />
        <source>Plan a test</source>
        <translation>برنامه‌ریزی آزمون</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Effect is relative to the baseline</source>
        <translation>اثر نسبت به مقدار پایه است</translation>
    </message>
    <message>
        <location line="+9" />
        <source>One-sided (only a rise matters)</source>
        <translation>یک‌طرفه (فقط افزایش مهم است)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use my shop's new customers per day</source>
        <translation>از تعداد مشتریان جدید روزانهٔ فروشگاهم استفاده کن</translation>
    </message>
    <message>
        <location line="+7" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Baseline rate (control)</source>
        <translation>نرخ پایه (کنترل)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Smallest effect worth detecting</source>
        <translation>کوچک‌ترین اثری که ارزش تشخیص دارد</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Significance level (alpha)</source>
        <translation>سطح معناداری (آلفا)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Power</source>
        <translation>توان آزمون</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Variants (incl. control)</source>
        <translation>نسخه‌ها (با کنترل)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Customers entering per day</source>
        <translation>مشتریان ورودی در روز</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Customers I have per variant</source>
        <translation>مشتریانی که برای هر نسخه دارم</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Add to test plans</source>
        <translation>افزودن به برنامه‌های آزمون</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Customers per variant</source>
        <translation>مشتریان هر نسخه</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Detectable lift (%)</source>
        <translation>بهبود قابل تشخیص (٪)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Smallest detectable lift by test size</source>
        <translation>کوچک‌ترین بهبود قابل تشخیص بر حسب حجم آزمون</translation>
    </message>
    <message>
        <location line="+21" />
        <source>{0} new customers per day over the last 90 days</source>
        <translation>{0} مشتری جدید در روز در ۹۰ روز گذشته</translation>
    </message>
    <message>
        <location line="+27" />
        <source>You need {0} customers per variant ({1} in total) to detect {2} → {3}.</source>
        <translation>برای تشخیص {2} ← {3} به {0} مشتری در هر نسخه ({1} در مجموع) نیاز دارید.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>At {0} customers a day that takes about {1} days.</source>
        <translation>با {0} مشتری در روز، حدود {1} روز طول می‌کشد.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Formula: Evan Miller's sample size (rounded). With the pooled variance (as statsmodels computes it): {0} per variant.</source>
        <translation>فرمول: حجم نمونهٔ اوان میلر (گردشده). با واریانس تجمیعی (به روش statsmodels): {0} برای هر نسخه.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>With {0} variants each comparison uses alpha = {1} (Bonferroni).</source>
        <translation>با {0} نسخه، هر مقایسه از آلفا = {1} استفاده می‌کند (بونفرونی).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>With {0} customers per variant you can detect a change of {1} points ({2} relative).</source>
        <translation>با {0} مشتری در هر نسخه می‌توانید تغییری به اندازهٔ {1} واحد ({2} نسبی) را تشخیص دهید.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>With {0} customers per variant no realistic change can be detected.</source>
        <translation>با {0} مشتری در هر نسخه هیچ تغییر واقع‌بینانه‌ای قابل تشخیص نیست.</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/abtest_plans.py" line="+47" />
        <source>Concept</source>
        <translation>ایده</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Target metric</source>
        <translation>شاخص هدف</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Expected lift</source>
        <translation>بهبود مورد انتظار</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Baseline</source>
        <translation>مقدار پایه</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sample size / variant</source>
        <translation>حجم نمونه / نسخه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Risks</source>
        <translation>ریسک‌ها</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Experiment</source>
        <translation>آزمایش</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assigned</source>
        <translation>تخصیص‌یافته</translation>
    </message>
    <message>
        <location line="+11" />
        <source>New plan</source>
        <translation>برنامهٔ جدید</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New test</source>
        <translation>آزمون جدید</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export…</source>
        <translation>خروجی…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show results</source>
        <translation>نمایش نتایج</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Statuses: {0}. Expected lift is relative (10% = a tenth better than the baseline); the sample size per variant is computed from it and the baseline. Name the experiment as it appears in your assignments file to link results.</source>
        <translation>وضعیت‌ها: {0}. بهبود مورد انتظار نسبی است (۱۰٪ = یک‌دهم بهتر از مقدار پایه)؛ حجم نمونهٔ هر نسخه از روی آن و مقدار پایه محاسبه می‌شود. برای پیوند دادن نتایج، نام آزمایش را همان‌طور بنویسید که در پروندهٔ تخصیص آمده است.</translation>
    </message>
    <message>
        <location line="+31" />
        <location line="+32" />
        <source>Open a project to keep a table of planned tests.</source>
        <translation>برای نگهداری جدول آزمون‌های برنامه‌ریزی‌شده، یک پروژه باز کنید.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Export test plans</source>
        <translation>خروجی برنامه‌های آزمون</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Test plans</source>
        <translation>برنامه‌های آزمون</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>کارپوشهٔ اکسل (*.xlsx);;پروندهٔ CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ProductFilterButton</name>
    <message>
        <location filename="../../retention_desktop/ui/product_filter.py" line="+101" />
        <source>Only customers whose first order contained a product, or who ever bought it (from the product lines of the imported orders)</source>
        <translation>فقط مشتریانی که اولین سفارششان یک محصول را داشت یا زمانی آن را خریده‌اند (از اقلام سفارش‌های واردشده)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Any product</source>
        <translation>هر محصولی</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Number in brackets: customers whose first order contained the product</source>
        <translation>عدد داخل پرانتز: مشتریانی که اولین سفارششان این محصول را داشت</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Number in brackets: customers who ever bought the product</source>
        <translation>عدد داخل پرانتز: مشتریانی که تا کنون این محصول را خریده‌اند</translation>
    </message>
    <message>
        <location line="+38" />
        <source>First order had: {0}</source>
        <translation>اولین سفارش: {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bought: {0}</source>
        <translation>خریده: {0}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Product: all</source>
        <translation>محصول: همه</translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="-115" />
        <source>All new customers</source>
        <translation>همهٔ مشتریان تازه</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/products_tab.py" line="+191" />
        <source>Products</source>
        <extracomment>Unicode first-strong isolate / pop directional isolate: a name keeps its own direction (a Persian name with digits reads as in fa even in an English chart). Narrowest the name column gets when the table must fit the screen (elided, tooltip).</extracomment>
        <translation>محصولات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Categories</source>
        <translation>دسته‌ها</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0} days</source>
        <translation>{0} روز</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Repeat within this many days of the first order; only customers whose first order is at least this long before the data end count</source>
        <translation>خرید دوباره تا این چند روز پس از اولین سفارش؛ فقط مشتریانی شمرده می‌شوند که اولین سفارششان دست‌کم این مدت پیش از پایان داده‌ها باشد</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export reorder list…</source>
        <translation>خروجی فهرست سفارش دوباره…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Customers who bought the selected product (all products when none is selected) once and have not bought it again within its usual reorder interval, as CSV or Excel for an SMS or e-mail campaign</source>
        <translation>مشتریانی که محصول انتخاب‌شده را (اگر چیزی انتخاب نشده، همهٔ محصولات) یک بار خریده‌اند و در فاصلهٔ معمولِ خرید دوباره‌اش دوباره نخریده‌اند، به‌صورت CSV یا اکسل برای کارزار پیامکی یا ایمیلی</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Group by:</source>
        <translation>گروه‌بندی:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Came back within:</source>
        <translation>برگشت تا:</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+235" />
        <source>First-order products, best repeat rate first</source>
        <translation>محصولات اولین سفارش، بهترین نرخ خرید دوباره در بالا</translation>
    </message>
    <message>
        <location line="-230" />
        <location line="+231" />
        <source>Repeat rate by first-order product; whiskers: the range the verdict uses; dashed: shop average</source>
        <translation>نرخ خرید دوباره بر اساس محصول اولین سفارش؛ خط‌های عمودی: بازه‌ای که نتیجه‌گیری بر آن است؛ خط‌چین: میانگین فروشگاه</translation>
    </message>
    <message>
        <location line="-213" />
        <location line="+224" />
        <source>Select a product in the table to see how often its buyers buy it again and what they buy next.</source>
        <translation>یک محصول را در جدول برگزینید تا ببینید خریدارانش چند وقت یک بار دوباره آن را می‌خرند و پس از آن چه می‌خرند.</translation>
    </message>
    <message>
        <location line="-182" />
        <source>Computing products…</source>
        <translation>در حال محاسبهٔ محصولات…</translation>
    </message>
    <message>
        <location line="+113" />
        <source>No product has enough customers to draw.</source>
        <translation>هیچ محصولی مشتری کافی برای رسم ندارد.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Came back within {0} days</source>
        <translation>برگشت تا {0} روز</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Shop average</source>
        <translation>میانگین فروشگاه</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reading the product's repurchases…</source>
        <translation>در حال خواندن خریدهای دوبارهٔ محصول…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>None of them came back yet.</source>
        <translation>هنوز هیچ‌کدام برنگشته‌اند.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>First-order categories, best repeat rate first</source>
        <translation>دسته‌های نخستین سفارش، بهترین نرخ خرید دوباره اول</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repeat rate by first-order category; whiskers: the range the verdict uses; dashed: shop average</source>
        <translation>نرخ خرید دوباره بر پایهٔ دستهٔ نخستین سفارش؛ خط‌های کناری: بازه‌ای که داوری بر آن است؛ خط‌چین: میانگین فروشگاه</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Select a category in the table to see how often its buyers buy from it again and what they buy next.</source>
        <translation>یک دسته را در جدول برگزینید تا ببینید خریدارانش چند بار دوباره از آن می‌خرند و پس از آن چه می‌خرند.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>all products</source>
        <translation>همهٔ محصولات</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export reorder list</source>
        <translation>خروجی فهرست سفارش دوباره</translation>
    </message>
    <message>
        <location line="+0" />
        <source>reorder {0}</source>
        <translation>سفارش دوباره {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excel workbook (*.xlsx);;CSV, comma separated (*.csv)</source>
        <translation>کارپوشهٔ اکسل (*.xlsx);;CSV، جداشده با ویرگول (*.csv)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Export failed</source>
        <translation>خروجی گرفتن ناموفق بود</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Could not write {0}: {1}</source>
        <translation>نوشتن {0} ممکن نشد: {1}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Writing the reorder list…</source>
        <translation>در حال نوشتن فهرست سفارش دوباره…</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../retention_desktop/ui/report/page.py" line="+196" />
        <source>no previous period</source>
        <translation>بدون دورهٔ قبلی</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{0} {1} pts vs {2}</source>
        <translation>{0} {1} واحد درصد نسبت به {2}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} {1} vs {2}</source>
        <translation>{0} {1} نسبت به {2}</translation>
    </message>
    <message>
        <location line="+51" />
        <source>previous</source>
        <translation>دورهٔ قبل</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Customer retention summary</source>
        <translation>خلاصهٔ نگهداشت مشتری</translation>
    </message>
    <message>
        <location line="+4" />
        <source>no data</source>
        <translation>بدون داده</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Jalali calendar</source>
        <translation>تقویم جلالی</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gregorian calendar</source>
        <translation>تقویم میلادی</translation>
    </message>
    <message>
        <location line="+8" />
        <location filename="../../build/i18n/core_strings.py" line="+111" />
        <source>none (all customers)</source>
        <translation>هیچ (همهٔ مشتریان)</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Continuing</source>
        <translation>ادامه‌دهنده</translation>
    </message>
    <message>
        <location line="+71" />
        <source>* customers already active when the data starts (not new customers; left out of the mean). Unfinished periods are left blank.</source>
        <translation>* مشتریانی که هنگام آغاز داده‌ها از پیش فعال بودند (مشتری جدید نیستند؛ در میانگین نیامده‌اند). دوره‌های تمام‌نشده خالی مانده‌اند.</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+96" />
        <source>Segment</source>
        <translation>بخش</translation>
    </message>
    <message>
        <location line="-96" />
        <location line="+96" />
        <location filename="../../retention_desktop/ui/report/products_section.py" line="+64" />
        <location filename="../../build/i18n/core_strings.py" line="-73" />
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location line="-96" />
        <location line="+96" />
        <location filename="../../build/i18n/core_strings.py" line="+1" />
        <source>Repeat purchase rate</source>
        <translation>نرخ خرید تکراری</translation>
    </message>
    <message>
        <location line="-95" />
        <location line="+96" />
        <location filename="../../build/i18n/core_strings.py" line="+1" />
        <source>Revenue per customer</source>
        <translation>درآمد به ازای هر مشتری</translation>
    </message>
    <message>
        <location line="-66" />
        <source>Definitions used on this page</source>
        <translation>تعریف‌های به‌کاررفته در این صفحه</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../build/i18n/core_strings.py" line="+27" />
        <source>net of returns</source>
        <translation>خالص پس از کسر مرجوعی‌ها</translation>
    </message>
    <message>
        <location line="+0" />
        <source>gross (returns ignored)</source>
        <translation>ناخالص (بدون در نظر گرفتن مرجوعی‌ها)</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Appendix: segments, {0}</source>
        <translation>پیوست: بخش‌ها، {0}</translation>
    </message>
    <message>
        <location line="+26" />
        <source>{0}: already active when the data starts</source>
        <translation>{0}: از پیش فعال هنگام آغاز داده‌ها</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{0} (not enough history)</source>
        <translation>{0} (سابقهٔ کافی نیست)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{0} (not finished)</source>
        <translation>{0} (تمام‌نشده)</translation>
    </message>
    <message>
        <location line="-404" />
        <location filename="../../build/i18n/core_strings.py" line="-40" />
        <source>days</source>
        <translation>روز</translation>
    </message>
    <message>
        <location line="+223" />
        <source>Cohort retention (share ordering in month k)</source>
        <translation>نگهداشت کوهورت‌ها (سهم خریداران در ماه k)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Retention curve: mean and each cohort</source>
        <translation>منحنی نگهداشت: میانگین و هر کوهورت</translation>
    </message>
    <message>
        <location line="-67" />
        <source>Customers per month: lifecycle</source>
        <translation>مشتریان در هر ماه: چرخهٔ عمر</translation>
    </message>
    <message>
        <location line="-161" />
        <location line="+264" />
        <location line="+141" />
        <location filename="../../build/i18n/core_strings.py" line="+37" />
        <source>too few</source>
        <translation>خیلی کم</translation>
    </message>
    <message>
        <location line="-403" />
        <location filename="../../build/i18n/core_strings.py" line="+13" />
        <source>not enough history</source>
        <translation>سابقهٔ کافی نیست</translation>
    </message>
    <message>
        <location line="+2" />
        <source>fewer than half came back yet</source>
        <translation>هنوز کمتر از نیمی برگشته‌اند</translation>
    </message>
    <message>
        <location line="+22" />
        <source>only {0} customers (minimum {1})</source>
        <translation>فقط {0} مشتری (حداقل {1})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the prediction model does not fit this shop</source>
        <translation>مدل پیش‌بینی با این فروشگاه جور نیست</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{0}: too few to compare</source>
        <translation>{0}: برای مقایسه خیلی کم</translation>
    </message>
    <message>
        <location line="+131" />
        <location filename="../../build/i18n/core_strings.py" line="-42" />
        <source>Dormant</source>
        <translation>غیرفعال‌شده</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Latest A/B tests</source>
        <translation>آخرین آزمون‌های A/B</translation>
    </message>
    <message>
        <location line="+154" />
        <location filename="../../build/i18n/core_strings.py" line="-5" />
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../build/i18n/core_strings.py" line="+54" />
        <source>Churn rate</source>
        <translation>نرخ ریزش</translation>
    </message>
    <message>
        <location line="+11" />
        <location filename="../../build/i18n/core_strings.py" line="-42" />
        <source>Share of spend</source>
        <translation>سهم از خرید</translation>
    </message>
    <message>
        <location line="-189" />
        <location filename="../../build/i18n/core_strings.py" line="-10" />
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <location line="-279" />
        <source>{0} – KPI summary</source>
        <translation>{0} – خلاصهٔ شاخص‌های کلیدی</translation>
    </message>
    <message>
        <location line="+117" />
        <source>too early to tell</source>
        <translation>هنوز زود است</translation>
    </message>
    <message>
        <location line="+6" />
        <source>no first-time buyers in this period</source>
        <translation>در این دوره خریدار تازه‌ای نبود</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+2" />
        <source>nobody was active at the start of this period</source>
        <translation>در آغاز این دوره هیچ مشتری فعالی نبود</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no customers in this period</source>
        <translation>در این دوره مشتری‌ای نبود</translation>
    </message>
    <message>
        <location line="+3" />
        <source>not enough time has passed to see second orders</source>
        <translation>هنوز زمان کافی برای دیدن خرید دوم نگذشته است</translation>
    </message>
    <message>
        <location line="+3" />
        <source>only {0} customer (minimum {1})</source>
        <translation>فقط {0} مشتری (حداقل {1})</translation>
    </message>
    <message>
        <location line="+29" />
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0}: fewer than half came back</source>
        <translation>{0}: کمتر از نیمی برگشته بودند</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{0}: no value to compare</source>
        <translation>{0}: مقداری برای مقایسه نیست</translation>
    </message>
    <message>
        <location line="+53" />
        <source>DEMO DATA</source>
        <translation>دادهٔ نمایشی</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{0} (compared with {1})</source>
        <translation>{0} (در مقایسه با {1})</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Data: {0}   ·   Headline period: {1}</source>
        <translation>داده‌ها: {0}   ·   دورهٔ اصلی: {1}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Filters: {0}</source>
        <translation>فیلترها: {0}</translation>
    </message>
    <message>
        <location line="+30" />
        <location line="+177" />
        <location filename="../../build/i18n/core_strings.py" line="+2" />
        <source>Resurrected</source>
        <translation>بازگشته</translation>
    </message>
    <message>
        <location line="-170" />
        <source>Top segments by {0}, {1}</source>
        <translation>بخش‌های برتر بر اساس {0}، {1}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Top segments by {0}</source>
        <translation>بخش‌های برتر بر اساس {0}</translation>
    </message>
    <message>
        <location line="+21" />
        <source>lift {0}</source>
        <translation>بهبود {0}</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/report/products_section.py" line="-4" />
        <source>Products that bring customers back</source>
        <translation>محصولاتی که مشتریان را برمی‌گردانند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Products: none differs clearly from the shop</source>
        <translation>محصولات: هیچ‌کدام به‌روشنی با فروشگاه فرق ندارد</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../build/i18n/core_strings.py" line="+20" />
        <source>First-order product</source>
        <translation>محصول اولین سفارش</translation>
    </message>
    <message>
        <location line="+2" />
        <source>within {0} days</source>
        <translation>تا {0} روز</translation>
    </message>
    <message>
        <location line="+2" />
        <source>range for all {0}</source>
        <translation>بازه برای همهٔ {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>range vs shop</source>
        <translation>بازه در برابر فروشگاه</translation>
    </message>
    <message>
        <location line="+4" />
        <source>All new customers</source>
        <translation>همهٔ مشتریان تازه</translation>
    </message>
    <message>
        <location line="+18" />
        <source>{0} of {1} products shown; all in the Products tab / metrics products</source>
        <translation>{0} از {1} محصول نشان داده شده؛ همه در زبانهٔ محصولات / metrics products</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/report/page.py" line="+31" />
        <source>Retention curve of each cohort (too few cohorts for a mean)</source>
        <translation>منحنی نگهداشت هر کوهورت (کوهورت‌ها برای میانگین کم‌اند)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>{0} did better than {1}; unlikely to be chance (p = {2})</source>
        <translation>{0} بهتر از {1} عمل کرد؛ بعید است تصادفی باشد (p = {2})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0} did worse than {1}; unlikely to be chance (p = {2})</source>
        <translation>{0} بدتر از {1} عمل کرد؛ بعید است تصادفی باشد (p = {2})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>not enough evidence yet (p = {0})</source>
        <translation>هنوز شواهد کافی نیست (p = {0})</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Revenue: {0}.  Active customer: ordered in the last {1} days.</source>
        <translation>درآمد: {0}.  مشتری فعال: در {1} روز گذشته سفارش داده است.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Generated on {0} from {1}</source>
        <translation>تهیه‌شده در {0} از {1}</translation>
    </message>
    <message>
        <location line="+15" />
        <location filename="../../build/i18n/core_strings.py" line="+32" />
        <source>Cohort</source>
        <translation>کوهورت</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../build/i18n/core_strings.py" line="+1" />
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Appendix: cohort table</source>
        <translation>پیوست: جدول کوهورت</translation>
    </message>
    <message>
        <location line="+2" />
        <source>* already active when the data starts; not in the mean</source>
        <translation>* از پیش فعال در آغاز داده‌ها؛ در میانگین نیست</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../build/i18n/core_strings.py" line="-8" />
        <source>Active at start (S0)</source>
        <translation>فعال در آغاز (S0)</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../build/i18n/core_strings.py" line="+1" />
        <source>New (N)</source>
        <translation>جدید (N)</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../build/i18n/core_strings.py" line="+1" />
        <source>Active at end (E)</source>
        <translation>فعال در پایان (E)</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../build/i18n/core_strings.py" line="+1" />
        <source>Retained (R)</source>
        <translation>نگهداشته‌شده (R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retention rate</source>
        <translation>نرخ نگهداشت</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Appendix: CRR table (S0 / N / E)</source>
        <translation>پیوست: جدول نرخ نگهداشت (S0 / N / E)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Appendix: segments</source>
        <translation>پیوست: بخش‌ها</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="-58" />
        <source>rate</source>
        <translation>نرخ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>money</source>
        <translation>پول</translation>
    </message>
    <message>
        <location line="+1" />
        <source>count</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ratio</source>
        <translation>نسبت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location line="+2" />
        <source>First day</source>
        <translation>روز اول</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Continuing customers</source>
        <translation>مشتریان ادامه‌دهنده</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Dimension</source>
        <translation>ویژگی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location line="+4" />
        <source>CRR</source>
        <translation>نرخ نگهداشت</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last day</source>
        <translation>روز آخر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Experiment</source>
        <translation>آزمایش</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Control</source>
        <translation>کنترل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Variant</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Control rate</source>
        <translation>نرخ کنترل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Variant rate</source>
        <translation>نرخ نسخه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lift %</source>
        <translation>بهبود ٪</translation>
    </message>
    <message>
        <location line="+1" />
        <source>p-value</source>
        <translation>مقدار p</translation>
    </message>
    <message>
        <location line="+1" />
        <source>P(variant beats control)</source>
        <translation>احتمال برتری نسخه بر کنترل</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/report/products_section.py" line="-21" />
        <location filename="../../build/i18n/core_strings.py" line="+1" />
        <source>Verdict</source>
        <translation>نتیجه‌گیری</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="+2" />
        <source>Observed customers</source>
        <translation>مشتریان دیده‌شده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repeat within 90 days</source>
        <translation>خرید دوباره تا ۹۰ روز</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Difference from the shop</source>
        <translation>تفاوت با فروشگاه</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no clear difference</source>
        <translation>تفاوت روشنی نیست</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Customers behind it</source>
        <translation>تعداد مشتریان پشت این عدد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(already active when the data starts; not in the mean)</source>
        <translation>(از پیش فعال در آغاز داده‌ها؛ در میانگین نیست)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>gross</source>
        <translation>ناخالص</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Item</source>
        <translation>مورد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>README</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <location line="+1" />
        <source>KPI</source>
        <translation>شاخص</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Previous period</source>
        <translation>دورهٔ قبل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>KPIs</source>
        <translation>شاخص‌ها</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not finished</source>
        <translation>تمام‌نشده</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Retention rate R/S0</source>
        <translation>نرخ نگهداشت R/S0</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CRR (E-N)/S0</source>
        <translation>نرخ نگهداشت (E-N)/S0</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Products</source>
        <translation>محصولات</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Jalali</source>
        <translation>شمسی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not known</source>
        <translation>نامشخص</translation>
    </message>
    <message>
        <location line="-24" />
        <source>Cohorts</source>
        <translation>کوهورت‌ها</translation>
    </message>
    <message>
        <location line="-31" />
        <source>Range vs shop, low (all products together)</source>
        <translation>بازه در برابر فروشگاه، پایین (همهٔ محصولات با هم)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Range vs shop, high (all products together)</source>
        <translation>بازه در برابر فروشگاه، بالا (همهٔ محصولات با هم)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>more often</source>
        <translation>بیشتر برمی‌گردند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>less often</source>
        <translation>کمتر برمی‌گردند</translation>
    </message>
    <message>
        <location line="+2" />
        <source>all shown customers</source>
        <translation>همهٔ مشتریان نمایش‌داده‌شده</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Lifecycle</source>
        <translation>چرخهٔ عمر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Segments</source>
        <translation>بخش‌ها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A-B tests</source>
        <translation>آزمون‌های A-B</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shop</source>
        <translation>فروشگاه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Generated</source>
        <translation>تهیه‌شده در</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data from</source>
        <translation>داده‌ها از</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data to</source>
        <translation>داده‌ها تا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Headline period</source>
        <translation>دورهٔ اصلی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minimum customers per figure</source>
        <translation>کمینهٔ مشتری برای هر عدد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filters</source>
        <translation>فیلترها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revenue policy</source>
        <translation>سیاست درآمد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activity window (days)</source>
        <translation>بازهٔ فعالیت (روز)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Definition</source>
        <translation>تعریف</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Formula</source>
        <translation>فرمول</translation>
    </message>
    <message>
        <location line="+1" />
        <source>k={0}</source>
        <translation>k={0}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No product differs clearly from the shop.</source>
        <translation>هیچ محصولی به‌روشنی با فروشگاه فرق ندارد.</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/report/page.py" line="-29" />
        <location filename="../../build/i18n/core_strings.py" line="-5" />
        <source>Weighted mean</source>
        <translation>میانگین وزنی</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/report_tab.py" line="+52" />
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Interface language</source>
        <translation>زبان برنامه</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Appendix pages</source>
        <translation>صفحه‌های پیوست</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Products section</source>
        <translation>بخش محصولات</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Print the first-order products that bring customers back (only for projects with product lines)</source>
        <translation>چاپ محصولات اولین سفارش که مشتریان را برمی‌گردانند (فقط برای پروژه‌هایی با اقلام محصول)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>◀ Page</source>
        <translation>◀ صفحه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page ▶</source>
        <translation>صفحه ▶</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print preview…</source>
        <translation>پیش‌نمایش چاپ…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export PDF…</source>
        <translation>خروجی PDF…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export Excel…</source>
        <translation>خروجی اکسل…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save page as PNG…</source>
        <translation>ذخیرهٔ صفحه به‌صورت PNG…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Paper:</source>
        <translation>کاغذ:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Language:</source>
        <translation>زبان:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Open a project to see its report.</source>
        <translation>برای دیدن گزارش، یک پروژه باز کنید.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Preparing the report…</source>
        <translation>در حال آماده‌سازی گزارش…</translation>
    </message>
    <message>
        <location line="+105" />
        <location line="+4" />
        <source>KPI summary</source>
        <translation>خلاصهٔ شاخص‌های کلیدی</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Export PDF</source>
        <translation>خروجی PDF</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Export Excel</source>
        <translation>خروجی اکسل</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Excel (*.xlsx)</source>
        <translation>اکسل (*.xlsx)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Save page as PNG</source>
        <translation>ذخیرهٔ صفحه به‌صورت PNG</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PNG image (*.png)</source>
        <translation>تصویر PNG (*.png)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Export failed</source>
        <translation>خروجی گرفتن ناموفق بود</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file could not be written:</source>
        <translation>پرونده نوشته نشد:</translation>
    </message>
</context>
<context>
    <name>ScatterPanel</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/customers_widgets.py" line="-199" />
        <source>P(alive)</source>
        <translation>احتمال فعال بودن P(alive)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>CLV</source>
        <translation>ارزش طول عمر</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Customer {0}
P(alive) {1}
CLV {2}</source>
        <translation>مشتری {0}
P(alive) {1}
ارزش طول عمر {2}</translation>
    </message>
</context>
<context>
    <name>SegmentsTab</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/segments_tab.py" line="+77" />
        <source>Other values are tested against this one</source>
        <translation>مقادیر دیگر با این مقدار مقایسه می‌شوند</translation>
    </message>
    <message>
        <location line="+4" />
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N of the N-day repeat and the window after a campaign's end</source>
        <translation>N در «خرید دوباره در N روز» و بازهٔ پس از پایان کمپین</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Compare by:</source>
        <translation>مقایسه بر اساس:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Baseline:</source>
        <translation>مقدار پایه:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>N:</source>
        <translation>N:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Side by side</source>
        <translation>کنار هم</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Campaigns after they end</source>
        <translation>کمپین‌ها پس از پایان</translation>
    </message>
    <message>
        <location line="+3" />
        <source>CAC and payback</source>
        <translation>هزینهٔ جذب و بازگشت آن</translation>
    </message>
    <message>
        <location line="+3" />
        <source>What-if</source>
        <translation>اگر…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>NPS and CSAT</source>
        <translation>NPS و CSAT</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Funnel and stickiness</source>
        <translation>قیف و چسبندگی</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Each value of the dimension, as if filtered to it</source>
        <translation>هر مقدار از ویژگی، گویی فقط همان فیلتر شده باشد</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/tabs/segments_model.py" line="+122" />
        <location filename="../../retention_desktop/ui/tabs/segments_tab.py" line="+8" />
        <source>Repeat purchase rate</source>
        <translation>نرخ خرید تکراری</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/tabs/segments_tab.py" line="+2" />
        <source>N-day repeat</source>
        <translation>خرید دوباره در N روز</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/tabs/segments_model.py" line="-40" />
        <location line="+48" />
        <source>baseline</source>
        <translation>مبنا</translation>
    </message>
    <message>
        <location line="-26" />
        <source>All (filtered)</source>
        <translation>همه (با فیلتر)</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+65" />
        <source>Segment</source>
        <translation>بخش</translation>
    </message>
    <message>
        <location line="-65" />
        <location line="+30" />
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location line="-30" />
        <source>Retention rate</source>
        <translation>نرخ نگهداشت</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../retention_desktop/ui/tabs/segments_tab.py" line="+1" />
        <source>Churn rate</source>
        <translation>نرخ ریزش</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../retention_desktop/ui/tabs/segments_tab.py" line="+1" />
        <source>Revenue per customer</source>
        <translation>درآمد به ازای هر مشتری</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{0}-day repeat</source>
        <translation>خرید تکراری {0} روزه</translation>
    </message>
    <message>
        <location line="+20" />
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+28" />
        <source>not yet</source>
        <translation>هنوز نه</translation>
    </message>
    <message>
        <location line="-20" />
        <source>Campaign</source>
        <translation>کمپین</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ended</source>
        <translation>پایان</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Orders after</source>
        <translation>سفارش‌های پس از آن</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revenue after, per customer</source>
        <translation>درآمد پس از آن، برای هر مشتری</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Window fully observed</source>
        <translation>بازه کامل مشاهده شده</translation>
    </message>
    <message>
        <location line="+9" />
        <source>All channels</source>
        <translation>همهٔ کانال‌ها</translation>
    </message>
    <message>
        <location line="+9" />
        <source>first period</source>
        <translation>دورهٔ نخست</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} periods</source>
        <translation>{0} دوره</translation>
    </message>
    <message>
        <location line="+0" />
        <source>1 period</source>
        <translation>۱ دوره</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Spend</source>
        <translation>هزینه</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New customers</source>
        <translation>مشتریان جدید</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Payback</source>
        <translation>بازگشت هزینه</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cohort</source>
        <translation>کوهورت</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Group</source>
        <translation>گروه</translation>
    </message>
    <message>
        <location line="+0" />
        <source>NPS answers</source>
        <translation>پاسخ‌های NPS</translation>
    </message>
    <message>
        <location line="+0" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Promoters</source>
        <translation>مروجان</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Detractors</source>
        <translation>منتقدان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSAT mean</source>
        <translation>میانگین CSAT</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CSAT top-2-box</source>
        <translation>دو گزینهٔ برتر CSAT</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/tabs/segments_tab.py" line="-9" />
        <source>[low, high] = {0} interval · ▲/▼ = significantly higher / lower than the baseline (p &lt; {1})</source>
        <translation>[پایین، بالا] = بازهٔ {0} · ▲/▼ = به‌طور معنادار بالاتر / پایین‌تر از مقدار پایه (p &lt; {1})</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Per value, with 95% intervals</source>
        <translation>برای هر مقدار، با بازه‌های ۹۵٪</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Chart:</source>
        <translation>نمودار:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>What campaign customers did after the campaign ended</source>
        <translation>مشتریان کمپین پس از پایان آن چه کردند</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Ordered again within N days after the end</source>
        <translation>سفارش دوباره تا N روز پس از پایان</translation>
    </message>
    <message>
        <location line="+76" />
        <source>Nothing to compare yet: the orders have no channel, campaign, country or other column with values. Import a file that has one and map it as a dimension.</source>
        <translation>هنوز چیزی برای مقایسه نیست: سفارش‌ها ستون کانال، کمپین، کشور یا ستون دیگری با مقدار ندارند. فایلی را وارد کنید که چنین ستونی دارد و آن را به‌عنوان بُعد نگاشت کنید.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Comparing segments…</source>
        <translation>در حال مقایسهٔ بخش‌ها…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Computing CAC…</source>
        <translation>در حال محاسبهٔ هزینهٔ جذب…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Projecting…</source>
        <translation>در حال پیش‌بینی…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Computing NPS…</source>
        <translation>در حال محاسبهٔ NPS…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Computing the funnel…</source>
        <translation>در حال محاسبهٔ قیف…</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Compared over about the last 12 months of data, {0} to {1} (choose a period in the filter bar to change it)</source>
        <translation>مقایسه در حدود ۱۲ ماه آخر داده‌ها، از {0} تا {1} (برای تغییر، دوره‌ای را در نوار فیلتر انتخاب کنید)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Range {0} to {1}</source>
        <translation>بازهٔ {0} تا {1}</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Nothing to compare.</source>
        <translation>چیزی برای مقایسه نیست.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>No values to compare.</source>
        <translation>مقداری برای مقایسه نیست.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No campaigns in the selected range. Campaign results need a 'campaign' column on the orders (map it when importing).</source>
        <translation>در بازهٔ انتخاب‌شده کمپینی نیست. نتایج کمپین به ستون «کمپین» در سفارش‌ها نیاز دارد (هنگام ورود داده آن را مشخص کنید).</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+2" />
        <location line="+17" />
        <source>No campaigns.</source>
        <translation>کمپینی نیست.</translation>
    </message>
    <message>
        <location line="-14" />
        <source>A campaign ends on the last order carrying it (* = end date from the campaign dates). Its customers are judged by whether they ordered again within {0} days after that (any order, with or without a campaign). ▲/▼ = differs from the baseline campaign (p &lt; {1}).</source>
        <translation>هر کمپین با آخرین سفارش مربوط به آن پایان می‌یابد (* = تاریخ پایان از تاریخ‌های کمپین). مشتریانش با این سنجیده می‌شوند که آیا تا {0} روز پس از آن دوباره سفارش داده‌اند (هر سفارشی، با یا بدون کمپین). ▲/▼ = تفاوت با کمپین پایه (p &lt; {1}).</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/tabs/segments_model.py" line="-58" />
        <location filename="../../retention_desktop/ui/tabs/segments_tab.py" line="+12" />
        <source>Ordered within {0} days after the end</source>
        <translation>سفارش تا {0} روز پس از پایان</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../retention_desktop/ui/dialogs/settings_dialog.py" line="+26" />
        <source>Analysis settings</source>
        <translation>تنظیمات تحلیل</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Week</source>
        <translation>هفته</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Quarter</source>
        <translation>فصل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Monday</source>
        <translation>دوشنبه</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tuesday</source>
        <translation>سه‌شنبه</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Wednesday</source>
        <translation>چهارشنبه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Thursday</source>
        <translation>پنجشنبه</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Friday</source>
        <translation>جمعه</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Saturday</source>
        <translation>شنبه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sunday</source>
        <translation>یکشنبه</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jalali (Persian)</source>
        <translation>شمسی (جلالی)</translation>
    </message>
    <message>
        <location line="+3" />
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A customer is active on a day if they ordered in the previous W days (including that day).</source>
        <translation>مشتری در یک روز «فعال» است اگر در W روز گذشته (با احتساب همان روز) سفارش داده باشد.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Net (returns and cancellations subtract)</source>
        <translation>خالص (مرجوعی‌ها و لغوها کم می‌شوند)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gross (ignore returns)</source>
        <translation>ناخالص (مرجوعی‌ها نادیده گرفته می‌شوند)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cohort cells with fewer customers are marked low-confidence.</source>
        <translation>خانه‌های کوهورت با مشتریان کمتر از این، «کم‌اطمینان» علامت می‌خورند.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>e.g. £, €, تومان</source>
        <translation>مثلاً تومان، ریال، €</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Period grain</source>
        <translation>طول دوره</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Week starts on</source>
        <translation>شروع هفته</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activity window W</source>
        <translation>بازهٔ فعالیت W</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revenue policy</source>
        <translation>شیوهٔ محاسبهٔ درآمد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gross margin</source>
        <translation>حاشیهٔ سود ناخالص</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minimum customers per cohort cell</source>
        <translation>حداقل مشتری در هر خانهٔ کوهورت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Currency symbol</source>
        <translation>نماد واحد پول</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Settings are saved in the project file.</source>
        <translation>تنظیمات در پروندهٔ پروژه ذخیره می‌شوند.</translation>
    </message>
</context>
<context>
    <name>SpendEditor</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/segments_panels.py" line="-330" />
        <source>Channel</source>
        <translation>کانال فروش</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Month (YYYY-MM)</source>
        <translation>ماه (YYYY-MM)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add row</source>
        <translation>افزودن ردیف</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use this spend</source>
        <translation>استفاده از این هزینه</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use the spend file</source>
        <translation>استفاده از پروندهٔ هزینه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forget the typed spend and use the imported spend table</source>
        <translation>هزینهٔ واردشده را کنار بگذار و از جدول هزینهٔ واردشده از پرونده استفاده کن</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Type the marketing spend per channel and month:</source>
        <translation>هزینهٔ بازاریابی را برای هر کانال و ماه وارد کنید:</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Row {0}: use a month like {1} and a number for the amount.</source>
        <translation>ردیف {0}: ماه را مثل {1} و مبلغ را به‌صورت عدد بنویسید.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Type at least one row.</source>
        <translation>دست‌کم یک ردیف وارد کنید.</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/__init__.py" line="+30" />
        <source>Data</source>
        <translation>داده‌ها</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Overview</source>
        <translation>نمای کلی</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cohorts</source>
        <translation>کوهورت‌ها</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Products</source>
        <translation>محصولات</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Segments &amp;&amp; campaigns</source>
        <translation>بخش‌ها و کمپین‌ها</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A/B tests</source>
        <translation>آزمون‌های A/B</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Report</source>
        <translation>گزارش</translation>
    </message>
</context>
<context>
    <name>VerdictText</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/abtest_text.py" line="+28" />
        <source>Sample ratio mismatch: the customers are not split between the variants as planned (p = {0}). The assignment may be broken — do not trust these results until you know why.</source>
        <translation>عدم تطابق نسبت نمونه: مشتریان طبق برنامه میان نسخه‌ها تقسیم نشده‌اند (p = {0}). ممکن است تخصیص خراب باشد — تا علتش را نفهمیده‌اید به این نتایج اعتماد نکنید.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Mode: sequential — intervals and p-values are always valid, so you may look every day.</source>
        <translation>حالت: پی‌درپی — بازه‌ها و مقدارهای p همیشه معتبرند، پس می‌توانید هر روز نگاه کنید.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mode: fixed — numbers are valid if you look once, when the planned number of customers is reached.</source>
        <translation>حالت: ثابت — اعداد فقط وقتی معتبرند که یک بار، پس از رسیدن به تعداد برنامه‌ریزی‌شدهٔ مشتریان، نگاه کنید.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{0} had a higher average than {1}</source>
        <translation>{0} میانگین بالاتری از {1} داشت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} had a lower average than {1}</source>
        <translation>{0} میانگین پایین‌تری از {1} داشت</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{0} kept more customers than {1}</source>
        <translation>{0} مشتریان بیشتری از {1} نگه داشت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} kept fewer customers than {1}</source>
        <translation>{0} مشتریان کمتری از {1} نگه داشت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} lost fewer customers than {1}</source>
        <translation>{0} مشتریان کمتری از {1} از دست داد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} lost more customers than {1}</source>
        <translation>{0} مشتریان بیشتری از {1} از دست داد</translation>
    </message>
    <message>
        <location line="+12" />
        <source>; the difference is unlikely to be chance (p = {0}).</source>
        <translation>؛ بعید است این تفاوت تصادفی باشد (p = {0}).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keep {0}.</source>
        <translation>{0} را نگه دارید.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0} and {1} show exactly the same result so far; collect more customers or test a bolder change.</source>
        <translation>{0} و {1} تا اینجا دقیقاً نتیجهٔ یکسانی دارند؛ مشتریان بیشتری جمع کنید یا تغییر جسورانه‌تری را بیازمایید.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0} and {1} perform practically the same (p = {2}); the gap is too small for any realistic test to detect.</source>
        <translation>{0} و {1} عملاً یکسان‌اند (p = {2})؛ اختلاف کوچک‌تر از آن است که هیچ آزمون واقع‌بینانه‌ای تشخیصش دهد.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not enough evidence yet that {0} differs from {1}{2} (p = {3}).</source>
        <translation>هنوز شواهد کافی نیست که {0} با {1}{2} فرق دارد (p = {3}).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>You need about {0} more customers per variant to tell a difference this size from chance.</source>
        <translation>برای اینکه تفاوتی به این اندازه را از تصادف تمیز دهید، حدود {0} مشتری بیشتر در هر نسخه لازم دارید.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The test is already big enough for a difference this size, so the true difference is probably smaller.</source>
        <translation>آزمون از قبل برای تفاوتی به این اندازه به‌قدر کافی بزرگ است، پس تفاوت واقعی احتمالاً کوچک‌تر است.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{0} customers were in two variants and are left out.</source>
        <translation>{0} مشتری در دو نسخه بودند و کنار گذاشته شدند.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} customers have no assignment date.</source>
        <translation>{0} مشتری تاریخ تخصیص ندارند.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} customers were assigned too recently to be observed for the whole window.</source>
        <translation>{0} مشتری آن‌قدر تازه تخصیص یافته‌اند که در کل بازه زیر نظر نبوده‌اند.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{0} customers were assigned before the filter's start date.</source>
        <translation>{0} مشتری پیش از تاریخ شروع فیلتر تخصیص یافته‌اند.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{0} customers are outside the current filter.</source>
        <translation>{0} مشتری خارج از فیلتر فعلی‌اند.</translation>
    </message>
</context>
<context>
    <name>WhatIfPage</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/segments_panels.py" line="+110" />
        <source>percent (relative)</source>
        <translation>درصد (نسبی)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>percentage points</source>
        <translation>واحد درصد</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Projected revenue and profit, next periods</source>
        <translation>درآمد و سود پیش‌بینی‌شده در دوره‌های آینده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retention curve: observed vs scenario</source>
        <translation>منحنی نگهداشت: مشاهده‌شده در برابر سناریو</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Age (periods since first order)</source>
        <translation>سن (تعداد دوره از اولین سفارش)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Retention improvement:</source>
        <translation>بهبود نگهداشت:</translation>
    </message>
    <message>
        <location line="+25" />
        <source>+{0} points</source>
        <translation>‎+{0} واحد</translation>
    </message>
    <message>
        <location line="+2" />
        <source>+{0}%</source>
        <translation>‎+{0}٪</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Not enough data for a projection.</source>
        <translation>داده برای پیش‌بینی کافی نیست.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Retention {0} would add {1} revenue ({2}) and {3} profit ({4}) over the next {5} periods.</source>
        <translation>نگهداشت {0} در {5} دورهٔ آینده {1} درآمد ({2}) و {3} سود ({4}) اضافه می‌کند.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Baseline: {0} revenue, {1} profit (gross margin {2}%{3}); {4} new customers per period as in the last three complete periods.</source>
        <translation>مبنا: {0} درآمد، {1} سود (حاشیهٔ سود ناخالص {2}٪{3})؛ {4} مشتری جدید در هر دوره، مانند سه دورهٔ کامل اخیر.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>, minus CAC {0} per new customer</source>
        <translation>، منهای هزینهٔ جذب {0} برای هر مشتری جدید</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Revenue (observed retention)</source>
        <translation>درآمد (نگهداشت مشاهده‌شده)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Revenue (scenario)</source>
        <translation>درآمد (سناریو)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Profit (observed)</source>
        <translation>سود (مشاهده‌شده)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Profit (scenario)</source>
        <translation>سود (سناریو)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Observed</source>
        <translation>مشاهده‌شده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scenario</source>
        <translation>سناریو</translation>
    </message>
</context>
<context>
    <name>_ProductPopup</name>
    <message>
        <location filename="../../retention_desktop/ui/product_filter.py" line="-151" />
        <source>Customers whose first order contained…</source>
        <translation>مشتریانی که اولین سفارششان شامل این بود…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customers who ever bought…</source>
        <translation>مشتریانی که زمانی این را خریده‌اند…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search products</source>
        <translation>جست‌وجوی محصولات</translation>
    </message>
</context>
<context>
    <name>_RangePopup</name>
    <message>
        <location filename="../../retention_desktop/ui/filterbar.py" line="-372" />
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To</source>
        <translation>تا</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="-118" />
        <source>At risk (used to buy often)</source>
        <translation>در معرض ریزش (قبلاً زیاد می‌خریدند)</translation>
    </message>
    <message>
        <location line="+457" />
        <source>Champions</source>
        <translation>قهرمان‌ها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Loyal</source>
        <translation>وفادار</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Potential loyalists</source>
        <translation>وفادارهای بالقوه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Promising</source>
        <translation>امیدوارکننده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Need attention</source>
        <translation>نیازمند توجه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About to sleep</source>
        <translation>در آستانهٔ خواب</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At risk</source>
        <translation>در معرض ریزش</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Can't lose them</source>
        <translation>نباید از دستشان داد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hibernating</source>
        <translation>در خواب</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lost</source>
        <translation>از دست رفته</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bought recently, buy often and spend the most</source>
        <translation>به‌تازگی خریده‌اند، زیاد خرید می‌کنند و بیشترین هزینه را دارند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Buy regularly and spend well</source>
        <translation>مرتب خرید می‌کنند و خوب هزینه می‌کنند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recent customers with average frequency</source>
        <translation>مشتریان تازه با دفعات خرید متوسط</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bought for the first time very recently</source>
        <translation>همین تازگی برای اولین بار خریده‌اند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recent shoppers who have not spent much yet</source>
        <translation>خریداران تازه‌ای که هنوز خرید زیادی نکرده‌اند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Average recency, frequency and spend</source>
        <translation>تازگی، دفعات و مبلغ خرید متوسط</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Below-average recency and frequency</source>
        <translation>تازگی و دفعات خرید کمتر از میانگین</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Used to buy often, but not for a long time</source>
        <translation>قبلاً زیاد می‌خریدند، اما مدت‌هاست خرید نکرده‌اند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Were among the best, gone quiet for long</source>
        <translation>از بهترین‌ها بودند، اما مدت‌هاست خبری از آن‌ها نیست</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last purchase long ago, few orders, low spend</source>
        <translation>آخرین خرید مدت‌ها پیش، سفارش کم، هزینهٔ کم</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lowest recency, frequency and spend</source>
        <translation>کمترین تازگی، دفعات و مبلغ خرید</translation>
    </message>
    <message>
        <location line="+1" />
        <source>new</source>
        <translation>جدید</translation>
    </message>
    <message>
        <location line="+1" />
        <source>active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location line="+1" />
        <source>reactivated</source>
        <translation>بازفعال‌شده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reactivated</source>
        <translation>بازفعال‌شده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>at risk</source>
        <translation>در معرض ریزش</translation>
    </message>
    <message>
        <location line="+1" />
        <source>churned</source>
        <translation>ریزش‌کرده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Churned</source>
        <translation>ریزش‌کرده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not yet a customer</source>
        <translation>هنوز مشتری نشده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not yet a customer</source>
        <translation>هنوز مشتری نشده</translation>
    </message>
</context>
<context>
    <name>definitions</name>
    <message>
        <location line="-361" />
        <source>CUPED adjustment</source>
        <translation>تعدیل CUPED</translation>
    </message>
    <message>
        <location line="+1" />
        <source>y − θ·(x − mean x), θ = cov(x, y) / var(x), x = spend up to assignment</source>
        <translation>y − θ·(x − mean x)، θ = cov(x, y) / var(x)، x = خرید تا زمان تخصیص</translation>
    </message>
    <message>
        <location line="+1" />
        <source>all customers in the test</source>
        <translation>همهٔ مشتریان آزمون</translation>
    </message>
    <message>
        <location line="+1" />
        <source>history up to the assignment</source>
        <translation>سابقه تا زمان تخصیص</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Removes the part of the outcome explained by what customers spent before the test, so the same test needs fewer customers.</source>
        <translation>بخشی از نتیجه را که با خرید مشتریان پیش از آزمون توضیح داده می‌شود حذف می‌کند، تا همان آزمون با مشتریان کمتری به نتیجه برسد.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Difference vs control</source>
        <translation>تفاوت با گروه کنترل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rate(variant) − rate(control); interval: Newcombe hybrid score (built from both Wilson intervals)</source>
        <translation>نرخ(نسخهٔ آزمایشی) − نرخ(کنترل)؛ بازه: امتیاز ترکیبی نیوکامب (ساخته از دو بازهٔ ویلسون)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers in each variant</source>
        <translation>مشتریان هر نسخه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the test period: from each customer's assignment to the end of the outcome window</source>
        <translation>دورهٔ آزمون: از تخصیص هر مشتری تا پایان بازهٔ سنجش نتیجه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How many percentage points the variant adds over the control.</source>
        <translation>نسخهٔ آزمایشی چند واحد درصد به گروه کنترل اضافه می‌کند.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Expected loss</source>
        <translation>زیان مورد انتظار</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E[max(rate_control − rate_variant, 0)] under the same posteriors</source>
        <translation>E[max(rate_control − rate_variant, 0)] با همان توزیع‌های پسین</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What you expect to give up (in rate points) by switching to the variant if it is in fact worse. Small = a safe switch.</source>
        <translation>اگر نسخهٔ آزمایشی در واقع بدتر باشد، با رفتن به سراغ آن انتظار دارید چقدر (بر حسب واحد نرخ) از دست بدهید. کوچک = تغییری بی‌خطر.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relative lift</source>
        <translation>بهبود نسبی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(variant − control) / control × 100; interval by the delta method: Var ≈ (se_v² + R²·se_c²) / control², R = variant / control</source>
        <translation>(نسخه − کنترل) / کنترل × ۱۰۰؛ بازه با روش دلتا: Var ≈ (se_v² + R²·se_c²) / control²، R = نسخه / کنترل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the control's rate (or mean)</source>
        <translation>نرخ (یا میانگین) گروه کنترل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How much better the variant is, in percent of the control. Undefined when the control is 0.</source>
        <translation>نسخهٔ آزمایشی چند درصد از گروه کنترل بهتر است. وقتی مقدار کنترل صفر باشد تعریف نمی‌شود.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Active at day N (A/B outcome)</source>
        <translation>فعال در روز N (نتیجهٔ A/B)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers with a repeat order in (t0 + N − W, t0 + N], after t0 / customers</source>
        <translation>مشتریانی که در (t0 + N − W، t0 + N]، پس از t0، سفارش دوباره داشته‌اند / مشتریان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers observed for N days after assignment t0</source>
        <translation>مشتریانی که N روز پس از تخصیص t0 زیر نظر بوده‌اند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>activity window W ending N days after assignment</source>
        <translation>بازهٔ فعالیت W که N روز پس از تخصیص تمام می‌شود</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Is the customer still buying N days after the test started?</source>
        <translation>آیا مشتری N روز پس از شروع آزمون هنوز خرید می‌کند؟</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Churned by day N (A/B outcome)</source>
        <translation>ریزش تا روز N (نتیجهٔ A/B)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>1 − active at day N</source>
        <translation>۱ − فعال در روز N</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers observed for N days</source>
        <translation>مشتریانی که N روز زیر نظر بوده‌اند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lower is better.</source>
        <translation>هرچه کمتر، بهتر.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repeat within N days (A/B outcome)</source>
        <translation>خرید دوباره تا N روز (نتیجهٔ A/B)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers with an order other than their first in (t0, t0 + N days] / customers</source>
        <translation>مشتریانی که در (t0، t0 + N روز] سفارشی غیر از اولین سفارششان داشته‌اند / مشتریان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N days after assignment</source>
        <translation>N روز پس از تخصیص</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Did the customer come back?</source>
        <translation>آیا مشتری برگشت؟</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revenue per customer in N days (A/B outcome)</source>
        <translation>درآمد به ازای هر مشتری در N روز (نتیجهٔ A/B)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sum of revenue in (t0, t0 + N days] / customers</source>
        <translation>مجموع درآمد در (t0، t0 + N روز] / مشتریان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Money per customer after the test started (revenue policy applies).</source>
        <translation>پول به ازای هر مشتری پس از شروع آزمون (با شیوهٔ محاسبهٔ درآمد انتخاب‌شده).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>p-value, Holm-corrected</source>
        <translation>مقدار p با اصلاح هولم</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Holm step-down: sort the k p-values, multiply the i-th smallest by (k − i + 1), keep them increasing, cap at 1</source>
        <translation>روش گام‌به‌گام هولم: k مقدار p را مرتب کنید، i‌امین کوچک‌ترین را در (k − i + 1) ضرب کنید، صعودی نگه دارید و حداکثر ۱ بگذارید</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the k variant-vs-control comparisons</source>
        <translation>k مقایسهٔ نسخه با کنترل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Protects against a false winner when several variants are tested at once. Equals the p-value with one variant.</source>
        <translation>وقتی چند نسخه هم‌زمان آزموده می‌شوند، از اعلام برندهٔ اشتباه جلوگیری می‌کند. با یک نسخه برابر همان مقدار p است.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>p-value</source>
        <translation>مقدار p</translation>
    </message>
    <message>
        <location line="+1" />
        <source>conversions: pooled two-proportion z-test, z = (p_v − p_c) / sqrt(p̄(1−p̄)(1/n_v + 1/n_c)); means: Welch t-test; two-sided</source>
        <translation>نرخ تبدیل: آزمون z دو نسبت تجمیعی، z = (p_v − p_c) / sqrt(p̄(1−p̄)(1/n_v + 1/n_c))؛ میانگین‌ها: آزمون t ولش؛ دوطرفه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>If the variants were truly equal, the chance of a gap at least this big. Below alpha (0.05) = unlikely to be chance.</source>
        <translation>اگر نسخه‌ها واقعاً یکسان بودند، احتمال دیدن اختلافی دست‌کم به این بزرگی. کمتر از آلفا (۰٫۰۵) = بعید است تصادفی باشد.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chance to beat control</source>
        <translation>احتمال برتری بر کنترل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>P(rate_variant &gt; rate_control) with Beta(1 + converted, 1 + not converted) posteriors (uniform prior), computed exactly; means: normal approximation</source>
        <translation>P(rate_variant &gt; rate_control) با توزیع‌های پسین Beta(1 + تبدیل‌شده، 1 + تبدیل‌نشده) (پیشین یکنواخت)، محاسبهٔ دقیق؛ میانگین‌ها: تقریب نرمال</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How sure we are that the variant is really better.</source>
        <translation>چقدر مطمئنیم که نسخهٔ آزمایشی واقعاً بهتر است.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Conversion rate (A/B)</source>
        <translation>نرخ تبدیل (A/B)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>converted customers / customers in the variant</source>
        <translation>مشتریان تبدیل‌شده / مشتریان آن نسخه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers assigned to the variant and observed for the whole window</source>
        <translation>مشتریانی که به آن نسخه تخصیص یافته و در کل بازه زیر نظر بوده‌اند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Share of the variant's customers who did the target action.</source>
        <translation>سهم مشتریان آن نسخه که کار هدف را انجام داده‌اند.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rate interval (Wilson 95 %)</source>
        <translation>بازهٔ نرخ (ویلسون ۹۵٪)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wilson score interval: (p + z²/2n ± z·sqrt(p(1−p)/n + z²/4n²)) / (1 + z²/n)</source>
        <translation>بازهٔ امتیاز ویلسون: (p + z²/2n ± z·sqrt(p(1−p)/n + z²/4n²)) / (1 + z²/n)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers in the variant</source>
        <translation>مشتریان آن نسخه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where the true rate probably lies; stays sensible at 0 % and 100 %.</source>
        <translation>جایی که نرخ واقعی احتمالاً در آن است؛ در ۰٪ و ۱۰۰٪ هم معنادار می‌ماند.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sample size per variant</source>
        <translation>حجم نمونه برای هر نسخه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evan Miller: (z_α·sqrt(2p(1−p)) + z_β·sqrt(p(1−p) + p₂(1−p₂)))² / δ²; alpha split by Bonferroni when more than 2 variants</source>
        <translation>اوان میلر: (z_α·sqrt(2p(1−p)) + z_β·sqrt(p(1−p) + p₂(1−p₂)))² / δ²؛ با بیش از ۲ نسخه، آلفا به روش بونفرونی تقسیم می‌شود</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customers each variant needs to detect the expected change with the chosen power.</source>
        <translation>تعداد مشتریانی که هر نسخه لازم دارد تا تغییر مورد انتظار را با توان انتخاب‌شده تشخیص دهد.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Always-valid interval (sequential mode)</source>
        <translation>بازهٔ همیشه‌معتبر (حالت پی‌درپی)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>normal-mixture confidence sequence on I = 1/Var(diff): |I·(d̂ − d)| ≤ sqrt((I + 1/ρ²)(2·ln(1/α) + ln(1 + ρ²I)))</source>
        <translation>دنبالهٔ اطمینان آمیختهٔ نرمال روی I = 1/Var(diff): |I·(d̂ − d)| ≤ sqrt((I + 1/ρ²)(2·ln(1/α) + ln(1 + ρ²I)))</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers in each variant so far</source>
        <translation>مشتریان هر نسخه تا این لحظه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>every look, at any time</source>
        <translation>هر بار نگاه، در هر زمان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Safe to check every day: the chance it ever misses the true difference stays below alpha. Wider than the fixed interval.</source>
        <translation>می‌توانید هر روز نتیجه را ببینید: احتمال اینکه هرگز اختلاف واقعی را از دست بدهد کمتر از آلفا می‌ماند. از بازهٔ ثابت پهن‌تر است.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sample ratio mismatch (SRM)</source>
        <translation>عدم تطابق نسبت نمونه (SRM)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>chi² = Σ (customers − expected)² / expected, expected from the planned split; warning when p &lt; 0.001</source>
        <translation>chi² = Σ (مشتریان − مورد انتظار)² / مورد انتظار، مقدار مورد انتظار از تقسیم برنامه‌ریزی‌شده؛ هشدار وقتی p &lt; 0.001</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checks that customers were split as planned. A mismatch means the assignment is broken and the results cannot be trusted.</source>
        <translation>بررسی می‌کند که مشتریان طبق برنامه تقسیم شده باشند. عدم تطابق یعنی تخصیص خراب است و نمی‌توان به نتایج اعتماد کرد.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Active customer</source>
        <translation>مشتری فعال</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ordered on a day in (t - W, t]</source>
        <translation>در روزی در بازهٔ (t - W، t] سفارش داده است</translation>
    </message>
    <message>
        <location line="+1" />
        <source>W = activity window setting (default 90 days)</source>
        <translation>W = تنظیم بازهٔ فعالیت (پیش‌فرض ۹۰ روز)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Someone who bought recently enough to count as a current customer.</source>
        <translation>کسی که به‌قدر کافی تازه خرید کرده که مشتری فعلی به حساب بیاید.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Active days per month</source>
        <translation>روزهای فعال در ماه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>distribution of distinct active days per customer and month</source>
        <translation>توزیع تعداد روزهای فعال متمایز برای هر مشتری در هر ماه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customer-months with at least one active day</source>
        <translation>ماه‌-مشتری‌هایی با دست‌کم یک روز فعال</translation>
    </message>
    <message>
        <location line="+1" />
        <source>months of the selected date range; sessions of the activity table when the project has one, otherwise order days (labelled 'on order days')</source>
        <translation>ماه‌های بازهٔ انتخاب‌شده؛ بازدیدهای جدول فعالیت اگر پروژه آن را داشته باشد، وگرنه روزهای سفارش (با برچسب «بر اساس روزهای سفارش»)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How often active customers come back within a month.</source>
        <translation>مشتریان فعال در یک ماه چند بار برمی‌گردند.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Average order value (AOV)</source>
        <translation>میانگین ارزش سفارش (AOV)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>revenue / orders</source>
        <translation>درآمد / سفارش‌ها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>orders in the range</source>
        <translation>سفارش‌های داخل بازه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>orders dated inside the selected date range</source>
        <translation>سفارش‌هایی که تاریخشان در بازهٔ انتخاب‌شده است</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What an order brings in on average.</source>
        <translation>هر سفارش به‌طور میانگین چقدر درآمد می‌آورد.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>AOV of 1st vs 2nd vs 3rd+ orders</source>
        <translation>میانگین ارزش سفارش اول، دوم و سوم به بعد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>revenue of k-th orders / number of k-th orders (k = 1, 2, 3+ in each customer's whole history)</source>
        <translation>درآمد سفارش‌های kام / تعداد سفارش‌های kام (k = ۱، ۲، ۳ به بعد در کل سابقهٔ هر مشتری)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>orders of that rank in the range</source>
        <translation>سفارش‌های آن رتبه در بازه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Do later purchases get bigger or smaller?</source>
        <translation>آیا خریدهای بعدی بزرگ‌تر می‌شوند یا کوچک‌تر؟</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer acquisition cost (CAC)</source>
        <translation>هزینهٔ جذب مشتری (CAC)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>marketing spend / new customers</source>
        <translation>هزینهٔ بازاریابی / مشتریان جدید</translation>
    </message>
    <message>
        <location line="+1" />
        <source>new customers = customers whose first-ever order is in the period, attributed to the channel of that first order</source>
        <translation>مشتریان جدید = مشتریانی که اولین سفارش عمرشان در این دوره است، منسوب به کانال همان سفارش اول</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per channel and period of the selected date range</source>
        <translation>برای هر کانال و هر دوره از بازهٔ انتخاب‌شده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What one new customer cost in marketing.</source>
        <translation>جذب هر مشتری جدید چقدر هزینهٔ بازاریابی داشته است.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repeat after campaign end</source>
        <translation>خرید دوباره پس از پایان کمپین</translation>
    </message>
    <message>
        <location line="+1" />
        <source>campaign customers with an order in (end, end + N days] / campaign customers</source>
        <translation>مشتریان کمپین با سفارش در (پایان، پایان + N روز] / مشتریان کمپین</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers with &gt;= 1 order carrying the campaign (up to its end)</source>
        <translation>مشتریانی با دست‌کم ۱ سفارش مربوط به کمپین (تا پایان آن)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N days after the campaign end; end = last order date carrying the campaign unless campaign dates are given</source>
        <translation>N روز پس از پایان کمپین؛ پایان = تاریخ آخرین سفارش مربوط به کمپین، مگر اینکه تاریخ‌های کمپین داده شده باشد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Judge a campaign by what its customers do after it is over, not by clicks.</source>
        <translation>کمپین را با کاری که مشتریانش پس از پایان آن می‌کنند بسنجید، نه با تعداد کلیک.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Churn rate</source>
        <translation>نرخ ریزش</translation>
    </message>
    <message>
        <location line="+2" />
        <source>S0 = customers active at the period start</source>
        <translation>S0 = مشتریان فعال در آغاز دوره</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per period; active at instant t = ordered on a day in (t - W, t], W = activity window (default 90 days)</source>
        <translation>در هر دوره؛ فعال در لحظهٔ t = سفارش در روزی از (t - W، t]، W = بازهٔ فعالیت (پیش‌فرض ۹۰ روز)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Churned customers</source>
        <translation>مشتریان ریزش‌کرده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S0 - R</source>
        <translation>S0 - R</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Starting customers who are no longer active at the period end.</source>
        <translation>مشتریان ابتدای دوره که در پایان دوره دیگر فعال نیستند.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>At risk: more than 1.5× their usual gap since the last order (optionally also P(alive) below a threshold). Rules are editable.</source>
        <translation>در معرض ریزش: بیش از ۱٫۵ برابر فاصلهٔ معمولشان از آخرین سفارش گذشته (و به‌دلخواه P(alive) کمتر از یک آستانه). قواعد قابل ویرایش‌اند.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Cohort health score</source>
        <translation>امتیاز سلامت کوهورت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>100 x cell value / weighted mean at the same age</source>
        <translation>۱۰۰ × مقدار خانه / میانگین وزنی در همان سن</translation>
    </message>
    <message>
        <location line="+1" />
        <source>weighted mean at age k</source>
        <translation>میانگین وزنی در سن k</translation>
    </message>
    <message>
        <location line="-4" />
        <source>cohort = period of the first order (or the value of a dimension on the first order); age k = periods since the first order's period</source>
        <translation>کوهورت = دورهٔ اولین سفارش (یا مقدار یک ویژگی در اولین سفارش)؛ سن k = تعداد دوره‌ها از دورهٔ اولین سفارش</translation>
    </message>
    <message>
        <location line="+5" />
        <source>100 = an average cohort; above 100 the cohort does better than usual.</source>
        <translation>۱۰۰ = کوهورت معمولی؛ بالای ۱۰۰ یعنی کوهورت بهتر از معمول عمل کرده است.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cumulative LTV through period k</source>
        <translation>ارزش طول عمر تجمعی تا دورهٔ k</translation>
    </message>
    <message>
        <location line="+1" />
        <source>revenue of the cohort in periods 0..k / cohort size</source>
        <translation>درآمد کوهورت در دوره‌های ۰ تا k / اندازهٔ کوهورت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cohort size</source>
        <translation>اندازهٔ کوهورت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Realised lifetime value per acquired customer by age k.</source>
        <translation>ارزش طول عمر محقق‌شده به ازای هر مشتری جذب‌شده تا سن k.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Return on or after period k</source>
        <translation>بازگشت در دورهٔ k یا پس از آن</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cohort customers with an order in period k or later / cohort size</source>
        <translation>مشتریان کوهورت با سفارش در دورهٔ k یا بعد از آن / اندازهٔ کوهورت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unbounded retention: still buying at age k or later.</source>
        <translation>نگهداشت بی‌کران: در سن k یا پس از آن هنوز خرید می‌کند.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repurchase by period k</source>
        <translation>خرید دوباره تا دورهٔ k</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cohort customers with &gt;= 2 orders by the end of period k / cohort size</source>
        <translation>مشتریان کوهورت با دست‌کم ۲ سفارش تا پایان دورهٔ k / اندازهٔ کوهورت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Share of the cohort that has bought a second time by age k.</source>
        <translation>سهمی از کوهورت که تا سن k برای بار دوم خرید کرده است.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Return on period k</source>
        <translation>بازگشت در دورهٔ k</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cohort customers who ordered in period k / cohort size</source>
        <translation>مشتریان کوهورت که در دورهٔ k سفارش داده‌اند / اندازهٔ کوهورت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Classic cohort retention curve (k = 0 is 100%). Wilson 95% interval per cell.</source>
        <translation>منحنی کلاسیک نگهداشت کوهورت (k = 0 برابر ۱۰۰٪ است). بازهٔ ویلسون ۹۵٪ برای هر خانه.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revenue per cohort customer in period k</source>
        <translation>درآمد به ازای هر مشتری کوهورت در دورهٔ k</translation>
    </message>
    <message>
        <location line="+1" />
        <source>revenue of the cohort in period k / cohort size</source>
        <translation>درآمد کوهورت در دورهٔ k / اندازهٔ کوهورت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What each acquired customer spends at age k.</source>
        <translation>هر مشتری جذب‌شده در سن k چقدر خرج می‌کند.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weighted mean cohort</source>
        <translation>کوهورت میانگین وزنی</translation>
    </message>
    <message>
        <location line="+2" />
        <source>customers in complete cells at age k</source>
        <translation>مشتریان خانه‌های کامل در سن k</translation>
    </message>
    <message>
        <location line="+3" />
        <source>(E - N) / S0</source>
        <translation>(E - N) / S0</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per period; active at instant t = ordered on a day in (t - W, t], W = activity window (default 90 days); N = customers whose first-ever order is in the period; E = customers active at the period end</source>
        <translation>در هر دوره؛ فعال در لحظهٔ t = سفارش در روزی از (t - W، t]، W = بازهٔ فعالیت (پیش‌فرض ۹۰ روز)؛ N = مشتریانی که اولین سفارش عمرشان در این دوره است؛ E = مشتریان فعال در پایان دوره</translation>
    </message>
    <message>
        <location line="+5" />
        <source>CSAT mean and top-2-box</source>
        <translation>میانگین CSAT و سهم دو گزینهٔ بالا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mean score on 1-5; top-2-box = answers of 4 or 5 / answers</source>
        <translation>میانگین امتیاز ۱ تا ۵؛ دو گزینهٔ بالا = پاسخ‌های ۴ یا ۵ / همهٔ پاسخ‌ها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSAT answers (1-5) in the range</source>
        <translation>پاسخ‌های CSAT (۱ تا ۵) در بازه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>survey answers dated in the selected date range</source>
        <translation>پاسخ‌های نظرسنجی با تاریخ داخل بازهٔ انتخاب‌شده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How satisfied customers say they are.</source>
        <translation>مشتریان می‌گویند چقدر راضی‌اند.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>count of distinct customer ids with &gt;= 1 order</source>
        <translation>تعداد شناسه‌های متمایز مشتری با دست‌کم ۱ سفارش</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People who bought at least once in the range (guests excluded).</source>
        <translation>کسانی که دست‌کم یک بار در این بازه خرید کرده‌اند (بدون خریداران مهمان).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DAU/MAU (stickiness)</source>
        <translation>DAU/MAU (چسبندگی)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per month: (customer-days with activity / days in the month) / customers active in the month; overall: mean of the monthly values weighted by observed days</source>
        <translation>برای هر ماه: (روز-مشتری‌های دارای فعالیت / روزهای ماه) / مشتریان فعال در ماه؛ کلی: میانگین مقادیر ماهانه با وزن روزهای مشاهده‌شده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers active in the month (MAU)</source>
        <translation>مشتریان فعال در ماه (MAU)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>calendar months of the selected range (partial first/last months use their observed days); sessions of the activity table when the project has one, otherwise order days (labelled 'on order days')</source>
        <translation>ماه‌های تقویمی بازهٔ انتخاب‌شده (ماه‌های ناقص اول و آخر با روزهای مشاهده‌شده‌شان)؛ بازدیدهای جدول فعالیت اگر پروژه آن را داشته باشد، وگرنه روزهای سفارش (با برچسب «بر اساس روزهای سفارش»)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How many of a month's active customers show up on an average day.</source>
        <translation>در یک روز معمولی چه تعداد از مشتریان فعال ماه سر می‌زنند.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Stage conversion</source>
        <translation>تبدیل میان مراحل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers reaching a stage / customers reaching the previous stage</source>
        <translation>مشتریانی که به یک مرحله می‌رسند / مشتریانی که به مرحلهٔ قبل رسیده‌اند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers reaching the previous stage</source>
        <translation>مشتریانی که به مرحلهٔ قبل رسیده‌اند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>funnel entrants = customers who signed up in the range (customers table), or whose first-ever order is in the range when there is no signup data; later stages are counted up to the data end</source>
        <translation>ورودی‌های قیف = مشتریانی که در بازه ثبت‌نام کرده‌اند (جدول مشتریان)، یا اگر دادهٔ ثبت‌نام نیست، کسانی که اولین سفارش عمرشان در بازه است؛ مراحل بعدی تا پایان داده‌ها شمرده می‌شوند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signup -&gt; first order -&gt; second order -&gt; third order: where do customers drop off?</source>
        <translation>ثبت‌نام ← سفارش اول ← سفارش دوم ← سفارش سوم: مشتریان کجا جا می‌مانند؟</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Median time between stages</source>
        <translation>میانهٔ زمان میان مراحل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>median of (time of stage k - time of stage k-1) in days</source>
        <translation>میانهٔ (زمان مرحلهٔ k - زمان مرحلهٔ k-1) بر حسب روز</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers who reached stage k</source>
        <translation>مشتریانی که به مرحلهٔ k رسیده‌اند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How long customers take from one step to the next.</source>
        <translation>مشتریان چقدر طول می‌کشد تا از یک مرحله به مرحلهٔ بعد بروند.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Dormant customers</source>
        <translation>مشتریان غیرفعال‌شده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ordered in the previous period but not in this one</source>
        <translation>در دورهٔ قبل سفارش داده‌اند اما در این دوره نه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per period; 'ordered' = has an order in the period</source>
        <translation>در هر دوره؛ «سفارش داده» = در آن دوره سفارش دارد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customers lost in the period (shown as a negative bar).</source>
        <translation>مشتریانی که در این دوره از دست رفته‌اند (به‌صورت ستون منفی نشان داده می‌شوند).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New customers</source>
        <translation>مشتریان جدید</translation>
    </message>
    <message>
        <location line="+1" />
        <source>first-ever order in the period</source>
        <translation>اولین سفارش عمر در این دوره</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customers acquired in the period.</source>
        <translation>مشتریانی که در این دوره جذب شده‌اند.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resurrected customers</source>
        <translation>مشتریان بازگشته</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ordered in this period, not in the previous one, not new</source>
        <translation>در این دوره سفارش داده‌اند، در دورهٔ قبل نه، و جدید نیستند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customers who came back after a break.</source>
        <translation>مشتریانی که پس از یک وقفه برگشته‌اند.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ordered in this and in the previous period (not new)</source>
        <translation>هم در این دوره و هم در دورهٔ قبل سفارش داده‌اند (جدید نیستند)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>N-day repeat rate</source>
        <translation>نرخ خرید دوباره در N روز</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers with another order within N days of their first / eligible customers</source>
        <translation>مشتریانی که تا N روز پس از اولین سفارش، سفارش دیگری داشته‌اند / مشتریان واجد شرایط</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers whose first order is in the range and at least N days before the data end</source>
        <translation>مشتریانی که اولین سفارششان در بازه و دست‌کم N روز پیش از پایان داده‌هاست</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Share of new customers who buy again within N days; shown overall and per cohort.</source>
        <translation>سهم مشتریان جدیدی که تا N روز دوباره خرید می‌کنند؛ به‌صورت کلی و برای هر کوهورت.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next product lift</source>
        <translation>ضریب افزایش محصول بعدی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>next product share of Y after X / share of all 2nd orders containing Y</source>
        <translation>سهم Y پس از X / سهم همهٔ سفارش‌های دومی که Y دارند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>all new customers' 2nd orders</source>
        <translation>سفارش‌های دوم همهٔ مشتریان تازه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>first order in the range; later orders looked for up to the data end</source>
        <translation>سفارش اول در بازه؛ سفارش‌های بعدی تا پایان داده‌ها جست‌وجو می‌شوند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Above 1: after X, customers pick Y more often than second orders usually do.</source>
        <translation>بالای ۱: پس از X، مشتریان Y را بیش از معمولِ سفارش‌های دوم برمی‌گزینند.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next product share</source>
        <translation>سهم محصول بعدی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers whose 2nd order contains Y / customers whose 1st order contained X and who placed a 2nd order</source>
        <translation>مشتریانی که سفارش دومشان Y دارد / مشتریانی که سفارش اولشان X داشت و سفارش دوم دادند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>new customers with X in the first order and a 2nd order</source>
        <translation>مشتریان تازه با X در سفارش اول و دارای سفارش دوم</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What customers who started with X bought next.</source>
        <translation>مشتریانی که با X آغاز کردند، پس از آن چه خریدند.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Net Promoter Score (NPS)</source>
        <translation>شاخص خالص مروجان (NPS)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>100 x (promoters (9-10) - detractors (0-6)) / answers on the 0-10 scale</source>
        <translation>۱۰۰ × (مروجان (۹ و ۱۰) - منتقدان (۰ تا ۶)) / پاسخ‌ها در مقیاس ۰ تا ۱۰</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NPS answers (0-10) in the range</source>
        <translation>پاسخ‌های NPS (۰ تا ۱۰) در بازه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Would customers recommend the shop? From -100 to +100.</source>
        <translation>آیا مشتریان فروشگاه را به دیگران پیشنهاد می‌کنند؟ از ‎-100 تا ‎+100.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repeat rate of promoters vs detractors</source>
        <translation>نرخ خرید تکراری مروجان در برابر منتقدان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>respondents with &gt;= 2 orders / respondents, per NPS group of their latest answer</source>
        <translation>پاسخ‌دهندگان با دست‌کم ۲ سفارش / پاسخ‌دهندگان، برای هر گروه NPS بر اساس آخرین پاسخشان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>respondents who are customers</source>
        <translation>پاسخ‌دهندگانی که مشتری‌اند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>orders up to the data end</source>
        <translation>سفارش‌ها تا پایان داده‌ها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Do promoters actually buy again more often than detractors?</source>
        <translation>آیا مروجان واقعاً بیشتر از منتقدان دوباره خرید می‌کنند؟</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>count of purchase documents of kind 'order'</source>
        <translation>تعداد اسناد خرید از نوع «سفارش»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Purchases by identified customers. Returns and cancellations adjust revenue but are not orders; guest checkouts are left out.</source>
        <translation>خریدهای مشتریان شناخته‌شده. مرجوعی‌ها و لغوها درآمد را اصلاح می‌کنند ولی سفارش به حساب نمی‌آیند؛ خریدهای مهمان شمرده نمی‌شوند.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CAC payback period</source>
        <translation>دورهٔ بازگشت هزینهٔ جذب مشتری</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reorder interval</source>
        <translation>فاصلهٔ سفارش دوباره</translation>
    </message>
    <message>
        <location line="+1" />
        <source>median of the days between consecutive purchase days of the product</source>
        <translation>میانهٔ روزهای میان روزهای پیاپی خرید این محصول</translation>
    </message>
    <message>
        <location line="+1" />
        <source>repurchases of the product</source>
        <translation>خریدهای دوبارهٔ محصول</translation>
    </message>
    <message>
        <location line="+1" />
        <source>orders up to the range end</source>
        <translation>سفارش‌ها تا پایان بازه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How long customers usually wait before buying it again; drives the 'due to reorder' list.</source>
        <translation>مشتریان معمولاً چند روز صبر می‌کنند تا دوباره آن را بخرند؛ پایهٔ فهرست «وقت سفارش دوباره».</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repeat rate by first product</source>
        <translation>نرخ خرید دوباره بر پایهٔ نخستین محصول</translation>
    </message>
    <message>
        <location line="+2" />
        <source>customers whose first-ever order is in the range and contained the product (or a product of the category), first order at least N days before the data end</source>
        <translation>مشتریانی که نخستین سفارششان در بازه است و این محصول (یا محصولی از این دسته) را داشته، و سفارش اولشان دست‌کم N روز پیش از پایان داده‌هاست</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N = 30, 90, 180, 365 days after the first order; later orders looked for up to the data end</source>
        <translation>N = ۳۰، ۹۰، ۱۸۰، ۳۶۵ روز پس از سفارش اول؛ سفارش‌های بعدی تا پایان داده‌ها جست‌وجو می‌شوند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Of the new customers whose first order contained this product, the share who came back within N days. Compared with all new customers: the difference has a Newcombe interval that holds for all compared products together (95%, Bonferroni); 'above'/'below' only when it excludes zero, so no product is called a winner by chance.</source>
        <translation>از مشتریان تازه‌ای که سفارش اولشان این محصول را داشت، سهمی که تا N روز بازگشتند. در مقایسه با همهٔ مشتریان تازه: اختلاف با بازهٔ نیوکامب که برای همهٔ محصولات مقایسه‌شده با هم برقرار است (۹۵٪، بونفرونی)؛ «بالاتر»/«پایین‌تر» تنها وقتی که این بازه صفر را در بر نگیرد، تا هیچ محصولی از روی شانس برنده خوانده نشود.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repurchase rate of a product</source>
        <translation>نرخ خرید دوبارهٔ یک محصول</translation>
    </message>
    <message>
        <location line="+1" />
        <source>buyers who bought it again on a later day / buyers</source>
        <translation>خریدارانی که آن را در روزی دیگر دوباره خریدند / خریداران</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers who bought it</source>
        <translation>مشتریانی که آن را خریدند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Of the customers who bought this product, the share who bought it again.</source>
        <translation>از مشتریانی که این محصول را خریدند، سهمی که دوباره آن را خریدند.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revenue per customer by first product</source>
        <translation>درآمد هر مشتری بر پایهٔ نخستین محصول</translation>
    </message>
    <message>
        <location line="+1" />
        <source>revenue in the first N days after the first order / customers observed for N days</source>
        <translation>درآمد N روز نخست پس از سفارش اول / مشتریانی که N روز زیر نظر بوده‌اند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N = 90 and 365 days, the first order included; returns subtract under the 'net' revenue policy</source>
        <translation>N = ۹۰ و ۳۶۵ روز، با خود سفارش اول؛ در سیاست درآمد «خالص» مرجوعی‌ها کم می‌شوند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What a customer won with this product brings in over their first N days. 95% bootstrap interval.</source>
        <translation>مشتری‌ای که با این محصول جذب شده، در N روز نخست چه درآمدی می‌آورد. بازهٔ ۹۵٪ بوت‌استرپ.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time to second order by first product</source>
        <translation>زمان تا سفارش دوم بر پایهٔ نخستین محصول</translation>
    </message>
    <message>
        <location line="+2" />
        <source>customers whose first-ever order is in the range and contained the product (or a product of the category)</source>
        <translation>مشتریانی که نخستین سفارششان در بازه است و این محصول (یا محصولی از این دسته) را داشته</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How long these customers take to come back: half of them have ordered again by this many days. Empty when fewer than half have come back by the data end.</source>
        <translation>این مشتریان پس از چند روز برمی‌گردند: نیمی از آنان تا این تعداد روز دوباره سفارش داده‌اند. اگر تا پایان داده‌ها کمتر از نیمی برگشته باشند، خالی است.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Side-by-side view of segments with 95% intervals; 'significant' = differs from the baseline value at p &lt; 0.05 (two-proportion z-test for rates, Welch t-test for revenue per customer), not corrected for multiple comparisons. Retention and churn pool several periods in which the same customer appears again and again, so they are tested per customer (cluster-robust standard error; n = customers), not as independent customer-periods.</source>
        <translation>نمای کنار هم بخش‌ها با بازه‌های ۹۵٪؛ «معنادار» = در p &lt; 0.05 با مقدار پایه فرق دارد (آزمون z دو نسبت برای نرخ‌ها، آزمون t ولش برای درآمد هر مشتری)، بدون اصلاح برای مقایسه‌های چندگانه. نگهداشت و ریزش چند دوره را روی هم می‌گذارند که یک مشتری بارها در آن‌ها می‌آید، پس برای هر مشتری آزموده می‌شوند (خطای معیار خوشه‌ای؛ n = مشتریان)، نه به‌عنوان مشتری-دوره‌های مستقل.</translation>
    </message>
    <message>
        <location line="-43" />
        <source>Kaplan-Meier median of days from 1st to 2nd order (no 2nd order yet = censored)</source>
        <translation>میانهٔ کاپلان-مایر روزها از سفارش اول تا دوم (بی سفارش دوم تا کنون = سانسورشده)</translation>
    </message>
    <message>
        <location line="+54" />
        <source>customers whose first-ever order is in the range</source>
        <translation>مشتریانی که نخستین سفارششان در بازه است</translation>
    </message>
    <message>
        <location line="+1" />
        <source>first order in the range; second order looked for up to the data end (past the range end)</source>
        <translation>سفارش اول در بازه؛ سفارش دوم تا پایان داده‌ها جست‌وجو می‌شود (فراتر از پایان بازه)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How long new customers take to come back: half of them have ordered again by this many days. Customers who have not come back yet are counted as waiting, not left out. Empty when fewer than half have come back by the data end; 'too few' below the minimum number of customers.</source>
        <translation>مشتریان جدید چقدر طول می‌کشد تا برگردند: تا این تعداد روز، نیمی از آن‌ها دوباره خرید کرده‌اند. مشتریانی که هنوز برنگشته‌اند در انتظار شمرده می‌شوند، نه کنار گذاشته. اگر تا پایان داده‌ها کمتر از نیمی برگشته باشند خالی است؛ زیر حداقل مشتریان «خیلی کم».</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Too few customers</source>
        <translation>مشتریان خیلی کم</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers behind the figure &lt; minimum (Settings, default 30)</source>
        <translation>مشتریان پشت عدد &lt; حداقل (تنظیمات، پیش‌فرض ۳۰)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the figure's own base (S0, customers, new customers, cohort size)</source>
        <translation>پایهٔ خود عدد (S0، مشتریان، مشتریان جدید، اندازهٔ کوهورت)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A rate, median or change computed from fewer customers than the minimum is shown as 'too few' instead of a number: one or two customers can swing it anywhere.</source>
        <translation>نرخ، میانه یا تغییری که از کمتر از حداقل مشتریان حساب شده به جای عدد «خیلی کم» نشان داده می‌شود: یکی دو مشتری می‌توانند آن را به هر جایی ببرند.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>revenue(t) = sum over cohorts of size x revenue per cohort customer at its age, using the weighted mean cohort curve (ages with &gt;= minimum cell n customers, then extended with the mean of its last 3 ratios); the scenario multiplies every future period-to-period retention ratio r(k)/r(k-1) by (1 + x%) or adds x points (capped at 1); new customers per period = mean of the last 3 complete periods; profit = revenue x gross margin % (- new customers x CAC when spend is known)</source>
        <translation>درآمد(t) = مجموع روی کوهورت‌ها از اندازه × درآمد هر مشتری کوهورت در سن آن، با منحنی کوهورت میانگین وزنی (سن‌هایی با دست‌کم حداقل تعداد مشتری در خانه، سپس ادامه با میانگین ۳ نسبت آخر آن)؛ سناریو هر نسبت نگهداشت دوره‌به‌دورهٔ آینده r(k)/r(k-1) را در (1 + x٪) ضرب می‌کند یا x واحد به آن می‌افزاید (حداکثر ۱)؛ مشتریان جدید هر دوره = میانگین ۳ دورهٔ کامل آخر؛ سود = درآمد × درصد حاشیهٔ سود ناخالص (- مشتریان جدید × هزینهٔ جذب، اگر هزینه معلوم باشد)</translation>
    </message>
    <message>
        <location line="-84" />
        <source>new customers of the channel in the range observed through age k</source>
        <translation>مشتریان جدید کانال در بازه که تا سن k زیر نظر بوده‌اند</translation>
    </message>
    <message>
        <location line="-151" />
        <source>(S0 - R) / S0 = 1 - retention rate</source>
        <translation>(S0 - R) / S0 = 1 - نرخ نگهداشت</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Of the customers active at the start of the period, the share no longer active at its end. Retention rate + churn rate = 100 %.</source>
        <translation>از مشتریانی که در آغاز دوره فعال بودند، سهمی که در پایان آن دیگر فعال نیستند. نرخ نگهداشت + نرخ ریزش = ۱۰۰٪.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Predicted gross profit, not revenue. With fewer than 300 repeat customers the app marks it rough and shows an 80 % interval. Under the 'net' revenue policy each customer's predicted spend is scaled by their share of spend kept after returns. When the model does not fit (a degenerate fit, parameters the data cannot pin down, or a holdout check more than 15 % off) the app says so and shows the historical value instead.</source>
        <translation>سود ناخالص پیش‌بینی‌شده، نه درآمد. با کمتر از ۳۰۰ مشتری تکراری، برنامه آن را تقریبی علامت می‌زند و بازهٔ ۸۰٪ نشان می‌دهد. با سیاست درآمد «خالص»، خرید پیش‌بینی‌شدهٔ هر مشتری به نسبت سهمی از خریدش که پس از مرجوعی‌ها مانده کوچک می‌شود. وقتی مدل جور نیست (برازش تباهیده، پارامترهایی که داده‌ها تعیینشان نمی‌کنند، یا بررسی نگه‌داشته بیش از ۱۵٪ خطا) برنامه این را می‌گوید و به جایش ارزش تاریخی را نشان می‌دهد.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Already active when the data starts</source>
        <translation>از پیش فعال هنگام آغاز داده‌ها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cohort of the export's first period</source>
        <translation>کوهورتِ نخستین دورهٔ فایل</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Customers whose first order in the export falls in its first period: most of them were customers before the export began, so this row is not a cohort of new customers. It is labelled and kept out of the mean curve.</source>
        <translation>مشتریانی که نخستین سفارششان در فایل در دورهٔ اول آن است: بیشترشان پیش از آغاز فایل مشتری بوده‌اند، پس این ردیف کوهورت مشتریان جدید نیست. برچسب می‌خورد و در منحنی میانگین نمی‌آید.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>sum of value x n / sum of n over complete cells at age k (first cohort left out)</source>
        <translation>جمع مقدار × n / جمع n روی خانه‌های کامل در سن k (بدون نخستین کوهورت)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The average cohort, weighting bigger cohorts more. The export's first cohort is everyone already active when the data starts, not new customers, so it is left out; where fewer than 3 cohorts remain the curve stops instead of following one cohort.</source>
        <translation>کوهورت میانگین، با وزن بیشتر برای کوهورت‌های بزرگ‌تر. نخستین کوهورت فایل همهٔ کسانی است که هنگام آغاز داده‌ها از پیش فعال بودند، نه مشتریان جدید، پس کنار گذاشته می‌شود؛ جایی که کمتر از ۳ کوهورت بماند، منحنی به جای دنبال‌کردن یک کوهورت قطع می‌شود.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CRR (E - N) / S0</source>
        <translation>CRR (E - N) / S0</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The textbook CRR formula, kept in the CRR table. It is not the share of starting customers kept: E - N also counts customers who lapsed before the period and came back in it (resurrected), so it can exceed 100 %; and with a window shorter than the period, new customers can lapse before the period ends, so it can drop below 0. Use the retention rate R / S0 as the headline.</source>
        <translation>فرمول کلاسیک CRR که در جدول CRR مانده است. این سهمِ مشتریانِ نگه‌داشته‌شده نیست: E - N مشتریانی را هم که پیش از دوره رفته بودند و در آن برگشته‌اند (بازگشته) می‌شمارد، پس می‌تواند از ۱۰۰٪ بیشتر شود؛ و با پنجره‌ای کوتاه‌تر از دوره، مشتریان جدید ممکن است پیش از پایان دوره غیرفعال شوند و مقدار زیر صفر برود. برای عدد اصلی از نرخ نگهداشت R / S0 استفاده کنید.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retention rate</source>
        <translation>نرخ نگهداشت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>R / S0, R = customers active at the period start AND at its end</source>
        <translation>R / S0، R = مشتریان فعال در آغاز دوره و در پایان آن</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Of the customers active at the start of the period, the share still active at its end. Never above 100 %; churn rate is its complement. Customers who came back after lapsing are not counted (see CRR (E - N) / S0).</source>
        <translation>از مشتریانی که در آغاز دوره فعال بودند، سهمی که در پایان آن هنوز فعال‌اند. هرگز بالای ۱۰۰٪ نیست؛ نرخ ریزش مکمل آن است. مشتریانی که پس از غیبت برگشته‌اند شمرده نمی‌شوند (ببینید CRR (E - N) / S0).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Not enough history</source>
        <translation>سابقهٔ کافی نیست</translation>
    </message>
    <message>
        <location line="+1" />
        <source>period start - W &lt; first day of the export</source>
        <translation>آغاز دوره - W &lt; نخستین روز فایل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per period</source>
        <translation>برای هر دوره</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The export does not reach far enough back to know who was active at the start of this period: customers who bought only before the export began are missing and nobody can have lapsed yet, so retention reads 100 % and churn 0 %. Such periods are marked and left out of headlines.</source>
        <translation>فایل خروجی آن‌قدر به عقب نمی‌رسد که بدانیم چه کسی در آغاز این دوره فعال بوده است: مشتریانی که فقط پیش از آغاز فایل خرید کرده‌اند غایب‌اند و هنوز کسی نمی‌توانسته ریزش کند، پس نگهداشت ۱۰۰٪ و ریزش ۰٪ خوانده می‌شود. این دوره‌ها علامت می‌خورند و در اعداد اصلی نمی‌آیند.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Historical value per customer (last 12 months)</source>
        <translation>ارزش تاریخی هر مشتری (۱۲ ماه گذشته)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>margin · revenue of the last 12 months / customers who ordered in them</source>
        <translation>حاشیهٔ سود · درآمد ۱۲ ماه گذشته / مشتریانی که در آن سفارش دادند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customers with an order in the last 12 months of the data</source>
        <translation>مشتریانی که در ۱۲ ماه آخر داده‌ها سفارش داشته‌اند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The 12 months ending on the data end; revenue under the project's policy</source>
        <translation>۱۲ ماهی که به پایان داده‌ها ختم می‌شود؛ درآمد طبق سیاست پروژه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What a customer actually brought in gross profit over the last year. Shown instead of the predicted CLV when the prediction model does not fit the shop.</source>
        <translation>سود ناخالصی که یک مشتری در عمل در سال گذشته آورده است. وقتی مدل پیش‌بینی با فروشگاه جور نیست، به جای CLV پیش‌بینی‌شده نشان داده می‌شود.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Continuing customers</source>
        <translation>مشتریان ادامه‌دهنده</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Customers who keep buying period after period. Not the same as the returning-customer rate, which counts anyone with an earlier order at any time.</source>
        <translation>مشتریانی که دوره به دوره خرید می‌کنند. با نرخ مشتریان بازگشتی یکی نیست؛ آن نرخ هر کسی را که پیش‌تر سفارشی داشته می‌شمارد.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>N days after the first order; later orders looked for up to the data end</source>
        <translation>N روز پس از سفارش اول؛ سفارش‌های بعدی تا پایان داده‌ها جست‌وجو می‌شوند</translation>
    </message>
    <message>
        <location line="+26" />
        <source>ages of complete periods up to the data end</source>
        <translation>سن‌های دوره‌های کامل تا پایان داده‌ها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How long it takes until a new customer has earned back what it cost to win them.</source>
        <translation>چقدر طول می‌کشد تا مشتری جدید هزینهٔ جذبش را برگرداند.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Purchase frequency</source>
        <translation>دفعات خرید</translation>
    </message>
    <message>
        <location line="+1" />
        <source>orders / customers</source>
        <translation>سفارش‌ها / مشتریان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers with &gt;= 1 order in the range</source>
        <translation>مشتریان با دست‌کم ۱ سفارش در بازه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How many times the average customer bought in the range.</source>
        <translation>مشتری معمولی در این بازه چند بار خرید کرده است.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quick ratio</source>
        <translation>نسبت سریع</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(new + resurrected) / dormant</source>
        <translation>(جدید + بازگشته) / غیرفعال‌شده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>dormant customers</source>
        <translation>مشتریان غیرفعال‌شده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Growth efficiency: above 1 the customer base grows.</source>
        <translation>کارایی رشد: بالاتر از ۱ یعنی پایگاه مشتریان رشد می‌کند.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reactivations</source>
        <translation>بازفعال‌سازی‌ها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>orders placed &gt;= W days after the same customer's previous order</source>
        <translation>سفارش‌هایی که دست‌کم W روز پس از سفارش قبلی همان مشتری ثبت شده‌اند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>orders in the range (for the share)</source>
        <translation>سفارش‌های داخل بازه (برای سهم)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>orders dated in the selected date range; previous order from the whole history; W = activity window</source>
        <translation>سفارش‌های داخل بازهٔ انتخاب‌شده؛ سفارش قبلی از کل سابقه؛ W = بازهٔ فعالیت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customers coming back after a lapse of at least the activity window.</source>
        <translation>مشتریانی که پس از وقفه‌ای دست‌کم به اندازهٔ بازهٔ فعالیت برمی‌گردند.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Shopify-style: share of this range's customers who are not buying for the first time. Over the whole history it always equals the repeat purchase rate (every earlier order is then inside the range); over one period it also counts customers whose earlier order was before it.</source>
        <translation>به سبک Shopify: سهم مشتریان این بازه که بار اولشان نیست. در کل تاریخچه همیشه با نرخ خرید تکراری برابر است (هر سفارش پیشین درون بازه است)؛ در یک دوره، مشتریانی را هم که سفارش پیشینشان پیش از آن بوده می‌شمارد.</translation>
    </message>
    <message>
        <location line="-41" />
        <source>customers with a 2nd order within N days of the first / customers observed for N days</source>
        <translation>مشتریانِ دارای سفارش دوم تا N روز پس از اولی / مشتریانی که N روز زیر نظر بوده‌اند</translation>
    </message>
    <message>
        <location line="+50" />
        <source>N = 30, 60, 90 days after the first order; second order looked for up to the data end</source>
        <translation>N = ۳۰، ۶۰، ۹۰ روز پس از سفارش اول؛ سفارش دوم تا پایان داده‌ها جست‌وجو می‌شود</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Share of new customers who came back within N days, among those the data follow for at least N days.</source>
        <translation>سهم مشتریان جدیدی که در N روز برگشتند، از میان کسانی که داده‌ها دست‌کم N روز دنبالشان می‌کنند.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Segment comparison</source>
        <translation>مقایسهٔ بخش‌ها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>each metric computed on the orders carrying that value of the dimension (exactly as if the filter dimension = value were set); CRR = sum(E - N) / sum(S0) and churn = sum(S0 - R) / sum(S0) over the complete periods of the range</source>
        <translation>هر شاخص روی سفارش‌هایی با آن مقدار از ویژگی محاسبه می‌شود (دقیقاً مثل اینکه فیلتر ویژگی = مقدار گذاشته شده باشد)؛ نرخ نگهداشت = sum(E - N) / sum(S0) و نرخ ریزش = sum(S0 - R) / sum(S0) روی دوره‌های کامل بازه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per metric, as in its own card</source>
        <translation>برای هر شاخص، مانند کارت خودش</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the selected date range (default: from the start of the period 365 days before the data end)</source>
        <translation>بازهٔ تاریخ انتخاب‌شده (پیش‌فرض: از آغاز دوره‌ای که ۳۶۵ روز پیش از پایان داده‌هاست)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sessions per user per week</source>
        <translation>بازدید به ازای هر کاربر در هفته</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sessions (or orders) in the week / customers active in the week; overall: all sessions / all active customer-weeks</source>
        <translation>بازدیدها (یا سفارش‌ها) در هفته / مشتریان فعال در هفته؛ کلی: همهٔ بازدیدها / همهٔ هفته-مشتری‌های فعال</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers active in the week</source>
        <translation>مشتریان فعال در هفته</translation>
    </message>
    <message>
        <location line="+1" />
        <source>weeks of the selected date range (week start from the settings); sessions of the activity table when the project has one, otherwise order days (labelled 'on order days')</source>
        <translation>هفته‌های بازهٔ انتخاب‌شده (شروع هفته از تنظیمات)؛ بازدیدهای جدول فعالیت اگر پروژه آن را داشته باشد، وگرنه روزهای سفارش (با برچسب «بر اساس روزهای سفارش»)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Engagement intensity of the people who show up at all.</source>
        <translation>شدت درگیری کسانی که اصلاً سر می‌زنند.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Retention what-if projection</source>
        <translation>پیش‌بینی «اگر…» برای نگهداشت</translation>
    </message>
    <message>
        <location line="+2" />
        <source>existing and projected cohorts</source>
        <translation>کوهورت‌های موجود و پیش‌بینی‌شده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the next 12 periods after the last complete one</source>
        <translation>۱۲ دورهٔ بعد از آخرین دورهٔ کامل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What keeping a few more customers each period would be worth for this shop.</source>
        <translation>نگه داشتن چند مشتری بیشتر در هر دوره برای این فروشگاه چقدر می‌ارزد.</translation>
    </message>
    <message>
        <location line="-211" />
        <source>P(alive)</source>
        <translation>احتمال فعال بودن P(alive)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>BG/NBD: 1 / (1 + [x &gt; 0] · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x))</source>
        <translation>BG/NBD: 1 / (1 + [x &gt; 0] · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x))</translation>
    </message>
    <message>
        <location line="+1" />
        <source>—: a probability per customer</source>
        <translation>—: یک احتمال برای هر مشتری</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All purchase days up to the as-of date (same-day orders count once)</source>
        <translation>همهٔ روزهای خرید تا تاریخ مبنا (سفارش‌های یک روز یک بار شمرده می‌شوند)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chance the customer has not silently stopped buying. The model lets people stop only right after a purchase, so one-time buyers always show 1; judge them by expected purchases instead.</source>
        <translation>احتمال اینکه مشتری بی‌صدا خرید را کنار نگذاشته باشد. مدل فرض می‌کند افراد فقط درست پس از یک خرید کنار می‌کشند، پس خریداران یک‌باره همیشه ۱ نشان می‌دهند؛ آن‌ها را با «خریدهای مورد انتظار» بسنجید.</translation>
    </message>
    <message>
        <location line="-19" />
        <source>Expected purchases</source>
        <translation>خریدهای مورد انتظار</translation>
    </message>
    <message>
        <location line="+1" />
        <source>BG/NBD conditional expectation E[X(t) | x, t_x, T] for t = the horizon</source>
        <translation>امید شرطی BG/NBD، E[X(t) | x, t_x, T] برای t = افق پیش‌بینی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>—: purchase days per customer</source>
        <translation>—: روزهای خرید برای هر مشتری</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The next horizon months after the as-of date</source>
        <translation>ماه‌های افق پیش‌بینی پس از تاریخ مبنا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>x = repeat purchase days, t_x = time of the last one, T = time since the first purchase, in weeks (days / 7).</source>
        <translation>x = روزهای خرید تکراری، t_x = زمان آخرین آن‌ها، T = زمان از اولین خرید، بر حسب هفته (روز / ۷).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Expected spend per order</source>
        <translation>مبلغ مورد انتظار هر سفارش</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gamma-Gamma: p·(v + x·m̄) / (p·x + q − 1); no repeats: p·v / (q − 1)</source>
        <translation>گاما-گاما: p·(v + x·m̄) / (p·x + q − 1)؛ بدون خرید تکراری: p·v / (q − 1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repeat orders of the customer (m̄ = their mean repeat spend)</source>
        <translation>سفارش‌های تکراری مشتری (m̄ = میانگین مبلغ خریدهای تکراری او)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All orders up to the as-of date</source>
        <translation>همهٔ سفارش‌ها تا تاریخ مبنا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fitted on customers with repeat orders and positive spend. Assumes spend does not depend on how often someone buys; the app warns when it does.</source>
        <translation>روی مشتریانی با سفارش تکراری و خرید مثبت برازش می‌شود. فرض می‌کند مبلغ خرید به دفعات خرید بستگی ندارد؛ اگر بستگی داشته باشد برنامه هشدار می‌دهد.</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Customer lifetime value (CLV)</source>
        <translation>ارزش طول عمر مشتری (CLV)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>margin · Σ_k E[M] · (E[X(k·f)] − E[X((k−1)·f)]) / (1+d)^k, k = 1…H months</source>
        <translation>حاشیهٔ سود · Σ_k E[M] · (E[X(k·f)] − E[X((k−1)·f)]) / (1+d)^k، k = ۱…H ماه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>—: gross profit per customer</source>
        <translation>—: سود ناخالص به ازای هر مشتری</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The next H months (default 12), f = one month in weeks, d = monthly discount rate</source>
        <translation>H ماه آینده (پیش‌فرض ۱۲)، f = یک ماه بر حسب هفته، d = نرخ تنزیل ماهانه</translation>
    </message>
    <message>
        <location line="+22" />
        <source>RFM scores</source>
        <translation>امتیازهای RFM</translation>
    </message>
    <message>
        <location line="+1" />
        <source>score = 1 + floor(5 · (rank − 1) / n), ties take their lowest rank; R ranks days since last order (fewer is better), F purchase days, M total revenue</source>
        <translation>امتیاز = 1 + floor(5 · (rank − 1) / n)، مقادیر برابر کمترین رتبه را می‌گیرند؛ R بر اساس روزهای گذشته از آخرین سفارش (کمتر بهتر)، F روزهای خرید، M کل درآمد</translation>
    </message>
    <message>
        <location line="-9" />
        <source>All customers with an order up to the as-of date</source>
        <translation>همهٔ مشتریان با سفارش تا تاریخ مبنا</translation>
    </message>
    <message>
        <location line="+10" />
        <source>All history up to the as-of date</source>
        <translation>کل سابقه تا تاریخ مبنا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>FM = (F + M) / 2 rounded half up; the segment comes from the R × FM rule table.</source>
        <translation>FM = (F + M) / 2 که نیمه به بالا گرد می‌شود؛ بخش از جدول قواعد R × FM به دست می‌آید.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>RFM segment</source>
        <translation>بخش RFM</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First rule of the segment table whose R and FM ranges contain the customer</source>
        <translation>اولین قاعدهٔ جدول بخش‌ها که بازه‌های R و FM آن شامل مشتری شود</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Eleven segments from Champions to Lost; the table is shown in the app.</source>
        <translation>یازده بخش از «قهرمان‌ها» تا «از دست رفته»؛ جدول آن در برنامه نمایش داده می‌شود.</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Lifecycle stage</source>
        <translation>مرحلهٔ چرخهٔ عمر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>new → churned → reactivated → at risk → active (first matching rule)</source>
        <translation>جدید ← ریزش‌کرده ← بازفعال‌شده ← در معرض ریزش ← فعال (اولین قاعدهٔ منطبق)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Activity window W (settings) and each customer's median gap between purchase days (one-time buyers: the shop's median gap)</source>
        <translation>بازهٔ فعالیت W (تنظیمات) و میانهٔ فاصلهٔ روزهای خرید هر مشتری (برای خریداران یک‌باره: میانهٔ فاصلهٔ کل فروشگاه)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Stage movement</source>
        <translation>جابه‌جایی میان مراحل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customers counted by (stage at date A, stage at date B)</source>
        <translation>شمار مشتریان بر اساس (مرحله در تاریخ A، مرحله در تاریخ B)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customers with an order by date B</source>
        <translation>مشتریانی که تا تاریخ B سفارش داشته‌اند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date A = as-of date − W, date B = as-of date</source>
        <translation>تاریخ A = تاریخ مبنا − W، تاریخ B = تاریخ مبنا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customers who had not bought yet at date A appear as 'not yet a customer'.</source>
        <translation>مشتریانی که تا تاریخ A هنوز خرید نکرده بودند با عنوان «هنوز مشتری نشده» نشان داده می‌شوند.</translation>
    </message>
    <message>
        <location line="+107" />
        <source>first age k (in periods since the first order) where cumulative gross margin per customer &gt;= CAC; margin = revenue x gross margin %; cumulative = sum over ages 0..k of the mean revenue per customer observed at that age</source>
        <translation>اولین سن k (بر حسب دوره از اولین سفارش) که سود ناخالص تجمعی هر مشتری ≥ هزینهٔ جذب شود؛ سود = درآمد × درصد حاشیهٔ سود ناخالص؛ تجمعی = مجموع میانگین درآمد هر مشتری در سن‌های ۰ تا k</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Repeat purchase rate</source>
        <translation>نرخ خرید تکراری</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers with &gt;= 2 orders in the range / customers with &gt;= 1 order in the range</source>
        <translation>مشتریان با دست‌کم ۲ سفارش در بازه / مشتریان با دست‌کم ۱ سفارش در بازه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>orders dated inside the selected date range only (earlier history ignored)</source>
        <translation>فقط سفارش‌های داخل بازهٔ انتخاب‌شده (سابقهٔ قبلی نادیده گرفته می‌شود)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Share of this range's customers who bought more than once inside it.</source>
        <translation>سهم مشتریان این بازه که بیش از یک بار در آن خرید کرده‌اند.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E - N - R (active at end, not new, not active at start)</source>
        <translation>E - N - R (فعال در پایان، غیرجدید، غیرفعال در آغاز)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lapsed customers who came back during the period.</source>
        <translation>مشتریان ازدست‌رفته‌ای که در این دوره برگشته‌اند.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retained customers (R)</source>
        <translation>مشتریان نگهداشته‌شده (R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>|active at start AND active at end|</source>
        <translation>|فعال در آغاز و فعال در پایان|</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Starting customers who are still active at the end.</source>
        <translation>مشتریان ابتدای دوره که در پایان هنوز فعال‌اند.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Returning-customer rate</source>
        <translation>نرخ مشتریان بازگشتی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers ordering in the range who had an earlier order (before the range or earlier in it) / customers ordering in the range</source>
        <translation>مشتریانی که در بازه سفارش داده‌اند و سفارش قبلی هم داشته‌اند (پیش از بازه یا زودتر در همان بازه) / مشتریانی که در بازه سفارش داده‌اند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>whole history up to the range end</source>
        <translation>کل سابقه تا پایان بازه</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Revenue</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sum of order revenue, minus returns/cancellations under the 'net' revenue policy</source>
        <translation>مجموع درآمد سفارش‌ها، منهای مرجوعی‌ها و لغوها در حالت «خالص»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>orders dated inside the selected date range (returns on the day they happened)</source>
        <translation>سفارش‌های داخل بازهٔ انتخاب‌شده (مرجوعی‌ها در روز وقوعشان)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Money taken from identified customers.</source>
        <translation>پولی که از مشتریان شناخته‌شده دریافت شده است.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revenue per customer</source>
        <translation>درآمد به ازای هر مشتری</translation>
    </message>
    <message>
        <location line="+1" />
        <source>revenue / customers</source>
        <translation>درآمد / مشتریان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What the average customer spent in the range.</source>
        <translation>مشتری معمولی در این بازه چقدر خرج کرده است.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Second order within N days</source>
        <translation>سفارش دوم تا N روز</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Share of spend</source>
        <translation>سهم از خرید</translation>
    </message>
    <message>
        <location line="+1" />
        <source>revenue of the segment / revenue of all segments</source>
        <translation>درآمد بخش / درآمد همهٔ بخش‌ها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>revenue of all values of the dimension</source>
        <translation>درآمد همهٔ مقادیر آن ویژگی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Which segment brings in the money.</source>
        <translation>کدام بخش پول می‌آورد.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time to second purchase</source>
        <translation>فاصله تا خرید دوم</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../retention_desktop/ui/i18n.py" line="+302" />
        <source>Restart needed</source>
        <extracomment>Native names shown in the language picker (never translated).</extracomment>
        <translation>نیاز به راه‌اندازی دوباره</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The new language and number settings apply after a restart. Restart now?</source>
        <translation>زبان و تنظیمات اعداد جدید پس از راه‌اندازی دوبارهٔ برنامه اعمال می‌شوند. همین حالا دوباره راه‌اندازی شود؟</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restart now</source>
        <translation>راه‌اندازی دوباره</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Later</source>
        <translation>بعداً</translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <location filename="../../retention_desktop/ui/widgets/heatmap_keys.py" line="+45" />
        <source>Cohort heatmap: arrow keys move between cells, Enter lists the customers of a cell</source>
        <translation>نقشهٔ حرارتی کوهورت‌ها: کلیدهای جهت‌نما بین خانه‌ها جابه‌جا می‌کنند، Enter مشتریان یک خانه را فهرست می‌کند</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../retention_desktop/ui/dialogs/error_dialog.py" line="+9" />
        <source>the overview numbers</source>
        <translation>اعداد نمای کلی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the cohort analysis</source>
        <translation>تحلیل کوهورت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the customer list of a cohort cell</source>
        <translation>فهرست مشتریان یک خانهٔ کوهورت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the import</source>
        <translation>ورود داده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the file preview</source>
        <translation>پیش‌نمایش پرونده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the data summary</source>
        <translation>خلاصهٔ داده‌ها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the filter values</source>
        <translation>مقادیر فیلتر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the look-up of the customer</source>
        <translation>جست‌وجوی مشتری</translation>
    </message>
    <message>
        <location line="+1" />
        <source>deleting the customer's data</source>
        <translation>حذف داده‌های مشتری</translation>
    </message>
</context>
</TS>
