"""Display names for filters: standard dimension names, lifecycle stages, RFM segments.

One place for the UI: the filter bar, the Segments tab and the printed report all
write the active filters through :func:`describe_spec`, so a filtered report printed
in Persian or Arabic reads in that language (the workbook stays English on purpose).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication

from retention_desktop.core.clv import rfm, stages
from retention_desktop.core.engine.customer_labels import display_name
from retention_desktop.core.engine.spec import FilterSpec, describe_filters
from retention_desktop.ui.i18n import tr_core

#: Stages and segments in display order (defined in ``core.clv``; never re-typed here).
STAGES: tuple[str, ...] = stages.STAGES
SEGMENTS: tuple[str, ...] = rfm.SEGMENTS


def dimension_label(column: str, label: str | None = None) -> str:
    """The display name of a dimension column.

    Standard fields (channel, campaign, country, plan...) are translated through the
    ``Fields`` context the import mapping uses; other names are the shop's own and stay
    as they are.

    Parameters
    ----------
    column : str
        Column of ``orders``.
    label : str, optional
        The label saved with the dimension (default: the column name).
    """
    label = label or column
    title = label[:1].upper() + label[1:]
    translated = QCoreApplication.translate("Fields", title)
    return translated if translated != title else label


def dimension_labels(dimensions: Iterable[tuple[str, str]] = (),
                     spec: FilterSpec | None = None) -> dict[str, str]:
    """``{column: display name}`` for the project's dimensions and the spec's columns."""
    out = {col: dimension_label(col, lbl) for col, lbl in dimensions}
    if spec is not None:
        for col, _values in (*spec.include, *spec.exclude):
            out.setdefault(col, dimension_label(col))
    return out


def stage_label(stage: str) -> str:
    """Translated name of a lifecycle stage (``new``, ``at risk``...)."""
    return tr_core(display_name(stage))


def segment_label(segment: str) -> str:
    """Translated name of an RFM segment (``Champions``, ``At risk (used to buy often)``...)."""
    return tr_core(display_name(segment))


def segment_meaning(segment: str) -> str:
    """Translated one-line meaning of an RFM segment, from its rule table."""
    rule = next((r for r in rfm.SEGMENT_RULES if r.segment == segment), None)
    return tr_core(rule.description) if rule is not None else ""


def value_label(kind: str, value: str) -> str:
    """Display name of a customer-group filter value (``describe_filters``'s ``names``)."""
    return stage_label(value) if kind == "lifecycle_stage" else segment_label(value)


def describe_spec(spec: FilterSpec, *, day: Callable[[Any], str], number: Callable[[Any], str],
                  dimensions: Iterable[tuple[str, str]] = (),
                  products: dict[str, str] | None = None) -> list[str]:
    """The active filters in the UI language, one phrase per filter.

    Parameters
    ----------
    spec : FilterSpec
    day, number : callable
        Format a date / a number in the UI language.
    dimensions : iterable of (column, label), optional
        The project's dimensions (their saved labels); other filtered columns get
        their standard translated name.
    products : dict, optional
        Display name per product key (the product filters); default: the key.
    """
    products = products or {}

    def names(kind: str, value: str) -> str:
        return products.get(value, value) if kind == "product" else value_label(kind, value)

    return describe_filters(
        spec, tr=lambda text: QCoreApplication.translate("FilterBar", text),
        day=day, number=number, labels=dimension_labels(dimensions, spec), names=names)


def derived_dimensions() -> dict[str, tuple[str, str]]:
    """Name and tooltip of each derived split (``first-product``/``first-category``): the
    *main* line of the first order, which is not what the Products tab counts."""
    def t(text: str) -> str:
        return QCoreApplication.translate("DerivedDimension", text)

    return {
        "first-product": (t("Main product of the first order"), t(
            "Each customer counts once, under the product their first order spent most on "
            "(its lines added up). The Products tab and the product filter count a customer "
            "under every product their first order contained, so their numbers are larger.")),
        "first-category": (t("Main category of the first order"), t(
            "Each customer counts once, under the category their first order spent most on. "
            "The Products tab by categories counts a customer under every category their "
            "first order contained, so its numbers are larger.")),
    }


def add_derived_items(combo: Any, names: Iterable[str]) -> None:
    """Append the derived splits to a "by" combo box, each with its tooltip (also the
    closed box's tooltip while one is chosen)."""
    from PySide6.QtCore import Qt

    if combo.property("derivedTips") is None:  # connect once per combo box
        plain = combo.toolTip()
        combo.setProperty("derivedTips", True)
        combo.currentIndexChanged.connect(lambda *_: combo.setToolTip(
            combo.itemData(combo.currentIndex(), Qt.ItemDataRole.ToolTipRole) or plain))
    words = derived_dimensions()
    for name in names:
        label, tip = words.get(name, (name, ""))
        combo.addItem(label, name)
        if tip:
            combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
