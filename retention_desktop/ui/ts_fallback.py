"""A context-tolerant safety net behind the compiled translations.

Qt looks a string up by (context, source). ``pyside6-lupdate`` sometimes files a string
under a context that Qt never asks for at run time — module-level ``tr()`` helpers land
in context ``""``, ``widget.tr()`` in ``"widget"``, plural ``self.tr(..., n)`` in a dotted
pseudo-context — and strings from the Qt-free core (definition cards, segment names)
are shown from whatever widget displays them. The compiled ``.qm`` then misses, and the
user would see English.

:class:`FallbackTranslator` is installed *before* the ``.qm`` translators (Qt asks the
most recently installed translator first), so it only answers when the exact lookup
failed: it returns the translation of the same source text from any context (the
text's own context first), choosing the plural form by the language's rule. It reads
the ``.ts`` source next to the ``.qm`` — a few hundred messages, parsed in milliseconds.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QObject, QTranslator


def plural_index(lang: str, n: int, forms: int) -> int:
    """Index of the plural form Qt uses for ``n`` in ``lang`` (Qt's numerus order)."""
    if forms <= 1:
        return 0
    if lang == "ar" and forms == 6:
        m = n % 100
        if n == 0:
            return 0
        if n == 1:
            return 1
        if n == 2:
            return 2
        if 3 <= m <= 10:
            return 3
        if 11 <= m <= 99:
            return 4
        return 5
    return 0 if n == 1 else min(1, forms - 1)


def read_ts(path: Path) -> tuple[dict[tuple[str, str], list[str]], dict[str, list[str]]]:
    """Finished translations of a ``.ts`` file, by (context, source) and by source alone."""
    exact: dict[tuple[str, str], list[str]] = {}
    by_source: dict[str, list[str]] = {}
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        context = ctx.findtext("name", "") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
            if not all(f.strip() for f in forms):
                continue
            source = msg.findtext("source", "")
            exact[(context, source)] = forms
            by_source.setdefault(source, forms)
    return exact, by_source


class FallbackTranslator(QTranslator):
    """Answers lookups the compiled translators missed, ignoring the context.

    Parameters
    ----------
    ts_path : Path
        The language's ``.ts`` file.
    lang : str
        Language code (plural rules).
    parent : QObject, optional
    """

    def __init__(self, ts_path: Path, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._exact, self._by_source = read_ts(ts_path)

    def isEmpty(self) -> bool:  # noqa: D102 - Qt API
        return not self._by_source

    def __len__(self) -> int:
        return len(self._by_source)

    def translate(self, context: str, sourceText: str, disambiguation: str | None = None,  # noqa: N803
                  n: int = -1) -> str | None:
        """The translation of ``sourceText`` (own context first), or None to fall through."""
        forms = self._exact.get((context, sourceText)) or self._by_source.get(sourceText)
        if not forms:
            return None  # a null string: Qt keeps looking / shows the source
        return forms[plural_index(self.lang, n, len(forms))] if n >= 0 else forms[0]
