"""What goes on the printed KPI summary: plain data, no Qt, no formatting decisions.

``core.report.data.build_report`` fills a :class:`ReportData` from the engines; the
Qt renderer (``ui/report``) lays it out on A4/Letter pages, the XLSX exporter
(``core/report/xlsx.py``) writes the same numbers into sheets. Values stay raw numbers
(rates as fractions, money as floats) so every consumer formats them through
``core/formatting.py`` the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from retention_desktop.core.engine.spec import FilterSpec


@dataclass(frozen=True)
class KpiCard:
    """One headline number.

    Parameters
    ----------
    key : str
        Definition key in the engine's registry (for the glossary).
    label : str
        Display name (English; the renderer translates it).
    value : float or None
        Current value (None = not available).
    unit : str
        'rate', 'money', 'count', 'days', 'ratio' or 'score'.
    previous : float or None
        Value in the previous period of the same length, for the change arrow.
    base, previous_base : int or None
        How many customers the value (and the previous value) rests on; None for counts
        and sums, which need no minimum.
    min_n : int
        Below this base the figure is "too few" (no number, no change).
    note : str
        A short English remark shown under the value (e.g. a fallback), or "".
    """

    key: str
    label: str
    value: float | None
    unit: str
    previous: float | None = None
    base: int | None = None
    previous_base: int | None = None
    min_n: int = 0
    note: str = ""

    @property
    def too_few(self) -> bool:
        """The current value rests on fewer customers than the minimum."""
        return self.base is not None and self.base < self.min_n

    @property
    def change(self) -> float | None:
        """Relative change vs previous (for counts/money) or difference in points (for
        rates); None when either side rests on too few customers."""
        if self.value is None or self.previous is None or self.too_few:
            return None
        if self.previous_base is not None and self.previous_base < self.min_n:
            return None
        if self.unit in ("rate", "ratio"):
            return self.value - self.previous
        if self.previous == 0:
            return None
        return (self.value - self.previous) / abs(self.previous)


@dataclass(frozen=True)
class CohortTable:
    """A cohort matrix: rows = cohorts, columns = age k."""

    measure: str
    cohorts: list[str]
    sizes: list[int]
    ages: list[int]
    values: list[list[float | None]]  # values[i][k], None where not observed
    complete: list[list[bool]]
    mean: list[float | None]
    already_active: list[bool] = field(default_factory=list)  # the export's first cohort


@dataclass(frozen=True)
class LifecycleRow:
    """New / returning / resurrected / dormant customers of one period."""

    period: date
    new: int
    returning: int
    resurrected: int
    dormant: int
    enough_history: bool = True


@dataclass(frozen=True)
class SegmentRow:
    """One value of a breakdown dimension."""

    dimension: str
    value: str
    customers: int
    repeat_rate: float | None
    revenue_per_customer: float | None
    crr: float | None = None
    share_of_revenue: float | None = None


@dataclass(frozen=True)
class AbVerdict:
    """The latest result of one experiment."""

    experiment: str
    outcome: str
    control: str
    variant: str
    control_rate: float
    variant_rate: float
    lift_pct: float | None
    p_value: float | None
    prob_beat_control: float | None
    verdict: str


@dataclass(frozen=True)
class ProductRow:
    """One first-order product of the optional product section (``core.engine.products``).

    ``rate`` repeat within :attr:`ReportData.products_window` days over the ``n``
    customers observed that long (of ``customers`` whose first order had it);
    ``low``/``high`` the verdict's range: the shop's rate plus the simultaneous interval
    of the difference (it holds the shop's rate exactly when the verdict is "same");
    ``diff*`` the difference from the shop in rate units; ``verdict`` the engine's
    ``'above'``/``'below'``/``'same'``.
    """

    name: str
    customers: int
    n: int
    rate: float | None
    low: float | None
    high: float | None
    diff: float | None
    diff_low: float | None
    diff_high: float | None
    verdict: str


@dataclass(frozen=True)
class GlossaryEntry:
    """A definition card as printed in the footer."""

    key: str
    name: str
    formula: str
    description: str = ""


@dataclass(frozen=True)
class CrrRow:
    """One period of the S0/N/E CRR table (``crr_strict`` is the retention rate R / S0)."""

    period: str
    s0: int
    n: int
    e: int
    crr: float | None
    crr_strict: float | None
    churn_rate: float | None
    retained: int = 0
    resurrected: int = 0
    complete: bool = True
    enough_history: bool = True


@dataclass
class ReportData:
    """Everything the one-page summary (and its appendix) shows."""

    shop_name: str
    source: str
    generated_at: datetime
    date_min: date | None
    date_max: date | None
    period_label: str
    filters: list[str]  # English phrases (workbook); the page writes ``spec`` out itself
    revenue_policy: str
    activity_window_days: int
    currency: str
    kpis: list[KpiCard] = field(default_factory=list)
    cohort: CohortTable | None = None
    lifecycle: list[LifecycleRow] = field(default_factory=list)
    segments: list[SegmentRow] = field(default_factory=list)
    #: first and last day the segments describe (the Segments tab's default range)
    segments_window: tuple[date, date] | None = None
    ab: list[AbVerdict] = field(default_factory=list)
    crr_rows: list[CrrRow] = field(default_factory=list)
    glossary: list[GlossaryEntry] = field(default_factory=list)
    demo: bool = False
    notes: list[str] = field(default_factory=list)
    period_start: date | None = None  # set when the headline window is a whole period
    previous_start: date | None = None
    # the headline windows' first and last days (any window: 30 days, a quarter ...)
    period_window: tuple[date, date] | None = None
    previous_window: tuple[date, date] | None = None
    grain: str = "month"
    calendar: str = "gregorian"
    spec: FilterSpec | None = None
    min_n: int = 30  # minimum customers behind a printed rate/median (Settings)
    # optional product section: the best first-order products (empty: no line items)
    products: list[ProductRow] = field(default_factory=list)
    products_window: int = 90
    products_shop_rate: float | None = None
    products_shop_n: int = 0
    #: products compared with the shop together (the ranges hold for all of them at once)
    products_comparisons: int = 1
    #: display name per product key of the product filters (the Filters line names the
    #: product as the filter bar does, not by its code)
    product_names: dict[str, str] = field(default_factory=dict)
