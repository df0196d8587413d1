"""Deterministic generator of a realistic shop: the demo project and benchmark data.

The purchase process follows the shape real shops show (and BG/NBD assumes): each
customer buys at their own Poisson rate (gamma-distributed across customers, with a
heavy-buying ~10 %) until they silently drop out after an exponentially distributed
lifetime. On top: channels, countries, plans, seasonal campaigns, an A/B experiment
whose variant B really lifts repeat buying, returns, guest checkouts, NPS answers,
marketing spend and site sessions.

Everything is a pure function of the arguments (seeded numpy), so tests and
benchmarks can rely on identical data on every machine.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from retention_desktop.core.paths import user_data_dir
from retention_desktop.core.store import ProjectStore, quote_ident
from retention_desktop.core.store.project import put_meta

DEMO_VERSION = 2  # 2: the demo shop has product lines
DEMO_FILE_NAME = "demo-shop.rdproj.duckdb"

CHANNELS = np.array(["organic", "instagram", "google_ads", "referral", "email"])
CHANNEL_P = np.array([0.34, 0.26, 0.18, 0.12, 0.10])
# Mean customer lifetime in days by channel: referrals stay, paid ads churn fast.
CHANNEL_LIFETIME = np.array([300.0, 170.0, 130.0, 400.0, 260.0])
CHANNEL_CAC = {"instagram": 9.0, "google_ads": 14.0, "email": 3.0, "referral": 5.0}
COUNTRIES = np.array(["Iran", "UAE", "Iraq", "Turkey", "Germany"])
COUNTRY_P = np.array([0.55, 0.15, 0.12, 0.10, 0.08])
PLANS = np.array(["standard", "member"])
EXPERIMENT = "welcome_email_2024"


@dataclass(frozen=True)
class ShopData:
    """All tables of a generated shop, in the project's canonical column names."""

    orders: pd.DataFrame
    customers: pd.DataFrame
    assignments: pd.DataFrame
    survey: pd.DataFrame
    spend: pd.DataFrame
    activity: pd.DataFrame
    line_items: pd.DataFrame | None = None  # product lines of the orders (demo_products)


def _campaign_windows(start: date, end: date) -> list[tuple[str, pd.Timestamp, pd.Timestamp]]:
    """Seasonal campaigns (name, first day, last day) that fall inside the data range."""
    out = []
    for year in range(start.year, end.year + 1):
        out.append((f"nowruz_{year}", pd.Timestamp(year, 3, 10), pd.Timestamp(year, 3, 25)))
        out.append((f"summer_{year}", pd.Timestamp(year, 7, 1), pd.Timestamp(year, 7, 10)))
        out.append((f"yalda_{year}", pd.Timestamp(year, 12, 14), pd.Timestamp(year, 12, 21)))
    lo, hi = pd.Timestamp(start), pd.Timestamp(end)
    return [(n, a, b) for n, a, b in out if b >= lo and a <= hi]


