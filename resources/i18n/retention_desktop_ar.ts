<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name />
    <message>
        <location filename="../../retention_desktop/ui/dialogs/definitions_dialog.py" line="+39" />
        <source>Formula</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Counted over</source>
        <translation>يُحسب على</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Window</source>
        <translation>النافذة الزمنية</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/tabs/products_model.py" line="+57" />
        <source>{0} pts</source>
        <extracomment>Shown instead of a rate resting on fewer customers than the minimum (sorts last). Products drawn in the chart (the best ranked ones).</extracomment>
        <translation>{0} نقطة مئوية</translation>
    </message>
    <message>
        <location line="+9" />
        <source>no clear difference</source>
        <translation>لا فرق واضح</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+100" />
        <location line="+140" />
        <source>too few</source>
        <translation>قليل جدًا</translation>
    </message>
    <message>
        <location line="-156" />
        <source>Rank</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>First-order product</source>
        <translation>منتج الطلب الأول</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+148" />
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location line="-147" />
        <source>Repeat within {0} days</source>
        <translation>الشراء مجددًا خلال {0} يوم</translation>
    </message>
    <message>
        <location line="+83" />
        <source>too few observed {0} days</source>
        <translation>قليل جدًا ممن رُصدوا {0} يومًا</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Shop average: of {0} new customers, {1} were observed {2} days; {3} of them came back within {2} days.</source>
        <translation>متوسط المتجر: من {0} عميلًا جديدًا، رُصد {1} مدة {2} يومًا؛ عاد {3} منهم خلال {2} يومًا.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>95% interval</source>
        <translation>فترة ٩٥٪</translation>
    </message>
    <message>
        <location line="-144" />
        <source>vs shop average</source>
        <translation>مقارنةً بمتوسط المتجر</translation>
    </message>
    <message>
        <location line="-91" />
        <source>more often</source>
        <translation>يعودون أكثر</translation>
    </message>
    <message>
        <location line="+0" />
        <source>less often</source>
        <translation>يعودون أقل</translation>
    </message>
    <message>
        <location line="+2" />
        <source>all shown customers</source>
        <translation>كل العملاء المعروضين</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Ranges hold over the {0} repeat windows together: a row differs from the shop only when its whole range is above or below the shop average.</source>
        <translation>تصح النطاقات لنوافذ الشراء المتكرر الـ{0} معًا: لا يختلف صف عن المتجر إلا إذا كان نطاقه كله أعلى من متوسط المتجر أو أدنى منه.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ranges are for all {0} compared together over {1} repeat windows: a row differs from the shop only when its whole range is above or below the shop average.</source>
        <translation>المديات صالحة لكل العناصر المقارنة وعددها {0} معًا عبر {1} نوافذ تكرار: يختلف الصف عن المتجر فقط عندما يقع مداه كله فوق متوسط المتجر أو تحته.</translation>
    </message>
    <message>
        <location line="+78" />
        <source>Range vs shop (all {0} together)</source>
        <translation>المدى مقابل المتجر (الكل {0} معًا)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Range vs shop</source>
        <translation>النطاق مقابل المتجر</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Comes back vs shop</source>
        <translation>العودة مقابل المتجر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time to 2nd order (median)</source>
        <translation>الوقت حتى الطلب الثاني (الوسيط)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Revenue per customer, {0} d</source>
        <translation>الإيراد لكل عميل، {0} يوم</translation>
    </message>
    <message>
        <location line="+17" />
        <source>under half came back</source>
        <translation>عاد أقل من النصف</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} days</source>
        <translation>{0} يوم</translation>
    </message>
    <message>
        <location line="-38" />
        <source>No new customers with products in the current filters: widen the period or clear filters.</source>
        <translation>لا يوجد عملاء جدد بمنتجات ضمن عوامل التصفية الحالية: وسّع الفترة أو امسح عوامل التصفية.</translation>
    </message>
    <message>
        <location line="+102" />
        <source>This project has no products: its orders were imported as order totals. Import an export with one line per product (order id, product name or SKU, quantity, price — e.g. a Shopify, WooCommerce or Excel line-item export) to see which products bring customers back.</source>
        <translation>لا يحتوي هذا المشروع على منتجات: استُوردت طلباته كإجماليات طلبات. استورد ملفًا فيه سطر لكل منتج (رقم الطلب، اسم المنتج أو رمزه SKU، الكمية، السعر — مثل تصدير بنود الطلبات من Shopify أو WooCommerce أو Excel) لترى أي المنتجات تعيد العملاء.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Customers whose first order had {0}: too few to say ({1} observed {2} days).</source>
        <translation>العملاء الذين تضمّن طلبهم الأول {0}: عددهم قليل جدًا للحكم ({1} رُصدوا {2} يومًا).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Customers whose first order had {0} came back within {1} days: {2} (shop: {3}).</source>
        <translation>العملاء الذين تضمّن طلبهم الأول {0} وعادوا خلال {1} يومًا: {2} (المتجر: {3}).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Bought again: too few buyers to say ({0}).</source>
        <translation>الشراء مجددًا: المشترون قليلون جدًا للحكم ({0}).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{0} of the {1} buyers of {2} bought it again ({3}).</source>
        <translation>{0} من {1} مشترٍ لـ {2} اشتروه مجددًا ({3}).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Usual time between two purchases: {0} days.</source>
        <translation>المدة المعتادة بين شراءين: {0} يوم.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Too few repurchases to give a usual interval.</source>
        <translation>عمليات الشراء المتكررة قليلة جدًا لتحديد مدة معتادة.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Next product</source>
        <translation>المنتج التالي</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Share</source>
        <translation>الحصة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Lift</source>
        <translation>الرفع</translation>
    </message>
    <message>
        <location line="+10" />
        <source>×{0}</source>
        <translation>×{0}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only {0} of these customers placed a second order: too few to say what comes next.</source>
        <translation>قدّم {0} فقط من هؤلاء العملاء طلبًا ثانيًا: عدد قليل جدًا لمعرفة ما يشترونه بعد ذلك.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Of {0} customers whose first order had {1} and who came back, the second order contained:</source>
        <translation>من {0} عميلًا تضمّن طلبهم الأول {1} وعادوا، احتوى الطلب الثاني على:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last purchase</source>
        <translation>آخر شراء</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Days since</source>
        <translation>أيام منذ ذلك</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Usual interval (days)</source>
        <translation>المدة المعتادة (أيام)</translation>
    </message>
</context>
<context>
    <name>AbTestTab</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/abtest_tab.py" line="+63" />
        <source>Calculator</source>
        <translation>الحاسبة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planner</source>
        <translation>المخطِّط</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Test plans</source>
        <translation>خطط الاختبارات</translation>
    </message>
    <message>
        <location line="+35" />
        <location line="+13" />
        <source>Reading the project's experiments…</source>
        <translation>جارٍ قراءة تجارب المشروع…</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Computing…</source>
        <translation>جارٍ الحساب…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Computing the experiment…</source>
        <translation>جارٍ حساب التجربة…</translation>
    </message>
    <message>
        <location line="+34" />
        <source>New test</source>
        <translation>اختبار جديد</translation>
    </message>
</context>
<context>
    <name>CacPage</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/segments_panels.py" line="+164" />
        <source>CAC and payback by channel</source>
        <translation>تكلفة الاكتساب والاسترداد حسب القناة</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cumulative gross margin per new customer vs CAC (dashed)</source>
        <translation>الهامش الإجمالي التراكمي لكل عميل جديد مقابل تكلفة الاكتساب (متقطع)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Age (periods since first order)</source>
        <translation>العمر (عدد الفترات منذ الطلب الأول)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type spend…</source>
        <translation>إدخال الإنفاق…</translation>
    </message>
    <message>
        <location line="+25" />
        <source>No marketing spend yet: import a spend file (period, channel, amount) or type the spend here.</source>
        <translation>لا يوجد إنفاق تسويقي بعد: استورد ملف إنفاق (الفترة، القناة، المبلغ) أو اكتب الإنفاق هنا.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No spend.</source>
        <translation>لا يوجد إنفاق.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Payback needs spend per channel.</source>
        <translation>يتطلب حساب الاسترداد الإنفاق لكل قناة.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>typed spend</source>
        <translation>الإنفاق المُدخَل</translation>
    </message>
    <message>
        <location line="+0" />
        <source>spend file</source>
        <translation>ملف الإنفاق</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CAC {0} for {1} new customers ({2}); margin {3}%. </source>
        <translation>تكلفة الاكتساب {0} لـ {1} عميل جديد ({2})؛ الهامش {3}٪. </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not paid back within the observed periods.</source>
        <translation>لم تُسترد خلال الفترات المرصودة.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paid back within the first period.</source>
        <translation>استُردت خلال الفترة الأولى.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paid back {0} periods after the first order.</source>
        <translation>استُردت بعد {0} فترات من الطلب الأول.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No new customers in the range.</source>
        <translation>لا يوجد عملاء جدد في النطاق.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>CAC {0}</source>
        <translation>تكلفة الاكتساب {0}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>All channels</source>
        <translation>كل القنوات</translation>
    </message>
    <message>
        <location line="+3" />
        <source>CAC</source>
        <translation>تكلفة الاكتساب</translation>
    </message>
</context>
<context>
    <name>CalculatorPage</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/abtest_calc.py" line="+96" />
        <source>Variants (first row = control)</source>
        <translation>النسخ (الصف الأول = الضابطة)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Customers and converted</source>
        <translation>العملاء والمتحوّلون</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Average per customer (mean, sd)</source>
        <translation>المتوسط لكل عميل (المتوسط، الانحراف المعياري)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Add variant</source>
        <translation>إضافة نسخة</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove variant</source>
        <translation>حذف النسخة</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Fixed: I look once, at the planned size</source>
        <translation>ثابت: أطّلع مرة واحدة عند الحجم المخطط</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sequential: safe to look every day</source>
        <translation>تتابعي: يمكن الاطلاع يوميًا بأمان</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Lower is better (e.g. churn)</source>
        <translation>الأقل أفضل (مثل التسرب)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compute</source>
        <translation>احسب</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Significance level (alpha)</source>
        <translation>مستوى الدلالة (ألفا)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planned split</source>
        <translation>التقسيم المخطط</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mode</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location line="+11" />
        <source>From project data</source>
        <translation>من بيانات المشروع</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Repeat purchase within N days</source>
        <translation>تكرار الشراء خلال N يومًا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Active at day N</source>
        <translation>نشط في اليوم N</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Churned by day N</source>
        <translation>متسرّب بحلول اليوم N</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revenue per customer in N days</source>
        <translation>الإيراد لكل عميل خلال N يومًا</translation>
    </message>
    <message>
        <location line="+5" />
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Load from data</source>
        <translation>التحميل من البيانات</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Experiment</source>
        <translation>التجربة</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Enter the variants and press Compute.</source>
        <translation>أدخل النسخ ثم اضغط «احسب».</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Variant</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+48" />
        <location line="+1" />
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location line="-49" />
        <location line="+219" />
        <location line="+77" />
        <source>Rate</source>
        <translation>المعدل</translation>
    </message>
    <message>
        <location line="-294" />
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Difference interval</source>
        <translation>فترة الفرق</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Lift vs control</source>
        <translation>التحسن مقارنة بالضابطة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Lift interval</source>
        <translation>فترة التحسن</translation>
    </message>
    <message>
        <location line="+0" />
        <source>p-value</source>
        <translation>القيمة الاحتمالية p</translation>
    </message>
    <message>
        <location line="+1" />
        <source>p (Holm)</source>
        <translation>p (هولم)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Chance to beat control</source>
        <translation>فرصة التفوق على الضابطة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Expected loss</source>
        <translation>الخسارة المتوقعة</translation>
    </message>
    <message>
        <location line="+45" />
        <location line="+1" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Converted</source>
        <translation>المتحوّلون</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+171" />
        <location line="+76" />
        <location line="+9" />
        <source>Mean</source>
        <translation>المتوسط</translation>
    </message>
    <message>
        <location line="-256" />
        <source>Std. dev.</source>
        <translation>الانحراف المعياري</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Variant {0}</source>
        <translation>النسخة {0}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Row {0}, {1}: “{2}” is not a number.</source>
        <translation>الصف {0}، {1}: «{2}» ليس رقمًا.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Row {0}: customers and converted must be whole numbers.</source>
        <translation>الصف {0}: يجب أن يكون عدد العملاء والمتحوّلين أعدادًا صحيحة.</translation>
    </message>
    <message>
        <location line="+123" />
        <source>{0} pts</source>
        <translation>{0} نقطة مئوية</translation>
    </message>
    <message>
        <location line="+9" />
        <source>control</source>
        <translation>الضابطة</translation>
    </message>
    <message>
        <location line="+8" />
        <source>n/a</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Rate (%)</source>
        <translation>المعدل (٪)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{0} ({1} customers)</source>
        <translation>{0} ({1} عميل)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Open a project to analyse its experiments.</source>
        <translation>افتح مشروعًا لتحليل تجاربه.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This project has no experiments yet: import an assignments file (customer, experiment, variant, date).</source>
        <translation>لا توجد تجارب في هذا المشروع بعد: استورد ملف تعيينات (العميل، التجربة، النسخة، التاريخ).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>CUPED removed {0} of the outcome's variance.</source>
        <translation>أزال CUPED {0} من تباين النتيجة.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Every assigned customer was observed for the whole window.</source>
        <translation>رُصد كل عميل معيَّن طوال النافذة كاملة.</translation>
    </message>
    <message>
        <location line="-398" />
        <source>Adjust for earlier spend (CUPED)</source>
        <translation>تعديل حسب الإنفاق السابق (CUPED)</translation>
    </message>
    <message>
        <location line="-53" />
        <source>equal (e.g. {0})</source>
        <translation>متساوٍ (مثلًا {0})</translation>
    </message>
    <message>
        <location line="+226" />
        <source>The planned split must look like {0}.</source>
        <translation>يجب أن يكون التقسيم المخطط بالشكل {0}.</translation>
    </message>
    <message>
        <location line="+164" />
        <source>Mean per variant with {0} interval</source>
        <translation>المتوسط لكل نسخة مع مجال {0}</translation>
    </message>
    <message>
        <location line="-326" />
        <source>N =</source>
        <translation>N =</translation>
    </message>
    <message>
        <location line="+357" />
        <source>Orders column “{0}” (value on the first order)</source>
        <translation>عمود الطلبات «{0}» (القيمة في الطلب الأول)</translation>
    </message>
    <message>
        <location line="-390" />
        <source>Planned customers per variant</source>
        <translation>العملاء المخططون لكل نسخة</translation>
    </message>
    <message>
        <location line="+59" />
        <location line="+299" />
        <source>Rate per variant with {0} interval</source>
        <translation>المعدل لكل نسخة مع مجال {0}</translation>
    </message>
    <message>
        <location line="-335" />
        <source>Removes the part of the outcome explained by what each customer spent before the test, so differences show up with fewer customers.</source>
        <translation>يزيل جزء النتيجة الذي يفسّره إنفاق كل عميل قبل الاختبار، فتظهر الفروق بعدد أقل من العملاء.</translation>
    </message>
    <message>
        <location line="-45" />
        <source>Sequential mode is tightest around this many customers per variant. Set it before the test starts (e.g. from the planner) and keep it.</source>
        <translation>يكون الوضع المتتابع أدق ما يكون عند هذا العدد من العملاء لكل نسخة. حدّده قبل بدء الاختبار (مثلًا من المخطِّط) ولا تغيّره.</translation>
    </message>
    <message>
        <location line="-2" />
        <source>current size</source>
        <translation>الحجم الحالي</translation>
    </message>
    <message>
        <location line="+92" />
        <location line="+222" />
        <source>{0} interval</source>
        <translation>مجال {0}</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../retention_desktop/ui/widgets/chart.py" line="+132" />
        <source>Reset</source>
        <translation>إعادة الضبط</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reset zoom (drag to pan, wheel to zoom)</source>
        <translation>إعادة ضبط التكبير (اسحب للتحريك، واستخدم عجلة الفأرة للتكبير)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save this chart as a PNG picture</source>
        <translation>حفظ هذا الرسم البياني كصورة PNG</translation>
    </message>
    <message>
        <location line="+138" />
        <source>Export chart</source>
        <translation>تصدير الرسم البياني</translation>
    </message>
    <message>
        <location line="+0" />
        <source>chart</source>
        <translation>مخطط</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PNG picture (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>CohortsTab</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/cohorts_tab.py" line="+54" />
        <source>Share buying again, k periods after joining</source>
        <translation>حصة من يشترون مجددًا بعد k فترات من الانضمام</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Share still buying k or more periods after joining</source>
        <translation>حصة من ما زالوا يشترون بعد k فترات أو أكثر من الانضمام</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Share with a second order within k periods</source>
        <translation>حصة من لديهم طلب ثانٍ خلال k فترات</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Revenue per customer in period k</source>
        <translation>الإيراد لكل عميل في الفترة k</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cumulative revenue per customer (LTV)</source>
        <translation>الإيراد التراكمي لكل عميل (قيمة العميل مدى الحياة)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quarter</source>
        <translation>ربع سنة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Year</source>
        <translation>سنة</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+61" />
        <source>First-order period</source>
        <translation>فترة الطلب الأول</translation>
    </message>
    <message>
        <location line="-56" />
        <source>Measure:</source>
        <translation>المقياس:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Period:</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cohorts by:</source>
        <translation>الأفواج حسب:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cohorts (rows) by age (columns)</source>
        <translation>الأفواج (الصفوف) حسب العمر (الأعمدة)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Retention curves: each cohort and the weighted mean</source>
        <translation>منحنيات الاحتفاظ: كل فوج والمتوسط المرجّح</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Age (periods since first order)</source>
        <translation>العمر (عدد الفترات منذ الطلب الأول)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N-day repeat: share with another order within N days of the first</source>
        <translation>تكرار الشراء خلال N يومًا: نسبة من قدّموا طلبًا آخر خلال N يومًا من الأول</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cohort health score (100 = average cohort)</source>
        <translation>مؤشر صحة الفوج (١٠٠ = فوج متوسط)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Heatmap</source>
        <translation>الخريطة الحرارية</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retention curves</source>
        <translation>منحنيات الاحتفاظ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N-day repeat</source>
        <translation>التكرار خلال N يومًا</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+142" />
        <source>Health score</source>
        <translation>مؤشر الصحة</translation>
    </message>
    <message>
        <location line="-140" />
        <location line="+85" />
        <source>Click a cell of the heatmap to list its customers.</source>
        <translation>انقر خلية في الخريطة الحرارية لعرض عملائها.</translation>
    </message>
    <message>
        <location line="-51" />
        <source>First order's {0}</source>
        <translation>{0} الطلب الأول</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Computing cohorts…</source>
        <translation>جارٍ حساب الأفواج…</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/viewmodels/cohorts.py" line="+51" />
        <source>(no product)</source>
        <extracomment>Cell value of a rate resting on fewer customers than the minimum: shown as "too few" (negative, so it sorts below every real rate).</extracomment>
        <translation>(بلا منتج)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(no value)</source>
        <translation>(بلا قيمة)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(other products)</source>
        <translation>(منتجات أخرى)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(other categories)</source>
        <translation>(فئات أخرى)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{0} (already active when the data starts)</source>
        <translation>{0} (نشطون مسبقًا عند بدء البيانات)</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/tabs/cohorts_tab.py" line="+26" />
        <source>No cohorts for the current filters. Widen the period or clear filters; new projects need an import first.</source>
        <translation>لا توجد أفواج لعوامل التصفية الحالية. وسّع الفترة أو امسح عوامل التصفية؛ تحتاج المشاريع الجديدة إلى استيراد أولًا.</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+28" />
        <source>No cohorts for the current filters.</source>
        <translation>لا توجد أفواج لعوامل التصفية الحالية.</translation>
    </message>
    <message>
        <location line="-15" />
        <source>Weighted mean (thin lines: the newest cohorts; it stops where fewer than 3 cohorts remain)</source>
        <translation>المتوسط المرجّح (الخطوط الرفيعة: أحدث الأفواج؛ يتوقف حيث يبقى أقل من 3 أفواج)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Average cohort</source>
        <translation>الفوج المتوسط</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No customers yet.</source>
        <translation>لا يوجد عملاء بعد.</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/viewmodels/cohorts.py" line="+55" />
        <source>All cohorts</source>
        <translation>كل الأفواج</translation>
    </message>
    <message>
        <location line="+6" />
        <source>too few</source>
        <translation>قليل جدًا</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/tabs/cohorts_tab.py" line="+8" />
        <source>Cohort</source>
        <translation>الفوج</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} days</source>
        <translation>{0} يوم</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Loading the customers of cohort {0}, age {1}…</source>
        <translation>جارٍ تحميل عملاء الفوج {0}، العمر {1}…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Listing customers…</source>
        <translation>جارٍ سرد العملاء…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cohort {0}, age {1}: {2} customers</source>
        <translation>الفوج {0}، العمر {1}: {2} عميل</translation>
    </message>
    <message>
        <location line="+3" />
        <source> (showing the first {0})</source>
        <translation> (عرض أول {0})</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location line="+0" />
        <source>First order</source>
        <translation>الطلب الأول</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last order</source>
        <translation>آخر طلب</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revenue (all time)</source>
        <translation>الإيرادات (كل الفترات)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>In this cell</source>
        <translation>في هذه الخلية</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No customers in this cell.</source>
        <translation>لا يوجد عملاء في هذه الخلية.</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/customers_widgets.py" line="+268" />
        <source>Double-click a customer, or click a point in the scatter, to see their history.</source>
        <translation>انقر نقرًا مزدوجًا على عميل، أو انقر نقطة في مخطط التشتت، لعرض سجله.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>P(alive) over time</source>
        <translation>P(alive) عبر الزمن</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Revenue</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <location line="+15" />
        <source>No purchase model for this selection.</source>
        <translation>لا يوجد نموذج شراء لهذا الاختيار.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>P(alive)</source>
        <translation>احتمال النشاط P(alive)</translation>
    </message>
