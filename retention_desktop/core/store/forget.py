"""Delete every row about one customer (a data-subject erasure request), atomically."""

from __future__ import annotations

import json

from retention_desktop.core.store.project import ProjectStore

# Tables keyed by customer id (``rejected_rows`` is matched on its cell text instead).
CUSTOMER_TABLES = ("orders", "customers", "activity", "assignments", "survey")


def forget_customer(store: ProjectStore, customer_id: str) -> dict[str, int]:
    """Remove ``customer_id`` from every table in ONE transaction.

    In a pseudonymised project the id may be given as the shop knows it (it is hashed
    with the project's salt) or as its pseudonym.

    Returns
    -------
    dict of str to int
        Rows deleted per table (all zero when the customer is unknown).
    """
    from retention_desktop.core.store.pseudonym import SALT_KEY, pseudonym

    ids = [customer_id]
    counts: dict[str, int] = {}
    with store.write() as cur:
        row = cur.execute("SELECT value FROM meta WHERE key = ?", [SALT_KEY]).fetchone()
        if row:
            ids.append(pseudonym(json.loads(row[0]), customer_id))
        marks = ", ".join("?" for _ in ids)
        for table in CUSTOMER_TABLES:
            counts[table] = cur.execute(
                f"DELETE FROM {table} WHERE customer_id IN ({marks})", ids).fetchone()[0]
        counts["rejected_rows"] = cur.execute(
            f"DELETE FROM rejected_rows WHERE value IN ({marks}) OR "
            + " OR ".join("list_contains(string_split(value, ','), ?)" for _ in ids),
            ids + ids).fetchone()[0]
    if any(counts.values()):
        # write the deletion into the main file now (not only into the write-ahead log)
        store.cursor().execute("CHECKPOINT")
    return counts