def generate_shop(
    n_customers: int = 5000,
    start: date = date(2023, 1, 1),
    months: int = 24,
    seed: int = 7,
    guest_share: float = 0.04,
    return_share: float = 0.03,
    with_activity: bool = True,
    with_products: bool = True,
) -> ShopData:
    """Generate a shop.

    Parameters
    ----------
    n_customers : int
        Number of registered customers (each has >= 1 order). Orders come out at
        about 3.5 per customer on average.
    start : date
        First day of the data.
    months : int
        Length of the data in months.
    seed : int
        Random seed; the same arguments always give the same shop.
    guest_share : float
        Share of extra orders placed by guests (no customer id).
    return_share : float
        Share of orders followed by a (partial) return.
    with_activity : bool
        Also generate site sessions (skip for very large benchmark shops).
    with_products : bool
        Also split each order into product lines (``core.demo_products``; drawn from
        their own random stream, so the orders are the same either way).

    Returns
    -------
    ShopData
    """
    rng = np.random.default_rng(seed)
    t0 = pd.Timestamp(start)
    t_end = t0 + pd.DateOffset(months=months) - pd.Timedelta(seconds=1)
    span_days = (t_end - t0).total_seconds() / 86400.0
    n = n_customers
    c = _draw_customers(n, span_days, rng)
    all_day, all_cust = _order_days(c, n, span_days, guest_share, rng)
    orders = _orders_frame(all_day, all_cust, c, n, t0, start, t_end, rng)

    line_items = None
    if with_products:
        from retention_desktop.core.demo_products import demo_line_items

        line_items = demo_line_items(orders, seed, t_end)

    orders = _with_returns(orders, return_share, t_end, rng)
    ids, customers = _customers_table(n, c["first_day"], t0, rng)
    assignments = _assignments(ids, c, t0)
    survey = _survey(ids, c, n, t0, span_days, rng)
    spend = _spend(c, t0, rng)
    activity = _activity(all_day, all_cust, t0, span_days, rng) if with_activity else \
        pd.DataFrame({"customer_id": [], "ts": pd.to_datetime([]), "event": []})
    return ShopData(orders, customers, assignments, survey, spend, activity, line_items)


def _draw_customers(n: int, span_days: float, rng: np.random.Generator) -> dict[str, Any]:
    """Each registered customer's first day, channel, country, plan, order rate, spend
    level and A/B arm (arrays of ``n``), plus how long they were observed alive."""
    # ---- customers: acquisition grows over time (sqrt-shaped CDF -> more recent sign-ups)
    first_day = span_days * np.sqrt(rng.random(n)) * 0.97
    channel_idx = rng.choice(len(CHANNELS), size=n, p=CHANNEL_P)
    country_idx = rng.choice(len(COUNTRIES), size=n, p=COUNTRY_P)
    plan = np.where(rng.random(n) < 0.2, PLANS[1], PLANS[0])
    heavy = rng.random(n) < 0.10
    rate = rng.gamma(shape=0.5, scale=1 / 60.0, size=n)  # orders per day while alive
    rate = np.where(heavy, rate * 4 + 1 / 21.0, rate)
    rate = np.where(plan == PLANS[1], rate * 1.3, rate)
    lifetime = rng.exponential(CHANNEL_LIFETIME[channel_idx])
    spend_level = rng.lognormal(mean=3.6, sigma=0.45, size=n)  # ~ 40 per order

    # ---- A/B experiment: customers acquired in a 4-month window get a welcome flow
    exp_lo, exp_hi = span_days * 0.45, span_days * 0.45 + 120
    in_exp = (first_day >= exp_lo) & (first_day < exp_hi)
    variant = np.where(rng.random(n) < 0.5, "control", "B")
    lift = np.where(in_exp & (variant == "B"), 1.25, 1.0)
    rate = rate * lift
    alive_until = np.minimum(first_day + lifetime, span_days)
    alive_span = np.maximum(alive_until - first_day, 0.0)
    return {"first_day": first_day, "channel_idx": channel_idx, "country_idx": country_idx,
            "plan": plan, "rate": rate, "spend_level": spend_level, "in_exp": in_exp,
            "variant": variant, "alive_span": alive_span}


