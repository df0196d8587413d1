"""The prepared-data cache: one fetch per (data version, filter, settings), comparison
windows cut from the same arrays give exactly what a fetch of that range gives, a write
invalidates, concurrent jobs share one computation, and the arrays are read-only."""

from __future__ import annotations

import threading
from datetime import date

import numpy as np
import pytest

from retention_desktop.core.engine.overview import headline, overview
from retention_desktop.core.engine.prepared import _prepare, prepare
from retention_desktop.core.engine.prepared_cache import PreparedCache, cache_of
from retention_desktop.core.engine.prepared_cut import can_cut, cut
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.tasks import run_to_completion
from tests.core.engine.conftest import synthetic_frame, write_orders


@pytest.fixture
def store(make_store):
    return make_store(synthetic_frame(seed=3, customers=200))


def _same(a, b) -> None:
    """Two Prepared hold the same working data (arrays, calendar, range)."""
    assert (a.start, a.end, a.j_start, a.j_end, a.j_complete) == \
        (b.start, b.end, b.j_start, b.j_end, b.j_complete)
    assert a.periods == b.periods and a.day_lo == b.day_lo
    np.testing.assert_array_equal(a.day_j, b.day_j)
    assert a.docs.keys() == b.docs.keys() and a.cust.keys() == b.cust.keys()
    for k in a.docs:
        np.testing.assert_array_equal(a.docs[k], b.docs[k], err_msg=k)
        assert a.docs[k].dtype == b.docs[k].dtype, k
    for k in a.cust:
        np.testing.assert_array_equal(a.cust[k], b.cust[k], err_msg=k)
        assert a.cust[k].dtype == b.cust[k].dtype, k


@pytest.mark.parametrize("settings", [
    Settings(), Settings(grain="week"), Settings(grain="quarter", calendar="jalali"),
    Settings(revenue_policy="gross")])
@pytest.mark.parametrize("window", [
    (date(2023, 6, 1), date(2023, 6, 30)),   # a month inside the data
    (date(2022, 12, 1), date(2023, 1, 31)),  # starts before the data's first day
    (None, date(2023, 9, 14)),               # open start
    (date(2024, 2, 1), "end"),               # up to the data end
])
def test_a_cut_window_equals_a_fetched_window(store, settings, window):
    spec = FilterSpec(include=(("channel", ("ads", "email")),))
    full = _prepare(store, spec, settings, ("country",))
    window = (window[0], full.end if window[1] == "end" else window[1])
    assert can_cut(full, window[1])
    spec_w = spec.with_(date_from=window[0], date_to=window[1])
    cut_prep = cut(full, store, spec_w)
    fetched = _prepare(store, spec_w, settings, ("country",))
    _same(cut_prep, fetched)
    # and the SQL views over it answer the same
    q = "SELECT count(*), sum(rev), count(DISTINCT cid) FROM rd_o WHERE is_order"
    assert cut_prep.one(q) == fetched.one(q)


def test_customer_level_filters_are_fetched_not_cut(store):
    full = _prepare(store, FilterSpec(min_orders=2), Settings(), ())
    assert not can_cut(full, date(2023, 6, 30))  # "2+ orders" up to June is another set


def test_one_fetch_per_filter_and_a_write_invalidates(store):
    cache = cache_of(store)
    settings = Settings()
    a = FilterSpec(include=(("channel", ("ads",)),))
    for _ in range(3):
        prepare(store, a, settings)
        prepare(store, FilterSpec(), settings)
    assert cache.stats.loads == 2
    write_orders(store, synthetic_frame(seed=9, customers=5).assign(
        customer_id=lambda d: "new-" + d["customer_id"].fillna("g"),
        order_id=lambda d: "n-" + d["order_id"]))
    after = prepare(store, FilterSpec(), settings)
    assert cache.stats.loads == 3  # new data: fetched again, not served stale
    assert after.n_customers == _prepare(store, FilterSpec(), settings, ()).n_customers


def test_the_overview_job_fetches_once(store):
    cache = cache_of(store)
    spec, settings = FilterSpec(date_from=date(2023, 3, 1)), Settings()
    out = run_to_completion(overview(store, spec, settings))
    assert out.headline.previous is not None
    assert cache.stats.loads == 1 and cache.stats.cuts == 2
    # the same figures as without the cache (every window fetched on its own)
    plain = headline(_NoCache(store), spec, settings)
    assert out.headline == plain


def test_concurrent_jobs_share_one_fetch(store):
    cache = cache_of(store)
    results, barrier = [], threading.Barrier(4)

    def job():
        barrier.wait()
        results.append(prepare(store, FilterSpec(), Settings()).n_customers)

    threads = [threading.Thread(target=job) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert cache.stats.loads == 1 and len(set(results)) == 1 and results[0] > 0


def test_shared_arrays_are_read_only(store):
    prep = prepare(store, FilterSpec(), Settings())
    with pytest.raises(ValueError):
        prep.docs["rev"][0] = 1.0


def test_the_cache_is_bounded():
    cache = PreparedCache(max_entries=2, max_bytes=100)
    for i in range(5):
        cache.get((0, i), lambda i=i: i, size=lambda v: 60)
    assert len(cache) == 1  # 2 x 60 bytes > 100: only the newest stays
    cache.get((1, "x"), lambda: "x", size=lambda v: 1)
    assert cache.peek((0, 4)) is None  # another data version: dropped
    # cut ranges are dropped before the fetched range they were cut from
    cache = PreparedCache(max_entries=2, max_bytes=10**6)
    cache.get((0, "full"), lambda: "full", size=lambda v: 1)
    cache.get((0, "w1"), lambda: "w1", size=lambda v: 1, kind="cut")
    cache.get((0, "w2"), lambda: "w2", size=lambda v: 1, kind="cut")
    assert cache.peek((0, "full")) == "full" and cache.peek((0, "w1")) is None
    # a cut that does not fit beside its fetched range is not kept (at 10M orders one
    # range holds ~0.55 GB and its comparison windows almost as much each)
    cache = PreparedCache(max_entries=4, max_bytes=100)
    cache.get((0, "full"), lambda: "full", size=lambda v: 60)
    cache.get((0, "w1"), lambda: "w1", size=lambda v: 59, kind="cut")
    assert cache.peek((0, "full")) == "full" and cache.peek((0, "w1")) is None


class _NoCache:
    """A store stand-in without ``data_version``: every prepare() fetches."""

    def __init__(self, store):
        self._store = store

    def cursor(self):
        return self._store.cursor()


def test_a_period_change_is_cut_from_the_filter_already_prepared(store):
    cache = cache_of(store)
    settings = Settings(grain="week")
    everything = prepare(store, FilterSpec(), settings)
    for preset in ("last-90-days", "last-month", "year-to-date"):
        spec = FilterSpec(period=preset).resolved(everything.end)
        got = prepare(store, spec, settings)
        _same(got, _prepare(store, spec, settings, ()))
    # a custom range ending before the data end, and all time again
    prepare(store, FilterSpec(date_from=date(2023, 2, 1), date_to=date(2023, 8, 31)), settings)
    prepare(store, FilterSpec(), settings)
    assert cache.stats.loads == 1 and cache.stats.cuts == 4
    # another filter, or a customer-level one, is fetched
    prepare(store, FilterSpec(include=(("country", ("UK",)),)), settings)
    prepare(store, FilterSpec(min_orders=2, date_to=date(2023, 8, 31)), settings)
    assert cache.stats.loads == 3
