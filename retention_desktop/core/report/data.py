"""Fill a :class:`ReportData` from the engines (Qt-free; the GUI, the CLI and tests share it).

The headline KPI cards describe the *headline window* of the Overview
(:func:`~retention_desktop.core.engine.overview.headline_windows`): a period preset's own
range (last 30 days, last quarter ...), else the last whole period of the analysis grain
inside the range, each compared with the window just before it (rates in points). A card whose value rests on fewer customers than
``settings.min_cell_n`` carries its base so the page prints "too few" instead of a
number; retention and churn of a period without enough history are left empty. Unfinished
periods are left out of the lifecycle bars and marked in the cohort and CRR tables. The
cohort heatmap,
retention curve and lifecycle bars describe the whole filtered range; the top segments
the Segments tab's range (about the last 12 months unless a start is chosen), named on
the page.
Every number comes from an engine function; nothing is recomputed here.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from typing import Any

from retention_desktop.core.engine import definitions
from retention_desktop.core.engine.breakdown import range_dict
from retention_desktop.core.engine.cohorts import cohorts_prepared
from retention_desktop.core.engine.compare import compare_window
from retention_desktop.core.engine.crr import crr_prepared
from retention_desktop.core.engine.kpis import kpis
from retention_desktop.core.engine.lifecycle import lifecycle_prepared
from retention_desktop.core.engine.overview import BASE_OF, headline
from retention_desktop.core.engine.prepared import prepare, to_day
from retention_desktop.core.engine.results import too_recent
from retention_desktop.core.engine.spec import FilterSpec, Settings, describe_filters
from retention_desktop.core.report.model import (
    AbVerdict,
    CohortTable,
    CrrRow,
    GlossaryEntry,
    KpiCard,
    LifecycleRow,
    ProductRow,
    ReportData,
    SegmentRow,
)
from retention_desktop.core.tasks import CancelToken, Job, Progress

log = logging.getLogger(__name__)

# (definition key, KPI key in the engine's kpis/crr output, unit, key of the number of
# customers the value rests on or None for counts and sums). The headline retention is
# R / S0 (never above 100 %) and churn its complement; (E - N) / S0 stays in the CRR table.
HEADLINE = tuple((key, field, unit, BASE_OF.get(field)) for key, field, unit in (
    ("customers", "customers", "count"),
    ("revenue", "revenue", "money"),
    ("aov", "aov", "money"),
    ("repeat_purchase_rate", "repeat_purchase_rate", "rate"),
    ("crr_strict", "crr_strict", "rate"),
    ("churn_rate", "churn_rate", "rate"),
    ("time_to_second", "median_days_to_second_order", "days"),
))
NO_HISTORY_NOTE = "not enough history"
NOT_REACHED_NOTE = "fewer than half came back yet"
TOO_RECENT_NOTE = "too early to tell"  # nobody new can be followed 30 days yet
SEGMENT_DIMENSION = "channel"
PRODUCT_WINDOW = 90  # the product section's repeat window (the Products tab's default)


def _d(value: Any) -> date | None:
    if value is None:
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _headline_cards(current: dict, previous: dict, min_n: int) -> list[KpiCard]:
    """The headline cards of the named period, each with its base (customers behind it)."""
    cards = []
    for key, field, unit, base_key in HEADLINE:
        value, before = current.get(field), previous.get(field)
        note = ""
        if base_key == "S0" and not current.get("enough_history", True):
            # The window reaches before the export: retention would read 100 %.
            value, note = None, NO_HISTORY_NOTE
        if base_key == "S0" and not previous.get("enough_history", True):
            before = None
        if key == "time_to_second" and value is None and current.get(base_key):
            # fewer than half have come back by the data end; or none could have yet
            note = TOO_RECENT_NOTE if too_recent(current) else NOT_REACHED_NOTE
        cards.append(KpiCard(
            key, definitions.get(key).name, value, unit, before,
            base=current.get(base_key, 0) if base_key else None,
            previous_base=previous.get(base_key, 0) if base_key and previous else None,
            min_n=min_n, note=note))
    return cards


def build_report(
    store, spec: FilterSpec, settings: Settings, token: CancelToken | None = None,
    *, generated_at: datetime | None = None,
) -> Job[ReportData]:
    """Compute everything the KPI summary shows (a background job).

    Parameters
    ----------
    store : ProjectStore
    spec, settings : FilterSpec, Settings
        Frozen snapshot of the global filter and settings.
    token : CancelToken, optional
        Checked between steps.
    generated_at : datetime, optional
        Timestamp printed in the footer (default: now).

    Yields
    ------
    Progress

    Returns
    -------
    ReportData
    """
    token = token or CancelToken()
    yield Progress(0.0, "Preparing the report")
    prep = prepare(store, spec, settings)
    crr_all = crr_prepared(prep)
    token.raise_if_cancelled()

    yield Progress(0.2, "Headline figures")
    cards, period = _headline(store, spec, settings, prep, token)
    cards.extend(_clv_card(store, spec, settings, prep.end))
    token.raise_if_cancelled()

    yield Progress(0.5, "Cohorts and lifecycle")
    matrix = cohorts_prepared(prep, ("return-on",))["return-on"]
    cohort = _cohort_table(matrix)
    lifecycle = _lifecycle_rows(prep)
    crr_rows = _crr_rows(crr_all)
    token.raise_if_cancelled()

    yield Progress(0.7, "Segments")
    segments, segments_window = _segments(store, spec, settings)
    token.raise_if_cancelled()
    yield Progress(0.85, "A/B tests")
    ab = _ab_verdicts(store, spec, settings)
    products, shop_product, comparisons = _products(store, spec, settings)

    glossary = _glossary(cards, bool(products))

    rng = range_dict(prep)
    names = _filter_product_names(store, spec)
    data = ReportData(
        shop_name=store.display_name(),
        source=store.path.name,
        generated_at=generated_at or datetime.now(),
        date_min=_d(rng["from"]),
        date_max=_d(rng["to"]),
        filters=describe_filters(
            spec, names=lambda kind, value: names.get(value, value) if kind == "product"
            else value),
        revenue_policy=settings.revenue_policy,
        activity_window_days=settings.activity_window_days,
        currency=settings.currency,
        kpis=cards,
        cohort=cohort,
        lifecycle=lifecycle,
        segments=segments,
        segments_window=segments_window,
        ab=ab,
        crr_rows=crr_rows,
        glossary=glossary,
        demo=bool(store.get_meta("demo", False)),
        **period,
        grain=settings.grain,
        calendar=settings.calendar,
        spec=spec,
        min_n=int(settings.min_cell_n),
        products=products,
        products_window=PRODUCT_WINDOW,
        products_shop_rate=shop_product.rate if shop_product else None,
        products_shop_n=shop_product.n if shop_product else 0,
        products_comparisons=comparisons,
        product_names=names,
    )
    yield Progress(1.0, "Done")
    return data


def _headline(store, spec: FilterSpec, settings: Settings, prep, token: CancelToken
              ) -> tuple[list[KpiCard], dict[str, Any]]:
    """The headline cards and their period (``ReportData``'s ``period_*`` fields)."""
    cards: list[KpiCard] = []
    period: dict[str, Any] = {"period_label": "—", "period_start": None,
                              "previous_start": None, "period_window": None,
                              "previous_window": None}
    # The same headline period and values as the Overview's cards (one core rule).
    head = headline(store, spec, settings, prep, token)
    if head is not None:
        cur_win = (head.current.start, head.current.end)
        prev_win = (head.previous.start, head.previous.end) if head.previous else None
        current = dict(head.current.values)
        previous = dict(head.previous.values) if head.previous else {}
        cards.extend(_headline_cards(current, previous, int(settings.min_cell_n)))
        period["period_label"] = f"{cur_win[0].isoformat()} – {cur_win[1].isoformat()}"
        # A whole period of the grain is named by its start ("Khordad 1377"); any other
        # window (last 30 days, a quarter on a monthly grain) by its dates: naming it by
        # the period it ends in would present a part as the whole.
        period["period_window"], period["previous_window"] = cur_win, prev_win
        j = prep.j_of_day(to_day(cur_win[1])).item()
        if prep.periods[j] == (cur_win[0], cur_win[1] + timedelta(days=1)):
            period["period_start"] = cur_win[0]
            period["previous_start"] = prev_win[0] if prev_win else None
    return cards, period


def _lifecycle_rows(prep) -> list[LifecycleRow]:
    """Lifecycle bars of the complete periods.

    An unfinished period is left out of the lifecycle bars: its dormant count would read
    as a collapse (the CRR table keeps it, marked).
    """
    return [
        LifecycleRow(_d(p["period"]), p["new"], p["returning"], p["resurrected"], p["dormant"],
                     p.get("enough_history", True))
        for p in lifecycle_prepared(prep)["periods"] if p["complete"]
    ]


def _crr_rows(crr_all: dict) -> list[CrrRow]:
    """One CRR table row per period (unfinished ones included, marked)."""
    return [
        CrrRow(p["period"], p["S0"], p["N"], p["E"], p["crr"], p["crr_strict"], p["churn_rate"],
               p["retained"], p["resurrected"], p["complete"], p["enough_history"])
        for p in crr_all["periods"]
    ]


def _glossary(cards: list[KpiCard], with_products: bool) -> list[GlossaryEntry]:
    """Definitions of the metrics the report shows, in order of appearance."""
    used = [c.key for c in cards] + ["crr", "enough_history", "too_few",
                                     "cohort_return_on", "cohort_weighted_mean",
                                     "cohort_already_active", "active_customer",
                                     "lifecycle_new", "lifecycle_returning",
                                     "lifecycle_resurrected", "lifecycle_dormant",
                                     "share_of_spend"] + (
                                         ["product_repeat_rate"] if with_products else [])
    glossary = []
    for key in dict.fromkeys(used):
        try:
            d = definitions.get(key)
        except KeyError:
            continue
        glossary.append(GlossaryEntry(d.key, d.name, d.formula, d.description))
    return glossary


def _filter_product_names(store, spec: FilterSpec) -> dict[str, str]:
    """Display name of each product key the filter names (the filter bar's names)."""
    keys = set(spec.first_product) | set(spec.bought_product)
    if not keys:
        return {}
    from retention_desktop.core.store.queries import product_choices

    cur = store.cursor()
    try:
        return {k: name for k, name, _n in product_choices(cur) if k in keys}
    finally:
        cur.close()


def _products(store, spec: FilterSpec, settings: Settings
              ) -> tuple[list[ProductRow], Any, int]:
    """Every ranked first-order product (not too few) in rank order, the shop's repeat
    rate and how many products were compared together; ``([], None, 1)`` without
    product lines. The page picks what it has room for (the flagged ones first), the
    workbook lists them all."""
    from retention_desktop.core.engine import products as eng

    table = eng.first_products(store, spec, settings, rank_window=PRODUCT_WINDOW)
    if not table.meta.has_line_items:
        return [], None, 1
    from retention_desktop.core.engine.products_types import verdict_range

    shop = table.shop.repeat_at(PRODUCT_WINDOW)
    rows = []
    for row in table.rows:
        rate = row.repeat_at(PRODUCT_WINDOW)
        if row.rank is None or rate.too_few:
            continue
        # the range printed is the verdict's (shop + difference interval), not the
        # product's own interval, which read as a difference on "same" rows
        low, high = verdict_range(shop.rate, rate)
        rows.append(ProductRow(row.name, row.customers, rate.n, rate.rate, low, high,
                               rate.diff, rate.diff_low, rate.diff_high, row.verdict))
    return rows, shop, table.meta.comparisons


def _cohort_table(matrix: dict) -> CohortTable | None:
    rows = matrix.get("cohorts") or []
    if not rows:
        return None
    ages = sorted({c["k"] for r in rows for c in r["cells"]})
    values, complete = [], []
    for r in rows:
        by_k = {c["k"]: c for c in r["cells"]}
        values.append([by_k[k]["value"] if k in by_k else None for k in ages])
        complete.append([bool(by_k[k]["complete"]) if k in by_k else False for k in ages])
    mean_by_k = {m["k"]: m["value"] for m in matrix.get("mean", [])}
    cohorts = [_d(r["cohort"]) if str(r["cohort"])[:4].isdigit() else r["cohort"] for r in rows]
    return CohortTable(matrix.get("measure", "return-on"), cohorts, [r["size"] for r in rows],
                       ages, values, complete, [mean_by_k.get(k) for k in ages],
                       [bool(r.get("already_active")) for r in rows])


def _segments(store, spec: FilterSpec, settings: Settings
              ) -> tuple[list[SegmentRow], tuple[date, date] | None]:
    """The top segments over the same range as the Segments tab and ``metrics compare``
    (:func:`~retention_desktop.core.engine.compare.compare_window`: about the last 12
    months when the filter chose no start), and that range, which the page names."""
    try:
        spec_w = compare_window(store, spec, settings)
        result = kpis(store, spec_w, settings, by=SEGMENT_DIMENSION)
    except Exception:  # noqa: BLE001 - a project without that column still gets a report
        log.info("no segment breakdown by %s", SEGMENT_DIMENSION, exc_info=True)
        return [], None
    rng = result.get("range") or {}
    window = (_d(rng["from"]), _d(rng["to"])) if rng.get("from") and rng.get("to") else None
    return [
        SegmentRow(SEGMENT_DIMENSION, s["value"], s["customers"], s["repeat_purchase_rate"],
                   s["revenue_per_customer"], None, s.get("share_of_spend"))
        for s in sorted(result.get("segments", []), key=lambda s: -s["customers"])
    ], window


def _clv_card(store, spec: FilterSpec, settings: Settings, end: date | None) -> list[KpiCard]:
    """Mean 12-month CLV per customer under the project's revenue policy; when the model
    does not fit well, the historical value of the last 12 months, labelled as such."""
    from retention_desktop.core.clv.report import clv_headline

    try:
        head = clv_headline(store, spec, settings)
    except Exception:  # noqa: BLE001 - a model that does not fit leaves the card out
        log.info("CLV not available for the report", exc_info=True)
        head = None
    if head is not None and head["model_ok"] and head["value"] is not None:
        return [KpiCard("clv", definitions.get("clv").name, head["value"], "money", None)]
    hist = historical_value(store, spec, settings, end)
    if hist is None:
        return []
    note = "model did not fit" if head is not None else ""
    return [KpiCard("historical_value", definitions.get("historical_value").name,
                    hist["value"], "money", None, base=hist["customers"],
                    min_n=int(settings.min_cell_n), note=note)]


def historical_value(store, spec: FilterSpec, settings: Settings,
                     last: date | None) -> dict | None:
    """Gross profit per customer over the last 12 months of the data (definition card
    ``historical_value``): the CLV card's fallback.

    ``last``: the end of the reporting range, as the report has already prepared it.
    """
    from datetime import timedelta

    if last is None:
        return None
    year = kpis(store, spec.with_(date_from=last - timedelta(days=364), date_to=last),
                settings)
    if not year["customers"]:
        return None
    margin = settings.gross_margin_pct / 100
    return {"value": margin * year["revenue_per_customer"], "customers": year["customers"]}


def _ab_verdicts(store, spec: FilterSpec, settings: Settings) -> list[AbVerdict]:
    """Latest verdicts of the project's experiments."""
    from retention_desktop.core.report.ab_verdicts import latest_verdicts

    try:
        return latest_verdicts(store, spec, settings)
    except Exception:  # noqa: BLE001
        log.info("A/B verdicts not available for the report", exc_info=True)
        return []
