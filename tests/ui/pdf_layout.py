"""Read a PDF page back as positioned glyphs (``pdftotext -bbox-layout``) for bidi checks.

pdftotext reports each shaped Persian/Arabic glyph as its own "word" (presentation forms)
and Latin text as real words; both come with their x positions, which is what a reader
sees. NFKC maps presentation forms back to letters.
"""

from __future__ import annotations

import html
import re
import subprocess
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

_LINE = re.compile(r"<line[^>]*>(.*?)</line>", re.S)
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>')
_RTL_LETTER = re.compile(r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")
# invisible in the glyph stream; dropped before comparing letters
_IGNORED = "\u200c\u200d\u200e\u200f\u061c\u0654\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"


@dataclass(frozen=True)
class Word:
    """One word (or one right-to-left glyph) with its horizontal extent."""

    x0: float
    x1: float
    y: float
    text: str

    @property
    def rtl(self) -> bool:
        return bool(_RTL_LETTER.search(self.text))


def pdf_text(pdf) -> str:
    """The whole PDF as text, laid out as on the page (``pdftotext -layout``)."""
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout


def page_lines(pdf, page: int = 1) -> list[list[Word]]:
    """Every text line of ``page`` as its words, in the order pdftotext found them."""
    out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-bbox-layout",
                          str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    lines = []
    for body in _LINE.findall(out):
        words = [Word(float(a), float(c), float(b), unicodedata.normalize("NFKC", html.unescape(t)))
                 for a, b, c, t in _WORD.findall(body)]
        if words:
            lines.append(words)
    return _merge_split_lines(lines)


def _merge_split_lines(lines: list[list[Word]]) -> list[list[Word]]:
    """Join pieces of one visual line that pdftotext split (e.g. at an Arabic diacritic)."""
    merged: list[list[Word]] = []
    for words in lines:
        for other in merged:
            if abs(other[0].y - words[0].y) < 1.0 and (
                    min(abs(min(w.x0 for w in other) - max(w.x1 for w in words)),
                        abs(min(w.x0 for w in words) - max(w.x1 for w in other))) < 4.0):
                other.extend(words)
                break
        else:
            merged.append(list(words))
    return merged


def letters(text: str) -> str:
    """Right-to-left letters of ``text`` in logical order, without spaces or marks."""
    text = unicodedata.normalize("NFKC", text).replace("ۀ", "ه")
    return "".join(ch for ch in text if _RTL_LETTER.match(ch) and ch not in _IGNORED)


def read_rtl(words: list[Word]) -> str:
    """The right-to-left letters of ``words`` read from the right edge leftwards."""
    return letters("".join(w.text for w in sorted(words, key=lambda w: -w.x1)))


def find_line(lines: list[list[Word]], *tokens: str) -> list[Word]:
    """The first line holding every one of the Latin ``tokens`` (as whole words)."""
    for words in lines:
        texts = [w.text for w in words]
        if all(t in texts for t in tokens):
            return words
    raise AssertionError(f"no line with {tokens}")


def x_of(words: list[Word], token: str) -> float:
    """Left edge of the first word equal to ``token``."""
    return next(w.x0 for w in words if w.text == token)


def similarity(shown: str, expected: str) -> float:
    """How closely the letters read off the page match the expected logical text (0..1).

    pdftotext drops a few ligature glyphs of the font, so an exact comparison is too strict;
    a sentence whose words came out in the wrong order scores far lower (about 0.3-0.6).
    """
    return SequenceMatcher(None, shown, letters(expected), autojunk=False).ratio()
