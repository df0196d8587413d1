"""Frozen, serialisable inputs of every engine computation.

:class:`FilterSpec` is the one segment/filter description used by every metric, the
GUI filter bar, saved segments and the CLI ``--where`` options. :class:`Settings` holds
the analysis settings (grain, activity window, revenue policy...). Both are immutable
so a background task can hold a snapshot while the user keeps editing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from typing import Any, Literal

from retention_desktop.core.i18n import tr_noop

Grain = Literal["day", "week", "month", "quarter", "year"]
Calendar = Literal["gregorian", "jalali"]
RevenuePolicy = Literal["net", "gross"]


@dataclass(frozen=True)
class Settings:
    """Analysis settings shared by every metric.

    Parameters
    ----------
    grain : {'day', 'week', 'month', 'quarter', 'year'}
        Period length for tables, cohorts and trends.
    week_start : int
        First day of the week, 0 = Monday ... 6 = Sunday (5 = Saturday for Jalali weeks).
    calendar : {'gregorian', 'jalali'}
        Calendar used to cut periods.
    activity_window_days : int
        W: a customer is *active at instant t* if they ordered in (t - W, t].
    revenue_policy : {'net', 'gross'}
        ``net`` subtracts returns and cancellations from revenue; ``gross`` ignores them.
    gross_margin_pct : float
        Gross margin in percent, for CAC payback and profit projections.
    min_cell_n : int
        Cohort cells with fewer customers are marked low-confidence.
    currency : str
        Currency symbol or code shown next to money.
    """

    grain: Grain = "month"
    week_start: int = 0
    calendar: Calendar = "gregorian"
    activity_window_days: int = 90
    revenue_policy: RevenuePolicy = "net"
    gross_margin_pct: float = 40.0
    min_cell_n: int = 30
    currency: str = ""

    def to_json(self) -> str:
        """Serialise to JSON."""
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        """Build from a dict, ignoring unknown keys (forward compatible)."""
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in known})

    def with_(self, **changes: Any) -> Settings:
        """A copy with some fields changed."""
        return replace(self, **changes)


SETTINGS_META_KEY = "settings"
# What an import found in the headers / money cells (core/importer/currency.py writes it).
DETECTED_CURRENCY_META_KEY = "currency"


def saved_settings(store: Any, default: Settings | None = None) -> Settings:
    """The analysis settings saved in a project (``meta`` key ``settings``).

    Parameters
    ----------
    store : ProjectStore
        The open project.
    default : Settings, optional
        Returned when the project has none or they cannot be read (default ``Settings()``).

    When no currency is set, the one an import detected (``meta`` key ``currency``) is
    used, so every amount on screen, in reports and in ``--json`` carries its unit.
    """
    fallback = default if default is not None else Settings()
    data = store.get_meta(SETTINGS_META_KEY, None)
    settings = fallback
    if isinstance(data, dict):
        try:
            settings = Settings.from_dict(data)
        except (TypeError, ValueError):
            settings = fallback
    if not settings.currency.strip():  # none chosen: the currency the import detected
        detected = store.get_meta(DETECTED_CURRENCY_META_KEY, None)
        if isinstance(detected, dict) and detected.get("code"):
            settings = settings.with_(currency=str(detected["code"]))
    return settings


#: FilterSpec fields naming products (tuples of product keys).
PRODUCT_FIELDS = ("first_product", "bought_product")


@dataclass(frozen=True)
class FilterSpec:
    """Which orders and customers a computation looks at.

    Parameters
    ----------
    date_from, date_to : date, optional
        Reporting window (inclusive). History before ``date_from`` still counts for
        "first-ever order" and activity status.
    include : tuple of (column, tuple of values)
        Keep only orders whose categorical ``column`` is one of the values.
    exclude : tuple of (column, tuple of values)
        Drop orders whose ``column`` is one of the values.
    first_order_from, first_order_to : date, optional
        Keep customers whose first order falls in this range.
    min_orders, max_orders : int, optional
        Keep customers with this many orders (over the whole history).
    min_revenue, max_revenue : float, optional
        Keep customers whose total revenue is in this range.
    lifecycle_stage : str, optional
        Keep customers in this lifecycle stage (see ``core.clv.stages``).
    rfm_segment : str, optional
        Keep customers in this RFM segment (see ``core.clv.rfm``).
    first_product : tuple of str
        Keep customers whose first order contained one of these products (product keys,
        ``line_items.product_key``; see ``core.store.product_key``).
    bought_product : tuple of str
        Keep customers who bought one of these products in any order up to the data end.
    period : str, optional
        The preset the reporting window came from (``"last-90-days"``, ``"last-year"``,
        see ``core.engine.period``); None for all time or explicit dates. Kept so that
        :meth:`resolved` can move the window with new data and saved segments keep
        meaning "last quarter" rather than the dates it meant once.
    """

    date_from: date | None = None
    date_to: date | None = None
    include: tuple[tuple[str, tuple[str, ...]], ...] = field(default_factory=tuple)
    exclude: tuple[tuple[str, tuple[str, ...]], ...] = field(default_factory=tuple)
    first_order_from: date | None = None
    first_order_to: date | None = None
    min_orders: int | None = None
    max_orders: int | None = None
    min_revenue: float | None = None
    max_revenue: float | None = None
    lifecycle_stage: str | None = None
    rfm_segment: str | None = None
    period: str | None = None
    first_product: tuple[str, ...] = field(default_factory=tuple)
    bought_product: tuple[str, ...] = field(default_factory=tuple)

    def resolved(self, data_end: date | None, calendar: str = "gregorian") -> FilterSpec:
        """This spec with its preset period turned into dates for data ending ``data_end``.

        A spec with no preset (all time, explicit dates) comes back unchanged.
        """
        from retention_desktop.core.engine.period import is_preset, resolve

        if not is_preset(self.period) or self.period == "custom":
            return self
        lo, hi = resolve(self.period, data_end, calendar)
        return replace(self, date_from=lo, date_to=hi)

    def is_empty(self) -> bool:
        """True when nothing is filtered."""
        return self == FilterSpec()

    def with_(self, **changes: Any) -> FilterSpec:
        """A copy with some fields changed."""
        return replace(self, **changes)

    def with_include(self, column: str, values: tuple[str, ...] | list[str]) -> FilterSpec:
        """A copy where ``column`` is restricted to ``values`` (empty = no restriction)."""
        rest = tuple((c, v) for c, v in self.include if c != column)
        if values:
            rest = rest + ((column, tuple(values)),)
        return replace(self, include=rest)

    # ---------------------------------------------------------------- serialisation
    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (dates as ISO strings)."""
        out: dict[str, Any] = {}
        for key, value in asdict(self).items():
            if isinstance(value, date):
                value = value.isoformat()
            elif key in ("include", "exclude"):
                value = [[c, list(v)] for c, v in value]
            elif key in PRODUCT_FIELDS:
                value = list(value)
            out[key] = value
        return out

    def to_json(self) -> str:
        """Serialise to JSON."""
        return json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FilterSpec:
        """Inverse of :meth:`to_dict`; unknown keys are ignored."""
        kwargs: dict[str, Any] = {}
        for key in cls.__dataclass_fields__:
            if key not in data or data[key] is None:
                continue
            value = data[key]
            if key in ("date_from", "date_to", "first_order_from", "first_order_to"):
                value = date.fromisoformat(value) if isinstance(value, str) else value
            elif key in ("include", "exclude"):
                value = tuple((str(c), tuple(str(x) for x in v)) for c, v in value)
            elif key in PRODUCT_FIELDS:
                value = (str(value),) if isinstance(value, str) else tuple(str(x) for x in value)
            kwargs[key] = value
        return cls(**kwargs)

    @classmethod
    def from_json(cls, text: str) -> FilterSpec:
        """Inverse of :meth:`to_json`."""
        return cls.from_dict(json.loads(text))

    @classmethod
    def from_where_args(cls, where: list[str] | None, **kwargs: Any) -> FilterSpec:
        """Build from CLI ``--where col=value`` items (repeat a column for several values;
        ``col!=value`` excludes)."""
        include: dict[str, list[str]] = {}
        exclude: dict[str, list[str]] = {}
        for item in where or []:
            if "!=" in item:
                col, val = item.split("!=", 1)
                exclude.setdefault(col.strip(), []).append(val)
            elif "=" in item:
                col, val = item.split("=", 1)
                include.setdefault(col.strip(), []).append(val)
            else:
                raise ValueError(f"--where expects column=value, got {item!r}")
        return cls(
            include=tuple((c, tuple(v)) for c, v in include.items()),
            exclude=tuple((c, tuple(v)) for c, v in exclude.items()),
            **kwargs,
        )


