"""Reading direction of mixed Persian/Arabic and left-to-right text (Qt-free).

In fa/ar only a formula is a left-to-right run: :func:`bidi_formulas` isolates each formula
(``(E - N) / S0``, ``(AOV)``, ``p = ۰٫۰۵``) inside translated text and leaves the words
right to left. Wrapping a whole sentence in an isolate would lay its words out left to
right. English text passes unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from retention_desktop.core.formatting import (
    LRI,
    PDI,
    LocaleSettings,
    current_locale,
    to_local_digits,
)

# Characters a formula is written with: Latin/Greek letters, digits of any system, math
# operators, brackets and the separators translators put inside formulas.
_FORMULA_CHARS = (r"A-Za-z\u0370-\u03ff0-9\u06f0-\u06f9\u0660-\u0669_\s()\[\]{}|+\-\u2212"
                  r"\u00d7\u00b7*/=<>\u2264\u2265\u00b1^.,\u060c'\u2032\u00b2\u00b3\u2080-\u2089"
                  r"\u0304\u2026\u221a\u2211\u03a3%\u066a\u066b\u066c:&")
_FORMULA_RUN = re.compile(f"[{_FORMULA_CHARS}]+")
# What makes a run a formula rather than punctuation between words: a Latin or Greek letter.
_FORMULA_ANCHOR = re.compile(r"[A-Za-z\u0370-\u03ff]")
_OPENING, _CLOSING = "([{", ")]}"
# Persian and Arabic-Indic digits back to Latin (before writing them in the locale's digits)
_ANY_TO_LATIN = str.maketrans({**{c: str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")},
                               **{c: str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")}})


def _formula_span(run: str) -> tuple[int, int] | None:
    """Start and end of the formula inside a run of formula characters (None: no formula).

    The span starts at the first letter/digit (or an opening bracket before it) and ends at
    the last letter/digit (or a closing bracket after it): spaces and separators at the
    edges belong to the surrounding sentence.
    """
    if not _FORMULA_ANCHOR.search(run):
        return None
    core = [i for i, ch in enumerate(run) if ch.isalnum() or ch in "\u2026\u03a3\u2211"]
    start, end = core[0], core[-1] + 1
    while start > 0 and (run[start - 1] in _OPENING or run[start - 1] in "|"):
        start -= 1
    # a closing bracket belongs to the formula only when the formula opened it (or an
    # opening bracket just left of it does): in "(… در ماه k)" it closes the sentence's
    # bracket and must stay right to left, after the isolated "k"
    depth = sum(run[start:end].count(c) for c in _OPENING) - sum(
        run[start:end].count(c) for c in _CLOSING)
    opened_left = run[:start].rstrip().endswith(tuple(_OPENING))
    while end < len(run) and (run[end] in "|²³'\u2032" or (
            run[end] in _CLOSING and (depth > 0 or opened_left))):
        if run[end] in _CLOSING:
            depth -= 1
        end += 1
    # an unmatched opening bracket left of the span belongs to it when it closes inside
    opened = run[start:end].count("(") - run[start:end].count(")")
    while opened < 0 and start > 0 and run[:start].rstrip().endswith(_OPENING):
        start = len(run[:start].rstrip()) - 1
        opened += 1
    return start, end


def _rewrite_runs(text: str, words: Callable[[str], str],
                  formula: Callable[[str], str]) -> str:
    """``text`` with ``words`` applied between formulas and ``formula`` to each formula.

    Parts already inside a left-to-right isolate are kept as they are.
    """
    if LRI in text:
        parts = re.split(f"({LRI}[^{PDI}]*{PDI})", text)
        return "".join(part if part.startswith(LRI) else _rewrite_runs(part, words, formula)
                       for part in parts)
    out, pos = [], 0
    for m in _FORMULA_RUN.finditer(text):
        span = _formula_span(m.group())
        if span is None:
            continue
        a, b = m.start() + span[0], m.start() + span[1]
        out.append(words(text[pos:a]) + formula(text[a:b]))
        pos = b
    out.append(words(text[pos:]))
    return "".join(out)


def bidi_formulas(text: str, loc: LocaleSettings | None = None) -> str:
    """Keep every formula inside a right-to-left sentence reading left to right.

    In fa/ar each formula run (``(E - N) / S0``, ``(AOV)``, ``R/S0``) is wrapped in a
    left-to-right isolate; the words around it stay right to left. Wrapping the whole
    sentence instead would lay the Persian words out left to right (scrambled). English
    text is returned unchanged.

    Parameters
    ----------
    text : str
        A translated label, definition or formula.
    loc : LocaleSettings, optional
        Default: the current locale.
    """
    loc = loc or current_locale()
    if not loc.rtl or not text:
        return text
    return _rewrite_runs(text, lambda words: words, lambda formula: LRI + formula + PDI)


def prose_digits(text: str, loc: LocaleSettings | None = None) -> str:
    """A translated text with the numbers of its words in the locale's digits.

    Translations carry their numbers as written by the translator ("آخر 12 شهرًا",
    "۱۲ ماه گذشته"); the reader chose one digit system (Settings), so every number in the
    running text is rewritten through :func:`formatting.to_local_digits`. A formula
    (``(S0 - R) / S0 = 1``, ``R / S0``) and anything already isolated keep their digits.

    Parameters
    ----------
    text : str
        A translated definition (name, formula, description).
    loc : LocaleSettings, optional
        Default: the current locale.
    """
    loc = loc or current_locale()
    if not text:
        return text
    return _rewrite_runs(text, lambda words: to_local_digits(words.translate(_ANY_TO_LATIN), loc),
                         lambda formula: formula)


def bidi_isolate(text: str, loc: LocaleSettings | None = None) -> str:
    """``text`` as one left-to-right unit inside right-to-left text (a formula, a file name)."""
    loc = loc or current_locale()
    return f"{LRI}{text}{PDI}" if loc.rtl and text else text


def bidi_isolate_each(*texts: str, loc: LocaleSettings | None = None) -> list[str]:
    """Each formatted number as its own unit, for templates like ``"{0} to {1}"``.

    A negative number (left-to-right marks around its minus) would otherwise pull the words
    and the next number into one left-to-right run in fa/ar.
    """
    loc = loc or current_locale()
    return [bidi_isolate(t, loc) for t in texts]
