"""A tiny deterministic shop written straight into a project (fast GUI tests).

Used when the bundled demo generator is not available and by tests that need exact,
small numbers. Independent of the importer and the engine.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

from retention_desktop.core.store import ProjectStore

CHANNELS = ("web", "app", "shop")
COUNTRIES = ("UK", "DE", "IR")


def build_small_shop(path: Path, customers: int = 300, seed: int = 7) -> ProjectStore:
    """Write ~``customers`` customers with 1..6 orders each over 2023-2024."""
    rng = random.Random(seed)
    start = datetime(2023, 1, 1)
    rows = []
    n = 0
    for c in range(customers):
        first = start + timedelta(days=rng.randrange(0, 600), hours=rng.randrange(8, 20))
        channel = CHANNELS[c % len(CHANNELS)]
        country = COUNTRIES[(c // 3) % len(COUNTRIES)]
        k = 1 + (rng.random() < 0.45) * rng.randrange(1, 6)
        ts = first
        for _ in range(k):
            n += 1
            rows.append((f"O{n}", f"C{c}", ts, round(rng.uniform(5, 120), 2), "order",
                         channel, country))
            ts = ts + timedelta(days=rng.randrange(5, 120))
    # a few guests and returns
    for g in range(10):
        n += 1
        rows.append((f"O{n}", None, start + timedelta(days=g * 30), 20.0, "order", "web", "UK"))
    for r in range(5):
        n += 1
        rows.append((f"R{n}", f"C{r}", start + timedelta(days=200 + r), -10.0, "return", "web", "UK"))
    store = ProjectStore(path)
    with store.write() as cur:
        cur.executemany(
            "INSERT INTO orders (order_id, customer_id, order_ts, revenue, kind, channel, country)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    return store