def _order_days(c: dict[str, Any], n: int, span_days: float, guest_share: float,
                rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Day (since the start) and customer (-1 for guests) of every order, by time."""
    first_day, alive_span = c["first_day"], c["alive_span"]
    # ---- repeat orders: Poisson(rate * observed lifetime), uniform in that stretch
    n_repeat = rng.poisson(c["rate"] * alive_span)
    owner = np.repeat(np.arange(n), n_repeat)
    rep_day = first_day[owner] + rng.random(owner.size) * alive_span[owner]
    cust_of_order = np.concatenate([np.arange(n), owner])
    day_of_order = np.concatenate([first_day, rep_day])

    # ---- guests
    n_guest = int(round(guest_share * cust_of_order.size))
    guest_day = span_days * np.sqrt(rng.random(n_guest)) * 0.99
    all_day = np.concatenate([day_of_order, guest_day])
    all_cust = np.concatenate([cust_of_order, np.full(n_guest, -1)])
    order_sort = np.argsort(all_day, kind="stable")
    return all_day[order_sort], all_cust[order_sort]


def _customer_ids(all_cust: np.ndarray) -> np.ndarray:
    """``C000123`` ids of the orders' customers (None for guests)."""
    is_guest = all_cust < 0
    safe_cust = np.where(is_guest, 0, all_cust)
    return np.where(is_guest, None, np.char.add("C", np.char.zfill(safe_cust.astype(str), 6)))


def _orders_frame(all_day: np.ndarray, all_cust: np.ndarray, c: dict[str, Any], n: int,
                  t0: pd.Timestamp, start: date, t_end: pd.Timestamp,
                  rng: np.random.Generator) -> pd.DataFrame:
    """The orders: time of day, revenue, items, channel, country, plan and campaign."""
    m = all_day.size
    seconds = np.floor(all_day * 86400.0)
    # shops are busy in the day: move the time of day into 08:00-23:00
    day_floor = np.floor(all_day)
    tod = 8 * 3600 + (seconds - day_floor * 86400) * (15 / 24)
    order_ts = t0 + pd.to_timedelta(day_floor * 86400 + np.floor(tod), unit="s")

    is_guest = all_cust < 0
    safe_cust = np.where(is_guest, 0, all_cust)
    level = np.where(is_guest, 35.0, c["spend_level"][safe_cust])
    revenue = np.round(level * rng.lognormal(0.0, 0.35, size=m), 2)
    items = 1 + rng.poisson(np.clip(revenue / 30.0, 0.2, 12.0))
    channel = np.where(is_guest, "organic", CHANNELS[c["channel_idx"][safe_cust]])
    # repeat orders mostly come back through email/organic, first orders through acquisition
    first_mask = np.zeros(m, dtype=bool)
    idx_cust = np.where(is_guest, n, all_cust)
    _, first_pos = np.unique(idx_cust[~is_guest], return_index=True)
    first_mask[np.flatnonzero(~is_guest)[first_pos]] = True
    back = (~first_mask) & (~is_guest) & (rng.random(m) < 0.45)
    channel = np.where(back, np.where(rng.random(m) < 0.6, "email", "organic"), channel)
    country = np.where(is_guest, COUNTRIES[rng.choice(5, size=m, p=COUNTRY_P)],
                       COUNTRIES[c["country_idx"][safe_cust]])
    plan_col = np.where(is_guest, None, c["plan"][safe_cust])

    campaign = np.full(m, None, dtype=object)
    for name, a, b in _campaign_windows(start, t_end.date()):
        in_win = (order_ts >= a) & (order_ts < b + pd.Timedelta(days=1))
        tagged = np.asarray(in_win) & (rng.random(m) < 0.55)
        campaign[tagged] = name

    order_id = np.char.add("D", np.char.zfill(np.arange(1, m + 1).astype(str), 8))
    return pd.DataFrame(
        {
            "order_id": order_id,
            "customer_id": _customer_ids(all_cust),
            "order_ts": order_ts,
            "revenue": revenue,
            "items": items.astype(float),
            "kind": "order",
            "channel": channel,
            "campaign": campaign,
            "country": country,
            "plan": plan_col,
        }
    )


def _with_returns(orders: pd.DataFrame, return_share: float, t_end: pd.Timestamp,
                  rng: np.random.Generator) -> pd.DataFrame:
    """``orders`` plus partial refunds a few days later, each as its own document."""
    m = len(orders)
    ret = rng.random(m) < return_share
    ret_days = pd.to_timedelta(rng.integers(2, 20, size=int(ret.sum())), unit="D")
    returns = orders.loc[ret].copy()
    returns["order_id"] = np.char.add("R", returns["order_id"].to_numpy().astype(str))
    returns["order_ts"] = returns["order_ts"].to_numpy() + ret_days.to_numpy()
    returns["revenue"] = -np.round(returns["revenue"].to_numpy() * rng.uniform(0.3, 1.0, ret.sum()), 2)
    returns["items"] = -1.0
    returns["kind"] = "return"
    returns = returns[returns["order_ts"] <= t_end]
    orders = pd.concat([orders, returns], ignore_index=True)
    return orders.sort_values(["order_ts", "order_id"], kind="stable").reset_index(drop=True)


def _customers_table(n: int, first_day: np.ndarray, t0: pd.Timestamp,
                     rng: np.random.Generator) -> tuple[np.ndarray, pd.DataFrame]:
    """Customer ids and the customers table (sign-up shortly before the first order)."""
    signup = t0 + pd.to_timedelta(np.maximum(first_day - rng.exponential(6.0, n), 0) * 86400, unit="s")
    ids = np.char.add("C", np.char.zfill(np.arange(n).astype(str), 6))
    return ids, pd.DataFrame(
        {
            "customer_id": ids,
            "signup_ts": signup.floor("s"),
            "email": np.char.add(np.char.add("customer", np.arange(n).astype(str)), "@example.com"),
            "phone": np.char.add("+98 912 ", np.char.zfill(rng.integers(0, 10**7, n).astype(str), 7)),
            "name": np.char.add("Customer ", np.arange(n).astype(str)),
        }
    )


def _assignments(ids: np.ndarray, c: dict[str, Any], t0: pd.Timestamp) -> pd.DataFrame:
    """Experiment assignments (at the first order)."""
    exp_idx = np.flatnonzero(c["in_exp"])
    return pd.DataFrame(
        {
            "customer_id": ids[exp_idx],
            "experiment": EXPERIMENT,
            "variant": c["variant"][exp_idx],
            "assigned_ts": (t0 + pd.to_timedelta(c["first_day"][exp_idx] * 86400,
                                                 unit="s")).floor("s"),
        }
    )


def _survey(ids: np.ndarray, c: dict[str, Any], n: int, t0: pd.Timestamp, span_days: float,
            rng: np.random.Generator) -> pd.DataFrame:
    """NPS survey: ~15 % answer once; loyal (long-lived, frequent) customers score higher."""
    answered = np.flatnonzero(rng.random(n) < 0.15)
    loyalty = np.clip(np.log1p(c["alive_span"][answered] * c["rate"][answered]) / 2.5, 0, 1)
    score = np.clip(np.round(4 + 6 * loyalty + rng.normal(0, 1.6, answered.size)), 0, 10)
    survey_day = np.minimum(c["first_day"][answered] + rng.uniform(5, 60, answered.size),
                            span_days)
    return pd.DataFrame(
        {
            "customer_id": ids[answered],
            "ts": (t0 + pd.to_timedelta(survey_day * 86400, unit="s")).floor("s"),
            "score": score,
            "kind": "nps",
        }
    )


def _spend(c: dict[str, Any], t0: pd.Timestamp, rng: np.random.Generator) -> pd.DataFrame:
    """Marketing spend per month and paid channel, ~ new customers x CAC x noise."""
    first_month = (t0 + pd.to_timedelta(c["first_day"], unit="D")).to_period("M")
    new_by = pd.DataFrame({"period": first_month, "channel": CHANNELS[c["channel_idx"]]})
    counts = new_by.value_counts().rename("new").reset_index()
    counts = counts[counts["channel"].isin(list(CHANNEL_CAC))]
    counts["amount"] = np.round(
        counts["new"] * counts["channel"].map(CHANNEL_CAC) * rng.uniform(0.8, 1.2, len(counts)), 2
    )
    return pd.DataFrame(
        {
            "period": counts["period"].dt.start_time.dt.date,
            "channel": counts["channel"],
            "amount": counts["amount"],
        }
    ).sort_values(["period", "channel"]).reset_index(drop=True)


def _activity(all_day: np.ndarray, all_cust: np.ndarray, t0: pd.Timestamp, span_days: float,
              rng: np.random.Generator) -> pd.DataFrame:
    """Site sessions: about 3 sessions around each order of a registered customer."""
    reg = all_cust >= 0
    base_day = np.repeat(all_day[reg], 3)
    sess_day = np.clip(base_day - rng.exponential(4.0, base_day.size), 0, span_days)
    return pd.DataFrame(
        {
            "customer_id": np.repeat(_customer_ids(all_cust)[reg], 3),
            "ts": (t0 + pd.to_timedelta(sess_day * 86400, unit="s")).floor("s"),
            "event": "session",
        }
    ).sort_values("ts", kind="stable").reset_index(drop=True)


def write_shop(store: ProjectStore, shop: ShopData, *, name: str, demo: bool) -> None:
    """Write a generated shop into an (empty) project in one transaction."""
    now = datetime.now().replace(microsecond=0)
    summary = {"generator": "retention_desktop.core.demo", "demo_version": DEMO_VERSION,
               "orders": int((shop.orders["kind"] == "order").sum())}
    with store.write() as cur:
        import_id = cur.execute("SELECT nextval('import_seq')").fetchall()[0][0]
        frames = {
            "orders": shop.orders, "customers": shop.customers,
            "assignments": shop.assignments, "survey": shop.survey,
            "spend": shop.spend, "activity": shop.activity,
        }
        if shop.line_items is not None:
            frames["line_items"] = shop.line_items
        for table, frame in frames.items():
            cols = list(frame.columns)
            col_sql = ", ".join(quote_ident(c) for c in cols)
            cur.register("frame_in", frame)
            cur.execute(
                f"INSERT INTO {quote_ident(table)} ({col_sql}, import_id) "
                f"SELECT {col_sql}, ? FROM frame_in",
                [import_id],
            )
            cur.unregister("frame_in")
        cur.execute(
            "INSERT INTO imports VALUES (?, ?, ?, 'orders', ?, ?, 'ok')",
            [import_id, now, now, json.dumps(["<generated demo shop>"]), json.dumps(summary)],
        )
        put_meta(cur, "name", json.dumps(name))
        put_meta(cur, "demo", json.dumps(demo))
        put_meta(cur, "demo_version", json.dumps(DEMO_VERSION if demo else None))


def build_demo_project(path: str | Path, **generate_kwargs) -> Path:
    """Create the demo project at ``path`` (replacing an old demo file there).

    Parameters
    ----------
    path : str or Path
        Where to write the project file.
    **generate_kwargs
        Passed to :func:`generate_shop` (defaults: 5,000 customers over 24 months).
    """
    path = Path(path)
    tmp = path.with_name(path.name + ".building")
    tmp.unlink(missing_ok=True)
    shop = generate_shop(**generate_kwargs)
    with ProjectStore(tmp) as store:
        write_shop(store, shop, name="Demo shop", demo=True)
    tmp.replace(path)  # atomic: a crash never leaves a half-built demo under the final name
    return path


def ensure_demo_project(folder: str | Path | None = None) -> Path:
    """Path of the demo project in the per-user data folder, built on first use."""
    folder = Path(folder) if folder is not None else user_data_dir()
    path = folder / DEMO_FILE_NAME
    if path.exists():
        try:
            with ProjectStore(path, read_only=True) as store:
                if store.get_meta("demo_version") == DEMO_VERSION:
                    return path
        except Exception:  # damaged or old demo: rebuild it, it holds no user data
            pass
    return build_demo_project(path)


def demo_project_job() -> Path | Exception:
    """Path of the demo shop, built on first use (seconds); a failure comes back as a value.

    The window runs it in its runner, as it runs ``core.store.opening.open_project_job``.
    """
    try:
        return ensure_demo_project()
    except Exception as exc:  # noqa: BLE001 - shown in the window's own message box
        return exc