</context>
<context>
    <name>CustomerGroupButton</name>
    <message>
        <location filename="../../retention_desktop/ui/customer_group.py" line="+78" />
        <source>Any stage</source>
        <extracomment>Definition cards of the two groups (registered by ``core.clv.definitions``). Widest text of a filter button (pixels at the UI font); longer choices are elided and shown in full in the tooltip and in the active-filters line.</extracomment>
        <translation>كل المراحل</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Any segment</source>
        <translation>كل الشرائح</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only customers in this lifecycle stage and/or RFM segment (as of the newest order in the data)</source>
        <translation>العملاء في مرحلة دورة الحياة هذه و/أو شريحة RFM هذه فقط (حسب تاريخ أحدث طلب في البيانات)</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Customers: {0}</source>
        <translation>العملاء: {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customers: all</source>
        <translation>العملاء: الكل</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/customers_tab.py" line="+90" />
        <source> months</source>
        <translation> شهرًا</translation>
    </message>
    <message>
        <location line="+5" />
        <source> % / month</source>
        <translation> ٪ / شهريًا</translation>
    </message>
    <message>
        <location line="+5" />
        <source>from settings</source>
        <translation>من الإعدادات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Also at risk when P(alive) below</source>
        <translation>معرّض للخسارة أيضًا عندما يكون P(alive) أقل من</translation>
    </message>
    <message>
        <location line="+9" />
        <source>× usual gap</source>
        <translation>× الفجوة المعتادة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recompute</source>
        <translation>إعادة الحساب</translation>
    </message>
    <message>
        <location line="+5" />
        <source>CLV horizon</source>
        <translation>أفق قيمة العميل مدى الحياة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Discount</source>
        <translation>معدل الخصم</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Margin</source>
        <translation>الهامش</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At risk when overdue by</source>
        <translation>معرّض للخسارة عند التأخر بمقدار</translation>
    </message>
    <message>
        <location line="+19" />
        <location line="+29" />
        <location line="+226" />
        <source>RFM segments</source>
        <translation>شرائح RFM</translation>
    </message>
    <message>
        <location line="-254" />
        <location line="+27" />
        <location line="+228" />
        <source>Lifecycle stages</source>
        <translation>مراحل دورة الحياة</translation>
    </message>
    <message>
        <location line="-317" />
        <location line="+64" />
        <location line="+438" />
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location line="-437" />
        <source>Revenue so far</source>
        <translation>الإيرادات حتى الآن</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Predicted value (CLV)</source>
        <translation>القيمة المتوقعة (CLV)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Segments</source>
        <translation>الشرائح</translation>
    </message>
    <message>
        <location line="+1" />
        <source>P(alive) against predicted value</source>
        <translation>P(alive) مقابل القيمة المتوقعة</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+286" />
        <source>Holdout check: repeat purchases, actual vs predicted</source>
        <translation>فحص العينة المحجوزة: المشتريات المتكررة، الفعلية مقابل المتوقعة</translation>
    </message>
    <message>
        <location line="-277" />
        <source>Which recent stretch of history the model must predict without having seen it</source>
        <translation>أي فترة حديثة من السجل يجب أن يتنبأ بها النموذج دون أن يراها</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check: last third of history</source>
        <translation>الاختبار: الثلث الأخير من السجل</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check: last {0} months</source>
        <translation>الاختبار: آخر {0} أشهر</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Movement</source>
        <translation>الانتقال</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Search id, name, email, phone…</source>
        <translation>ابحث بالمعرّف أو الاسم أو البريد أو الهاتف…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>All stages</source>
        <translation>كل المراحل</translation>
    </message>
    <message>
        <location line="+3" />
        <source>All segments</source>
        <translation>كل الشرائح</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Rows shown</source>
        <translation>الصفوف المعروضة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At-risk list</source>
        <translation>قائمة المعرّضين للخسارة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Win-back list</source>
        <translation>قائمة الاستعادة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due to reorder</source>
        <translation>حان موعد إعادة الطلب</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Top CLV</source>
        <translation>أعلى قيمة دائمة</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pseudonymise</source>
        <translation>إخفاء الهوية</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replace customer ids by salted hashes and leave out names, emails and phones</source>
        <translation>استبدل معرّفات العملاء بتجزئات مملّحة واحذف الأسماء والبريد والهواتف</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use in every tab</source>
        <translation>تطبيق في كل التبويبات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filter every tab (cohorts, retention, report…) to the chosen stage and segment</source>
        <translation>تصفية كل التبويبات (الأفواج، الاحتفاظ، التقرير…) حسب المرحلة والشريحة المختارتين</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location line="+18" />
        <source>RFM segments: first matching rule wins</source>
        <translation>شرائح RFM: تُطبَّق أول قاعدة مطابقة</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lifecycle stages: first matching rule wins</source>
        <translation>مراحل دورة الحياة: تُطبَّق أول قاعدة مطابقة</translation>
    </message>
    <message>
        <location line="-199" />
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rules</source>
        <translation>القواعد</translation>
    </message>
    <message>
        <location line="+222" />
        <source>Open or import a project to see your customers.</source>
        <translation>افتح مشروعًا أو استورده لعرض عملائك.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+4" />
        <source>Computing customer value…</source>
        <translation>جارٍ حساب قيمة العملاء…</translation>
    </message>
    <message>
        <location line="+36" />
        <source>No customer is in the chosen stage or segment as of {0}.</source>
        <translation>لا يوجد أي عميل في المرحلة أو الشريحة المختارة حتى {0}.</translation>
    </message>
    <message>
        <location line="-4" />
        <source>{0} customers, {1} of them came back on a later day, as of {2}.</source>
        <translation>{0} عميل، عاد {1} منهم في يوم لاحق، حتى {2}.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{0} customers in the chosen stage or segment, {1} of them came back on a later day, as of {2}.</source>
        <translation>{0} عميل في المرحلة أو الشريحة المختارة، عاد {1} منهم في يوم لاحق، حتى {2}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Predicted value over {0} months: {1} in total, {2} per customer (gross margin {3}).</source>
        <translation>القيمة المتوقعة خلال {0} شهرًا: {1} إجمالًا، و{2} لكل عميل (الهامش الإجمالي {3}).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The purchase model could not be fitted on this data, so there is no P(alive) or CLV; segments and stages still work.</source>
        <translation>تعذّرت ملاءمة نموذج الشراء على هذه البيانات، لذا لا تتوفر P(نشط) ولا قيمة العميل مدى الحياة؛ الشرائح والمراحل ما زالت تعمل.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rough: fewer than 300 repeat customers — the table shows an 80 % range for each CLV.</source>
        <translation>تقريبي: أقل من ٣٠٠ عميل متكرر — يعرض الجدول نطاق ٨٠٪ لكل قيمة دائمة.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Spend and purchase frequency are correlated (r = {0}), so the spend part of CLV may be biased.</source>
        <translation>الإنفاق وتكرار الشراء مترابطان (r = {0})، لذا قد يكون جزء الإنفاق في قيمة العميل مدى الحياة متحيّزًا.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No holdout check: not enough history.</source>
        <translation>لا يوجد اختبار لفترة التحقق: السجل غير كافٍ.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The prediction model does not fit this shop: its P(alive) and CLV below are rough guesses, not findings.</source>
        <translation>نموذج التنبؤ لا يلائم هذا المتجر: قيم P(alive) وCLV أدناه تخمينات تقريبية، لا نتائج.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{0}: {1} (gross margin {2}), as in the report.</source>
        <translation>{0}: {1} (الهامش الإجمالي {2})، كما في التقرير.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Showing {0} of {1} customers.</source>
        <translation>عرض {0} من {1} عميل.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>One-time buyers always show P(alive) = 100 % in this model; their low value reflects how rarely they buy.</source>
        <translation>يظهر المشترون لمرة واحدة دائمًا بقيمة P(alive) = ١٠٠٪ في هذا النموذج؛ وتعكس قيمتهم المنخفضة قلة شرائهم.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Not enough history for a holdout check.</source>
        <translation>لا يوجد سجل كافٍ لفحص العينة المحجوزة.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Actual</source>
        <translation>الفعلي</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Predicted</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Fitted on purchases up to {0}; after the dotted line it predicted {1} repeat purchases and {2} happened.</source>
        <translation>لُوئم على المشتريات حتى {0}؛ وبعد الخط المنقّط توقّع {1} عملية شراء متكررة وحدث {2}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Holdout check (whole shop): repeat purchases, actual vs predicted</source>
        <translation>فحص العينة المحجوزة (المتجر كله): المشتريات المتكررة، الفعلية مقابل المتوقعة</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The check tests the purchase model, which is fitted on all {0} customers of the shop, not only the chosen stage or segment.</source>
        <translation>يختبر هذا الفحص نموذج الشراء المُطابَق على جميع عملاء المتجر البالغ عددهم {0}، لا على المرحلة أو الشريحة المختارة وحدها.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The model predicted about as many as happened.</source>
        <translation>توقّع النموذج تقريبًا العدد الذي حدث.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The model overestimated: it predicted {0} more than happened.</source>
        <translation>بالغ النموذج في التقدير: توقّع {0} أكثر مما حدث.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The model underestimated: it predicted {0} fewer than happened.</source>
        <translation>قلّل النموذج في التقدير: توقّع {0} أقل مما حدث.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Movement of the chosen customers from {0} (rows) to {1} (columns)</source>
        <translation>انتقال العملاء المختارين من {0} (الصفوف) إلى {1} (الأعمدة)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Movement from {0} (rows) to {1} (columns)</source>
        <translation>الانتقال من {0} (الصفوف) إلى {1} (الأعمدة)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not enough history yet.</source>
        <translation>لا يوجد سجل كافٍ بعد.</translation>
    </message>
    <message>
        <location line="+21" />
        <location filename="../../build/i18n/core_strings.py" line="+131" />
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+34" />
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location line="-33" />
        <source>RFM segment</source>
        <translation>شريحة RFM</translation>
    </message>
    <message>
        <location line="+0" />
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Revenue</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last order</source>
        <translation>آخر طلب</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Days since</source>
        <translation>أيام منذ ذلك</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next order due</source>
        <translation>موعد الطلب التالي</translation>
    </message>
    <message>
        <location line="+0" />
        <source>P(alive)</source>
        <translation>احتمال النشاط P(alive)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Expected orders</source>
        <translation>الطلبات المتوقعة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CLV</source>
        <translation>قيمة العميل مدى الحياة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CLV low (80 %)</source>
        <translation>قيمة العميل مدى الحياة، الحد الأدنى (٨٠٪)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CLV high (80 %)</source>
        <translation>قيمة العميل مدى الحياة، الحد الأعلى (٨٠٪)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No customers match.</source>
        <translation>لا يوجد عملاء مطابقون.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>R from</source>
        <translation>R من</translation>
    </message>
    <message>
        <location line="+0" />
        <source>R to</source>
        <translation>R إلى</translation>
    </message>
    <message>
        <location line="+1" />
        <source>FM from</source>
        <translation>FM من</translation>
    </message>
    <message>
        <location line="+0" />
        <source>FM to</source>
        <translation>FM إلى</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meaning</source>
        <translation>المعنى</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Overdue: more than {0}× their usual gap since the last purchase.</source>
        <translation>متأخر: مضى على آخر شراء أكثر من {0}× فاصله المعتاد.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Overdue: more than {0}× their usual gap since the last purchase, or P(alive) below {1}.</source>
        <translation>متأخر: مضى على آخر شراء أكثر من {0}× فاصله المعتاد، أو P(نشط) أقل من {1}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>First purchase within the last {0} days.</source>
        <translation>أول شراء خلال آخر {0} يومًا.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No purchase for {0} days or more and overdue: more than {1}× their usual gap since the last purchase.</source>
        <translation>لا شراء منذ {0} يومًا أو أكثر ومتأخر: مضى على آخر شراء أكثر من {1}× فاصله المعتاد.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Bought within the last {0} days after a break of {0} days or more.</source>
        <translation>اشترى خلال آخر {0} يومًا بعد انقطاع {0} يومًا أو أكثر.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Everyone else: buying on their usual rhythm.</source>
        <translation>البقية: يشترون بإيقاعهم المعتاد.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Rule (first match wins)</source>
        <translation>القاعدة (تُطبَّق أول مطابقة)</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Stage: {0} · RFM: {1} ({2})</source>
        <translation>المرحلة: {0} · RFM: {1} ({2})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{0} orders, {1} spent, last order {2}</source>
        <translation>{0} طلبات، أنفق {1}، آخر طلب {2}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>P(alive) {0} · expected orders {1} · CLV {2}</source>
        <translation>P(alive) {0} · الطلبات المتوقعة {1} · قيمة العميل مدى الحياة {2}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>CLV range (80 %): {0} – {1}</source>
        <translation>نطاق قيمة العميل مدى الحياة (٨٠٪): من {0} إلى {1}</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Export customers</source>
        <translation>تصدير العملاء</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Excel workbook (*.xlsx);;CSV, comma separated (*.csv)</source>
        <translation>مصنف Excel (*.xlsx);;CSV، مفصول بفواصل (*.csv)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Could not write {0}: {1}</source>
        <translation>تعذّرت كتابة {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/tabs/customers_widgets.py" line="-46" />
        <source>{0} → {1}: {2} customers ({3} of the row)</source>
        <translation>{0} ← {1}: {2} عميل ({3} من الصف)</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/data_tab.py" line="+107" />
        <source>Choose files…</source>
        <translation>اختيار الملفات…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a folder…</source>
        <translation>اختيار مجلد…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cancel import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <location line="+20" />
        <source>What this project holds</source>
        <translation>محتوى هذا المشروع</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+248" />
        <location line="+10" />
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location line="-258" />
        <location line="+258" />
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location line="-257" />
        <source>Date range</source>
        <translation>نطاق التاريخ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Guest orders</source>
        <translation>طلبات الزوار</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Returns / cancellations</source>
        <translation>المرتجعات / الإلغاءات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Duplicate order numbers</source>
        <translation>أرقام طلبات مكررة</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+11" />
        <source>Rejected rows</source>
        <translation>الصفوف المرفوضة</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Other tables</source>
        <translation>جداول أخرى</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Import history</source>
        <translation>سجل الاستيراد</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Choose files to import</source>
        <translation>اختر الملفات المراد استيرادها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shop exports ({0});;All files (*)</source>
        <translation>ملفات المتجر المصدَّرة ({0});;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose a folder of exports</source>
        <translation>اختر مجلد الملفات المصدَّرة</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+218" />
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location line="-217" />
        <source>Create or open your own project first (File &gt; New project); the demo shop stays as it is.</source>
        <translation>أنشئ مشروعك أو افتحه أولًا (ملف &gt; مشروع جديد)؛ يبقى المتجر التجريبي كما هو.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+5" />
        <source>Reading the first rows…</source>
        <translation>جارٍ قراءة الصفوف الأولى…</translation>
    </message>
    <message>
        <location line="+48" />
        <location line="+6" />
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Imported {0} rows: {1} orders, {2} customers, {3} guest rows.</source>
        <translation>استُورد {0} صفًا: {1} طلبًا، و{2} عميلًا، و{3} صفًا للزوار.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Dates {0} to {1} (read as {2}).</source>
        <translation>التواريخ من {0} إلى {1} (قُرئت بصيغة {2}).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{0} orders were already in the project and were skipped.</source>
        <translation>{0} طلبًا موجودة مسبقًا في المشروع فتم تخطيها.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0} product lines kept ({1} products).</source>
        <translation>تم الاحتفاظ بـ {0} سطر منتجات ({1} منتجًا).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0} lines name no product (neither code nor name): their orders are imported, the lines are not kept as products.</source>
        <translation>{0} سطرًا لا تذكر أي منتج (لا رمز ولا اسم): استُوردت طلباتها، لكن لم يُحتفظ بهذه الأسطر كمنتجات.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{0} rows could not be read: see Rejected rows.</source>
        <translation>تعذّرت قراءة {0} صفًا: راجع «الصفوف المرفوضة».</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Customer ids, e-mails and phone numbers were stored pseudonymised.</source>
        <translation>حُفظت معرّفات العملاء وعناوين البريد الإلكتروني وأرقام الهواتف بأسماء مستعارة.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Amounts are in {0}.</source>
        <translation>المبالغ بـ {0}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The dates are Jalali, so the project now shows Jalali months and weeks from Saturday (Settings &gt; Analysis settings to change it).</source>
        <translation>التواريخ بالتقويم الهجري الشمسي، لذا يعرض المشروع الآن الأشهر الشمسية والأسابيع بدءًا من السبت (للتغيير: الإعدادات &gt; إعدادات التحليل).</translation>
    </message>
    <message>
        <location line="+25" />
        <source>year-month-day</source>
        <translation>سنة-شهر-يوم</translation>
    </message>
    <message>
        <location line="+0" />
        <source>day first</source>
        <translation>اليوم أولًا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>month first</source>
        <translation>الشهر أولًا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excel serial numbers</source>
        <translation>أرقام Excel التسلسلية</translation>
    </message>
    <message>
        <location line="+1" />
        <source>compact year-month-day</source>
        <translation>سنة-شهر-يوم مضغوط</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Jalali</source>
        <translation>الهجري الشمسي</translation>
    </message>
    <message>
        <location line="+1" />
        <source>real dates</source>
        <translation>تواريخ حقيقية</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{0}, assumed</source>
        <translation>{0}، مُفترَض</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Import failed, nothing was changed: {0}</source>
        <translation>فشل الاستيراد ولم يتغير شيء: {0}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Import cancelled, nothing was changed.</source>
        <translation>أُلغي الاستيراد ولم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{0} to {1}</source>
        <translation>من {0} إلى {1}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no orders yet</source>
        <translation>لا توجد طلبات بعد</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{0} returns, {1} cancellations</source>
        <translation>{0} مرتجعات، {1} إلغاءات</translation>
    </message>
    <message>
        <location line="+10" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0" />
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rows read</source>
        <translation>الصفوف المقروءة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rejected</source>
        <translation>المرفوضة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+3" />
        <source>done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing imported yet. Drop files above or use Choose files.</source>
        <translation>لم يُستورد شيء بعد. أفلت الملفات في الأعلى أو استخدم «اختيار الملفات».</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sessions / activity</source>
        <translation>الجلسات / النشاط</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A/B assignments</source>
        <translation>تعيينات A/B</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Marketing spend</source>
        <translation>الإنفاق التسويقي</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Survey (NPS/CSAT)</source>
        <translation>الاستبيان (NPS/CSAT)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Product lines</source>
        <translation>بنود المنتجات</translation>
    </message>
    <message>
        <location line="+5" />
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No rejected rows: every row of every import could be read.</source>
        <translation>لا توجد صفوف مرفوضة: قُرئ كل صف في كل استيراد.</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <location filename="../../retention_desktop/ui/widgets/table.py" line="+210" />
        <location line="+8" />
        <location line="+123" />
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location line="-130" />
        <source>Copy the selected cells (or the whole table) for Excel</source>
        <translation>نسخ الخلايا المحددة (أو الجدول كاملًا) للصقها في Excel</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+130" />
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location line="-129" />
        <source>Save this table as CSV or Excel</source>
        <translation>حفظ هذا الجدول بصيغة CSV أو Excel</translation>
    </message>
    <message>
        <location line="+112" />
        <source>Export table</source>
        <translation>تصدير الجدول</translation>
    </message>
    <message>
        <location line="+0" />
        <source>table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excel workbook (*.xlsx);;CSV, comma separated (*.csv)</source>
        <translation>مصنف Excel (*.xlsx);;CSV، مفصول بفواصل (*.csv)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Could not write {0}: {1}</source>
        <translation>تعذّرت كتابة {0}: {1}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Copy whole table</source>
        <translation>نسخ الجدول كاملًا</translation>
    </message>
