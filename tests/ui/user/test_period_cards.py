"""The period the user picks is the period the Overview cards describe.

Before, every preset showed the same cards (the last complete month of the range): "Last
90 days" said "Customers 151" while the CLI counted 299 customers in those 90 days, and
"Last 30 days" showed a month cut by the range start (11th to 31st) as if it were the
whole month, compared with a full month: a fake drop. Now a preset's cards describe the
preset's own window against the window before it; all time describes the last whole
month against the month before.

The user picks each preset with the keyboard in the filter bar; the cards and the line
naming their period are read back from the screen (localised digits, Jalali dates in
Persian) and compared with ``metrics kpis --period <preset> --json`` and with an
independent pandas count of the hand-worked window (jdatetime for Jalali months).
"""

from __future__ import annotations

from datetime import date, timedelta

import jdatetime
import pandas as pd
import pytest
from PySide6.QtCore import QCoreApplication, Qt

from retention_desktop.core import formatting
from tests.ui.user.screen import (
    cli_json,
    click_tab,
    equals_at_shown_precision,
    open_demo,
    wait_idle,
    window_in,  # noqa: F401 - fixture
)


# ------------------------------------------------------------------ hand-worked windows
def _month(day: date, calendar: str, shift: int = 0) -> tuple[date, date]:
    """First and last day of the month ``shift`` months from the one holding ``day``."""
    if calendar == "jalali":
        j = jdatetime.date.fromgregorian(date=day)
        y, m = divmod(j.year * 12 + j.month - 1 + shift, 12)
        first = jdatetime.date(y, m + 1, 1)
        nxt = jdatetime.date(y + (m == 11), (m + 1) % 12 + 1, 1)
        return first.togregorian(), nxt.togregorian() - timedelta(days=1)
    y, m = divmod(day.year * 12 + day.month - 1 + shift, 12)
    first = date(y, m + 1, 1)
    return first, date(y + (m == 11), (m + 1) % 12 + 1, 1) - timedelta(days=1)


def _months(first: date, n: int, calendar: str) -> tuple[date, date]:
    return first, _month(first, calendar, n - 1)[1]


def expected_windows(token: str, start: date, end: date, calendar: str):
    """(current, previous) of a preset for data from ``start`` to ``end``, worked out
    without the app's calendar code; previous is None unless wholly inside the data."""
    if token.startswith("last-") and token.endswith("-days"):
        n = int(token.split("-")[1])
        cur, prev = (end - timedelta(days=n - 1), end), (end - timedelta(days=2 * n - 1),
                                                         end - timedelta(days=n))
    elif token in ("all", "last-month"):
        last = _month(end, calendar)
        cur = last if last[1] == end else _month(end, calendar, -1)
        prev = _month(cur[0], calendar, -1)
    elif token in ("last-quarter", "last-year"):
        size = 3 if token == "last-quarter" else 12
        if calendar == "jalali":
            j = jdatetime.date.fromgregorian(date=end)
            index = j.year * 12 + j.month - 1
        else:
            index = end.year * 12 + end.month - 1
        q_first = index - index % size  # the quarter/year holding the end, in months
        this = _months(_month(end, calendar, q_first - index)[0], size, calendar)
        cur = this if this[1] == end else _months(
            _month(end, calendar, q_first - index - size)[0], size, calendar)
        prev = _months(_month(cur[0], calendar, -size)[0], size, calendar)
    else:  # year to date against the same number of days from last year's first day
        idx = (jdatetime.date.fromgregorian(date=end).month if calendar == "jalali"
               else end.month) - 1
        first = _month(end, calendar, -idx)[0]
        cur = (first, end)
        last_first = _month(first, calendar, -12)[0]
        prev = (last_first, last_first + (end - first))
    return cur, (prev if prev[0] >= start else None)


def counted(orders: pd.DataFrame, window: tuple[date, date]) -> tuple[int, float]:
    """Customers (with an order) and revenue (orders minus returns) of identified
    customers in ``window``, in pandas."""
    d = orders[(orders.day >= window[0]) & (orders.day <= window[1])]
    return int(d[d.kind == "order"].customer_id.nunique()), float(d.revenue.sum())


# ------------------------------------------------------------------ acting and reading
def _choose(qtbot, bar, key: str) -> None:
    """Pick a period in the filter bar's period box with the keyboard."""
    bar.period.setFocus()
    qtbot.keyClick(bar.period, Qt.Key.Key_Home)
    for _ in range(bar.period.findData(key)):
        qtbot.keyClick(bar.period, Qt.Key.Key_Down)
    assert bar.period.currentData() == key
    want = None if key == "all" else key
    qtbot.waitUntil(lambda: bar.ctx.spec.period == want, timeout=5_000)


# ------------------------------------------------------------------ reading the screen
def _day(d: date, calendar: str) -> str:
    if calendar == "jalali":
        j = jdatetime.date.fromgregorian(date=d)
        return f"{j.year:04d}/{j.month:02d}/{j.day:02d}"
    return d.isoformat()


