"""Every user-visible string is translated into Persian and Arabic, and the translations load."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
LANGS = ("fa", "ar")
# Placeholders that must survive translation: %1, %n, %L1, {name}, {0}.
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_0-9]*\}")
# Letters only Persian uses (Arabic text must not contain them) and Arabic-only forms of
# Persian letters (Persian text must use ی and ک instead of ي and ك).
PERSIAN_ONLY = set("پچژگیک")
ARABIC_ONLY = set("يك")


def _messages(lang: str):
    root = ET.parse(I18N / f"retention_desktop_{lang}.ts").getroot()
    assert root.get("language") == lang
    for ctx in root.iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in tr.findall("numerusform")] if tr is not None else []
            text = "" if tr is None else (tr.text or "")
            yield name, msg.findtext("source", ""), tr, forms or [text]


def _qt_tool(tool: str) -> str:
    exe_dir = Path(sys.executable).parent
    for candidate in (exe_dir / f"pyside6-{tool}", shutil.which(f"pyside6-{tool}")):
        if candidate and Path(candidate).exists():
            return str(candidate)
    import PySide6

    bundled = Path(PySide6.__file__).parent / tool
    if bundled.exists():
        return str(bundled)
    pytest.skip(f"pyside6-{tool} not installed")


@pytest.mark.parametrize("lang", LANGS)
def test_every_string_translated(lang):
    missing, wrong_placeholders, wrong_script = [], [], []
    count = 0
    for context, source, tr, forms in _messages(lang):
        count += 1
        if tr is None or tr.get("type") == "unfinished" or any(not f.strip() for f in forms):
            missing.append(f"{context}: {source!r}")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form))) != wanted:
                wrong_placeholders.append(f"{context}: {source!r} -> {form!r}")
            letters = PERSIAN_ONLY if lang == "ar" else ARABIC_ONLY
            if set(form) & letters:
                wrong_script.append(f"{context}: {form!r}")
    assert count > 0
    assert missing == [], f"{len(missing)} untranslated {lang} strings:\n" + "\n".join(missing)
    assert wrong_placeholders == [], "\n".join(wrong_placeholders)
    assert wrong_script == [], f"letters of the wrong language in {lang}:\n" + "\n".join(wrong_script)


def test_ts_files_cover_the_current_code(tmp_path):
    """Running lupdate again finds no string that the committed .ts files lack."""
    lupdate = _qt_tool("lupdate")
    stub = tmp_path / "core_strings.py"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "extract_core_strings.py"), str(stub)],
                   check=True, cwd=ROOT, capture_output=True)
    sources = sorted(str(p) for p in (ROOT / "retention_desktop").rglob("*.py"))
    for lang in LANGS:
        committed = {(c, s) for c, s, _, _ in _messages(lang)}
        fresh = tmp_path / f"fresh_{lang}.ts"
        subprocess.run([lupdate, *sources, str(stub), "-ts", str(fresh), "-no-obsolete",
                        "-locations", "none"], check=True, capture_output=True)
        root = ET.parse(fresh).getroot()
        current = {(ctx.findtext("name", ""), m.findtext("source", ""))
                   for ctx in root.iter("context") for m in ctx.iter("message")}
        new = sorted(current - committed)
        assert new == [], (f"{len(new)} strings missing from retention_desktop_{lang}.ts; run "
                           "scripts/update_translations.sh and translate them:\n"
                           + "\n".join(f"{c}: {s!r}" for c, s in new[:40]))


def test_fallback_translates_strings_filed_under_other_contexts(qapp):
    """lupdate files module-level tr() under "" and plural self.tr() under dotted contexts;
    Qt asks for the class name. The .ts fallback must still translate them."""
    from PySide6.QtCore import QCoreApplication

    from retention_desktop.ui.ts_fallback import FallbackTranslator, plural_index

    fallback = FallbackTranslator(I18N / "retention_desktop_fa.ts", "fa")
    assert len(fallback) > 100
    odd = [(c, s, forms[0]) for c, s, _, forms in _messages("fa")
           if (c == "" or "." in c) and forms[0].strip()]
    assert odd, "expected some strings under contexts Qt never asks for"
    QCoreApplication.installTranslator(fallback)
    try:
        for _context, source, translation in odd[:20]:
            if "%n" in source:
                continue
            assert QCoreApplication.translate("SomeWidget", source) == translation
        assert QCoreApplication.translate("Nowhere", "no such string xyz") == "no such string xyz"
    finally:
        QCoreApplication.removeTranslator(fallback)
    # Arabic plural forms follow Qt's order: 0, 1, 2, 3-10, 11-99, 100+.
    assert [plural_index("ar", n, 6) for n in (0, 1, 2, 5, 11, 100, 103)] == [0, 1, 2, 3, 4, 5, 3]
    assert plural_index("fa", 7, 1) == 0


def test_compiled_persian_translator_translates(tmp_path, qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    lrelease = _qt_tool("lrelease")
    qm = tmp_path / "retention_desktop_fa.qm"
    subprocess.run([lrelease, "-silent", str(I18N / "retention_desktop_fa.ts"), "-qm", str(qm)],
                   check=True, capture_output=True)
    expected = next(forms[0] for c, s, _, forms in _messages("fa")
                    if c == "i18n" and s == "Restart now")
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("i18n", "Restart now") == expected == "راه‌اندازی دوباره"
    assert translator.translate("i18n", "no such source text") in (None, "")
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("i18n", "Restart now") == expected
    finally:
        QCoreApplication.removeTranslator(translator)
