"""Delete every row about one customer (a data-subject erasure request), atomically.

:func:`forget_preview` counts what :func:`forget_job` / :func:`forget_customer` would
delete, with the same matching rules, so the app can show it before the user confirms.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import duckdb

from retention_desktop.core.store.project import ProjectStore
from retention_desktop.core.tasks import CancelToken, Job, Progress, run_to_completion

# Tables keyed by customer id (``rejected_rows`` is matched on its cell text instead).
CUSTOMER_TABLES = ("orders", "line_items", "customers", "activity", "assignments", "survey")


@dataclass(frozen=True)
class ForgetPreview:
    """What forgetting one customer would delete.

    Attributes
    ----------
    customer_id : str
        The id as the user gave it.
    counts : dict of str to int
        Rows per table that would be deleted (the keys of :func:`forget_customer`'s result).
    orders : int
        How many of the ``orders`` rows are real orders (``kind = 'order'``); the rest
        are returns and cancellations.
    pseudonymised : bool
        The project stores pseudonyms: the id was also looked up as its salted hash.
    """

    customer_id: str
    counts: dict[str, int] = field(default_factory=dict)
    orders: int = 0
    pseudonymised: bool = False

    @property
    def total(self) -> int:
        """All rows that would be deleted (0: the customer is unknown)."""
        return sum(self.counts.values())


def _match_ids(cur: duckdb.DuckDBPyConnection, customer_id: str) -> tuple[list[str], bool]:
    """The stored forms of ``customer_id``: itself, plus its pseudonym in a pseudonymised
    project (so the shop can type the id it knows)."""
    from retention_desktop.core.store.pseudonym import project_salt, pseudonym

    salt = project_salt(cur, create=False)
    if salt is None:
        return [customer_id], False
    return [customer_id, pseudonym(salt, customer_id)], True


def _where(table: str, ids: list[str]) -> tuple[str, list[str]]:
    """``WHERE`` clause (and its parameters) selecting the customer's rows of ``table``."""
    marks = ", ".join("?" for _ in ids)
    if table == "rejected_rows":
        return (f"value IN ({marks}) OR "
                + " OR ".join("list_contains(string_split(value, ','), ?)" for _ in ids),
                ids + ids)
    return f"customer_id IN ({marks})", list(ids)


def forget_preview(store: ProjectStore, customer_id: str) -> ForgetPreview:
    """Count the rows :func:`forget_customer` would delete (nothing is changed).

    Parameters
    ----------
    store : ProjectStore
        The open project (read-only is fine).
    customer_id : str
        The id as in the shop's exports, or its pseudonym.

    Returns
    -------
    ForgetPreview
        Counts per table; ``total == 0`` when the project knows no such customer.
    """
    cur = store.cursor()
    ids, pseudonymised = _match_ids(cur, customer_id)
    counts = {}
    for table in (*CUSTOMER_TABLES, "rejected_rows"):
        where, params = _where(table, ids)
        counts[table] = cur.execute(f"SELECT count(*) FROM {table} WHERE {where}",
                                    params).fetchone()[0]
    where, params = _where("orders", ids)
    orders = cur.execute(f"SELECT count(*) FROM orders WHERE kind = 'order' AND ({where})",
                         params).fetchone()[0]
    return ForgetPreview(customer_id, counts, orders, pseudonymised)


def forget_job(store: ProjectStore, customer_id: str,
               token: CancelToken | None = None) -> Job[dict[str, int]]:
    """Remove ``customer_id`` from every table in ONE transaction (a task-runner job).

    In a pseudonymised project the id may be given as the shop knows it (it is hashed
    with the project's salt) or as its pseudonym. A cancel before the commit rolls
    everything back.

    Returns
    -------
    dict of str to int
        Rows deleted per table (all zero when the customer is unknown).
    """
    token = token or CancelToken()
    tables = (*CUSTOMER_TABLES, "rejected_rows")
    counts: dict[str, int] = {}
    yield Progress(0.0)  # no message: the UI shows its own translated label
    with store.write() as cur:
        ids, _ = _match_ids(cur, customer_id)
        for i, table in enumerate(tables):
            token.raise_if_cancelled()
            where, params = _where(table, ids)
            counts[table] = cur.execute(f"DELETE FROM {table} WHERE {where}",
                                        params).fetchone()[0]
            yield Progress((i + 1) / (len(tables) + 1))
        token.raise_if_cancelled()  # last point where a cancel leaves everything as it was
    if any(counts.values()):
        # The deletion is committed. Write it into the main file now (not only into the
        # write-ahead log) and remove read-only copies that still hold the customer.
        checkpoint(store)
        from retention_desktop.core.store.snapshot import drop_stale_snapshots

        drop_stale_snapshots(store.path, keep=store.snapshot_path)
    yield Progress(1.0)
    return counts


def checkpoint(store: ProjectStore) -> bool:
    """Move committed changes from the write-ahead log into the project file.

    A failure here never undoes or hides a committed deletion: the rows are gone, and
    DuckDB checkpoints again when the project closes. Returns whether it worked.
    """
    cur = store.cursor()
    try:
        cur.execute("CHECKPOINT")
        return True
    except duckdb.Error:
        return False
    finally:
        cur.close()


def forget_customer(store: ProjectStore, customer_id: str) -> dict[str, int]:
    """Run :func:`forget_job` to completion in the calling thread (the CLI's entry point).

    Returns
    -------
    dict of str to int
        Rows deleted per table (all zero when the customer is unknown).
    """
    return run_to_completion(forget_job(store, customer_id))