def _names(text: str, window: tuple[date, date], calendar: str, lang: str) -> bool:
    """Whether the header names ``window`` exactly: a whole month by its name, any other
    span by its first and last day."""
    latin = formatting.to_latin_digits(text)
    first, last = _month(window[0], calendar)
    if (first, last) == window:
        if calendar == "jalali":
            j = jdatetime.date.fromgregorian(date=first)
            return f"{jdatetime.date.j_months_fa[j.month - 1]} {j.year}" in latin
        return first.strftime("%B %Y") in latin
    return _day(window[0], calendar) in latin and _day(window[1], calendar) in latin


PRESETS = {
    "en": ("all", "last-30-days", "year-to-date"),
    "fa": ("all", "last-30-days", "last-90-days", "last-365-days", "last-month",
           "last-quarter", "last-year", "year-to-date"),
}


@pytest.mark.parametrize("lang", list(PRESETS))
def test_cards_describe_the_chosen_period(window_in, qtbot, lang):  # noqa: F811
    window = window_in(lang)
    open_demo(window, qtbot)
    ctx = window.ctx
    calendar = ctx.settings.calendar
    assert calendar == ("jalali" if lang == "fa" else "gregorian")
    orders = ctx.store.cursor().execute(
        "SELECT customer_id, order_ts, revenue, kind FROM orders "
        "WHERE customer_id IS NOT NULL").df()
    orders["day"] = orders.order_ts.dt.date
    first_day = ctx.store.cursor().execute("SELECT min(order_ts)::DATE FROM orders").fetchone()[0]
    tab = window.tab_widgets["overview"]
    click_tab(window.tabs, tab)
    wait_idle(ctx, qtbot, tab)
    project = str(ctx.store.path)
    bad: list[str] = []
    for token in PRESETS[lang]:
        _choose(qtbot, window.filter_bar, token)
        wait_idle(ctx, qtbot, tab)
        end = orders.day.max()
        cur, prev = expected_windows(token, first_day, end, calendar)
        engine = cli_json(["metrics", "kpis", "--project", project, "--period", token,
                           "--calendar", calendar,
                           *(["--week-start", "5"] if lang == "fa" else [])])["headline"]
        where = f"{lang} {token}:"
        # the engine's window is the hand-worked one
        if (engine["current"]["from"], engine["current"]["to"]) != tuple(
                d.isoformat() for d in cur):
            bad.append(f"{where} engine current {engine['current']['from']}.."
                       f"{engine['current']['to']}, expected {cur}")
        got_prev = engine["previous"] and (engine["previous"]["from"], engine["previous"]["to"])
        if got_prev != (prev and tuple(d.isoformat() for d in prev)):
            bad.append(f"{where} engine previous {got_prev}, expected {prev}")
        # the header names the window and the one it is compared with
        header = tab.compare_label.text()
        if not _names(header, cur, calendar, lang) or (
                prev is not None and not _names(header, prev, calendar, lang)):
            bad.append(f"{where} header {header!r} does not name {cur} / {prev}")
        # the cards count that window: as the CLI and as pandas
        customers, revenue = counted(orders, cur)
        now = engine["current"]["kpis"]
        if (now["customers"], round(now["revenue"], 2)) != (customers, round(revenue, 2)):
            bad.append(f"{where} engine {now['customers']}, {now['revenue']}; pandas "
                       f"{customers}, {revenue}")
        cards = tab.cards
        if not equals_at_shown_precision(cards["customers"].value.text(), customers):
            bad.append(f"{where} customers card {cards['customers'].value.text()!r}, "
                       f"pandas {customers}")
        if not equals_at_shown_precision(cards["revenue"].value.text(), revenue, money=True):
            bad.append(f"{where} revenue card {cards['revenue'].value.text()!r}, "
                       f"pandas {revenue}")
        # the change compares it with the previous window, counted in pandas too
        change_text = cards["customers"].change.text()
        if prev is None:
            if formatting.to_latin_digits(change_text).strip() not in ("—", ""):
                bad.append(f"{where} change {change_text!r} without an earlier period")
        else:
            before = counted(orders, prev)[0]
            if not equals_at_shown_precision(change_text, (customers - before) / before,
                                             percent=True):
                bad.append(f"{where} change {change_text!r}, pandas "
                           f"{customers} vs {before}")
        # last 30 days: its new customers (pandas) cannot be followed 30 days yet, so the
        # time to a second purchase is "too early to tell", not "under half came back"
        if token == "last-30-days":
            firsts = orders[orders.kind == "order"].groupby("customer_id").day.min()
            new = firsts[(firsts >= cur[0]) & (firsts <= cur[1])]
            assert len(new) >= 30 and (new <= end - timedelta(days=30)).sum() == 0
            card = cards["median_days_to_second_order"]
            if card.value.text() != QCoreApplication.translate("OverviewTab",
                                                               "too early to tell"):
                bad.append(f"{where} time to second purchase {card.value.text()!r}")
    assert not bad, "\n".join(bad)