</context>
<context>
    <name>DefinitionsDialog</name>
    <message>
        <location filename="../../retention_desktop/ui/dialogs/definitions_dialog.py" line="+23" />
        <source>Metric definitions</source>
        <translation>تعريفات المؤشرات</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Search definitions…</source>
        <translation>البحث في التعريفات…</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../retention_desktop/ui/mainwindow.py" line="+58" />
        <source>&lt;b&gt;DEMO&lt;/b&gt; — you are looking at a made-up demo shop. Every screen works the same with your own exports.</source>
        <translation>&lt;b&gt;عرض تجريبي&lt;/b&gt; — أنت تشاهد متجرًا تجريبيًا وهميًا. تعمل كل الشاشات بالطريقة نفسها مع بيانات متجرك.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Import your own data…</source>
        <translation>استيراد بياناتك…</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/data_tab.py" line="-335" />
        <source>Drop your shop's CSV or Excel exports (or a folder of them) here</source>
        <translation>أفلت هنا ملفات CSV أو Excel المصدَّرة من متجرك (أو مجلدًا منها)</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../retention_desktop/ui/dialogs/error_dialog.py" line="+25" />
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Could not finish: {0}</source>
        <translation>تعذّر إكمال: {0}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../retention_desktop/ui/exporting.py" line="+43" />
        <source>export</source>
        <extracomment>Characters Windows, macOS or Linux refuse in a file name, and control characters.</extracomment>
        <translation>تصدير</translation>
    </message>
    <message>
        <location line="+32" />
        <source>{0} to {1}</source>
        <translation>{0} إلى {1}</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Saved “{0}” in {1}</source>
        <translation>حُفظ «{0}» في {1}</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the saved file in its folder</source>
        <translation>عرض الملف المحفوظ في مجلده</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hide this note</source>
        <translation>إخفاء هذه الملاحظة</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../retention_desktop/ui/dialogs/mapping_dialog.py" line="+31" />
        <source>Order / invoice number</source>
        <translation>رقم الطلب / الفاتورة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer ID</source>
        <translation>معرّف العميل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Order date</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Order amount</source>
        <translation>مبلغ الطلب</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quantity (line items)</source>
        <translation>الكمية (بنود الطلب)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit price (line items)</source>
        <translation>سعر الوحدة (بنود الطلب)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status (returns/cancellations)</source>
        <translation>الحالة (المرتجعات/الإلغاءات)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Product code / SKU</source>
        <translation>رمز المنتج / SKU</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Product name</source>
        <translation>اسم المنتج</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Product category</source>
        <translation>فئة المنتج</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Brand</source>
        <translation>العلامة التجارية</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Product variant (size, colour)</source>
        <translation>نوع المنتج (المقاس، اللون)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer e-mail</source>
        <translation>البريد الإلكتروني للعميل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer phone</source>
        <translation>هاتف العميل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer name</source>
        <translation>اسم العميل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Order total (once per order)</source>
        <translation>إجمالي الطلب (مرة واحدة لكل طلب)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refunded amount</source>
        <translation>المبلغ المسترد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Total after refunds</source>
        <translation>الإجمالي بعد الاسترداد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Order time</source>
        <translation>وقت الطلب</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Row type (sale/refund)</source>
        <translation>نوع الصف (بيع/استرداد)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>customer ID</source>
        <translation>معرّف العميل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1" />
        <source>phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+1" />
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ISO (2024-03-01)</source>
        <translation>ISO (2024-03-01)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Day first (01/03/2024)</source>
        <translation>اليوم أولًا (01/03/2024)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Month first (03/01/2024)</source>
        <translation>الشهر أولًا (03/01/2024)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excel serial numbers</source>
        <translation>أرقام Excel التسلسلية</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compact (20240301)</source>
        <translation>مضغوط (20240301)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jalali (1403/05/12)</source>
        <translation>جلالي (1403/05/12)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Real dates (Excel)</source>
        <translation>تواريخ حقيقية (Excel)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="-125" />
        <source>All time</source>
        <translation>كل الفترات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last 30 days</source>
        <translation>آخر ٣٠ يومًا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last 90 days</source>
        <translation>آخر ٩٠ يومًا</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This year so far</source>
        <translation>هذه السنة حتى نهاية البيانات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Custom range</source>
        <translation>نطاق مخصص</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/filterbar.py" line="+129" />
        <source>Reporting period, counted back from the newest order in the data; months, quarters and years follow the project's calendar. A chosen period moves with new data and is kept in saved segments.</source>
        <translation>فترة التقرير، تُحسب رجوعًا من أحدث طلب في البيانات؛ تتبع الأشهر والأرباع والسنوات تقويم المشروع. تتحرك الفترة المختارة مع البيانات الجديدة وتُحفظ في الشرائح المحفوظة.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>any</source>
        <translation>أي عدد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only customers with at least this many orders</source>
        <translation>العملاء الذين لديهم هذا العدد من الطلبات على الأقل فقط</translation>
    </message>
    <message>
        <location line="+4" />
        <source>First order…</source>
        <translation>الطلب الأول…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only customers whose first order is between</source>
        <translation>العملاء الذين يقع طلبهم الأول ضمن هذه الفترة فقط</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Saved segments of this project</source>
        <translation>الشرائح المحفوظة في هذا المشروع</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save segment…</source>
        <translation>حفظ الشريحة…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the chosen saved segment</source>
        <translation>حذف الشريحة المحفوظة المختارة</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Period:</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Min orders:</source>
        <translation>الحد الأدنى للطلبات:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Segment:</source>
        <translation>الشريحة:</translation>
    </message>
    <message>
        <location line="+86" />
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location line="+105" />
        <source>Saved segment</source>
        <translation>شريحة محفوظة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This saved segment cannot be read: {0}</source>
        <translation>تعذّرت قراءة هذه الشريحة المحفوظة: {0}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save segment</source>
        <translation>حفظ الشريحة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name of this segment:</source>
        <translation>اسم هذه الشريحة:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Saving the segment…</source>
        <translation>جارٍ حفظ الشريحة…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Delete segment</source>
        <translation>حذف الشريحة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the saved segment “{0}”?</source>
        <translation>هل تريد حذف الشريحة المحفوظة «{0}»؟</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Deleting the segment…</source>
        <translation>جارٍ حذف الشريحة…</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="+11" />
        <source>period {0} – {1}</source>
        <translation>الفترة من {0} إلى {1}</translation>
    </message>
    <message>
        <location line="-9" />
        <source>at least {0} orders</source>
        <translation>{0} طلبات على الأقل</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Last 365 days</source>
        <translation>آخر ٣٦٥ يومًا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last complete month</source>
        <translation>آخر شهر مكتمل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last complete quarter</source>
        <translation>آخر ربع مكتمل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last complete year</source>
        <translation>آخر سنة مكتملة</translation>
    </message>
    <message>
        <location line="+5" />
        <source>at most {0} orders</source>
        <translation>{0} طلبات على الأكثر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>first order {0} – {1}</source>
        <translation>الطلب الأول من {0} إلى {1}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customer revenue {0} – {1}</source>
        <translation>إيرادات العميل من {0} إلى {1}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>stage {0}</source>
        <translation>المرحلة {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>RFM {0}</source>
        <translation>RFM {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>first order contained {0}</source>
        <translation>الطلب الأول تضمّن {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ever bought {0}</source>
        <translation>اشترى {0} يومًا ما</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} ({1} – {2})</source>
        <translation>{0} ({1} – {2})</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/filterbar.py" line="+11" />
        <source>Active filters: {0}</source>
        <translation>عوامل التصفية النشطة: {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No filters: all customers, all time.</source>
        <translation>بلا تصفية: جميع العملاء، كل الفترات.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="+105" />
        <source>all</source>
        <translation>الكل</translation>
    </message>
</context>
<context>
    <name>ForgetDialog</name>
    <message>
        <location filename="../../retention_desktop/ui/dialogs/forget_dialog.py" line="+58" />
        <source>Forget a customer</source>
        <translation>نسيان عميل</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Deletes everything this project holds about one customer (orders, returns, contact details, activity, A/B assignments, survey answers), for example when a customer asks you to. Type the customer id as it appears in your exports.</source>
        <translation>يحذف كل ما يحتفظ به هذا المشروع عن عميل واحد (الطلبات، المرتجعات، بيانات الاتصال، النشاط، تعيينات A/B، إجابات الاستبيان)، مثلًا عندما يطلب العميل ذلك. اكتب معرّف العميل كما يظهر في ملفات التصدير لديك.</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+5" />
        <source>Customer id</source>
        <translation>معرّف العميل</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Delete permanently</source>
        <translation>حذف نهائي</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Open a project first.</source>
        <translation>افتح مشروعًا أولًا.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This project is open read-only (or is the demo shop): nothing can be deleted from it.</source>
        <translation>هذا المشروع مفتوح للقراءة فقط (أو هو المتجر التجريبي): لا يمكن حذف أي شيء منه.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Looking for customer “{0}”…</source>
        <translation>جارٍ البحث عن العميل «{0}»…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Looking for the customer…</source>
        <translation>جارٍ البحث عن العميل…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>There is no data about customer “{0}” in this project. Check the id as it appears in your exports.</source>
        <translation>لا توجد في هذا المشروع أي بيانات عن العميل «{0}». تحقّق من المعرّف كما يظهر في ملفات التصدير لديك.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Found customer “{0}”. These rows will be deleted:</source>
        <translation>عُثر على العميل «{0}». ستُحذف هذه الصفوف:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This project stores pseudonyms: the id you typed was looked up through its pseudonym.</source>
        <translation>يحفظ هذا المشروع أسماء مستعارة: بُحث عن المعرّف الذي كتبته عبر اسمه المستعار.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This cannot be undone.</source>
        <translation>لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Orders: {0}</source>
        <translation>الطلبات: {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Returns and cancellations: {0}</source>
        <translation>المرتجعات والإلغاءات: {0}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Orders, returns and cancellations: {0}</source>
        <translation>الطلبات والمرتجعات والإلغاءات: {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Product lines of these orders: {0}</source>
        <translation>أسطر المنتجات في هذه الطلبات: {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer records (contact details): {0}</source>
        <translation>سجلات العميل (بيانات الاتصال): {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sessions / activity: {0}</source>
        <translation>الجلسات / النشاط: {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A/B assignments: {0}</source>
        <translation>تعيينات A/B: {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Survey answers: {0}</source>
        <translation>إجابات الاستبيان: {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rejected import rows: {0}</source>
        <translation>صفوف الاستيراد المرفوضة: {0}</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Deleting the data of customer “{0}”…</source>
        <translation>جارٍ حذف بيانات العميل «{0}»…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Deleting a customer's data…</source>
        <translation>جارٍ حذف بيانات عميل…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The data of customer “{0}” was deleted:</source>
        <translation>حُذفت بيانات العميل «{0}»:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Nothing was deleted: {0}</source>
        <translation>لم يُحذف أي شيء: {0}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cancelled, nothing was deleted.</source>
        <translation>أُلغي، ولم يُحذف أي شيء.</translation>
    </message>
</context>
<context>
    <name>FunnelPage</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/segments_panels.py" line="+190" />
        <source>Customers reaching each stage</source>
        <translation>العملاء الواصلون إلى كل مرحلة</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Stage conversion</source>
        <translation>التحويل بين المراحل</translation>
    </message>
    <message>
        <location line="+2" />
        <source>DAU/MAU per month</source>
        <translation>DAU/MAU شهريًا</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Signed up</source>
        <translation>سجّلوا</translation>
    </message>
    <message>
        <location line="+0" />
        <source>1st order</source>
        <translation>الطلب الأول</translation>
    </message>
    <message>
        <location line="+1" />
        <source>2nd order</source>
        <translation>الطلب الثاني</translation>
    </message>
    <message>
        <location line="+0" />
        <source>3rd order</source>
        <translation>الطلب الثالث</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nobody entered the funnel in the selected range.</source>
        <translation>لم يدخل أحد القمع في النطاق المحدد.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Reactivations (orders after {0}+ days without one): {1} orders by {2} customers ({3} of orders).</source>
        <translation>حالات العودة للنشاط (طلبات بعد {0} يومًا أو أكثر دون طلب): {1} طلبًا من {2} عميلًا ({3} من الطلبات).</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+9" />
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From previous stage</source>
        <translation>من المرحلة السابقة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Of entrants</source>
        <translation>من الداخلين</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Median days from previous</source>
        <translation>وسيط الأيام من المرحلة السابقة</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No activity in the selected range.</source>
        <translation>لا يوجد نشاط في النطاق المحدد.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>from site/app sessions</source>
        <translation>من جلسات الموقع/التطبيق</translation>
    </message>
    <message>
        <location line="+1" />
        <source>on order days (no activity data imported)</source>
        <translation>حسب أيام الطلبات (لم تُستورد بيانات نشاط)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>DAU/MAU {0} {1}; {2} active days per active month on average; {3} sessions per active user and week.</source>
        <translation>DAU/MAU {0} {1}؛ بمتوسط {2} يوم نشاط لكل شهر نشط؛ و{3} جلسة لكل مستخدم نشط أسبوعيًا.</translation>
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
        <translation>العمر (عدد الفترات منذ الطلب الأول)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cohort</source>
        <translation>الفوج</translation>
    </message>
    <message>
        <location line="+17" />
        <source>○ period not complete yet   × fewer customers than the minimum cell size (low confidence)</source>
        <translation>○ الفترة لم تكتمل بعد   × عدد العملاء أقل من الحد الأدنى للخلية (ثقة منخفضة)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Reset</source>
        <translation>إعادة الضبط</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reset zoom (drag to pan, wheel to zoom)</source>
        <translation>إعادة ضبط التكبير (اسحب للتحريك، واستخدم عجلة الفأرة للتكبير)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save this chart as a PNG picture</source>
        <translation>حفظ هذا الرسم البياني كصورة PNG</translation>
    </message>
    <message>
        <location line="+107" />
        <source>Cohort {0}: {1} customers</source>
        <translation>الفوج {0}: {1} عميلًا</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Age {0}: {1} of {2} customers ordered in this period or later ({3})</source>
        <translation>العمر {0}: {1} من {2} عميلًا طلبوا في هذه الفترة أو بعدها ({3})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Age {0}: {1} of {2} customers had their second order by this period ({3})</source>
        <translation>العمر {0}: {1} من {2} عميلًا قدّموا طلبهم الثاني حتى هذه الفترة ({3})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Age {0}: {1} of {2} customers ordered in this period ({3})</source>
        <translation>العمر {0}: {1} من {2} عميلًا طلبوا في هذه الفترة ({3})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Age {0}: {1} per customer so far, over {2} customers</source>
        <translation>العمر {0}: {1} لكل عميل حتى الآن، على {2} عميلًا</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Age {0}: {1} per customer in this period, over {2} customers</source>
        <translation>العمر {0}: {1} لكل عميل في هذه الفترة، على {2} عميلًا</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+2" />
        <source>Click to list these {0} customers</source>
        <translation>انقر لعرض قائمة هؤلاء العملاء ({0})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Click to list the customers who bought in this period</source>
        <translation>انقر لعرض قائمة العملاء الذين اشتروا في هذه الفترة</translation>
    </message>
    <message>
        <location line="-11" />
        <source>95% CI: {0} – {1}</source>
        <translation>فترة الثقة ٩٥٪: من {0} إلى {1}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Period not complete yet</source>
        <translation>الفترة لم تكتمل بعد</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Low confidence: few customers</source>
        <translation>ثقة منخفضة: عدد قليل من العملاء</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Export chart</source>
        <translation>تصدير الرسم البياني</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cohorts</source>
        <translation>الأفواج</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PNG picture (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../../retention_desktop/ui/language_settings.py" line="+128" />
        <source>Language and numbers</source>
        <translation>اللغة والأرقام</translation>
    </message>
</context>
<context>
    <name>LanguageSettingsWidget</name>
    <message>
        <location line="-83" />
        <source>Automatic (system language)</source>
        <translation>تلقائي (لغة النظام)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Default for the language</source>
        <translation>الافتراضي للغة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Latin (0123)</source>
        <translation>لاتينية (0123)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Persian (۰۱۲۳)</source>
        <translation>فارسية (۰۱۲۳)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation>هندية عربية (٠١٢٣)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Digits</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <location line="+3" />
        <source>As recorded</source>
        <translation>كما هي مسجلة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show in Toman</source>
        <translation>العرض بالتومان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show in Rial</source>
        <translation>العرض بالريال</translation>
    </message>
    <message>
        <location line="+1" />
        <source>1 Toman = 10 Rial. Only used when the currency is Rial or Toman.</source>
        <translation>التومان الواحد = ١٠ ريالات. يُستخدم فقط عندما تكون العملة الريال الإيراني أو التومان.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rial / Toman</source>
        <translation>ريال / تومان</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The calendar and the currency of your data are set per project in Settings &gt; Analysis settings.</source>
        <translation>يُضبط التقويم وعملة بياناتك لكل مشروع في الإعدادات &gt; إعدادات التحليل.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
</context>
<context>
    <name>Layouts</name>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="-103" />
        <source>Shopify orders export</source>
        <translation>تصدير طلبات Shopify</translation>
    </message>
    <message>
        <location line="+1" />
        <source>WooCommerce order export (Advanced Order Export)</source>
        <translation>تصدير طلبات WooCommerce (Advanced Order Export)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>WooCommerce Customer/Order CSV Export</source>
        <translation>تصدير CSV للعملاء/الطلبات من WooCommerce</translation>
    </message>
    <message>
        <location line="+1" />
        <source>WooCommerce Analytics orders export</source>
        <translation>تصدير طلبات WooCommerce Analytics</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Etsy sold orders (EtsySoldOrders)</source>
        <translation>طلبات Etsy المبيعة (EtsySoldOrders)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Etsy sold order items (EtsySoldOrderItems)</source>
        <translation>بنود طلبات Etsy المبيعة (EtsySoldOrderItems)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Square item sales (Items detail)</source>
        <translation>مبيعات أصناف Square (Items detail)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stripe payments export</source>
        <translation>تصدير مدفوعات Stripe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PayPal activity download</source>
        <translation>تنزيل نشاط PayPal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Arabic sales invoice export (one row per item)</source>
        <translation>تصدير فواتير مبيعات عربي (صف لكل صنف)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Arabic sales invoice export (one row per invoice)</source>
        <translation>تصدير فواتير مبيعات عربي (صف لكل فاتورة)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Persian sales invoice export (one row per item)</source>
        <translation>تصدير فواتير مبيعات فارسي (صف لكل صنف)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Persian sales invoice export (one row per invoice)</source>
        <translation>تصدير فواتير مبيعات فارسي (صف لكل فاتورة)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../retention_desktop/ui/mainwindow.py" line="+79" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop every running computation or import (Esc)</source>
        <translation>إيقاف كل العمليات الحسابية أو عمليات الاستيراد الجارية (Esc)</translation>
    </message>
    <message>
        <location line="+25" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New project…</source>
        <translation>مشروع &amp;جديد…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open project…</source>
        <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open &amp;recent</source>
        <translation>المشاريع الأ&amp;خيرة</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open the &amp;demo shop</source>
        <translation>فتح المتجر الت&amp;جريبي</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Import data…</source>
        <translation>ا&amp;ستيراد البيانات…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Forget a customer…</source>
        <translation>&amp;نسيان عميل…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete all data of one customer (when a customer asks you to)</source>
        <translation>حذف كل بيانات عميل واحد (عندما يطلب العميل ذلك)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shop &amp;name…</source>
        <translation>&amp;اسم المتجر…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The name shown on the report, in exported file names and the title bar</source>
        <translation>الاسم الذي يظهر في التقرير وأسماء الملفات المصدَّرة وشريط العنوان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export the current tab's table</source>
        <translation>تصدير جدول علامة التبويب الحالية</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Show &amp;filter bar</source>
        <translation>إظهار شريط الت&amp;صفية</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Refresh</source>
        <translation>ت&amp;حديث</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Full &amp;screen</source>
        <translation>ملء الشا&amp;شة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel running work</source>
        <translation>إلغاء العمل الجاري</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Settings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Analysis settings…</source>
        <translation>إعدادات الت&amp;حليل…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Language and numbers…</source>
        <translation>ال&amp;لغة والأرقام…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show amounts in &amp;Toman</source>
        <translation>عرض المبالغ بـ&amp;التومان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>1 Toman = 10 Rial: changes how amounts are shown, never the data</source>
        <translation>التومان = ١٠ ريالات: يغيّر طريقة عرض المبالغ فقط، لا البيانات</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Metric &amp;definitions</source>
        <translation>ت&amp;عريفات المؤشرات</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;About</source>
        <translation>&amp;حول</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Opening {0}…</source>
        <translation>جارٍ فتح {0}…</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+3" />
        <source>Project in use</source>
        <translation>المشروع قيد الاستخدام</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open read-only</source>
        <translation>فتح للقراءة فقط</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cannot open project</source>
        <translation>تعذّر فتح المشروع</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retention Desktop projects (*{0} *.duckdb);;All files (*)</source>
        <translation>مشاريع Retention Desktop (*{0} *.duckdb);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+8" />
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Retention Desktop projects (*{0})</source>
        <translation>مشاريع Retention Desktop (*{0})</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{0} already exists. Choose another name, or open it with File &gt; Open.</source>
        <translation>{0} موجود بالفعل. اختر اسمًا آخر، أو افتحه من «ملف &gt; فتح».</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Demo shop</source>
        <translation>المتجر التجريبي</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Could not build the demo shop: {0}</source>
        <translation>تعذّر إنشاء المتجر التجريبي: {0}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Preparing the demo shop…</source>
        <translation>جارٍ تجهيز المتجر التجريبي…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Import your own data</source>
        <translation>استيراد بياناتك</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your data goes into a project file of its own. Choose where to save it; then pick your CSV or Excel exports.</source>
        <translation>تُحفظ بياناتك في ملف مشروع خاص بها. اختر مكان حفظه، ثم اختر ملفات CSV أو Excel المصدَّرة من متجرك.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>(no recent projects)</source>
        <translation>(لا توجد مشاريع حديثة)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No project</source>
        <translation>لا يوجد مشروع</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../build/i18n/core_strings.py" line="+92" />
        <source>DEMO</source>
        <translation>تجريبي</translation>
    </message>
    <message>
        <location line="+2" />
        <source>read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <location line="+50" />
        <source>About {0}</source>
        <translation>حول {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Offline retention analytics for small shops: cohorts, retention, customer value, A/B tests and a printable KPI summary.&lt;/p&gt;&lt;p&gt;Your data never leaves this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;تحليلات الاحتفاظ بالعملاء دون اتصال بالإنترنت للمتاجر الصغيرة: الأفواج، والاحتفاظ، وقيمة العميل، واختبارات A/B، وملخص مؤشرات أداء قابل للطباعة.&lt;/p&gt;&lt;p&gt;لا تغادر بياناتك هذا الحاسوب أبدًا.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Shop name</source>
        <translation>اسم المتجر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name on the report, in exported file names and the title bar
(leave empty to use the file name):</source>
        <translation>الاسم في التقرير وأسماء الملفات المصدَّرة وشريط العنوان
(اتركه فارغًا لاستخدام اسم الملف):</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This tab has nothing to export. Use the Export buttons above tables and charts.</source>
        <translation>لا يوجد في علامة التبويب هذه ما يمكن تصديره. استخدم أزرار «تصدير» فوق الجداول والرسوم البيانية.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Error: {0}</source>
        <translation>خطأ: {0}</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../retention_desktop/ui/dialogs/mapping_dialog.py" line="+42" />
        <source>Check the columns before importing</source>
        <translation>تحقق من الأعمدة قبل الاستيراد</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Orders / invoices</source>
        <translation>الطلبات / الفواتير</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+19" />
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location line="-18" />
        <source>Sessions / activity</source>
        <translation>الجلسات / النشاط</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A/B assignments</source>
        <translation>تعيينات A/B</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Marketing spend</source>
        <translation>الإنفاق التسويقي</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Survey (NPS/CSAT)</source>
        <translation>الاستبيان (NPS/CSAT)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What is in them</source>
        <translation>محتواها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recognised as</source>
        <translation>تم التعرف عليه كـ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date format</source>
        <translation>صيغة التاريخ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Encoding / separator</source>
        <translation>الترميز / الفاصل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Header row</source>
        <translation>صف العناوين</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Privacy</source>
        <translation>الخصوصية</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Column in your file</source>
        <translation>العمود في ملفك</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Use as</source>
        <translation>الاستخدام كـ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Detected by</source>
        <translation>اكتُشف بواسطة</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Lines</source>
        <translation>الأسطر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <location line="+2" />
        <source>First orders as they will be stored</source>
        <translation>الطلبات الأولى كما ستُحفظ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>First rows of the file</source>
        <translation>الصفوف الأولى من الملف</translation>
    </message>
    <message>
        <location line="+225" />
        <source>export layout</source>
        <translation>تنسيق التصدير</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Choose which column is the {0} (in “Use as”).</source>
        <translation>اختر العمود الذي يمثّل «{0}» (في «الاستخدام كـ»).</translation>
    </message>
    <message>
        <location line="-269" />
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Warnings</source>
        <translation>التحذيرات</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Pseudonymise customer ids, e-mails and phone numbers</source>
        <translation>استبدال معرّفات العملاء وعناوين البريد الإلكتروني وأرقام الهواتف بأسماء مستعارة</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This project already stores pseudonymised customers, so this import is pseudonymised too: mixing real and pseudonymised ids would split each customer in two.</source>
        <translation>يحفظ هذا المشروع العملاء بأسماء مستعارة من قبل، لذا يُستبدل هذا الاستيراد أيضًا بأسماء مستعارة: فخلط المعرّفات الحقيقية والمستعارة سيقسم كل عميل إلى عميلين.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only a salted hash of each value is stored; this cannot be undone. The salt stays in this project, so the same customer still matches across imports.</source>
        <translation>لا يُحفظ من كل قيمة إلا تجزئة مملّحة، ولا يمكن التراجع عن ذلك. يبقى الملح في هذا المشروع، لذا يظل العميل نفسه مطابقًا عبر عمليات الاستيراد.</translation>
    </message>
    <message>
        <location line="+17" />
        <source> and {0} more</source>
        <translation> و{0} أخرى</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Detected from the data. Day and month could not be told apart: please check.</source>
        <translation>اكتُشف من البيانات. تعذّر التمييز بين اليوم والشهر: يُرجى التحقق.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Detected from the data.</source>
        <translation>اكتُشف من البيانات.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>comma</source>
        <translation>فاصلة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>semicolon</source>
        <translation>فاصلة منقوطة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>tab</source>
        <translation>مسافة جدولة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>pipe</source>
        <translation>خط عمودي</translation>
    </message>
    <message>
        <location line="+0" />
        <source>spaces</source>
        <translation>مسافات</translation>
    </message>
    <message>
        <location line="+5" />
        <source>no header: columns are numbered</source>
        <translation>بلا عناوين: الأعمدة مرقّمة</translation>
    </message>
    <message>
        <location line="+2" />
        <source>yes, row {0}</source>
        <translation>نعم، الصف {0}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+4" />
        <source>no known shop export: columns detected from their names and contents</source>
        <translation>ليس تصديرًا معروفًا لمتجر: اكتُشفت الأعمدة من أسمائها ومحتواها</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The dates could be day-first or month-first; check the date format above.</source>
        <translation>قد تكون التواريخ باليوم أولًا أو بالشهر أولًا؛ تحقق من صيغة التاريخ أعلاه.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No column is used for the customer: every order will count as a guest order.</source>
        <translation>لا يُستخدم أي عمود للعميل: ستُحتسب كل الطلبات طلبات زوّار.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0} rows have no customer id: they will count as guest orders.</source>
        <translation>{0} صفًا بلا معرّف عميل: ستُحتسب طلبات زوّار.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No warnings.</source>
        <translation>لا توجد تحذيرات.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>guest</source>
        <translation>زائر</translation>
    </message>
    <message>
        <location line="+2" />
        <source>return</source>
        <translation>مرتجع</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cancellation</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No orders yet: see below what is missing.</source>
        <translation>لا طلبات بعد: انظر أدناه ما ينقص.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No order could be read from the first rows.</source>
        <translation>تعذّرت قراءة أي طلب من الصفوف الأولى.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the amounts look right: this is what the import will store.</source>
        <translation>تحقّق من صحة المبالغ: هذا ما سيحفظه الاستيراد.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{0} (named in the file; kept with the project)</source>
        <translation>{0} (مذكورة في الملف؛ تُحفظ مع المشروع)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>not named in the file: set it in Settings if you want it shown with amounts</source>
        <translation>غير مذكورة في الملف: حدّدها في الإعدادات إن أردت ظهورها مع المبالغ</translation>
    </message>
    <message>
        <location line="+10" />
        <source>no customer column: every order is a guest order</source>
        <translation>لا يوجد عمود للعميل: كل الطلبات طلبات زوّار</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0} “{1}”</source>
        <translation>{0} «{1}»</translation>
    </message>
    <message>
        <location line="+2" />
        <source>recognised by {0}</source>
        <translation>يُتعرّف عليهم بـ {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>, else </source>
        <translation>، وإلا </translation>
    </message>
    <message>
        <location line="+14" />
        <source>(keep as extra column)</source>
        <translation>(الاحتفاظ كعمود إضافي)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>header name</source>
        <translation>اسم العنوان</translation>
    </message>
    <message>
        <location line="+0" />
        <source>content</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <location line="+1" />
        <source>saved mapping</source>
        <translation>تعيين محفوظ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>you</source>
        <translation>أنت</translation>
    </message>
    <message>
        <location line="+64" />
        <source>{0} is chosen for more than one column</source>
        <translation>اختير {0} لأكثر من عمود</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This file has no data rows: there is nothing to import.</source>
        <translation>لا يحتوي هذا الملف على صفوف بيانات: لا شيء للاستيراد.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No orders can be built with these columns: {0}</source>
        <translation>لا يمكن بناء طلبات بهذه الأعمدة: {0}</translation>
    </message>
    <message>
        <location line="+51" />
        <source>These files hold no customer ids, e-mails or phone numbers.</source>
        <translation>لا تحتوي هذه الملفات على معرّفات عملاء أو عناوين بريد إلكتروني أو أرقام هواتف.</translation>
    </message>
</context>
<context>
    <name>NpsPage</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/segments_panels.py" line="-137" />
        <source>NPS and CSAT by cohort and segment</source>
        <translation>NPS وCSAT حسب الفوج والشريحة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repeat rate by NPS group</source>
        <translation>معدل تكرار الشراء حسب مجموعة NPS</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Import a survey file (customer, date, score) to see NPS and CSAT here.</source>
        <translation>استورد ملف استبيان (العميل، التاريخ، الدرجة) لعرض NPS وCSAT هنا.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>No survey answers.</source>
        <translation>لا توجد إجابات استبيان.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>NPS {0} [{1} to {2}] from {3} answers</source>
        <translation>NPS {0} [من {1} إلى {2}] من {3} إجابة</translation>
    </message>
    <message>
        <location line="+5" />
        <source>CSAT {0} of 5, top-2-box {1} ({2} answers)</source>
        <translation>CSAT {0} من ٥، أعلى خيارين {1} ({2} إجابة)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Promoters</source>
        <translation>المروّجون</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Passives</source>
        <translation>المحايدون</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Detractors</source>
        <translation>المنتقدون</translation>
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
        <translation>معدل تكرار الشراء حسب مجموعة NPS (المروّجون مقابل المنتقدين: {0})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Repeat purchase rate</source>
        <translation>معدل تكرار الشراء</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No respondents who are customers.</source>
        <translation>لا يوجد مستجيبون من العملاء.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/overview_tab.py" line="+40" />
        <location line="+22" />
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location line="-22" />
        <location line="+21" />
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location line="-20" />
        <location line="+20" />
        <source>Revenue</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <location line="-20" />
        <location line="+23" />
        <source>Average order value</source>
        <translation>متوسط قيمة الطلب</translation>
    </message>
    <message>
        <location line="-22" />
        <source>Repeat purchase rate</source>
        <translation>معدل تكرار الشراء</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Returning-customer rate</source>
        <translation>معدل العملاء العائدين</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Orders per customer</source>
        <translation>الطلبات لكل عميل</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Trend per period</source>
        <translation>الاتجاه لكل فترة</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New customers</source>
        <translation>العملاء الجدد</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Show:</source>
        <translation>عرض:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Customer lifecycle per period</source>
        <translation>دورة حياة العميل لكل فترة</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Computing the overview…</source>
        <translation>جارٍ حساب النظرة العامة…</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/viewmodels/overview.py" line="+100" />
        <source>No customers match the current filters. Widen the period or clear filters in the bar above.</source>
        <translation>لا يوجد عملاء يطابقون عوامل التصفية الحالية. وسّع الفترة أو امسح عوامل التصفية في الشريط أعلاه.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No orders to show: import your exports on the Data tab, or widen the period.</source>
        <translation>لا توجد طلبات لعرضها: استورد ملفاتك من علامة التبويب «البيانات» أو وسّع الفترة.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Not enough history to compare</source>
        <translation>لا يوجد سجل كافٍ للمقارنة</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/tabs/overview_tab.py" line="+43" />
        <location line="+20" />
        <source>No orders in this period.</source>
        <translation>لا توجد طلبات في هذه الفترة.</translation>
    </message>
    <message>
        <location line="-10" />
        <source>(period not complete)</source>
        <translation>(الفترة غير مكتملة)</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+21" />
        <source>New</source>
        <translation>جدد</translation>
    </message>
    <message>
        <location line="-19" />
        <location line="+22" />
        <source>Resurrected</source>
        <translation>عائدون</translation>
    </message>
    <message>
        <location line="-19" />
        <source>Quick ratio</source>
        <translation>النسبة السريعة</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CRR (E−N)/S0</source>
        <translation>معدل الاحتفاظ (E−N)/S0</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Churned</source>
        <translation>متسرّب</translation>
    </message>
    <message>
        <location line="-153" />
        <location line="+154" />
        <source>Churn rate</source>
        <translation>معدل التسرب</translation>
    </message>
    <message>
        <location line="-155" />
        <source>Time to second purchase</source>
        <translation>الوقت حتى الشراء الثاني</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+153" />
        <source>Retention rate</source>
        <translation>معدل الاحتفاظ</translation>
    </message>
    <message>
        <location line="-118" />
        <source>Retention and churn per period</source>
        <translation>الاحتفاظ والتسرب لكل فترة</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/viewmodels/overview.py" line="+19" />
        <source>Of the customers active at the start of {0}, {1} were still active at its end.</source>
        <translation>من العملاء النشطين في بداية {0}، كان {1} ما زالوا نشطين في نهايتها.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Of the customers active at the start of {0}, {1} were no longer active at its end.</source>
        <translation>من العملاء النشطين في بداية {0}، لم يعد {1} نشطين في نهايتها.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Of the customers who bought in {0}, {1} bought more than once in it.</source>
        <translation>من العملاء الذين اشتروا في {0}، اشترى {1} أكثر من مرة فيها.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Half of the customers who first bought in {0} bought again within {1} (followed to the data end).</source>
        <translation>نصف العملاء الذين اشتروا أول مرة في {0} اشتروا مجددًا خلال {1} (مع المتابعة حتى نهاية البيانات).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{1} customers bought in {0}.</source>
        <translation>اشترى {1} عميلًا في {0}.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Came back within {0} days: {1} of {2} followed that long.</source>
        <translation>عادوا خلال {0} يومًا: {1} من {2} عميلًا تمت متابعتهم هذه المدة.</translation>
    </message>
    <message>
        <location line="-78" />
        <source>too few</source>
        <translation>قليل جدًا</translation>
    </message>
    <message>
        <location line="-18" />
        <source>{0} – {1} ({2} days)</source>
        <translation>{0} – {1} ({2} يومًا)</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+186" />
        <source>not enough history</source>
        <translation>لا يوجد سجل كافٍ</translation>
    </message>
    <message>
        <location line="-184" />
        <source>too early to tell</source>
        <translation>من المبكر الحكم</translation>
    </message>
    <message>
        <location line="+2" />
        <source>under half came back</source>
        <translation>عاد أقل من النصف</translation>
    </message>
    <message>
        <location line="+7" />
        <source>no first-time buyers in this period</source>
        <extracomment>Why a card has no value when nobody is behind it in the headline period (by the customers it rests on, :data:`BASE_OF`).</extracomment>
        <translation>لا مشترين جدد في هذه الفترة</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+2" />
        <source>nobody was active at the start of this period</source>
        <translation>لم يكن أي عميل نشطًا في بداية هذه الفترة</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no customers in this period</source>
        <translation>لا عملاء في هذه الفترة</translation>
    </message>
    <message>
        <location line="+12" />
        <source>not enough time has passed to see second orders</source>
        <translation>لم يمضِ وقت كافٍ لرؤية الطلبات الثانية</translation>
    </message>
    <message>
        <location line="+4" />
        <source>only {0} customer (minimum {1})</source>
        <translation>{0} عميل فقط (الحد الأدنى {1})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>only {0} customers (minimum {1})</source>
        <translation>{0} عملاء فقط (الحد الأدنى {1})</translation>
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
        <translation>{0} نقطة مئوية</translation>
    </message>
    <message>
        <location line="+71" />
        <source>Jalali calendar</source>
        <translation>التقويم الجلالي</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gregorian calendar</source>
        <translation>التقويم الميلادي</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0} (not finished)</source>
        <translation>{0} (لم تنتهِ)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cards show {0} ({1}); changes compare it with {2}.</source>
        <translation>تعرض البطاقات {0} ({1})؛ وتُقارن التغيّرات بـ {2}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cards show {0} ({1}); no earlier period to compare with.</source>
        <translation>تعرض البطاقات {0} ({1})؛ لا توجد فترة سابقة للمقارنة.</translation>
    </message>
    <message>
        <location line="+66" />
        <source>CRR above {0}: {1} lapsed customer came back</source>
        <translation>CRR فوق {0}: عاد {1} من العملاء المنقطعين</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CRR above {0}: {1} lapsed customers came back</source>
        <translation>CRR فوق {0}: عاد {1} من العملاء المنقطعين</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/tabs/overview_tab.py" line="+96" />
        <source>Continuing</source>
        <translation>مستمرّون</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Dormant</source>
        <translation>خاملون</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/viewmodels/overview.py" line="-8" />
        <source>not finished</source>
        <translation>لم تنتهِ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>too few customers (under {0})</source>
        <translation>عملاء قليلون جدًا (أقل من {0})</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/tabs/overview_tab.py" line="+16" />
        <source>Active at start</source>
        <translation>نشطون في البداية</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Active at end</source>
        <translation>نشطون في النهاية</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retained</source>
        <translation>محتفَظ بهم</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No periods in the selected range.</source>
        <translation>لا توجد فترات في النطاق المحدد.</translation>
    </message>
</context>
<context>
    <name>PlannerPage</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/abtest_planner.py" line="+55" />
        <source>Plan a test</source>
        <translation>خطط لاختبار</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Effect is relative to the baseline</source>
        <translation>الأثر نسبي إلى خط الأساس</translation>
    </message>
    <message>
        <location line="+9" />
        <source>One-sided (only a rise matters)</source>
        <translation>أحادي الطرف (الزيادة فقط مهمة)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use my shop's new customers per day</source>
        <translation>استخدم عدد العملاء الجدد يوميًا في متجري</translation>
    </message>
    <message>
        <location line="+7" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Baseline rate (control)</source>
        <translation>معدل الأساس (الضابطة)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Smallest effect worth detecting</source>
        <translation>أصغر أثر يستحق الاكتشاف</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Significance level (alpha)</source>
        <translation>مستوى الدلالة (ألفا)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Power</source>
        <translation>القوة الإحصائية</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Variants (incl. control)</source>
        <translation>النسخ (مع الضابطة)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Customers entering per day</source>
        <translation>العملاء الداخلون يوميًا</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Customers I have per variant</source>
        <translation>العملاء المتاحون لي لكل نسخة</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Add to test plans</source>
        <translation>إضافة إلى خطط الاختبارات</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Customers per variant</source>
        <translation>العملاء لكل نسخة</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Detectable lift (%)</source>
        <translation>التحسن القابل للاكتشاف (٪)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Smallest detectable lift by test size</source>
        <translation>أصغر تحسن قابل للاكتشاف حسب حجم الاختبار</translation>
    </message>
    <message>
        <location line="+21" />
        <source>{0} new customers per day over the last 90 days</source>
        <translation>{0} عميل جديد يوميًا خلال آخر ٩٠ يومًا</translation>
    </message>
    <message>
        <location line="+27" />
        <source>You need {0} customers per variant ({1} in total) to detect {2} → {3}.</source>
        <translation>تحتاج إلى {0} عميل لكل نسخة ({1} إجمالًا) لاكتشاف {2} ← {3}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>At {0} customers a day that takes about {1} days.</source>
        <translation>بمعدل {0} عميل يوميًا يستغرق ذلك نحو {1} يوم.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Formula: Evan Miller's sample size (rounded). With the pooled variance (as statsmodels computes it): {0} per variant.</source>
        <translation>الصيغة: حجم عينة إيفان ميلر (مقرّب). مع التباين المجمّع (كما يحسبه statsmodels): {0} لكل نسخة.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>With {0} variants each comparison uses alpha = {1} (Bonferroni).</source>
        <translation>مع {0} نسخ تستخدم كل مقارنة ألفا = {1} (بونفيروني).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>With {0} customers per variant you can detect a change of {1} points ({2} relative).</source>
        <translation>مع {0} عميل لكل نسخة يمكنك اكتشاف تغيّر قدره {1} نقطة ({2} نسبيًا).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>With {0} customers per variant no realistic change can be detected.</source>
        <translation>مع {0} عميل لكل نسخة لا يمكن اكتشاف أي تغيّر واقعي.</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/abtest_plans.py" line="+47" />
        <source>Concept</source>
        <translation>الفكرة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Target metric</source>
        <translation>المؤشر المستهدف</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Expected lift</source>
        <translation>التحسن المتوقع</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sample size / variant</source>
        <translation>حجم العينة / النسخة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Risks</source>
        <translation>المخاطر</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Experiment</source>
        <translation>التجربة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assigned</source>
        <translation>المعيَّنون</translation>
    </message>
    <message>
        <location line="+11" />
        <source>New plan</source>
        <translation>خطة جديدة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New test</source>
        <translation>اختبار جديد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show results</source>
        <translation>عرض النتائج</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Statuses: {0}. Expected lift is relative (10% = a tenth better than the baseline); the sample size per variant is computed from it and the baseline. Name the experiment as it appears in your assignments file to link results.</source>
        <translation>الحالات: {0}. التحسن المتوقع نسبي (١٠٪ = أفضل بعُشر من خط الأساس)؛ ويُحسب حجم العينة لكل نسخة منه ومن خط الأساس. سمِّ التجربة كما تظهر في ملف التعيينات لربط النتائج.</translation>
    </message>
    <message>
        <location line="+31" />
        <location line="+32" />
        <source>Open a project to keep a table of planned tests.</source>
        <translation>افتح مشروعًا للاحتفاظ بجدول الاختبارات المخططة.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Export test plans</source>
        <translation>تصدير خطط الاختبارات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Test plans</source>
        <translation>خطط الاختبار</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>مصنف Excel (*.xlsx);;ملف CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ProductFilterButton</name>
    <message>
        <location filename="../../retention_desktop/ui/product_filter.py" line="+101" />
        <source>Only customers whose first order contained a product, or who ever bought it (from the product lines of the imported orders)</source>
        <translation>فقط العملاء الذين تضمّن طلبهم الأول منتجًا ما أو اشتروه يومًا ما (من بنود الطلبات المستوردة)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Any product</source>
        <translation>أي منتج</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Number in brackets: customers whose first order contained the product</source>
        <translation>الرقم بين القوسين: العملاء الذين احتوى طلبهم الأول على المنتج</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Number in brackets: customers who ever bought the product</source>
        <translation>الرقم بين القوسين: العملاء الذين اشتروا المنتج في أي وقت</translation>
    </message>
    <message>
        <location line="+38" />
        <source>First order had: {0}</source>
        <translation>الطلب الأول: {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bought: {0}</source>
        <translation>اشترى: {0}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Product: all</source>
        <translation>المنتج: الكل</translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="-115" />
        <source>All new customers</source>
        <translation>جميع العملاء الجدد</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/products_tab.py" line="+191" />
        <source>Products</source>
        <extracomment>Unicode first-strong isolate / pop directional isolate: a name keeps its own direction (a Persian name with digits reads as in fa even in an English chart). Narrowest the name column gets when the table must fit the screen (elided, tooltip).</extracomment>
        <translation>المنتجات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0} days</source>
        <translation>{0} يوم</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Repeat within this many days of the first order; only customers whose first order is at least this long before the data end count</source>
        <translation>الشراء مجددًا خلال هذه الأيام من الطلب الأول؛ لا يُحسب إلا العملاء الذين سبق طلبهم الأول نهاية البيانات بهذه المدة على الأقل</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export reorder list…</source>
        <translation>تصدير قائمة إعادة الطلب…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Customers who bought the selected product (all products when none is selected) once and have not bought it again within its usual reorder interval, as CSV or Excel for an SMS or e-mail campaign</source>
        <translation>العملاء الذين اشتروا المنتج المحدد (كل المنتجات إن لم يُحدَّد شيء) مرة واحدة ولم يشتروه مجددًا خلال مدة إعادة الطلب المعتادة، بصيغة CSV أو Excel لحملة رسائل قصيرة أو بريد إلكتروني</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Group by:</source>
        <translation>التجميع حسب:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Came back within:</source>
        <translation>العودة خلال:</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+235" />
        <source>First-order products, best repeat rate first</source>
        <translation>منتجات الطلب الأول، الأعلى في معدل الشراء المتكرر أولًا</translation>
    </message>
    <message>
        <location line="-230" />
        <location line="+231" />
        <source>Repeat rate by first-order product; whiskers: the range the verdict uses; dashed: shop average</source>
        <translation>معدل تكرار الشراء حسب منتج الطلب الأول؛ الخطوط العمودية: المدى الذي يعتمد عليه الحكم؛ المتقطع: متوسط المتجر</translation>
    </message>
    <message>
        <location line="-213" />
        <location line="+224" />
        <source>Select a product in the table to see how often its buyers buy it again and what they buy next.</source>
        <translation>اختر منتجًا في الجدول لترى كم مرة يشتريه مشتروه مجددًا وماذا يشترون بعده.</translation>
    </message>
    <message>
        <location line="-182" />
        <source>Computing products…</source>
        <translation>جارٍ حساب المنتجات…</translation>
    </message>
    <message>
        <location line="+113" />
        <source>No product has enough customers to draw.</source>
        <translation>لا يوجد منتج بعدد عملاء كافٍ للرسم.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Came back within {0} days</source>
        <translation>عادوا خلال {0} يوم</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Shop average</source>
        <translation>متوسط المتجر</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reading the product's repurchases…</source>
        <translation>جارٍ قراءة عمليات إعادة شراء المنتج…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>None of them came back yet.</source>
        <translation>لم يعد أحد منهم بعد.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>First-order categories, best repeat rate first</source>
        <translation>فئات الطلب الأول، الأعلى في معدل الشراء المتكرر أولًا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repeat rate by first-order category; whiskers: the range the verdict uses; dashed: shop average</source>
        <translation>معدل الشراء المتكرر حسب فئة الطلب الأول؛ الشوارب: النطاق الذي يعتمده الحكم؛ المتقطع: متوسط المتجر</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Select a category in the table to see how often its buyers buy from it again and what they buy next.</source>
        <translation>اختر فئة في الجدول لترى كم مرة يشتري مشتروها منها مجددًا وماذا يشترون بعدها.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>all products</source>
        <translation>كل المنتجات</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export reorder list</source>
        <translation>تصدير قائمة إعادة الطلب</translation>
    </message>
    <message>
        <location line="+0" />
        <source>reorder {0}</source>
        <translation>إعادة طلب {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excel workbook (*.xlsx);;CSV, comma separated (*.csv)</source>
        <translation>مصنف Excel (*.xlsx);;CSV، مفصول بفواصل (*.csv)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Could not write {0}: {1}</source>
        <translation>تعذّرت كتابة {0}: {1}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Writing the reorder list…</source>
        <translation>جارٍ كتابة قائمة إعادة الطلب…</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../retention_desktop/ui/report/page.py" line="+196" />
        <source>no previous period</source>
        <translation>لا توجد فترة سابقة</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{0} {1} pts vs {2}</source>
        <translation>{0} {1} نقطة مئوية مقارنة بـ {2}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} {1} vs {2}</source>
        <translation>{0} {1} مقارنة بـ {2}</translation>
    </message>
    <message>
        <location line="+51" />
        <source>previous</source>
        <translation>الفترة السابقة</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Customer retention summary</source>
        <translation>ملخص الاحتفاظ بالعملاء</translation>
    </message>
    <message>
        <location line="+4" />
        <source>no data</source>
        <translation>لا توجد بيانات</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Jalali calendar</source>
        <translation>التقويم الجلالي</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gregorian calendar</source>
        <translation>التقويم الميلادي</translation>
    </message>
    <message>
        <location line="+8" />
        <location filename="../../build/i18n/core_strings.py" line="+111" />
        <source>none (all customers)</source>
        <translation>لا شيء (جميع العملاء)</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Continuing</source>
        <translation>مستمرّون</translation>
    </message>
    <message>
        <location line="+71" />
        <source>* customers already active when the data starts (not new customers; left out of the mean). Unfinished periods are left blank.</source>
        <translation>* عملاء نشطون مسبقًا عند بدء البيانات (ليسوا عملاء جددًا؛ مستبعدون من المتوسط). تُركت الفترات غير المنتهية فارغة.</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+96" />
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <location line="-96" />
        <location line="+96" />
        <location filename="../../retention_desktop/ui/report/products_section.py" line="+64" />
        <location filename="../../build/i18n/core_strings.py" line="-73" />
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location line="-96" />
        <location line="+96" />
        <location filename="../../build/i18n/core_strings.py" line="+1" />
        <source>Repeat purchase rate</source>
        <translation>معدل تكرار الشراء</translation>
    </message>
    <message>
        <location line="-95" />
        <location line="+96" />
        <location filename="../../build/i18n/core_strings.py" line="+1" />
        <source>Revenue per customer</source>
        <translation>الإيراد لكل عميل</translation>
    </message>
    <message>
        <location line="-66" />
        <source>Definitions used on this page</source>
        <translation>التعريفات المستخدمة في هذه الصفحة</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../build/i18n/core_strings.py" line="+27" />
        <source>net of returns</source>
        <translation>صافي بعد خصم المرتجعات</translation>
    </message>
    <message>
        <location line="+0" />
        <source>gross (returns ignored)</source>
        <translation>إجمالي (دون احتساب المرتجعات)</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Appendix: segments, {0}</source>
        <translation>ملحق: الشرائح، {0}</translation>
    </message>
    <message>
        <location line="+26" />
        <source>{0}: already active when the data starts</source>
        <translation>{0}: نشطون مسبقًا عند بدء البيانات</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{0} (not enough history)</source>
        <translation>{0} (لا يوجد سجل كافٍ)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{0} (not finished)</source>
        <translation>{0} (لم تنتهِ)</translation>
    </message>
    <message>
        <location line="-404" />
        <location filename="../../build/i18n/core_strings.py" line="-40" />
        <source>days</source>
        <translation>يوم</translation>
    </message>
    <message>
        <location line="+223" />
        <source>Cohort retention (share ordering in month k)</source>
        <translation>الاحتفاظ حسب الفوج (نسبة من طلبوا في الشهر k)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Retention curve: mean and each cohort</source>
        <translation>منحنى الاحتفاظ: المتوسط وكل فوج</translation>
    </message>
    <message>
        <location line="-67" />
        <source>Customers per month: lifecycle</source>
        <translation>العملاء شهريًا: دورة الحياة</translation>
    </message>
    <message>
        <location line="-161" />
        <location line="+264" />
        <location line="+141" />
        <location filename="../../build/i18n/core_strings.py" line="+37" />
        <source>too few</source>
        <translation>قليل جدًا</translation>
    </message>
    <message>
        <location line="-403" />
        <location filename="../../build/i18n/core_strings.py" line="+13" />
        <source>not enough history</source>
        <translation>لا يوجد سجل كافٍ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>fewer than half came back yet</source>
        <translation>عاد أقل من النصف حتى الآن</translation>
    </message>
    <message>
        <location line="+22" />
        <source>only {0} customers (minimum {1})</source>
        <translation>{0} عملاء فقط (الحد الأدنى {1})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the prediction model does not fit this shop</source>
        <translation>نموذج التنبؤ لا يلائم هذا المتجر</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{0}: too few to compare</source>
        <translation>{0}: قليل جدًا للمقارنة</translation>
    </message>
    <message>
        <location line="+131" />
        <location filename="../../build/i18n/core_strings.py" line="-42" />
        <source>Dormant</source>
        <translation>خاملون</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Latest A/B tests</source>
        <translation>أحدث اختبارات A/B</translation>
    </message>
    <message>
        <location line="+154" />
        <location filename="../../build/i18n/core_strings.py" line="-5" />
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../build/i18n/core_strings.py" line="+54" />
        <source>Churn rate</source>
        <translation>معدل التسرب</translation>
    </message>
    <message>
        <location line="+11" />
        <location filename="../../build/i18n/core_strings.py" line="-42" />
        <source>Share of spend</source>
        <translation>حصة الإنفاق</translation>
    </message>
    <message>
        <location line="-189" />
        <location filename="../../build/i18n/core_strings.py" line="-10" />
        <source>New</source>
        <translation>جدد</translation>
    </message>
    <message>
        <location line="-279" />
        <source>{0} – KPI summary</source>
        <translation>{0} – ملخص مؤشرات الأداء</translation>
    </message>
    <message>
        <location line="+117" />
        <source>too early to tell</source>
        <translation>من المبكر الحكم</translation>
    </message>
    <message>
        <location line="+6" />
        <source>no first-time buyers in this period</source>
        <translation>لا مشترين جدد في هذه الفترة</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+2" />
        <source>nobody was active at the start of this period</source>
        <translation>لم يكن أي عميل نشطًا في بداية هذه الفترة</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no customers in this period</source>
        <translation>لا عملاء في هذه الفترة</translation>
    </message>
    <message>
        <location line="+3" />
        <source>not enough time has passed to see second orders</source>
        <translation>لم يمضِ وقت كافٍ لرؤية الطلبات الثانية</translation>
    </message>
    <message>
        <location line="+3" />
        <source>only {0} customer (minimum {1})</source>
        <translation>{0} عميل فقط (الحد الأدنى {1})</translation>
    </message>
    <message>
        <location line="+29" />
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0}: fewer than half came back</source>
        <translation>{0}: عاد أقل من النصف</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{0}: no value to compare</source>
        <translation>{0}: لا توجد قيمة للمقارنة</translation>
    </message>
    <message>
        <location line="+53" />
        <source>DEMO DATA</source>
        <translation>بيانات تجريبية</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{0} (compared with {1})</source>
        <translation>{0} (مقارنةً بـ {1})</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Data: {0}   ·   Headline period: {1}</source>
        <translation>البيانات: {0}   ·   الفترة الرئيسية: {1}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Filters: {0}</source>
        <translation>عوامل التصفية: {0}</translation>
    </message>
    <message>
        <location line="+30" />
        <location line="+177" />
        <location filename="../../build/i18n/core_strings.py" line="+2" />
        <source>Resurrected</source>
        <translation>عائدون</translation>
    </message>
    <message>
        <location line="-170" />
        <source>Top segments by {0}, {1}</source>
        <translation>أفضل الشرائح حسب {0}، {1}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Top segments by {0}</source>
        <translation>أفضل الشرائح حسب {0}</translation>
    </message>
    <message>
        <location line="+21" />
        <source>lift {0}</source>
        <translation>التحسن {0}</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/report/products_section.py" line="-4" />
        <source>Products that bring customers back</source>
        <translation>المنتجات التي تعيد العملاء</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Products: none differs clearly from the shop</source>
        <translation>المنتجات: لا يختلف أي منها بوضوح عن المتجر</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../build/i18n/core_strings.py" line="+20" />
        <source>First-order product</source>
        <translation>منتج الطلب الأول</translation>
    </message>
    <message>
        <location line="+2" />
        <source>within {0} days</source>
        <translation>خلال {0} يوم</translation>
    </message>
    <message>
        <location line="+2" />
        <source>range for all {0}</source>
        <translation>المدى للكل {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>range vs shop</source>
        <translation>النطاق مقابل المتجر</translation>
    </message>
    <message>
        <location line="+4" />
        <source>All new customers</source>
        <translation>جميع العملاء الجدد</translation>
    </message>
    <message>
        <location line="+18" />
        <source>{0} of {1} products shown; all in the Products tab / metrics products</source>
        <translation>عُرض {0} من {1} منتجًا؛ جميعها في تبويب المنتجات / metrics products</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/report/page.py" line="+31" />
        <source>Retention curve of each cohort (too few cohorts for a mean)</source>
        <translation>منحنى الاحتفاظ لكل فوج (الأفواج أقل من أن يُحسب لها متوسط)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>{0} did better than {1}; unlikely to be chance (p = {2})</source>
        <translation>كان أداء {0} أفضل من {1}؛ من غير المرجح أن يكون ذلك صدفة (p = {2})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0} did worse than {1}; unlikely to be chance (p = {2})</source>
        <translation>كان أداء {0} أسوأ من {1}؛ من غير المرجح أن يكون ذلك صدفة (p = {2})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>not enough evidence yet (p = {0})</source>
        <translation>لا توجد أدلة كافية بعد (p = {0})</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Revenue: {0}.  Active customer: ordered in the last {1} days.</source>
        <translation>الإيرادات: {0}.  العميل النشط: طلب خلال آخر {1} يومًا.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Generated on {0} from {1}</source>
        <translation>أُنشئ في {0} من {1}</translation>
    </message>
    <message>
        <location line="+15" />
        <location filename="../../build/i18n/core_strings.py" line="+32" />
        <source>Cohort</source>
        <translation>الفوج</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../build/i18n/core_strings.py" line="+1" />
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Appendix: cohort table</source>
        <translation>ملحق: جدول الأفواج</translation>
    </message>
    <message>
        <location line="+2" />
        <source>* already active when the data starts; not in the mean</source>
        <translation>* نشطون قبل بداية البيانات؛ غير داخلين في المتوسط</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../build/i18n/core_strings.py" line="-8" />
        <source>Active at start (S0)</source>
        <translation>نشطون في البداية (S0)</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../build/i18n/core_strings.py" line="+1" />
        <source>New (N)</source>
        <translation>جدد (N)</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../build/i18n/core_strings.py" line="+1" />
        <source>Active at end (E)</source>
        <translation>نشطون في النهاية (E)</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../build/i18n/core_strings.py" line="+1" />
        <source>Retained (R)</source>
        <translation>محتفَظ بهم (R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retention rate</source>
        <translation>معدل الاحتفاظ</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Appendix: CRR table (S0 / N / E)</source>
        <translation>ملحق: جدول معدل الاحتفاظ (S0 / N / E)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Appendix: segments</source>
        <translation>ملحق: الشرائح</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="-58" />
        <source>rate</source>
        <translation>معدل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>money</source>
        <translation>مال</translation>
    </message>
    <message>
        <location line="+1" />
        <source>count</source>
        <translation>عدد</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ratio</source>
        <translation>نسبة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>score</source>
        <translation>درجة</translation>
    </message>
    <message>
        <location line="+2" />
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Continuing customers</source>
        <translation>العملاء المستمرون</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Dimension</source>
        <translation>البُعد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location line="+4" />
        <source>CRR</source>
        <translation>معدل الاحتفاظ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Experiment</source>
        <translation>التجربة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Control</source>
        <translation>المجموعة الضابطة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Variant</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Control rate</source>
        <translation>معدل المجموعة الضابطة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Variant rate</source>
        <translation>معدل النسخة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lift %</source>
        <translation>التحسّن ٪</translation>
    </message>
    <message>
        <location line="+1" />
        <source>p-value</source>
        <translation>قيمة p</translation>
    </message>
    <message>
        <location line="+1" />
        <source>P(variant beats control)</source>
        <translation>احتمال تفوق النسخة على الضابطة</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/report/products_section.py" line="-21" />
        <location filename="../../build/i18n/core_strings.py" line="+1" />
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="+2" />
        <source>Observed customers</source>
        <translation>العملاء المرصودون</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repeat within 90 days</source>
        <translation>الشراء مجددًا خلال ٩٠ يومًا</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Difference from the shop</source>
        <translation>الفرق عن المتجر</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no clear difference</source>
        <translation>لا فرق واضح</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Customers behind it</source>
        <translation>عدد العملاء وراء الرقم</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(already active when the data starts; not in the mean)</source>
        <translation>(نشطون قبل بداية البيانات؛ غير داخلين في المتوسط)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>gross</source>
        <translation>إجمالي</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>README</source>
        <translation>اقرأني</translation>
    </message>
    <message>
        <location line="+1" />
        <source>KPI</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Previous period</source>
        <translation>الفترة السابقة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change</source>
        <translation>التغيّر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>KPIs</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not finished</source>
        <translation>غير مكتملة</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Retention rate R/S0</source>
        <translation>معدل الاحتفاظ R/S0</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CRR (E-N)/S0</source>
        <translation>معدل الاحتفاظ (E-N)/S0</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Jalali</source>
        <translation>هجري شمسي</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not known</source>
        <translation>غير معروفة</translation>
    </message>
    <message>
        <location line="-24" />
        <source>Cohorts</source>
        <translation>الأفواج</translation>
    </message>
    <message>
        <location line="-31" />
        <source>Range vs shop, low (all products together)</source>
        <translation>المدى مقابل المتجر، الأدنى (كل المنتجات معًا)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Range vs shop, high (all products together)</source>
        <translation>المدى مقابل المتجر، الأعلى (كل المنتجات معًا)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>more often</source>
        <translation>يعودون أكثر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>less often</source>
        <translation>يعودون أقل</translation>
    </message>
    <message>
        <location line="+2" />
        <source>all shown customers</source>
        <translation>كل العملاء المعروضين</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Lifecycle</source>
        <translation>دورة الحياة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Segments</source>
        <translation>الشرائح</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A-B tests</source>
        <translation>اختبارات A-B</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shop</source>
        <translation>المتجر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Generated</source>
        <translation>أُنشئ في</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data from</source>
        <translation>البيانات من</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data to</source>
        <translation>البيانات حتى</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Headline period</source>
        <translation>الفترة الرئيسية</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minimum customers per figure</source>
        <translation>الحد الأدنى من العملاء لكل رقم</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filters</source>
        <translation>عوامل التصفية</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revenue policy</source>
        <translation>سياسة الإيراد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activity window (days)</source>
        <translation>نافذة النشاط (بالأيام)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Definition</source>
        <translation>التعريف</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Formula</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>k={0}</source>
        <translation>k={0}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No product differs clearly from the shop.</source>
        <translation>لا يختلف أي منتج بوضوح عن المتجر.</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/report/page.py" line="-29" />
        <location filename="../../build/i18n/core_strings.py" line="-5" />
        <source>Weighted mean</source>
        <translation>المتوسط المرجّح</translation>
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
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Appendix pages</source>
        <translation>صفحات الملحق</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Products section</source>
        <translation>قسم المنتجات</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Print the first-order products that bring customers back (only for projects with product lines)</source>
        <translation>طباعة منتجات الطلب الأول التي تعيد العملاء (فقط للمشاريع التي تحتوي بنود منتجات)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>◀ Page</source>
        <translation>◀ الصفحة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page ▶</source>
        <translation>الصفحة ▶</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print preview…</source>
        <translation>معاينة الطباعة…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export PDF…</source>
        <translation>تصدير PDF…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export Excel…</source>
        <translation>تصدير Excel…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save page as PNG…</source>
        <translation>حفظ الصفحة كصورة PNG…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Paper:</source>
        <translation>الورق:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Open a project to see its report.</source>
        <translation>افتح مشروعًا لعرض تقريره.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Preparing the report…</source>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message>
        <location line="+105" />
        <location line="+4" />
        <source>KPI summary</source>
        <translation>ملخص مؤشرات الأداء</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Export Excel</source>
        <translation>تصدير Excel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Save page as PNG</source>
        <translation>حفظ الصفحة كصورة PNG</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file could not be written:</source>
        <translation>تعذّرت كتابة الملف:</translation>
    </message>
</context>
<context>
    <name>ScatterPanel</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/customers_widgets.py" line="-199" />
        <source>P(alive)</source>
        <translation>احتمال النشاط P(alive)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>CLV</source>
        <translation>قيمة العميل مدى الحياة</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Customer {0}
P(alive) {1}
CLV {2}</source>
        <translation>العميل {0}
P(alive) {1}
قيمة العميل مدى الحياة {2}</translation>
    </message>
</context>
<context>
    <name>SegmentsTab</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/segments_tab.py" line="+77" />
        <source>Other values are tested against this one</source>
        <translation>تُختبر القيم الأخرى مقابل هذه القيمة</translation>
    </message>
    <message>
        <location line="+4" />
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N of the N-day repeat and the window after a campaign's end</source>
        <translation>N في «التكرار خلال N يومًا» والنافذة بعد انتهاء الحملة</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Compare by:</source>
        <translation>المقارنة حسب:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Baseline:</source>
        <translation>خط الأساس:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>N:</source>
        <translation>N:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Side by side</source>
        <translation>جنبًا إلى جنب</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Campaigns after they end</source>
        <translation>الحملات بعد انتهائها</translation>
    </message>
    <message>
        <location line="+3" />
        <source>CAC and payback</source>
        <translation>تكلفة الاكتساب والاسترداد</translation>
    </message>
    <message>
        <location line="+3" />
        <source>What-if</source>
        <translation>ماذا لو</translation>
    </message>
    <message>
        <location line="+2" />
        <source>NPS and CSAT</source>
        <translation>NPS وCSAT</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Funnel and stickiness</source>
        <translation>القمع والالتصاق</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Each value of the dimension, as if filtered to it</source>
        <translation>كل قيمة من البُعد، كما لو صُفّيت البيانات عليها</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/tabs/segments_model.py" line="+122" />
        <location filename="../../retention_desktop/ui/tabs/segments_tab.py" line="+8" />
        <source>Repeat purchase rate</source>
        <translation>معدل تكرار الشراء</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/tabs/segments_tab.py" line="+2" />
        <source>N-day repeat</source>
        <translation>التكرار خلال N يومًا</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/tabs/segments_model.py" line="-40" />
        <location line="+48" />
        <source>baseline</source>
        <translation>الأساس</translation>
    </message>
    <message>
        <location line="-26" />
        <source>All (filtered)</source>
        <translation>الكل (بعد التصفية)</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+65" />
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <location line="-65" />
        <location line="+30" />
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location line="-30" />
        <source>Retention rate</source>
        <translation>معدل الاحتفاظ</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../retention_desktop/ui/tabs/segments_tab.py" line="+1" />
        <source>Churn rate</source>
        <translation>معدل التسرب</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../retention_desktop/ui/tabs/segments_tab.py" line="+1" />
        <source>Revenue per customer</source>
        <translation>الإيراد لكل عميل</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{0}-day repeat</source>
        <translation>الشراء المتكرر خلال {0} يومًا</translation>
    </message>
    <message>
        <location line="+20" />
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+28" />
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <location line="-20" />
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ended</source>
        <translation>انتهت</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Orders after</source>
        <translation>الطلبات بعدها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revenue after, per customer</source>
        <translation>الإيراد بعدها لكل عميل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Window fully observed</source>
        <translation>النافذة مرصودة بالكامل</translation>
    </message>
    <message>
        <location line="+9" />
        <source>All channels</source>
        <translation>كل القنوات</translation>
    </message>
    <message>
        <location line="+9" />
        <source>first period</source>
        <translation>الفترة الأولى</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} periods</source>
        <translation>{0} فترات</translation>
    </message>
    <message>
        <location line="+0" />
        <source>1 period</source>
        <translation>فترة واحدة</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Spend</source>
        <translation>الإنفاق</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New customers</source>
        <translation>العملاء الجدد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Payback</source>
        <translation>الاسترداد</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cohort</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Group</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>NPS answers</source>
        <translation>إجابات NPS</translation>
    </message>
    <message>
        <location line="+0" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Promoters</source>
        <translation>المروّجون</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Detractors</source>
        <translation>المنتقدون</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSAT mean</source>
        <translation>متوسط CSAT</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CSAT top-2-box</source>
        <translation>أعلى خيارين في CSAT</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/tabs/segments_tab.py" line="-9" />
        <source>[low, high] = {0} interval · ▲/▼ = significantly higher / lower than the baseline (p &lt; {1})</source>
        <translation>[الأدنى، الأعلى] = فترة {0} · ▲/▼ = أعلى / أدنى بدلالة إحصائية من القيمة المرجعية (p &lt; {1})</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Per value, with 95% intervals</source>
        <translation>لكل قيمة، مع فترات ٩٥٪</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Chart:</source>
        <translation>الرسم البياني:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>What campaign customers did after the campaign ended</source>
        <translation>ماذا فعل عملاء الحملة بعد انتهائها</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Ordered again within N days after the end</source>
        <translation>طلبوا مجددًا خلال N يومًا بعد الانتهاء</translation>
    </message>
    <message>
        <location line="+76" />
        <source>Nothing to compare yet: the orders have no channel, campaign, country or other column with values. Import a file that has one and map it as a dimension.</source>
        <translation>لا شيء للمقارنة بعد: لا تحتوي الطلبات على عمود القناة أو الحملة أو البلد أو أي عمود آخر له قيم. استورد ملفًا يحتوي على عمود كهذا واربطه كبُعد.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Comparing segments…</source>
        <translation>جارٍ مقارنة الشرائح…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Computing CAC…</source>
        <translation>جارٍ حساب تكلفة الاكتساب…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Projecting…</source>
        <translation>جارٍ التوقع…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Computing NPS…</source>
        <translation>جارٍ حساب NPS…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Computing the funnel…</source>
        <translation>جارٍ حساب القمع…</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Compared over about the last 12 months of data, {0} to {1} (choose a period in the filter bar to change it)</source>
        <translation>المقارنة على نحو آخر ١٢ شهرًا من البيانات، من {0} إلى {1} (اختر فترة في شريط التصفية لتغييرها)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Range {0} to {1}</source>
        <translation>النطاق من {0} إلى {1}</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Nothing to compare.</source>
        <translation>لا يوجد ما يُقارن.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>No values to compare.</source>
        <translation>لا توجد قيم للمقارنة.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No campaigns in the selected range. Campaign results need a 'campaign' column on the orders (map it when importing).</source>
        <translation>لا توجد حملات في النطاق المحدد. تحتاج نتائج الحملات إلى عمود «الحملة» في الطلبات (عيّنه عند الاستيراد).</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+2" />
        <location line="+17" />
        <source>No campaigns.</source>
        <translation>لا توجد حملات.</translation>
    </message>
    <message>
        <location line="-14" />
        <source>A campaign ends on the last order carrying it (* = end date from the campaign dates). Its customers are judged by whether they ordered again within {0} days after that (any order, with or without a campaign). ▲/▼ = differs from the baseline campaign (p &lt; {1}).</source>
        <translation>تنتهي الحملة بآخر طلب يحملها (* = تاريخ الانتهاء من تواريخ الحملة). ويُقيَّم عملاؤها بما إذا طلبوا مجددًا خلال {0} يومًا بعد ذلك (أي طلب، مع حملة أو بدونها). ▲/▼ = يختلف عن حملة الأساس (p &lt; {1}).</translation>
    </message>
    <message>
        <location filename="../../retention_desktop/ui/tabs/segments_model.py" line="-58" />
        <location filename="../../retention_desktop/ui/tabs/segments_tab.py" line="+12" />
        <source>Ordered within {0} days after the end</source>
        <translation>طلبوا خلال {0} يومًا بعد الانتهاء</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../retention_desktop/ui/dialogs/settings_dialog.py" line="+26" />
        <source>Analysis settings</source>
        <translation>إعدادات التحليل</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Quarter</source>
        <translation>ربع سنة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Year</source>
        <translation>سنة</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Monday</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tuesday</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Wednesday</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Thursday</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Friday</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Saturday</source>
        <translation>السبت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sunday</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jalali (Persian)</source>
        <translation>جلالي (هجري شمسي)</translation>
    </message>
    <message>
        <location line="+3" />
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A customer is active on a day if they ordered in the previous W days (including that day).</source>
        <translation>يُعدّ العميل نشطًا في يوم ما إذا طلب خلال الأيام W السابقة (بما فيها ذلك اليوم).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Net (returns and cancellations subtract)</source>
        <translation>صافٍ (تُخصم المرتجعات والإلغاءات)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gross (ignore returns)</source>
        <translation>إجمالي (تُتجاهل المرتجعات)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cohort cells with fewer customers are marked low-confidence.</source>
        <translation>تُعلَّم خلايا الأفواج التي بها عملاء أقل من هذا العدد بأنها منخفضة الثقة.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>e.g. £, €, تومان</source>
        <translation>مثلًا ر.س، د.إ، €</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Period grain</source>
        <translation>طول الفترة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Week starts on</source>
        <translation>بداية الأسبوع</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activity window W</source>
        <translation>نافذة النشاط W</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revenue policy</source>
        <translation>طريقة حساب الإيرادات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gross margin</source>
        <translation>هامش الربح الإجمالي</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minimum customers per cohort cell</source>
        <translation>الحد الأدنى للعملاء في كل خلية فوج</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Currency symbol</source>
        <translation>رمز العملة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Settings are saved in the project file.</source>
        <translation>تُحفظ الإعدادات في ملف المشروع.</translation>
    </message>
</context>
<context>
    <name>SpendEditor</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/segments_panels.py" line="-330" />
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Month (YYYY-MM)</source>
        <translation>الشهر (YYYY-MM)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add row</source>
        <translation>إضافة صف</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use this spend</source>
        <translation>استخدام هذا الإنفاق</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use the spend file</source>
        <translation>استخدام ملف الإنفاق</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forget the typed spend and use the imported spend table</source>
        <translation>تجاهل الإنفاق المُدخَل واستخدم جدول الإنفاق المستورد</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Type the marketing spend per channel and month:</source>
        <translation>اكتب الإنفاق التسويقي لكل قناة وشهر:</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Row {0}: use a month like {1} and a number for the amount.</source>
        <translation>الصف {0}: اكتب الشهر مثل {1} والمبلغ رقمًا.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Type at least one row.</source>
        <translation>أدخل صفًا واحدًا على الأقل.</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/__init__.py" line="+30" />
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cohorts</source>
        <translation>الأفواج</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Segments &amp;&amp; campaigns</source>
        <translation>الشرائح والحملات</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A/B tests</source>
        <translation>اختبارات A/B</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
</context>
<context>
    <name>VerdictText</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/abtest_text.py" line="+28" />
        <source>Sample ratio mismatch: the customers are not split between the variants as planned (p = {0}). The assignment may be broken — do not trust these results until you know why.</source>
        <translation>عدم تطابق نسبة العينة: لم يُقسَّم العملاء بين النسخ كما هو مخطط (p = {0}). قد يكون التعيين معطوبًا — لا تثق بهذه النتائج حتى تعرف السبب.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Mode: sequential — intervals and p-values are always valid, so you may look every day.</source>
        <translation>الوضع: تتابعي — الفترات وقيم p صالحة دائمًا، فيمكنك الاطلاع كل يوم.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mode: fixed — numbers are valid if you look once, when the planned number of customers is reached.</source>
        <translation>الوضع: ثابت — الأرقام صالحة إذا اطّلعت مرة واحدة عند بلوغ عدد العملاء المخطط.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{0} had a higher average than {1}</source>
        <translation>كان متوسط {0} أعلى من {1}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} had a lower average than {1}</source>
        <translation>كان متوسط {0} أقل من {1}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{0} kept more customers than {1}</source>
        <translation>احتفظ {0} بعملاء أكثر من {1}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} kept fewer customers than {1}</source>
        <translation>احتفظ {0} بعملاء أقل من {1}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} lost fewer customers than {1}</source>
        <translation>خسر {0} عملاء أقل من {1}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} lost more customers than {1}</source>
        <translation>خسر {0} عملاء أكثر من {1}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>; the difference is unlikely to be chance (p = {0}).</source>
        <translation>؛ ومن المستبعد أن يكون الفرق صدفة (p = {0}).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keep {0}.</source>
        <translation>احتفظ بـ {0}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0} and {1} show exactly the same result so far; collect more customers or test a bolder change.</source>
        <translation>يُظهر {0} و{1} النتيجة نفسها تمامًا حتى الآن؛ اجمع مزيدًا من العملاء أو اختبر تغييرًا أجرأ.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0} and {1} perform practically the same (p = {2}); the gap is too small for any realistic test to detect.</source>
        <translation>أداء {0} و{1} متماثل عمليًا (p = {2})؛ الفرق أصغر من أن يكتشفه أي اختبار واقعي.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not enough evidence yet that {0} differs from {1}{2} (p = {3}).</source>
        <translation>لا يوجد دليل كافٍ بعد على أن {0} يختلف عن {1}{2} (p = {3}).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>You need about {0} more customers per variant to tell a difference this size from chance.</source>
        <translation>تحتاج إلى نحو {0} عميل إضافي لكل نسخة لتمييز فرق بهذا الحجم عن الصدفة.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The test is already big enough for a difference this size, so the true difference is probably smaller.</source>
        <translation>الاختبار كبير بما يكفي لفرق بهذا الحجم، لذا فالفرق الحقيقي على الأرجح أصغر.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{0} customers were in two variants and are left out.</source>
        <translation>{0} عميلًا كانوا في نسختين فاستُبعدوا.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} customers have no assignment date.</source>
        <translation>{0} عميلًا ليس لديهم تاريخ تعيين.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} customers were assigned too recently to be observed for the whole window.</source>
        <translation>عُيّن {0} عميلًا مؤخرًا جدًا فلم يُرصدوا طوال النافذة.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{0} customers were assigned before the filter's start date.</source>
        <translation>عُيّن {0} عميلًا قبل تاريخ بداية التصفية.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{0} customers are outside the current filter.</source>
        <translation>{0} عميلًا خارج التصفية الحالية.</translation>
    </message>
</context>
<context>
    <name>WhatIfPage</name>
    <message>
        <location filename="../../retention_desktop/ui/tabs/segments_panels.py" line="+110" />
        <source>percent (relative)</source>
        <translation>نسبة مئوية (نسبية)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>percentage points</source>
        <translation>نقاط مئوية</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Projected revenue and profit, next periods</source>
        <translation>الإيرادات والأرباح المتوقعة للفترات القادمة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retention curve: observed vs scenario</source>
        <translation>منحنى الاحتفاظ: المرصود مقابل السيناريو</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Age (periods since first order)</source>
        <translation>العمر (عدد الفترات منذ الطلب الأول)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Retention improvement:</source>
        <translation>تحسين الاحتفاظ:</translation>
    </message>
    <message>
        <location line="+25" />
        <source>+{0} points</source>
        <translation>+{0} نقطة</translation>
    </message>
    <message>
        <location line="+2" />
        <source>+{0}%</source>
        <translation>+{0}٪</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Not enough data for a projection.</source>
        <translation>لا توجد بيانات كافية للتوقع.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Retention {0} would add {1} revenue ({2}) and {3} profit ({4}) over the next {5} periods.</source>
        <translation>تحسين الاحتفاظ {0} سيضيف {1} من الإيرادات ({2}) و{3} من الأرباح ({4}) خلال الفترات الـ {5} القادمة.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Baseline: {0} revenue, {1} profit (gross margin {2}%{3}); {4} new customers per period as in the last three complete periods.</source>
        <translation>الأساس: {0} إيرادات، و{1} أرباح (هامش إجمالي {2}٪{3})؛ و{4} عملاء جدد لكل فترة كما في آخر ثلاث فترات مكتملة.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>, minus CAC {0} per new customer</source>
        <translation>، مطروحًا منها تكلفة اكتساب {0} لكل عميل جديد</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Revenue (observed retention)</source>
        <translation>الإيرادات (الاحتفاظ المرصود)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Revenue (scenario)</source>
        <translation>الإيرادات (السيناريو)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Profit (observed)</source>
        <translation>الربح (المرصود)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Profit (scenario)</source>
        <translation>الربح (السيناريو)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Observed</source>
        <translation>المرصود</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scenario</source>
        <translation>السيناريو</translation>
    </message>
</context>
<context>
    <name>_ProductPopup</name>
    <message>
        <location filename="../../retention_desktop/ui/product_filter.py" line="-151" />
        <source>Customers whose first order contained…</source>
        <translation>العملاء الذين تضمّن طلبهم الأول…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customers who ever bought…</source>
        <translation>العملاء الذين اشتروا يومًا ما…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search products</source>
        <translation>البحث في المنتجات</translation>
    </message>
</context>
<context>
    <name>_RangePopup</name>
    <message>
        <location filename="../../retention_desktop/ui/filterbar.py" line="-372" />
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To</source>
        <translation>إلى</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="-118" />
        <source>At risk (used to buy often)</source>
        <translation>معرّضون للخسارة (كانوا يشترون كثيرًا)</translation>
    </message>
    <message>
        <location line="+457" />
        <source>Champions</source>
        <translation>الأبطال</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Loyal</source>
        <translation>الأوفياء</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Potential loyalists</source>
        <translation>أوفياء محتملون</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New</source>
        <translation>جدد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Promising</source>
        <translation>واعدون</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Need attention</source>
        <translation>بحاجة إلى اهتمام</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About to sleep</source>
        <translation>على وشك الخمول</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At risk</source>
        <translation>معرّضون للخسارة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Can't lose them</source>
        <translation>لا يمكن خسارتهم</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hibernating</source>
        <translation>خاملون</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lost</source>
        <translation>مفقودون</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bought recently, buy often and spend the most</source>
        <translation>اشتروا مؤخرًا، ويشترون كثيرًا، وينفقون أكثر من غيرهم</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Buy regularly and spend well</source>
        <translation>يشترون بانتظام وينفقون جيدًا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recent customers with average frequency</source>
        <translation>عملاء حديثون بتكرار شراء متوسط</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bought for the first time very recently</source>
        <translation>اشتروا لأول مرة منذ وقت قريب جدًا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recent shoppers who have not spent much yet</source>
        <translation>متسوقون حديثون لم ينفقوا كثيرًا بعد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Average recency, frequency and spend</source>
        <translation>حداثة وتكرار وإنفاق متوسط</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Below-average recency and frequency</source>
        <translation>حداثة وتكرار أقل من المتوسط</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Used to buy often, but not for a long time</source>
        <translation>كانوا يشترون كثيرًا، لكنهم توقفوا منذ مدة طويلة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Were among the best, gone quiet for long</source>
        <translation>كانوا من الأفضل، لكنهم غابوا منذ مدة طويلة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last purchase long ago, few orders, low spend</source>
        <translation>آخر شراء منذ زمن بعيد، وطلبات قليلة، وإنفاق منخفض</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lowest recency, frequency and spend</source>
        <translation>أدنى حداثة وتكرار وإنفاق</translation>
    </message>
    <message>
        <location line="+1" />
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location line="+1" />
        <source>reactivated</source>
        <translation>عاد للنشاط</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reactivated</source>
        <translation>عاد للنشاط</translation>
    </message>
    <message>
        <location line="+1" />
        <source>at risk</source>
        <translation>معرّض للخسارة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>churned</source>
        <translation>متسرّب</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Churned</source>
        <translation>متسرّب</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not yet a customer</source>
        <translation>ليس عميلًا بعد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not yet a customer</source>
        <translation>ليس عميلًا بعد</translation>
    </message>
</context>
<context>
    <name>definitions</name>
    <message>
        <location line="-361" />
        <source>CUPED adjustment</source>
        <translation>تعديل CUPED</translation>
    </message>
    <message>
        <location line="+1" />
        <source>y − θ·(x − mean x), θ = cov(x, y) / var(x), x = spend up to assignment</source>
        <translation>y − θ·(x − mean x)، θ = cov(x, y) / var(x)، x = الإنفاق حتى التعيين</translation>
    </message>
    <message>
        <location line="+1" />
        <source>all customers in the test</source>
        <translation>جميع العملاء في الاختبار</translation>
    </message>
    <message>
        <location line="+1" />
        <source>history up to the assignment</source>
        <translation>السجل حتى التعيين</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Removes the part of the outcome explained by what customers spent before the test, so the same test needs fewer customers.</source>
        <translation>يزيل جزء النتيجة الذي يفسّره إنفاق العملاء قبل الاختبار، فيحتاج الاختبار نفسه إلى عدد أقل من العملاء.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Difference vs control</source>
        <translation>الفرق عن المجموعة الضابطة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rate(variant) − rate(control); interval: Newcombe hybrid score (built from both Wilson intervals)</source>
        <translation>المعدل(النسخة) − المعدل(الضابطة)؛ الفترة: درجة نيوكومب الهجينة (مبنية من فترتي ويلسون)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers in each variant</source>
        <translation>العملاء في كل نسخة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the test period: from each customer's assignment to the end of the outcome window</source>
        <translation>فترة الاختبار: من تعيين كل عميل حتى نهاية نافذة قياس النتيجة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How many percentage points the variant adds over the control.</source>
        <translation>كم نقطة مئوية تضيفها النسخة مقارنةً بالمجموعة الضابطة.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Expected loss</source>
        <translation>الخسارة المتوقعة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E[max(rate_control − rate_variant, 0)] under the same posteriors</source>
        <translation>E[max(rate_control − rate_variant, 0)] بالتوزيعات اللاحقة نفسها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What you expect to give up (in rate points) by switching to the variant if it is in fact worse. Small = a safe switch.</source>
        <translation>ما تتوقع خسارته (بنقاط المعدل) عند التحول إلى النسخة إن كانت في الواقع أسوأ. قيمة صغيرة = تحوّل آمن.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relative lift</source>
        <translation>التحسن النسبي</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(variant − control) / control × 100; interval by the delta method: Var ≈ (se_v² + R²·se_c²) / control², R = variant / control</source>
        <translation>(النسخة − الضابطة) / الضابطة × ١٠٠؛ الفترة بطريقة دلتا: Var ≈ (se_v² + R²·se_c²) / control²، R = النسخة / الضابطة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the control's rate (or mean)</source>
        <translation>معدل (أو متوسط) المجموعة الضابطة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How much better the variant is, in percent of the control. Undefined when the control is 0.</source>
        <translation>مقدار تفوق النسخة كنسبة مئوية من المجموعة الضابطة. غير معرّف عندما تكون قيمة الضابطة صفرًا.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Active at day N (A/B outcome)</source>
        <translation>نشط في اليوم N (نتيجة A/B)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers with a repeat order in (t0 + N − W, t0 + N], after t0 / customers</source>
        <translation>العملاء الذين لديهم طلب متكرر في (t0 + N − W، t0 + N] بعد t0 / العملاء</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers observed for N days after assignment t0</source>
        <translation>العملاء المرصودون لمدة N يومًا بعد التعيين t0</translation>
    </message>
    <message>
        <location line="+1" />
        <source>activity window W ending N days after assignment</source>
        <translation>نافذة النشاط W المنتهية بعد N يومًا من التعيين</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Is the customer still buying N days after the test started?</source>
        <translation>هل ما زال العميل يشتري بعد N يومًا من بدء الاختبار؟</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Churned by day N (A/B outcome)</source>
        <translation>متسرّب بحلول اليوم N (نتيجة A/B)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>1 − active at day N</source>
        <translation>١ − نشط في اليوم N</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers observed for N days</source>
        <translation>العملاء المرصودون لمدة N يومًا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lower is better.</source>
        <translation>كلما قلّ كان أفضل.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repeat within N days (A/B outcome)</source>
        <translation>تكرار الشراء خلال N يومًا (نتيجة A/B)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers with an order other than their first in (t0, t0 + N days] / customers</source>
        <translation>العملاء الذين لديهم طلب غير طلبهم الأول في (t0، t0 + N يوم] / العملاء</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N days after assignment</source>
        <translation>N يومًا بعد التعيين</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Did the customer come back?</source>
        <translation>هل عاد العميل؟</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revenue per customer in N days (A/B outcome)</source>
        <translation>الإيراد لكل عميل خلال N يومًا (نتيجة A/B)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sum of revenue in (t0, t0 + N days] / customers</source>
        <translation>مجموع الإيرادات في (t0، t0 + N يوم] / العملاء</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Money per customer after the test started (revenue policy applies).</source>
        <translation>المال لكل عميل بعد بدء الاختبار (وفق طريقة حساب الإيرادات المختارة).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>p-value, Holm-corrected</source>
        <translation>القيمة الاحتمالية p بتصحيح هولم</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Holm step-down: sort the k p-values, multiply the i-th smallest by (k − i + 1), keep them increasing, cap at 1</source>
        <translation>طريقة هولم التنازلية: رتّب قيم p البالغ عددها k، واضرب أصغر قيمة رقم i في (k − i + 1)، وأبقها متزايدة، بحد أقصى ١</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the k variant-vs-control comparisons</source>
        <translation>مقارنات النسخ بالمجموعة الضابطة وعددها k</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Protects against a false winner when several variants are tested at once. Equals the p-value with one variant.</source>
        <translation>يحمي من إعلان فائز خاطئ عند اختبار عدة نسخ في وقت واحد. يساوي القيمة p عند وجود نسخة واحدة.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>p-value</source>
        <translation>القيمة الاحتمالية p</translation>
    </message>
    <message>
        <location line="+1" />
        <source>conversions: pooled two-proportion z-test, z = (p_v − p_c) / sqrt(p̄(1−p̄)(1/n_v + 1/n_c)); means: Welch t-test; two-sided</source>
        <translation>التحويلات: اختبار z لنسبتين مجمّع، z = (p_v − p_c) / sqrt(p̄(1−p̄)(1/n_v + 1/n_c))؛ المتوسطات: اختبار t لويلش؛ ثنائي الطرف</translation>
    </message>
    <message>
        <location line="+1" />
        <source>If the variants were truly equal, the chance of a gap at least this big. Below alpha (0.05) = unlikely to be chance.</source>
        <translation>لو كانت النسخ متساوية فعلًا، فهذه فرصة ظهور فرق بهذا الحجم على الأقل. أقل من ألفا (٠٫٠٥) = يُستبعد أن يكون صدفة.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chance to beat control</source>
        <translation>فرصة التفوق على الضابطة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>P(rate_variant &gt; rate_control) with Beta(1 + converted, 1 + not converted) posteriors (uniform prior), computed exactly; means: normal approximation</source>
        <translation>P(rate_variant &gt; rate_control) بتوزيعات لاحقة Beta(1 + المتحوّلون، 1 + غير المتحوّلين) (توزيع مسبق منتظم)، محسوبة بدقة؛ المتوسطات: تقريب طبيعي</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How sure we are that the variant is really better.</source>
        <translation>مدى تأكدنا من أن النسخة أفضل فعلًا.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Conversion rate (A/B)</source>
        <translation>معدل التحويل (A/B)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>converted customers / customers in the variant</source>
        <translation>العملاء المتحوّلون / العملاء في النسخة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers assigned to the variant and observed for the whole window</source>
        <translation>العملاء المعيَّنون للنسخة والمرصودون طوال النافذة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Share of the variant's customers who did the target action.</source>
        <translation>نسبة عملاء النسخة الذين قاموا بالإجراء المستهدف.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rate interval (Wilson 95 %)</source>
        <translation>فترة المعدل (ويلسون ٩٥٪)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wilson score interval: (p + z²/2n ± z·sqrt(p(1−p)/n + z²/4n²)) / (1 + z²/n)</source>
        <translation>فترة درجة ويلسون: (p + z²/2n ± z·sqrt(p(1−p)/n + z²/4n²)) / (1 + z²/n)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers in the variant</source>
        <translation>العملاء في النسخة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where the true rate probably lies; stays sensible at 0 % and 100 %.</source>
        <translation>المجال الذي يُرجَّح أن يقع فيه المعدل الحقيقي؛ ويبقى معقولًا عند ٠٪ و١٠٠٪.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sample size per variant</source>
        <translation>حجم العينة لكل نسخة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evan Miller: (z_α·sqrt(2p(1−p)) + z_β·sqrt(p(1−p) + p₂(1−p₂)))² / δ²; alpha split by Bonferroni when more than 2 variants</source>
        <translation>إيفان ميلر: (z_α·sqrt(2p(1−p)) + z_β·sqrt(p(1−p) + p₂(1−p₂)))² / δ²؛ تُقسَم ألفا بطريقة بونفيروني عند وجود أكثر من نسختين</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customers each variant needs to detect the expected change with the chosen power.</source>
        <translation>عدد العملاء الذي تحتاجه كل نسخة لاكتشاف التغيير المتوقع بالقوة الإحصائية المختارة.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Always-valid interval (sequential mode)</source>
        <translation>فترة صالحة دائمًا (الوضع التتابعي)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>normal-mixture confidence sequence on I = 1/Var(diff): |I·(d̂ − d)| ≤ sqrt((I + 1/ρ²)(2·ln(1/α) + ln(1 + ρ²I)))</source>
        <translation>متتالية ثقة بمزيج طبيعي على I = 1/Var(diff): |I·(d̂ − d)| ≤ sqrt((I + 1/ρ²)(2·ln(1/α) + ln(1 + ρ²I)))</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers in each variant so far</source>
        <translation>العملاء في كل نسخة حتى الآن</translation>
    </message>
    <message>
        <location line="+1" />
        <source>every look, at any time</source>
        <translation>كل اطلاع، في أي وقت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Safe to check every day: the chance it ever misses the true difference stays below alpha. Wider than the fixed interval.</source>
        <translation>يمكن فحصها يوميًا بأمان: تبقى فرصة إخطائها للفرق الحقيقي أقل من ألفا. أوسع من الفترة الثابتة.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sample ratio mismatch (SRM)</source>
        <translation>عدم تطابق نسبة العينة (SRM)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>chi² = Σ (customers − expected)² / expected, expected from the planned split; warning when p &lt; 0.001</source>
        <translation>chi² = Σ (العملاء − المتوقع)² / المتوقع، والمتوقع من التقسيم المخطط؛ تحذير عندما p &lt; 0.001</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checks that customers were split as planned. A mismatch means the assignment is broken and the results cannot be trusted.</source>
        <translation>يتحقق من أن العملاء قُسّموا كما هو مخطط. عدم التطابق يعني أن التعيين معطوب ولا يمكن الوثوق بالنتائج.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Active customer</source>
        <translation>العميل النشط</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ordered on a day in (t - W, t]</source>
        <translation>طلب في يوم ضمن (t - W، t]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>W = activity window setting (default 90 days)</source>
        <translation>W = إعداد نافذة النشاط (الافتراضي ٩٠ يومًا)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Someone who bought recently enough to count as a current customer.</source>
        <translation>شخص اشترى مؤخرًا بما يكفي ليُعدّ عميلًا حاليًا.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Active days per month</source>
        <translation>أيام النشاط شهريًا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>distribution of distinct active days per customer and month</source>
        <translation>توزيع أيام النشاط المميزة لكل عميل وشهر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customer-months with at least one active day</source>
        <translation>أشهر العملاء التي فيها يوم نشاط واحد على الأقل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>months of the selected date range; sessions of the activity table when the project has one, otherwise order days (labelled 'on order days')</source>
        <translation>أشهر النطاق المحدد؛ جلسات جدول النشاط إن وُجد في المشروع، وإلا فأيام الطلبات (بعلامة «حسب أيام الطلبات»)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How often active customers come back within a month.</source>
        <translation>كم مرة يعود العملاء النشطون خلال الشهر.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Average order value (AOV)</source>
        <translation>متوسط قيمة الطلب (AOV)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>revenue / orders</source>
        <translation>الإيرادات / الطلبات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>orders in the range</source>
        <translation>الطلبات ضمن النطاق</translation>
    </message>
    <message>
        <location line="+1" />
        <source>orders dated inside the selected date range</source>
        <translation>الطلبات المؤرخة داخل نطاق التاريخ المحدد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What an order brings in on average.</source>
        <translation>ما يجلبه الطلب في المتوسط.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>AOV of 1st vs 2nd vs 3rd+ orders</source>
        <translation>متوسط قيمة الطلب الأول مقابل الثاني مقابل الثالث فأكثر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>revenue of k-th orders / number of k-th orders (k = 1, 2, 3+ in each customer's whole history)</source>
        <translation>إيرادات الطلبات رقم k / عدد الطلبات رقم k (k = ١، ٢، ٣ فأكثر في كامل سجل كل عميل)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>orders of that rank in the range</source>
        <translation>طلبات تلك المرتبة ضمن النطاق</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Do later purchases get bigger or smaller?</source>
        <translation>هل تكبر المشتريات اللاحقة أم تصغر؟</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer acquisition cost (CAC)</source>
        <translation>تكلفة اكتساب العميل (CAC)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>marketing spend / new customers</source>
        <translation>الإنفاق التسويقي / العملاء الجدد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>new customers = customers whose first-ever order is in the period, attributed to the channel of that first order</source>
        <translation>العملاء الجدد = العملاء الذين وقع أول طلب لهم على الإطلاق في الفترة، منسوبين إلى قناة ذلك الطلب الأول</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per channel and period of the selected date range</source>
        <translation>لكل قناة وفترة ضمن النطاق المحدد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What one new customer cost in marketing.</source>
        <translation>كم كلّف العميل الجديد الواحد في التسويق.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repeat after campaign end</source>
        <translation>تكرار الشراء بعد انتهاء الحملة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>campaign customers with an order in (end, end + N days] / campaign customers</source>
        <translation>عملاء الحملة الذين لديهم طلب في (النهاية، النهاية + N يوم] / عملاء الحملة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers with &gt;= 1 order carrying the campaign (up to its end)</source>
        <translation>العملاء الذين لديهم طلب واحد على الأقل يحمل الحملة (حتى نهايتها)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N days after the campaign end; end = last order date carrying the campaign unless campaign dates are given</source>
        <translation>N يومًا بعد انتهاء الحملة؛ النهاية = تاريخ آخر طلب يحمل الحملة ما لم تُعطَ تواريخ الحملة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Judge a campaign by what its customers do after it is over, not by clicks.</source>
        <translation>قيّم الحملة بما يفعله عملاؤها بعد انتهائها، لا بعدد النقرات.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Churn rate</source>
        <translation>معدل التسرب</translation>
    </message>
    <message>
        <location line="+2" />
        <source>S0 = customers active at the period start</source>
        <translation>S0 = العملاء النشطون في بداية الفترة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per period; active at instant t = ordered on a day in (t - W, t], W = activity window (default 90 days)</source>
        <translation>لكل فترة؛ النشط في اللحظة t = طلب في يوم ضمن (t - W، t]، W = نافذة النشاط (الافتراضي ٩٠ يومًا)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Churned customers</source>
        <translation>العملاء المتسرّبون</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S0 - R</source>
        <translation>S0 - R</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Starting customers who are no longer active at the period end.</source>
        <translation>عملاء البداية الذين لم يعودوا نشطين في نهاية الفترة.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>At risk: more than 1.5× their usual gap since the last order (optionally also P(alive) below a threshold). Rules are editable.</source>
        <translation>معرّض للخسارة: مضى منذ آخر طلب أكثر من ١٫٥ ضعف فجوته المعتادة (واختياريًا P(alive) أقل من حدّ معيّن). القواعد قابلة للتعديل.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Cohort health score</source>
        <translation>مؤشر صحة الفوج</translation>
    </message>
    <message>
        <location line="+1" />
        <source>100 x cell value / weighted mean at the same age</source>
        <translation>١٠٠ × قيمة الخلية / المتوسط المرجّح عند العمر نفسه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>weighted mean at age k</source>
        <translation>المتوسط المرجّح عند العمر k</translation>
    </message>
    <message>
        <location line="-4" />
        <source>cohort = period of the first order (or the value of a dimension on the first order); age k = periods since the first order's period</source>
        <translation>الفوج = فترة الطلب الأول (أو قيمة بُعد في الطلب الأول)؛ العمر k = عدد الفترات منذ فترة الطلب الأول</translation>
    </message>
    <message>
        <location line="+5" />
        <source>100 = an average cohort; above 100 the cohort does better than usual.</source>
        <translation>١٠٠ = فوج متوسط؛ فوق ١٠٠ يكون أداء الفوج أفضل من المعتاد.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cumulative LTV through period k</source>
        <translation>قيمة العميل مدى الحياة التراكمية حتى الفترة k</translation>
    </message>
    <message>
        <location line="+1" />
        <source>revenue of the cohort in periods 0..k / cohort size</source>
        <translation>إيرادات الفوج في الفترات ٠..k / حجم الفوج</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cohort size</source>
        <translation>حجم الفوج</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Realised lifetime value per acquired customer by age k.</source>
        <translation>قيمة العميل مدى الحياة المحققة لكل عميل مكتسب حتى العمر k.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Return on or after period k</source>
        <translation>العودة في الفترة k أو بعدها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cohort customers with an order in period k or later / cohort size</source>
        <translation>عملاء الفوج الذين لديهم طلب في الفترة k أو بعدها / حجم الفوج</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unbounded retention: still buying at age k or later.</source>
        <translation>احتفاظ غير محدود: ما زال يشتري عند العمر k أو بعده.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repurchase by period k</source>
        <translation>إعادة الشراء حتى الفترة k</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cohort customers with &gt;= 2 orders by the end of period k / cohort size</source>
        <translation>عملاء الفوج الذين لديهم طلبان أو أكثر بنهاية الفترة k / حجم الفوج</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Share of the cohort that has bought a second time by age k.</source>
        <translation>نسبة الفوج التي اشترت مرة ثانية حتى العمر k.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Return on period k</source>
        <translation>العودة في الفترة k</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cohort customers who ordered in period k / cohort size</source>
        <translation>عملاء الفوج الذين طلبوا في الفترة k / حجم الفوج</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Classic cohort retention curve (k = 0 is 100%). Wilson 95% interval per cell.</source>
        <translation>منحنى الاحتفاظ التقليدي للفوج (k = 0 يساوي ١٠٠٪). فترة ويلسون ٩٥٪ لكل خلية.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revenue per cohort customer in period k</source>
        <translation>الإيراد لكل عميل في الفوج خلال الفترة k</translation>
    </message>
    <message>
        <location line="+1" />
        <source>revenue of the cohort in period k / cohort size</source>
        <translation>إيرادات الفوج في الفترة k / حجم الفوج</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What each acquired customer spends at age k.</source>
        <translation>ما ينفقه كل عميل مكتسب عند العمر k.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weighted mean cohort</source>
        <translation>الفوج المتوسط المرجّح</translation>
    </message>
    <message>
        <location line="+2" />
        <source>customers in complete cells at age k</source>
        <translation>العملاء في الخلايا المكتملة عند العمر k</translation>
    </message>
    <message>
        <location line="+3" />
        <source>(E - N) / S0</source>
        <translation>(E - N) / S0</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per period; active at instant t = ordered on a day in (t - W, t], W = activity window (default 90 days); N = customers whose first-ever order is in the period; E = customers active at the period end</source>
        <translation>لكل فترة؛ النشط في اللحظة t = طلب في يوم ضمن (t - W، t]، W = نافذة النشاط (الافتراضي ٩٠ يومًا)؛ N = العملاء الذين وقع أول طلب لهم على الإطلاق في الفترة؛ E = العملاء النشطون في نهاية الفترة</translation>
    </message>
    <message>
        <location line="+5" />
        <source>CSAT mean and top-2-box</source>
        <translation>متوسط CSAT ونسبة أعلى خيارين</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mean score on 1-5; top-2-box = answers of 4 or 5 / answers</source>
        <translation>متوسط الدرجة من ١ إلى ٥؛ أعلى خيارين = إجابات ٤ أو ٥ / الإجابات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSAT answers (1-5) in the range</source>
        <translation>إجابات CSAT (١-٥) ضمن النطاق</translation>
    </message>
    <message>
        <location line="+1" />
        <source>survey answers dated in the selected date range</source>
        <translation>إجابات الاستبيان المؤرخة ضمن النطاق المحدد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How satisfied customers say they are.</source>
        <translation>مدى الرضا الذي يعبّر عنه العملاء.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location line="+1" />
        <source>count of distinct customer ids with &gt;= 1 order</source>
        <translation>عدد معرّفات العملاء المميزة التي لديها طلب واحد على الأقل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People who bought at least once in the range (guests excluded).</source>
        <translation>الأشخاص الذين اشتروا مرة واحدة على الأقل ضمن النطاق (باستثناء الزوار).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DAU/MAU (stickiness)</source>
        <translation>DAU/MAU (الالتصاق)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per month: (customer-days with activity / days in the month) / customers active in the month; overall: mean of the monthly values weighted by observed days</source>
        <translation>لكل شهر: (أيام العملاء ذات النشاط / أيام الشهر) / العملاء النشطون في الشهر؛ الإجمالي: متوسط القيم الشهرية مرجّحًا بالأيام المرصودة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers active in the month (MAU)</source>
        <translation>العملاء النشطون في الشهر (MAU)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>calendar months of the selected range (partial first/last months use their observed days); sessions of the activity table when the project has one, otherwise order days (labelled 'on order days')</source>
        <translation>الأشهر التقويمية للنطاق المحدد (تُستخدم الأيام المرصودة للشهرين الأول والأخير الجزئيين)؛ جلسات جدول النشاط إن وُجد في المشروع، وإلا فأيام الطلبات (بعلامة «حسب أيام الطلبات»)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How many of a month's active customers show up on an average day.</source>
        <translation>كم من عملاء الشهر النشطين يظهرون في اليوم المتوسط.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Stage conversion</source>
        <translation>التحويل بين المراحل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers reaching a stage / customers reaching the previous stage</source>
        <translation>العملاء الواصلون إلى مرحلة / العملاء الواصلون إلى المرحلة السابقة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers reaching the previous stage</source>
        <translation>العملاء الواصلون إلى المرحلة السابقة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>funnel entrants = customers who signed up in the range (customers table), or whose first-ever order is in the range when there is no signup data; later stages are counted up to the data end</source>
        <translation>الداخلون إلى القمع = العملاء الذين سجّلوا ضمن النطاق (جدول العملاء)، أو من وقع أول طلب لهم ضمن النطاق عند غياب بيانات التسجيل؛ وتُحتسب المراحل اللاحقة حتى نهاية البيانات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signup -&gt; first order -&gt; second order -&gt; third order: where do customers drop off?</source>
        <translation>التسجيل ← الطلب الأول ← الطلب الثاني ← الطلب الثالث: أين يتوقف العملاء؟</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Median time between stages</source>
        <translation>وسيط الوقت بين المراحل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>median of (time of stage k - time of stage k-1) in days</source>
        <translation>وسيط (وقت المرحلة k - وقت المرحلة k-1) بالأيام</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers who reached stage k</source>
        <translation>العملاء الذين وصلوا إلى المرحلة k</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How long customers take from one step to the next.</source>
        <translation>كم يستغرق العملاء من خطوة إلى التالية.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Dormant customers</source>
        <translation>العملاء الخاملون</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ordered in the previous period but not in this one</source>
        <translation>طلبوا في الفترة السابقة وليس في هذه الفترة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per period; 'ordered' = has an order in the period</source>
        <translation>لكل فترة؛ «طلب» = لديه طلب في الفترة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customers lost in the period (shown as a negative bar).</source>
        <translation>العملاء الذين خُسروا في الفترة (يظهرون كعمود سالب).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New customers</source>
        <translation>العملاء الجدد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>first-ever order in the period</source>
        <translation>أول طلب على الإطلاق في الفترة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customers acquired in the period.</source>
        <translation>العملاء المكتسبون في الفترة.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resurrected customers</source>
        <translation>العملاء العائدون</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ordered in this period, not in the previous one, not new</source>
        <translation>طلبوا في هذه الفترة، وليس في السابقة، وليسوا جددًا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customers who came back after a break.</source>
        <translation>العملاء الذين عادوا بعد انقطاع.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ordered in this and in the previous period (not new)</source>
        <translation>طلبوا في هذه الفترة وفي الفترة السابقة (ليسوا جددًا)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>N-day repeat rate</source>
        <translation>معدل تكرار الشراء خلال N يومًا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers with another order within N days of their first / eligible customers</source>
        <translation>العملاء الذين لديهم طلب آخر خلال N يومًا من طلبهم الأول / العملاء المؤهلون</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers whose first order is in the range and at least N days before the data end</source>
        <translation>العملاء الذين يقع طلبهم الأول ضمن النطاق وقبل نهاية البيانات بـ N يومًا على الأقل</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Share of new customers who buy again within N days; shown overall and per cohort.</source>
        <translation>نسبة العملاء الجدد الذين يشترون مجددًا خلال N يومًا؛ إجمالًا ولكل فوج.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next product lift</source>
        <translation>رفع المنتج التالي</translation>
    </message>
    <message>
        <location line="+1" />
        <source>next product share of Y after X / share of all 2nd orders containing Y</source>
        <translation>حصة Y بعد X / حصة جميع الطلبات الثانية التي تحتوي على Y</translation>
    </message>
    <message>
        <location line="+1" />
        <source>all new customers' 2nd orders</source>
        <translation>الطلبات الثانية لجميع العملاء الجدد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>first order in the range; later orders looked for up to the data end</source>
        <translation>الطلب الأول في النطاق؛ يُبحث عن الطلبات اللاحقة حتى نهاية البيانات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Above 1: after X, customers pick Y more often than second orders usually do.</source>
        <translation>أكبر من ١: بعد X يختار العملاء Y أكثر مما تفعل الطلبات الثانية عادةً.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next product share</source>
        <translation>حصة المنتج التالي</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers whose 2nd order contains Y / customers whose 1st order contained X and who placed a 2nd order</source>
        <translation>العملاء الذين يحتوي طلبهم الثاني على Y / العملاء الذين احتوى طلبهم الأول على X وقدّموا طلبًا ثانيًا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>new customers with X in the first order and a 2nd order</source>
        <translation>العملاء الجدد الذين في طلبهم الأول X ولديهم طلب ثانٍ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What customers who started with X bought next.</source>
        <translation>ماذا اشترى بعد ذلك العملاء الذين بدؤوا بـ X.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Net Promoter Score (NPS)</source>
        <translation>صافي نقاط الترويج (NPS)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>100 x (promoters (9-10) - detractors (0-6)) / answers on the 0-10 scale</source>
        <translation>١٠٠ × (المروّجون (٩-١٠) - المنتقدون (٠-٦)) / الإجابات على مقياس ٠-١٠</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NPS answers (0-10) in the range</source>
        <translation>إجابات NPS (٠-١٠) ضمن النطاق</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Would customers recommend the shop? From -100 to +100.</source>
        <translation>هل يوصي العملاء بالمتجر؟ من -100 إلى +100.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repeat rate of promoters vs detractors</source>
        <translation>معدل تكرار الشراء للمروّجين مقابل المنتقدين</translation>
    </message>
    <message>
        <location line="+1" />
        <source>respondents with &gt;= 2 orders / respondents, per NPS group of their latest answer</source>
        <translation>المستجيبون الذين لديهم طلبان أو أكثر / المستجيبون، لكل مجموعة NPS حسب آخر إجابة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>respondents who are customers</source>
        <translation>المستجيبون الذين هم عملاء</translation>
    </message>
    <message>
        <location line="+1" />
        <source>orders up to the data end</source>
        <translation>الطلبات حتى نهاية البيانات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Do promoters actually buy again more often than detractors?</source>
        <translation>هل يشتري المروّجون مجددًا أكثر من المنتقدين فعلًا؟</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>count of purchase documents of kind 'order'</source>
        <translation>عدد مستندات الشراء من نوع «طلب»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Purchases by identified customers. Returns and cancellations adjust revenue but are not orders; guest checkouts are left out.</source>
        <translation>مشتريات العملاء المعروفين. تُعدّل المرتجعات والإلغاءات الإيرادات لكنها ليست طلبات؛ ولا تُحتسب مشتريات الزوار.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CAC payback period</source>
        <translation>فترة استرداد تكلفة الاكتساب</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reorder interval</source>
        <translation>الفاصل حتى إعادة الطلب</translation>
    </message>
    <message>
        <location line="+1" />
        <source>median of the days between consecutive purchase days of the product</source>
        <translation>وسيط الأيام بين أيام الشراء المتتالية للمنتج</translation>
    </message>
    <message>
        <location line="+1" />
        <source>repurchases of the product</source>
        <translation>مرات إعادة شراء المنتج</translation>
    </message>
    <message>
        <location line="+1" />
        <source>orders up to the range end</source>
        <translation>الطلبات حتى نهاية النطاق</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How long customers usually wait before buying it again; drives the 'due to reorder' list.</source>
        <translation>كم ينتظر العملاء عادةً قبل شرائه مجددًا؛ يُبنى عليه قائمة «حان وقت إعادة الطلب».</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repeat rate by first product</source>
        <translation>معدل تكرار الشراء حسب المنتج الأول</translation>
    </message>
    <message>
        <location line="+2" />
        <source>customers whose first-ever order is in the range and contained the product (or a product of the category), first order at least N days before the data end</source>
        <translation>العملاء الذين يقع أول طلب لهم في النطاق ويحتوي على المنتج (أو منتج من الفئة)، وأول طلب لهم قبل نهاية البيانات بـ N يومًا على الأقل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N = 30, 90, 180, 365 days after the first order; later orders looked for up to the data end</source>
        <translation>N = ٣٠ و٩٠ و١٨٠ و٣٦٥ يومًا بعد الطلب الأول؛ يُبحث عن الطلبات اللاحقة حتى نهاية البيانات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Of the new customers whose first order contained this product, the share who came back within N days. Compared with all new customers: the difference has a Newcombe interval that holds for all compared products together (95%, Bonferroni); 'above'/'below' only when it excludes zero, so no product is called a winner by chance.</source>
        <translation>من العملاء الجدد الذين احتوى طلبهم الأول على هذا المنتج، نسبة من عادوا خلال N يومًا. مقارنةً بجميع العملاء الجدد: للفرق فاصل نيوكومب يصحّ لجميع المنتجات المقارَنة معًا (٩٥٪، بونفيروني)؛ «أعلى»/«أدنى» فقط عندما لا يشمل الفاصل الصفر، كي لا يُعدّ أي منتج فائزًا بالصدفة.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repurchase rate of a product</source>
        <translation>معدل إعادة شراء المنتج</translation>
    </message>
    <message>
        <location line="+1" />
        <source>buyers who bought it again on a later day / buyers</source>
        <translation>المشترون الذين اشتروه مجددًا في يوم لاحق / المشترون</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers who bought it</source>
        <translation>العملاء الذين اشتروه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Of the customers who bought this product, the share who bought it again.</source>
        <translation>من العملاء الذين اشتروا هذا المنتج، نسبة من اشتروه مجددًا.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revenue per customer by first product</source>
        <translation>الإيراد لكل عميل حسب المنتج الأول</translation>
    </message>
    <message>
        <location line="+1" />
        <source>revenue in the first N days after the first order / customers observed for N days</source>
        <translation>الإيراد في أول N يومًا بعد الطلب الأول / العملاء المتابَعون N يومًا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N = 90 and 365 days, the first order included; returns subtract under the 'net' revenue policy</source>
        <translation>N = ٩٠ و٣٦٥ يومًا، مع الطلب الأول؛ تُطرح المرتجعات في سياسة الإيراد «الصافي»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What a customer won with this product brings in over their first N days. 95% bootstrap interval.</source>
        <translation>ما يجلبه العميل المكتسَب بهذا المنتج خلال أول N يومًا. فاصل بوتستراب ٩٥٪.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time to second order by first product</source>
        <translation>المدة حتى الطلب الثاني حسب المنتج الأول</translation>
    </message>
    <message>
        <location line="+2" />
        <source>customers whose first-ever order is in the range and contained the product (or a product of the category)</source>
        <translation>العملاء الذين يقع أول طلب لهم في النطاق ويحتوي على المنتج (أو منتج من الفئة)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How long these customers take to come back: half of them have ordered again by this many days. Empty when fewer than half have come back by the data end.</source>
        <translation>كم يستغرق هؤلاء العملاء للعودة: نصفهم طلبوا مجددًا خلال هذا العدد من الأيام. يبقى فارغًا إذا عاد أقل من النصف حتى نهاية البيانات.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Side-by-side view of segments with 95% intervals; 'significant' = differs from the baseline value at p &lt; 0.05 (two-proportion z-test for rates, Welch t-test for revenue per customer), not corrected for multiple comparisons. Retention and churn pool several periods in which the same customer appears again and again, so they are tested per customer (cluster-robust standard error; n = customers), not as independent customer-periods.</source>
        <translation>عرض متجاور للشرائح مع فواصل 95 %؛ «دال» = يختلف عن قيمة الأساس عند p &lt; 0.05 (اختبار z لنسبتين للمعدلات، واختبار t لويلش لإيراد العميل)، دون تصحيح للمقارنات المتعددة. يجمع الاحتفاظ والتسرب عدة فترات يظهر فيها العميل نفسه مرارًا، لذا يُختبران على مستوى العميل (خطأ معياري عنقودي؛ n = العملاء)، لا كفترات-عملاء مستقلة.</translation>
    </message>
    <message>
        <location line="-43" />
        <source>Kaplan-Meier median of days from 1st to 2nd order (no 2nd order yet = censored)</source>
        <translation>وسيط كابلان-ماير للأيام من الطلب الأول إلى الثاني (بلا طلب ثانٍ بعد = مراقَب)</translation>
    </message>
    <message>
        <location line="+54" />
        <source>customers whose first-ever order is in the range</source>
        <translation>العملاء الذين يقع أول طلب لهم في النطاق</translation>
    </message>
    <message>
        <location line="+1" />
        <source>first order in the range; second order looked for up to the data end (past the range end)</source>
        <translation>الطلب الأول في النطاق؛ ويُبحث عن الطلب الثاني حتى نهاية البيانات (بعد نهاية النطاق)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How long new customers take to come back: half of them have ordered again by this many days. Customers who have not come back yet are counted as waiting, not left out. Empty when fewer than half have come back by the data end; 'too few' below the minimum number of customers.</source>
        <translation>كم يستغرق العملاء الجدد حتى يعودوا: خلال هذا العدد من الأيام يكون نصفهم قد اشترى مجددًا. يُحتسب من لم يعد بعد منتظرًا ولا يُستبعد. يبقى فارغًا إذا عاد أقل من النصف حتى نهاية البيانات؛ و«قليل جدًا» تحت الحد الأدنى للعملاء.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Too few customers</source>
        <translation>عملاء قليلون جدًا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers behind the figure &lt; minimum (Settings, default 30)</source>
        <translation>العملاء وراء الرقم &lt; الحد الأدنى (الإعدادات، الافتراضي 30)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the figure's own base (S0, customers, new customers, cohort size)</source>
        <translation>قاعدة الرقم نفسه (S0، العملاء، العملاء الجدد، حجم الفوج)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A rate, median or change computed from fewer customers than the minimum is shown as 'too few' instead of a number: one or two customers can swing it anywhere.</source>
        <translation>يُعرض المعدل أو الوسيط أو التغيّر المحسوب من عملاء أقل من الحد الأدنى بعبارة «قليل جدًا» بدل الرقم: فعميل أو اثنان قد يحرّكانه إلى أي قيمة.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>revenue(t) = sum over cohorts of size x revenue per cohort customer at its age, using the weighted mean cohort curve (ages with &gt;= minimum cell n customers, then extended with the mean of its last 3 ratios); the scenario multiplies every future period-to-period retention ratio r(k)/r(k-1) by (1 + x%) or adds x points (capped at 1); new customers per period = mean of the last 3 complete periods; profit = revenue x gross margin % (- new customers x CAC when spend is known)</source>
        <translation>الإيراد(t) = مجموع على الأفواج للحجم × الإيراد لكل عميل في الفوج عند عمره، باستخدام منحنى الفوج المتوسط المرجّح (الأعمار التي فيها عدد عملاء لا يقل عن الحد الأدنى للخلية، ثم يُمدّ بمتوسط آخر ٣ نسب)؛ يضرب السيناريو كل نسبة احتفاظ مستقبلية من فترة لأخرى r(k)/r(k-1) في (1 + x٪) أو يضيف x نقطة (بحد أقصى ١)؛ العملاء الجدد لكل فترة = متوسط آخر ٣ فترات مكتملة؛ الربح = الإيراد × نسبة الهامش الإجمالي (- العملاء الجدد × تكلفة الاكتساب عند معرفة الإنفاق)</translation>
    </message>
    <message>
        <location line="-84" />
        <source>new customers of the channel in the range observed through age k</source>
        <translation>العملاء الجدد للقناة ضمن النطاق المرصودون حتى العمر k</translation>
    </message>
    <message>
        <location line="-151" />
        <source>(S0 - R) / S0 = 1 - retention rate</source>
        <translation>(S0 - R) / S0 = 1 - معدل الاحتفاظ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Of the customers active at the start of the period, the share no longer active at its end. Retention rate + churn rate = 100 %.</source>
        <translation>من العملاء النشطين في بداية الفترة، الحصة التي لم تعد نشطة في نهايتها. معدل الاحتفاظ + معدل التسرب = 100 %.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Predicted gross profit, not revenue. With fewer than 300 repeat customers the app marks it rough and shows an 80 % interval. Under the 'net' revenue policy each customer's predicted spend is scaled by their share of spend kept after returns. When the model does not fit (a degenerate fit, parameters the data cannot pin down, or a holdout check more than 15 % off) the app says so and shows the historical value instead.</source>
        <translation>ربح إجمالي متوقع، لا إيراد. مع أقل من 300 عميل متكرر يعلّمه التطبيق تقريبيًا ويعرض فاصل 80 %. مع سياسة الإيراد «الصافي» يُقلَّص الإنفاق المتوقع لكل عميل بحصة إنفاقه الباقية بعد المرتجعات. عندما لا يلائم النموذج (ملاءمة متدهورة، أو معلمات لا تحددها البيانات، أو فحص الاحتجاز بخطأ يتجاوز 15 %) يقول التطبيق ذلك ويعرض القيمة التاريخية بدلًا منه.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Already active when the data starts</source>
        <translation>نشطون مسبقًا عند بدء البيانات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cohort of the export's first period</source>
        <translation>فوج الفترة الأولى في الملف</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Customers whose first order in the export falls in its first period: most of them were customers before the export began, so this row is not a cohort of new customers. It is labelled and kept out of the mean curve.</source>
        <translation>عملاء يقع أول طلب لهم في الملف في فترته الأولى: كان معظمهم عملاء قبل بدء الملف، فهذا الصف ليس فوجًا من العملاء الجدد. يُوسم ويُستبعد من منحنى المتوسط.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>sum of value x n / sum of n over complete cells at age k (first cohort left out)</source>
        <translation>مجموع القيمة × n / مجموع n على الخلايا المكتملة عند العمر k (دون الفوج الأول)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The average cohort, weighting bigger cohorts more. The export's first cohort is everyone already active when the data starts, not new customers, so it is left out; where fewer than 3 cohorts remain the curve stops instead of following one cohort.</source>
        <translation>الفوج المتوسط، مع وزن أكبر للأفواج الأكبر. الفوج الأول في الملف هو كل من كان نشطًا مسبقًا عند بدء البيانات، لا عملاء جددًا، لذا يُستبعد؛ وحيث يبقى أقل من 3 أفواج يتوقف المنحنى بدل تتبّع فوج واحد.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CRR (E - N) / S0</source>
        <translation>CRR (E - N) / S0</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The textbook CRR formula, kept in the CRR table. It is not the share of starting customers kept: E - N also counts customers who lapsed before the period and came back in it (resurrected), so it can exceed 100 %; and with a window shorter than the period, new customers can lapse before the period ends, so it can drop below 0. Use the retention rate R / S0 as the headline.</source>
        <translation>صيغة CRR التقليدية، مُبقاة في جدول CRR. ليست حصة العملاء المحتفَظ بهم: يحتسب E - N أيضًا العملاء الذين انقطعوا قبل الفترة ثم عادوا فيها (العائدون)، لذا قد تتجاوز 100 %؛ ومع نافذة أقصر من الفترة قد ينقطع عملاء جدد قبل نهايتها فتنخفض تحت الصفر. استخدم معدل الاحتفاظ R / S0 رقمًا رئيسيًا.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retention rate</source>
        <translation>معدل الاحتفاظ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>R / S0, R = customers active at the period start AND at its end</source>
        <translation>R / S0، R = العملاء النشطون في بداية الفترة وفي نهايتها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Of the customers active at the start of the period, the share still active at its end. Never above 100 %; churn rate is its complement. Customers who came back after lapsing are not counted (see CRR (E - N) / S0).</source>
        <translation>من العملاء النشطين في بداية الفترة، الحصة التي ما زالت نشطة في نهايتها. لا تتجاوز 100 % أبدًا؛ ومعدل التسرب مكمّلها. لا يُحتسب العملاء الذين عادوا بعد انقطاع (انظر CRR (E - N) / S0).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Not enough history</source>
        <translation>لا يوجد سجل كافٍ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>period start - W &lt; first day of the export</source>
        <translation>بداية الفترة - W &lt; أول يوم في الملف</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per period</source>
        <translation>لكل فترة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The export does not reach far enough back to know who was active at the start of this period: customers who bought only before the export began are missing and nobody can have lapsed yet, so retention reads 100 % and churn 0 %. Such periods are marked and left out of headlines.</source>
        <translation>لا يمتد الملف المصدَّر إلى الوراء بما يكفي لمعرفة من كان نشطًا في بداية هذه الفترة: يغيب العملاء الذين اشتروا قبل بدء الملف فقط، ولم يكن بإمكان أحد أن يتسرب بعد، فيظهر الاحتفاظ 100 % والتسرب 0 %. تُعلَّم هذه الفترات وتُستبعد من الأرقام الرئيسية.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Historical value per customer (last 12 months)</source>
        <translation>القيمة التاريخية لكل عميل (آخر 12 شهرًا)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>margin · revenue of the last 12 months / customers who ordered in them</source>
        <translation>الهامش · إيراد آخر 12 شهرًا / العملاء الذين طلبوا فيها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customers with an order in the last 12 months of the data</source>
        <translation>العملاء الذين لديهم طلب في آخر 12 شهرًا من البيانات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The 12 months ending on the data end; revenue under the project's policy</source>
        <translation>الأشهر الاثنا عشر المنتهية بنهاية البيانات؛ الإيراد وفق سياسة المشروع</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What a customer actually brought in gross profit over the last year. Shown instead of the predicted CLV when the prediction model does not fit the shop.</source>
        <translation>الربح الإجمالي الذي جلبه العميل فعلًا خلال السنة الماضية. يُعرض بدل CLV المتوقع عندما لا يلائم نموذج التنبؤ المتجر.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Continuing customers</source>
        <translation>العملاء المستمرّون</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Customers who keep buying period after period. Not the same as the returning-customer rate, which counts anyone with an earlier order at any time.</source>
        <translation>عملاء يواصلون الشراء فترة بعد فترة. ليس هو معدل العملاء العائدين الذي يحتسب كل من لديه طلب سابق في أي وقت.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>N days after the first order; later orders looked for up to the data end</source>
        <translation>N يومًا بعد الطلب الأول؛ ويُبحث عن الطلبات اللاحقة حتى نهاية البيانات</translation>
    </message>
    <message>
        <location line="+26" />
        <source>ages of complete periods up to the data end</source>
        <translation>أعمار الفترات المكتملة حتى نهاية البيانات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How long it takes until a new customer has earned back what it cost to win them.</source>
        <translation>كم يستغرق العميل الجديد حتى يعيد ما كلّفه اكتسابه.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Purchase frequency</source>
        <translation>تكرار الشراء</translation>
    </message>
    <message>
        <location line="+1" />
        <source>orders / customers</source>
        <translation>الطلبات / العملاء</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers with &gt;= 1 order in the range</source>
        <translation>العملاء الذين لديهم طلب واحد على الأقل ضمن النطاق</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How many times the average customer bought in the range.</source>
        <translation>كم مرة اشترى العميل المتوسط ضمن النطاق.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quick ratio</source>
        <translation>النسبة السريعة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(new + resurrected) / dormant</source>
        <translation>(الجدد + العائدون) / الخاملون</translation>
    </message>
    <message>
        <location line="+1" />
        <source>dormant customers</source>
        <translation>العملاء الخاملون</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Growth efficiency: above 1 the customer base grows.</source>
        <translation>كفاءة النمو: فوق ١ تنمو قاعدة العملاء.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reactivations</source>
        <translation>حالات العودة للنشاط</translation>
    </message>
    <message>
        <location line="+1" />
        <source>orders placed &gt;= W days after the same customer's previous order</source>
        <translation>الطلبات المقدَّمة بعد W يومًا أو أكثر من الطلب السابق للعميل نفسه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>orders in the range (for the share)</source>
        <translation>الطلبات ضمن النطاق (لحساب النسبة)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>orders dated in the selected date range; previous order from the whole history; W = activity window</source>
        <translation>الطلبات المؤرخة ضمن النطاق المحدد؛ والطلب السابق من كامل السجل؛ W = نافذة النشاط</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customers coming back after a lapse of at least the activity window.</source>
        <translation>العملاء العائدون بعد انقطاع لا يقل عن نافذة النشاط.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Shopify-style: share of this range's customers who are not buying for the first time. Over the whole history it always equals the repeat purchase rate (every earlier order is then inside the range); over one period it also counts customers whose earlier order was before it.</source>
        <translation>على طريقة Shopify: حصة عملاء هذا النطاق الذين لا يشترون لأول مرة. على كامل السجل تساوي دائمًا معدل الشراء المتكرر (كل طلب سابق يقع داخل النطاق)؛ وفي فترة واحدة تحتسب أيضًا من كان طلبهم السابق قبلها.</translation>
    </message>
    <message>
        <location line="-41" />
        <source>customers with a 2nd order within N days of the first / customers observed for N days</source>
        <translation>العملاء الذين لديهم طلب ثانٍ خلال N يومًا من الأول / العملاء المتابَعون N يومًا</translation>
    </message>
    <message>
        <location line="+50" />
        <source>N = 30, 60, 90 days after the first order; second order looked for up to the data end</source>
        <translation>N = 30 و60 و90 يومًا بعد الطلب الأول؛ ويُبحث عن الطلب الثاني حتى نهاية البيانات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Share of new customers who came back within N days, among those the data follow for at least N days.</source>
        <translation>حصة العملاء الجدد الذين عادوا خلال N يومًا، بين من تتابعهم البيانات N يومًا على الأقل.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Segment comparison</source>
        <translation>مقارنة الشرائح</translation>
    </message>
    <message>
        <location line="+1" />
        <source>each metric computed on the orders carrying that value of the dimension (exactly as if the filter dimension = value were set); CRR = sum(E - N) / sum(S0) and churn = sum(S0 - R) / sum(S0) over the complete periods of the range</source>
        <translation>يُحسب كل مؤشر على الطلبات التي تحمل تلك القيمة من البُعد (تمامًا كما لو ضُبطت التصفية البُعد = القيمة)؛ معدل الاحتفاظ = sum(E - N) / sum(S0) ومعدل التسرب = sum(S0 - R) / sum(S0) على الفترات المكتملة من النطاق</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per metric, as in its own card</source>
        <translation>لكل مؤشر، كما في بطاقته</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the selected date range (default: from the start of the period 365 days before the data end)</source>
        <translation>نطاق التاريخ المحدد (الافتراضي: من بداية الفترة الواقعة قبل ٣٦٥ يومًا من نهاية البيانات)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sessions per user per week</source>
        <translation>الجلسات لكل مستخدم أسبوعيًا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sessions (or orders) in the week / customers active in the week; overall: all sessions / all active customer-weeks</source>
        <translation>الجلسات (أو الطلبات) في الأسبوع / العملاء النشطون في الأسبوع؛ الإجمالي: كل الجلسات / كل أسابيع العملاء النشطة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers active in the week</source>
        <translation>العملاء النشطون في الأسبوع</translation>
    </message>
    <message>
        <location line="+1" />
        <source>weeks of the selected date range (week start from the settings); sessions of the activity table when the project has one, otherwise order days (labelled 'on order days')</source>
        <translation>أسابيع النطاق المحدد (بداية الأسبوع من الإعدادات)؛ جلسات جدول النشاط إن وُجد في المشروع، وإلا فأيام الطلبات (بعلامة «حسب أيام الطلبات»)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Engagement intensity of the people who show up at all.</source>
        <translation>شدة تفاعل من يظهرون أصلًا.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Retention what-if projection</source>
        <translation>توقع «ماذا لو» للاحتفاظ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>existing and projected cohorts</source>
        <translation>الأفواج الحالية والمتوقعة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the next 12 periods after the last complete one</source>
        <translation>الفترات الاثنتا عشرة التالية بعد آخر فترة مكتملة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What keeping a few more customers each period would be worth for this shop.</source>
        <translation>كم يساوي لهذا المتجر الاحتفاظ بعدد أكبر قليلًا من العملاء في كل فترة.</translation>
    </message>
    <message>
        <location line="-211" />
        <source>P(alive)</source>
        <translation>احتمال النشاط P(alive)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>BG/NBD: 1 / (1 + [x &gt; 0] · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x))</source>
        <translation>BG/NBD: 1 / (1 + [x &gt; 0] · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x))</translation>
    </message>
    <message>
        <location line="+1" />
        <source>—: a probability per customer</source>
        <translation>—: احتمال لكل عميل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All purchase days up to the as-of date (same-day orders count once)</source>
        <translation>كل أيام الشراء حتى التاريخ المرجعي (تُحتسب طلبات اليوم الواحد مرة واحدة)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chance the customer has not silently stopped buying. The model lets people stop only right after a purchase, so one-time buyers always show 1; judge them by expected purchases instead.</source>
        <translation>احتمال ألا يكون العميل قد توقف عن الشراء بصمت. يفترض النموذج أن التوقف يحدث بعد الشراء مباشرة فقط، لذا يظهر المشترون لمرة واحدة دائمًا بقيمة ١؛ قيّمهم بالمشتريات المتوقعة بدلًا من ذلك.</translation>
    </message>
    <message>
        <location line="-19" />
        <source>Expected purchases</source>
        <translation>المشتريات المتوقعة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>BG/NBD conditional expectation E[X(t) | x, t_x, T] for t = the horizon</source>
        <translation>التوقع الشرطي لنموذج BG/NBD، E[X(t) | x, t_x, T] حيث t = الأفق</translation>
    </message>
    <message>
        <location line="+1" />
        <source>—: purchase days per customer</source>
        <translation>—: أيام الشراء لكل عميل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The next horizon months after the as-of date</source>
        <translation>أشهر الأفق التالية بعد التاريخ المرجعي</translation>
    </message>
    <message>
        <location line="+1" />
        <source>x = repeat purchase days, t_x = time of the last one, T = time since the first purchase, in weeks (days / 7).</source>
        <translation>x = أيام الشراء المتكرر، t_x = وقت آخرها، T = الوقت منذ الشراء الأول، بالأسابيع (الأيام / ٧).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Expected spend per order</source>
        <translation>الإنفاق المتوقع لكل طلب</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gamma-Gamma: p·(v + x·m̄) / (p·x + q − 1); no repeats: p·v / (q − 1)</source>
        <translation>غاما-غاما: p·(v + x·m̄) / (p·x + q − 1)؛ دون تكرار: p·v / (q − 1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repeat orders of the customer (m̄ = their mean repeat spend)</source>
        <translation>الطلبات المتكررة للعميل (m̄ = متوسط إنفاقه المتكرر)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All orders up to the as-of date</source>
        <translation>كل الطلبات حتى التاريخ المرجعي</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fitted on customers with repeat orders and positive spend. Assumes spend does not depend on how often someone buys; the app warns when it does.</source>
        <translation>يُلاءَم على العملاء ذوي الطلبات المتكررة والإنفاق الموجب. يفترض أن الإنفاق لا يعتمد على عدد مرات الشراء؛ وينبّه البرنامج عندما يعتمد.</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Customer lifetime value (CLV)</source>
        <translation>قيمة العميل مدى الحياة (CLV)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>margin · Σ_k E[M] · (E[X(k·f)] − E[X((k−1)·f)]) / (1+d)^k, k = 1…H months</source>
        <translation>الهامش · Σ_k E[M] · (E[X(k·f)] − E[X((k−1)·f)]) / (1+d)^k، k = ١…H شهرًا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>—: gross profit per customer</source>
        <translation>—: الربح الإجمالي لكل عميل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The next H months (default 12), f = one month in weeks, d = monthly discount rate</source>
        <translation>الأشهر H القادمة (الافتراضي ١٢)، f = شهر واحد بالأسابيع، d = معدل الخصم الشهري</translation>
    </message>
    <message>
        <location line="+22" />
        <source>RFM scores</source>
        <translation>درجات RFM</translation>
    </message>
    <message>
        <location line="+1" />
        <source>score = 1 + floor(5 · (rank − 1) / n), ties take their lowest rank; R ranks days since last order (fewer is better), F purchase days, M total revenue</source>
        <translation>الدرجة = 1 + floor(5 · (rank − 1) / n)، وتأخذ القيم المتساوية أدنى رتبة؛ R حسب الأيام منذ آخر طلب (الأقل أفضل)، F أيام الشراء، M إجمالي الإيرادات</translation>
    </message>
    <message>
        <location line="-9" />
        <source>All customers with an order up to the as-of date</source>
        <translation>جميع العملاء الذين لديهم طلب حتى التاريخ المرجعي</translation>
    </message>
    <message>
        <location line="+10" />
        <source>All history up to the as-of date</source>
        <translation>كامل السجل حتى التاريخ المرجعي</translation>
    </message>
    <message>
        <location line="+1" />
        <source>FM = (F + M) / 2 rounded half up; the segment comes from the R × FM rule table.</source>
        <translation>FM = (F + M) / 2 مقرّبًا للأعلى عند النصف؛ وتُستخرج الشريحة من جدول قواعد R × FM.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>RFM segment</source>
        <translation>شريحة RFM</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First rule of the segment table whose R and FM ranges contain the customer</source>
        <translation>أول قاعدة في جدول الشرائح تشمل نطاقاتها لـ R وFM العميل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Eleven segments from Champions to Lost; the table is shown in the app.</source>
        <translation>إحدى عشرة شريحة من «الأبطال» إلى «المفقودين»؛ ويُعرض الجدول في البرنامج.</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Lifecycle stage</source>
        <translation>مرحلة دورة الحياة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>new → churned → reactivated → at risk → active (first matching rule)</source>
        <translation>جديد ← متسرّب ← عاد للنشاط ← معرّض للخسارة ← نشط (أول قاعدة مطابقة)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Activity window W (settings) and each customer's median gap between purchase days (one-time buyers: the shop's median gap)</source>
        <translation>نافذة النشاط W (الإعدادات) ووسيط الفجوة بين أيام شراء كل عميل (للمشترين لمرة واحدة: وسيط فجوة المتجر)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Stage movement</source>
        <translation>الانتقال بين المراحل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customers counted by (stage at date A, stage at date B)</source>
        <translation>عدد العملاء حسب (المرحلة في التاريخ A، المرحلة في التاريخ B)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customers with an order by date B</source>
        <translation>العملاء الذين لديهم طلب حتى التاريخ B</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date A = as-of date − W, date B = as-of date</source>
        <translation>التاريخ A = التاريخ المرجعي − W، التاريخ B = التاريخ المرجعي</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customers who had not bought yet at date A appear as 'not yet a customer'.</source>
        <translation>يظهر العملاء الذين لم يشتروا بعد في التاريخ A على أنهم «ليس عميلًا بعد».</translation>
    </message>
    <message>
        <location line="+107" />
        <source>first age k (in periods since the first order) where cumulative gross margin per customer &gt;= CAC; margin = revenue x gross margin %; cumulative = sum over ages 0..k of the mean revenue per customer observed at that age</source>
        <translation>أول عمر k (بالفترات منذ الطلب الأول) يصبح فيه الهامش الإجمالي التراكمي لكل عميل ≥ تكلفة الاكتساب؛ الهامش = الإيرادات × نسبة الهامش الإجمالي؛ التراكمي = مجموع متوسط الإيراد لكل عميل المرصود عند الأعمار ٠..k</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Repeat purchase rate</source>
        <translation>معدل تكرار الشراء</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers with &gt;= 2 orders in the range / customers with &gt;= 1 order in the range</source>
        <translation>العملاء الذين لديهم طلبان أو أكثر ضمن النطاق / العملاء الذين لديهم طلب واحد على الأقل ضمن النطاق</translation>
    </message>
    <message>
        <location line="+1" />
        <source>orders dated inside the selected date range only (earlier history ignored)</source>
        <translation>الطلبات المؤرخة داخل النطاق المحدد فقط (يُتجاهل السجل السابق)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Share of this range's customers who bought more than once inside it.</source>
        <translation>نسبة عملاء هذا النطاق الذين اشتروا أكثر من مرة داخله.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E - N - R (active at end, not new, not active at start)</source>
        <translation>E - N - R (نشط في النهاية، ليس جديدًا، غير نشط في البداية)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lapsed customers who came back during the period.</source>
        <translation>العملاء المنقطعون الذين عادوا خلال الفترة.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retained customers (R)</source>
        <translation>العملاء المحتفَظ بهم (R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>|active at start AND active at end|</source>
        <translation>|نشط في البداية ونشط في النهاية|</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Starting customers who are still active at the end.</source>
        <translation>عملاء البداية الذين ما زالوا نشطين في النهاية.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Returning-customer rate</source>
        <translation>معدل العملاء العائدين</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customers ordering in the range who had an earlier order (before the range or earlier in it) / customers ordering in the range</source>
        <translation>العملاء الذين طلبوا ضمن النطاق ولديهم طلب سابق (قبل النطاق أو في وقت أبكر منه) / العملاء الذين طلبوا ضمن النطاق</translation>
    </message>
    <message>
        <location line="+1" />
        <source>whole history up to the range end</source>
        <translation>كامل السجل حتى نهاية النطاق</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Revenue</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sum of order revenue, minus returns/cancellations under the 'net' revenue policy</source>
        <translation>مجموع إيرادات الطلبات، مطروحًا منها المرتجعات والإلغاءات في وضع «الصافي»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>orders dated inside the selected date range (returns on the day they happened)</source>
        <translation>الطلبات المؤرخة داخل النطاق المحدد (المرتجعات في يوم حدوثها)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Money taken from identified customers.</source>
        <translation>الأموال المحصّلة من العملاء المعروفين.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revenue per customer</source>
        <translation>الإيراد لكل عميل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>revenue / customers</source>
        <translation>الإيرادات / العملاء</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What the average customer spent in the range.</source>
        <translation>ما أنفقه العميل المتوسط ضمن النطاق.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Second order within N days</source>
        <translation>الطلب الثاني خلال N يومًا</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Share of spend</source>
        <translation>حصة الإنفاق</translation>
    </message>
    <message>
        <location line="+1" />
        <source>revenue of the segment / revenue of all segments</source>
        <translation>إيرادات الشريحة / إيرادات كل الشرائح</translation>
    </message>
    <message>
        <location line="+1" />
        <source>revenue of all values of the dimension</source>
        <translation>إيرادات كل قيم البُعد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Which segment brings in the money.</source>
        <translation>أي شريحة تجلب المال.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time to second purchase</source>
        <translation>الوقت حتى الشراء الثاني</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../retention_desktop/ui/i18n.py" line="+302" />
        <source>Restart needed</source>
        <extracomment>Native names shown in the language picker (never translated).</extracomment>
        <translation>يلزم إعادة التشغيل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The new language and number settings apply after a restart. Restart now?</source>
        <translation>تُطبَّق اللغة وإعدادات الأرقام الجديدة بعد إعادة تشغيل البرنامج. هل تريد إعادة التشغيل الآن؟</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restart now</source>
        <translation>إعادة التشغيل الآن</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <location filename="../../retention_desktop/ui/widgets/heatmap_keys.py" line="+45" />
        <source>Cohort heatmap: arrow keys move between cells, Enter lists the customers of a cell</source>
        <translation>خريطة الأفواج الحرارية: مفاتيح الأسهم تنتقل بين الخلايا، وEnter يعرض عملاء الخلية</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../retention_desktop/ui/dialogs/error_dialog.py" line="+9" />
        <source>the overview numbers</source>
        <translation>أرقام النظرة العامة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the cohort analysis</source>
        <translation>تحليل الأفواج</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the customer list of a cohort cell</source>
        <translation>قائمة عملاء خلية الفوج</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the file preview</source>
        <translation>معاينة الملف</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the data summary</source>
        <translation>ملخص البيانات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the filter values</source>
        <translation>قيم التصفية</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the look-up of the customer</source>
        <translation>البحث عن العميل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>deleting the customer's data</source>
        <translation>حذف بيانات العميل</translation>
    </message>
</context>
</TS>
