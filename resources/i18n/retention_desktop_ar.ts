<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>App</name>
    <message>
        <location filename="../../retention_desktop/ui/app.py" line="+46"/>
        <location line="+1"/>
        <source>Retention Desktop</source>
        <translation>ريتنشن ديسكتوب</translation>
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
    <name>i18n</name>
    <message>
        <location filename="../../retention_desktop/ui/i18n.py" line="+247"/>
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
</TS>
