"""One prepared-data cache per open project, shared by every job (Qt-free, thread-safe).

A user action (open a project, click a filter, change the period) used to prepare the same
working data several times: the Overview job once for the range and once per comparison
window, the report once per section. :func:`~retention_desktop.core.engine.prepared.prepare`
now asks the project's :class:`PreparedCache` first; a miss fetches and sorts the data once
and every later job with the same (data version, filter, settings, dimensions) reuses the
arrays.

The key starts with ``store.data_version``, which :meth:`ProjectStore.write` bumps after
every write, so an import never serves old data; entries of older versions are dropped on
the next look-up. Memory is bounded by a number of entries *and* a byte budget (one entry
at 10M orders holds ~0.5 GB of arrays): cut ranges go before fetched ones, the least
recently used first, and the newest fetched range always stays.

Two jobs asking for the same key at once (the Overview and the filter bar's options, two
tabs) wait for one computation instead of running two.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

#: Default bounds: two filters with their two comparison windows each, and a spare.
MAX_ENTRIES = 7
MAX_BYTES = 900 * 1024 * 1024


@dataclass
class CacheStats:
    """What the cache did (for tests and benchmarks).

    Attributes
    ----------
    loads : int
        Working data fetched from the project (SQL scan + sort): the expensive path.
    cuts : int
        Working data cut from an already prepared, wider entry (no SQL scan).
    hits : int
        Requests answered from the cache.
    keys : list
        The key of every load, in order.
    """

    loads: int = 0
    cuts: int = 0
    hits: int = 0
    keys: list = None  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.keys is None:
            self.keys = []


class PreparedCache:
    """LRU of prepared working data, bounded by entries and bytes.

    Parameters
    ----------
    max_entries, max_bytes : int
        Bounds; the newest fetched entry is kept even when it alone exceeds
        ``max_bytes``.
    """

    def __init__(self, max_entries: int = MAX_ENTRIES, max_bytes: int = MAX_BYTES) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.stats = CacheStats()
        self._lock = threading.Lock()
        self._entries: OrderedDict[Hashable, tuple[Any, int, str]] = OrderedDict()
        self._pending: dict[Hashable, threading.Event] = {}
        self._bounds: dict[int, Any] = {}

    def get(self, key: Hashable, build: Callable[[], Any], size: Callable[[Any], int],
            kind: str = "load") -> Any:
        """The value for ``key``, built by ``build()`` on a miss.

        ``key[0]`` must be the data version: entries of other versions are dropped.
        ``kind`` (``"load"`` or ``"cut"``) says which counter a miss increments.
        """
        while True:
            with self._lock:
                self._drop_other_versions(key[0])
                if key in self._entries:
                    self._entries.move_to_end(key)
                    self.stats.hits += 1
                    return self._entries[key][0]
                waiting = self._pending.get(key)
                if waiting is None:
                    self._pending[key] = threading.Event()
                    break
            waiting.wait()  # another thread is building it: take its result
        try:
            value = build()
        except BaseException:
            with self._lock:
                self._pending.pop(key).set()
            raise
        with self._lock:
            if kind == "cut":
                self.stats.cuts += 1
            else:
                self.stats.loads += 1
                self.stats.keys.append(key)
            self._entries[key] = (value, int(size(value)), kind)
            self._evict()
            self._pending.pop(key).set()
        return value

    def find(self, version: Any, match: Callable[[Hashable, Any], bool]) -> Any | None:
        """The most recently used value of data version ``version`` for which
        ``match(key, value)`` holds (None: none does); not counted as a hit."""
        with self._lock:
            for key in reversed(self._entries):
                value = self._entries[key][0]
                if key[0] == version and match(key, value):
                    return value
        return None

    def peek(self, key: Hashable) -> Any | None:
        """The cached value for ``key`` without building or counting (None: absent)."""
        with self._lock:
            hit = self._entries.get(key)
            return hit[0] if hit else None

    def data_bounds(self, version: int, compute: Callable[[], Any]) -> Any:
        """First and last day of the data for one data version, computed once."""
        with self._lock:
            if version in self._bounds:
                return self._bounds[version]
        value = compute()
        with self._lock:
            self._bounds = {version: value}
        return value

    def clear(self) -> None:
        """Forget everything (counters stay)."""
        with self._lock:
            self._entries.clear()
            self._bounds.clear()

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def nbytes(self) -> int:
        """Bytes held by the cached arrays."""
        with self._lock:
            return sum(e[1] for e in self._entries.values())

    def _drop_other_versions(self, version: Any) -> None:
        for k in [k for k in self._entries if k[0] != version]:
            del self._entries[k]

    def _evict(self) -> None:
        """Drop entries until both bounds hold: cuts first, the newest one included
        (re-cutting costs a fraction of a fetch, and a fetched range is what later cuts
        are made from), then fetched ranges, oldest first; the newest fetch stays."""
        total = sum(e[1] for e in self._entries.values())
        newest = next(reversed(self._entries))
        for kind in ("cut", "load"):
            for key in [k for k, e in self._entries.items()
                        if e[2] == kind and (kind == "cut" or k != newest)]:
                if len(self._entries) <= self.max_entries and total <= self.max_bytes:
                    return
                total -= self._entries.pop(key)[1]


def cache_of(store: Any) -> PreparedCache | None:
    """The prepared-data cache of an open project (created on first use).

    None for a store without ``data_version`` (a stand-in that only hands out cursors):
    without a version the cache could not know when the data change.
    """
    if not hasattr(store, "data_version"):
        return None
    with _CREATE:
        cache = getattr(store, "_prepared_cache", None)
        if cache is None:
            cache = PreparedCache()
            store._prepared_cache = cache
    return cache


_CREATE = threading.Lock()
