<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>App</name>
    <message>
        <location filename="../../retention_desktop/ui/app.py" line="+46"/>
        <location line="+1"/>
        <source>Retention Desktop</source>
        <translation>رتنشن دسکتاپ</translation>
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
    <name>i18n</name>
    <message>
        <location filename="../../retention_desktop/ui/i18n.py" line="+247"/>
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
</TS>
