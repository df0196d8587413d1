"""One owner for the DuckDB project file.

:class:`ProjectStore` holds the single DuckDB connection of a process to one project
file. Writes go through :meth:`ProjectStore.write`, which serialises them with a lock
and wraps them in a transaction (all or nothing). Readers call :meth:`cursor` and get
their own DuckDB cursor, safe to use from a worker thread.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from retention_desktop.core.store.schema import MIGRATIONS, SCHEMA_VERSION
from retention_desktop.core.store.space import HEADER_BYTES as _HEADER_BYTES

# Offline product: never try to download or autoload DuckDB extensions.
_DUCKDB_CONFIG = {
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
}


class ProjectError(Exception):
    """A project file cannot be used; the message is meant for the user."""


class ProjectLockedError(ProjectError):
    """The project file is open for writing in another process."""


def quote_ident(name: str) -> str:
    """Quote an SQL identifier for DuckDB.

    Parameters
    ----------
    name : str
        Any column or table name, including hostile ones.

    Returns
    -------
    str
        ``name`` in double quotes with embedded quotes doubled. NUL bytes are refused.
    """
    if "\x00" in name:
        raise ValueError("identifier contains a NUL byte")
    return '"' + name.replace('"', '""') + '"'


def name_from_path(path: str | Path) -> str:
    """A readable name from a project file name: ``my-shop.rdproj.duckdb`` → ``my-shop``."""
    name = Path(path).name
    for suffix in (".duckdb", ".rdproj"):
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
    return name


def _highest_used_block(cur: duckdb.DuckDBPyConnection) -> int:
    """The highest block id the stored tables or the catalog metadata use (-1: none).

    Only persistent segments count: data replayed from the write-ahead log lives in memory
    under temporary ids far beyond any file.
    """
    highest = cur.execute("SELECT coalesce(max(block_id), -1) FROM pragma_metadata_info()"
                          ).fetchall()[0][0]
    tables = cur.execute("SELECT schema_name, table_name FROM duckdb_tables() "
                         "WHERE database_name = current_database() AND NOT temporary").fetchall()
    for schema, table in tables:
        top = cur.execute(
            "SELECT max(greatest(block_id, coalesce(list_max(additional_block_ids), -1))) "
            "FROM pragma_storage_info(?) WHERE persistent",
            [f"{quote_ident(schema)}.{quote_ident(table)}"]).fetchall()[0][0]
        if top is not None:
            highest = max(highest, top)
    return int(highest)


def put_meta(cur: duckdb.DuckDBPyConnection, key: str, text: str) -> None:
    """Set one ``meta`` row inside the caller's transaction.

    DELETE + INSERT rather than ``INSERT OR REPLACE``: with DuckDB 2.0 a transaction
    that replaced an existing key left the database unable to CHECKPOINT for the rest of
    the session ("other write transactions active"), so forgetting a customer failed and
    the write-ahead log grew without bound.
    """
    cur.execute("DELETE FROM meta WHERE key = ?", [key])
    cur.execute("INSERT INTO meta VALUES (?, ?)", [key, text])


class ProjectStore:
    """The project file and its one connection.

    Parameters
    ----------
    path : str or Path
        The ``.duckdb`` project file. Created (with the current schema) when missing,
        unless ``read_only``.
    read_only : bool
        Open without write access. When another process has the file open for writing
        (DuckDB then refuses even readers), a private copy of its committed state is
        opened instead; :attr:`snapshot` is then True.
    """

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._write_lock = threading.RLock()
        self._snapshot: Path | None = None
        #: Bumped after every write: caches of derived data (the engine's prepared
        #: working data) key on it, so an import or any other write invalidates them.
        self.data_version = 0
        if read_only and not self.path.exists():
            raise ProjectError(f"Project file not found: {self.path}")
        self._con = self._connect()
        try:
            self._check_complete()
            self._migrate()
        except BaseException:
            self.close()
            raise

    # ------------------------------------------------------------------ connection
    def _connect(self) -> duckdb.DuckDBPyConnection:
        if self.path.exists() and self.path.is_dir():
            raise ProjectError(f"{self.path} is a folder, not a project file.")
        if not self.read_only:
            parent = self.path.parent
            if not parent.exists():
                raise ProjectError(f"The folder {parent} does not exist.")
        try:
            return duckdb.connect(str(self.path), read_only=self.read_only, config=_DUCKDB_CONFIG)
        except duckdb.IOException as exc:
            text = str(exc)
            # a word, not a substring: "Could not read ... block" is damage, not a lock
            locked = re.search(r"\block\b", text.lower()) is not None
            if locked and self.read_only:
                return self._connect_snapshot(exc)
            if locked:
                raise ProjectLockedError(
                    f"The project {self.path.name} is open in another window or program. "
                    "Close it there, or open this project read-only."
                ) from exc
            if not self.path.exists():
                raise ProjectError(
                    f"Cannot create {self.path.name} in {self.path.parent}: the folder is "
                    "read-only, full or missing. Choose another folder."
                ) from exc
            if any(k in text.lower() for k in ("permission", "read-only", "not permitted")):
                raise ProjectError(
                    f"Cannot write to {self.path}: the file or its folder is read-only. "
                    "Open it read-only or copy it somewhere writable."
                ) from exc
            raise ProjectError(
                f"{self.path.name} is not a Retention Desktop project or is damaged ({text})."
            ) from exc
        except duckdb.Error as exc:
            if "different configuration" in str(exc):  # already open in this process
                if self.read_only:
                    return self._connect_snapshot(exc)
                raise ProjectLockedError(
                    f"The project {self.path.name} is already open read-only in this program."
                ) from exc
            raise ProjectError(
                f"{self.path.name} is not a Retention Desktop project or is damaged ({exc})."
            ) from exc

    def _check_complete(self) -> None:
        """Refuse a file cut short (copy interrupted, disk full): its blocks are missing.

        ``total_blocks`` is not the length the file must have: DuckDB (2.0 at least) cuts
        free blocks off the end of the file but keeps counting them. The file must only hold the blocks something still uses: every block a
        table's stored segments or the catalog's metadata point to (plus, as a floor, as
        many blocks as are in use). That is only worked out when the file is shorter than
        ``total_blocks``, so a file without a free tail costs one pragma.
        """
        path = self._snapshot or self.path
        # A cursor, closed at once: a result left open on the connection itself keeps a
        # transaction alive, and a later CHECKPOINT (forget) then refuses to run.
        cur = self._con.cursor()
        try:
            block, blocks, used = cur.execute(
                "SELECT block_size, total_blocks, used_blocks FROM pragma_database_size() "
                "WHERE database_name = current_database()").fetchall()[0]
            size = path.stat().st_size
            if not blocks or size >= _HEADER_BYTES + block * blocks:
                return
            needed = _HEADER_BYTES + block * max(used or 0, _highest_used_block(cur) + 1)
        except (duckdb.Error, OSError, IndexError):
            return  # nothing to compare (e.g. an in-memory or brand-new database)
        finally:
            cur.close()
        if size < needed:
            raise ProjectError(
                f"{self.path.name} is damaged: the file is incomplete ({size:,} of "
                f"{needed:,} bytes; was a copy interrupted or the disk full?). Use a backup "
                "copy (a *.bak file next to it, if any)."
            )

    def _connect_snapshot(self, locked: Exception) -> duckdb.DuckDBPyConnection:
        """Open a private copy of a project another process is writing to."""
        from retention_desktop.core.store.snapshot import (
            drop_snapshot,
            drop_stale_snapshots,
            take_snapshot,
        )

        drop_stale_snapshots()  # copies left by killed processes
        try:
            self._snapshot = take_snapshot(self.path)
            return duckdb.connect(str(self._snapshot), read_only=True, config=_DUCKDB_CONFIG)
        except (OSError, duckdb.Error) as exc:
            if self._snapshot is not None:
                drop_snapshot(self._snapshot)
                self._snapshot = None
            raise ProjectLockedError(
                f"The project {self.path.name} is open in another window or program and "
                f"no read-only copy could be made ({exc}). Close it there and try again."
            ) from locked

    @property
    def snapshot_path(self) -> Path | None:
        """The private copy this store reads (None unless :attr:`snapshot`)."""
        return self._snapshot

    @property
    def snapshot(self) -> bool:
        """True when this is a read-only copy of a project open elsewhere."""
        return self._snapshot is not None

    trim_on_close = False  # a failed import left unused blocks at the end of the file

    def close(self) -> None:
        """Close the connection (idempotent)."""
        with self._write_lock, contextlib.suppress(duckdb.Error):
            self._con.close()
        if self.trim_on_close and not self.read_only and self._snapshot is None:
            from retention_desktop.core.store.space import trim_tail

            self.trim_on_close = False
            trim_tail(self.path)
        if self._snapshot is not None:
            from retention_desktop.core.store.snapshot import drop_snapshot

            drop_snapshot(self._snapshot)
            self._snapshot = None

    def __enter__(self) -> ProjectStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ schema
    def schema_version(self) -> int:
        """The schema version stored in the file (0 for a new, empty file)."""
        cur = self._con.cursor()
        has_meta = cur.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"
        ).fetchone()[0]
        if not has_meta:
            return 0
        row = cur.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    def _migrate(self) -> None:
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise ProjectError(
                f"{self.path.name} was saved by a newer Retention Desktop (schema {version}; "
                f"this version understands {SCHEMA_VERSION}). Update the app to open it."
            )
        if version == SCHEMA_VERSION:
            return
        if self.read_only:
            raise ProjectError(
                f"{self.path.name} needs an upgrade (schema {version} to {SCHEMA_VERSION}), "
                "which cannot be done read-only."
            )
        backup = self._backup_before_migration(version) if version > 0 else None
        try:
            with self.write() as cur:
                for number, statements in MIGRATIONS:
                    if number <= version:
                        continue
                    for sql in statements:
                        cur.execute(sql)
                put_meta(cur, "schema_version", str(SCHEMA_VERSION))
        except duckdb.Error as exc:
            raise ProjectError(
                f"Could not upgrade {self.path.name} to schema {SCHEMA_VERSION}; the project "
                f"is unchanged" + (f" and a copy is in {backup.name}" if backup else "")
                + f" ({str(exc).splitlines()[0][:200]})."
            ) from exc

    def _backup_before_migration(self, version: int) -> Path:
        """Copy the file to ``NAME.vN.bak`` (never over an earlier backup) before migrating."""
        self._con.execute("CHECKPOINT")
        backup = self.path.with_name(f"{self.path.name}.v{version}.bak")
        n = 2
        while backup.exists():
            backup = self.path.with_name(f"{self.path.name}.v{version}.{n}.bak")
            n += 1
        try:
            shutil.copy2(self.path, backup)
        except OSError as exc:
            backup.unlink(missing_ok=True)
            raise ProjectError(
                f"{self.path.name} needs an upgrade, but no backup copy could be written next "
                f"to it ({exc.strerror}); nothing was changed. Free some space or move the "
                "project to a writable folder."
            ) from exc
        return backup

    # ------------------------------------------------------------------ access
    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A new cursor for reading (one per thread / task)."""
        return self._con.cursor()

    @contextmanager
    def write(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """Serialised, transactional write access.

        Yields a cursor inside ``BEGIN TRANSACTION``; commits when the block ends,
        rolls back (leaving the project exactly as before) when it raises.
        """
        if self.read_only:
            raise ProjectError(f"{self.path.name} is open read-only.")
        with self._write_lock:
            cur = self._con.cursor()
            cur.execute("BEGIN TRANSACTION")
            try:
                yield cur
            except BaseException as exc:
                with contextlib.suppress(duckdb.Error):  # a failed disk may refuse it too
                    cur.execute("ROLLBACK")
                if isinstance(exc, duckdb.IOException):
                    raise self._write_failed(exc) from exc
                raise
            else:
                try:
                    cur.execute("COMMIT")
                except duckdb.Error as exc:  # the log could not be written at commit
                    with contextlib.suppress(duckdb.Error):
                        cur.execute("ROLLBACK")
                    raise self._write_failed(exc) from exc
            finally:
                cur.close()
                self.data_version += 1  # under the write lock: never two bumps at once

    def _write_failed(self, exc: Exception) -> ProjectError:
        """User-facing error for a write the disk refused (full disk, quota, lost drive)."""
        text = str(exc)
        hint, low = "", text.lower()
        if any(k in low for k in ("space", "too large", "quota")):
            hint = " The disk (or your quota) is full: free some space and try again."
        elif any(k in low for k in ("permission", "not permitted", "read-only")):
            hint = " The file or its folder is read-only: open the project read-only."
        return ProjectError(f"Could not save to {self.path.name}; nothing was changed.{hint} "
                            f"({text.splitlines()[0][:200]})")

    # ------------------------------------------------------------------ meta
    def get_meta(self, key: str, default: Any = None) -> Any:
        """Read a JSON value from the ``meta`` table."""
        row = self.cursor().execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else default

    def display_name(self) -> str:
        """The shop's name as the user sees it (title bar, report title, export file names):
        the name set in the project, else the file name without its extensions."""
        name = self.get_meta("name", None)
        return name.strip() if isinstance(name, str) and name.strip() else name_from_path(self.path)

    def set_meta(self, key: str, value: Any) -> None:
        """Write a JSON value to the ``meta`` table."""
        with self.write() as cur:
            put_meta(cur, key, json.dumps(value))

    def table_count(self, table: str) -> int:
        """Number of rows in ``table``."""
        return self.cursor().execute(f"SELECT count(*) FROM {quote_ident(table)}").fetchone()[0]