def _same(text: str) -> str:
    return text


def describe_filters(
    spec: FilterSpec,
    *,
    tr: Callable[[str], str] = _same,
    day: Callable[[Any], str] = str,
    number: Callable[[Any], str] = str,
    labels: dict[str, str] | None = None,
    names: Callable[[str, str], str] | None = None,
) -> list[str]:
    """The active filters written out for people, one phrase per filter.

    Used by the filter bar's "Active filters" line, the printed report and its workbook.

    Parameters
    ----------
    spec : FilterSpec
    tr : callable, optional
        Translates a phrase (the UI passes Qt's translator for context ``FilterBar``);
        the default keeps English.
    day, number : callable, optional
        Format a date / a number (default ``str``).
    labels : dict, optional
        Display names of dimension columns (the UI passes translated standard names).
    names : callable, optional
        ``names(kind, value)`` gives the display name of a lifecycle stage (``kind`` =
        ``'lifecycle_stage'``), RFM segment (``'rfm_segment'``) or product (``kind`` =
        ``'product'``, value = product key); default: the value.
    """
    labels = labels or {}
    names = names or (lambda _kind, value: value)
    parts: list[str] = []
    if spec.date_from or spec.date_to:
        from retention_desktop.core.engine.period import LABELS

        span = (day(spec.date_from) if spec.date_from else "…",
                day(spec.date_to) if spec.date_to else "…")
        if spec.period in LABELS:  # "Last 90 days (2 Sep 2011 – 30 Nov 2011)"
            parts.append(tr(tr_noop("{0} ({1} – {2})", "FilterBar")).format(
                tr(LABELS[spec.period]), *span))
        else:
            parts.append(tr(tr_noop("period {0} – {1}", "FilterBar")).format(*span))
    for col, values in spec.include:
        parts.append(f"{labels.get(col, col)} = {', '.join(values)}")
    for col, values in spec.exclude:
        parts.append(f"{labels.get(col, col)} ≠ {', '.join(values)}")
    if spec.min_orders:
        parts.append(tr(tr_noop("at least {0} orders", "FilterBar")).format(spec.min_orders))
    if spec.max_orders:
        parts.append(tr(tr_noop("at most {0} orders", "FilterBar")).format(spec.max_orders))
    if spec.first_order_from or spec.first_order_to:
        parts.append(tr(tr_noop("first order {0} – {1}", "FilterBar")).format(
            day(spec.first_order_from) if spec.first_order_from else "…",
            day(spec.first_order_to) if spec.first_order_to else "…"))
    if spec.min_revenue is not None or spec.max_revenue is not None:
        parts.append(tr(tr_noop("customer revenue {0} – {1}", "FilterBar")).format(
            number(spec.min_revenue) if spec.min_revenue is not None else "…",
            number(spec.max_revenue) if spec.max_revenue is not None else "…"))
    if spec.lifecycle_stage:
        parts.append(tr(tr_noop("stage {0}", "FilterBar")).format(
            names("lifecycle_stage", spec.lifecycle_stage)))
    if spec.rfm_segment:
        parts.append(tr(tr_noop("RFM {0}", "FilterBar")).format(
            names("rfm_segment", spec.rfm_segment)))
    if spec.first_product:
        parts.append(tr(tr_noop("first order contained {0}", "FilterBar")).format(
            " / ".join(names("product", k) for k in spec.first_product)))
    if spec.bought_product:
        parts.append(tr(tr_noop("ever bought {0}", "FilterBar")).format(
            " / ".join(names("product", k) for k in spec.bought_product)))
    return parts
