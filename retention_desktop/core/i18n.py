"""Marking user-visible strings of the Qt-free core for translation.

The core cannot call Qt's ``tr()``. Instead it marks strings with :func:`tr_noop`
(which returns the text unchanged) and the UI translates them at display time with
``retention_desktop.ui.i18n.tr_core(text, context)``. ``scripts/extract_core_strings.py``
finds every ``tr_noop("...")`` literal in ``retention_desktop/core`` (and the text of every
registered definition card) and writes a ``QT_TRANSLATE_NOOP`` listing that
``pyside6-lupdate`` reads, so these strings land in the ``.ts`` files too.
"""

from __future__ import annotations


def tr_noop(text: str, context: str = "core") -> str:
    """Mark ``text`` for translation in ``context``; returns it unchanged.

    Parameters
    ----------
    text : str
        English source text (a literal, so the extractor can find it).
    context : str
        Translation context; use ``"definitions"`` for metric definition cards.
    """
    return text
