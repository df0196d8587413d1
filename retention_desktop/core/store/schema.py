"""Versioned schema of a project file and its migrations.

Each migration is ``(version, [sql, ...])``; a project at version *v* runs every
migration with a higher number, in order, inside one transaction, after the store has
copied the file to a backup. Add new migrations at the end; never edit a released one.

Canonical tables
----------------
orders         one row per purchase document (order, return or cancellation).
line_items     line-item imports only: one row per product line of an ``orders`` row
               (same ``order_id``, ``customer_id``, ``order_ts``, ``kind``, ``import_id``).
               ``product_name``/``product_id`` as in the file (what is displayed),
               ``product_key`` the normalised grouping key (``importer.products``),
               ``revenue`` the line's signed revenue. Order-level imports write none.
               Written by ``importer.stage.insert_line_items``: ``kind`` and the sign of
               ``revenue`` follow the document (a return's / cancellation's lines are
               negative, a void one's 0; ``quantity`` stays as in the file); where the
               file's revenue is line amounts or quantity x unit price the lines of an
               order add up to ``orders.revenue``; under an order total ``revenue`` is the
               line's own amount column, else quantity x unit price, else NULL. Lines
               with neither a product id nor a name are not written (counted in the
               import summary). ``variant`` is the product variant (size, colour).
               ``kind`` is ``'order'``, ``'return'`` or ``'cancel'``; only ``'order'`` rows
               are orders and make a customer. ``revenue`` is signed (returns negative).
               ``customer_id`` NULL = guest checkout. Extra source columns are added as
               ``VARCHAR`` columns named in ``dimensions``.
customers      optional: signup date per customer.
activity       optional: sessions/logins (DAU/MAU).
assignments    optional: A/B experiment assignments.
spend          optional: marketing spend per period and channel (CAC).
survey         optional: NPS/CSAT answers.
imports        one row per import run, with a JSON summary.
rejected_rows  rows an import could not read, with file, row, column and reason.
mappings       saved column mappings keyed by a file-layout fingerprint.
dimensions     columns usable as segment dimensions (built-in and imported extras).
segments       saved filter specs (JSON).
test_plans     the A/B test-plan table.
meta           key/value: schema_version, settings (JSON), project name, demo flag.
"""

from __future__ import annotations

SCHEMA_VERSION = 2

MIGRATIONS: list[tuple[int, list[str]]] = [
    (
        1,
        [
            """CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)""",
            """CREATE SEQUENCE IF NOT EXISTS import_seq START 1""",
            """CREATE TABLE IF NOT EXISTS imports (
                import_id INTEGER PRIMARY KEY,
                started_at TIMESTAMP,
                finished_at TIMESTAMP,
                target VARCHAR,          -- orders / customers / activity / assignments / spend / survey
                files VARCHAR,           -- JSON list of file paths
                summary VARCHAR,         -- JSON summary as printed by the CLI
                status VARCHAR           -- 'ok'
            )""",
            """CREATE TABLE IF NOT EXISTS orders (
                order_id VARCHAR NOT NULL,
                customer_id VARCHAR,
                order_ts TIMESTAMP NOT NULL,
                revenue DOUBLE NOT NULL,
                items DOUBLE,
                kind VARCHAR NOT NULL DEFAULT 'order',
                channel VARCHAR,
                campaign VARCHAR,
                country VARCHAR,
                plan VARCHAR,
                source_file VARCHAR,
                source_row BIGINT,
                import_id INTEGER
            )""",
            """CREATE TABLE IF NOT EXISTS customers (
                customer_id VARCHAR NOT NULL,
                signup_ts TIMESTAMP,
                email VARCHAR,
                phone VARCHAR,
                name VARCHAR,
                source_file VARCHAR,
                source_row BIGINT,
                import_id INTEGER
            )""",
            """CREATE TABLE IF NOT EXISTS activity (
                customer_id VARCHAR NOT NULL,
                ts TIMESTAMP NOT NULL,
                event VARCHAR,
                import_id INTEGER
            )""",
            """CREATE TABLE IF NOT EXISTS assignments (
                customer_id VARCHAR NOT NULL,
                experiment VARCHAR NOT NULL,
                variant VARCHAR NOT NULL,
                assigned_ts TIMESTAMP,
                import_id INTEGER
            )""",
            """CREATE TABLE IF NOT EXISTS spend (
                period DATE NOT NULL,
                channel VARCHAR,
                amount DOUBLE NOT NULL,
                import_id INTEGER
            )""",
            """CREATE TABLE IF NOT EXISTS survey (
                customer_id VARCHAR,
                ts TIMESTAMP,
                score DOUBLE NOT NULL,
                kind VARCHAR DEFAULT 'nps',   -- 'nps' (0-10) or 'csat' (1-5)
                import_id INTEGER
            )""",
            """CREATE TABLE IF NOT EXISTS rejected_rows (
                import_id INTEGER,
                source_file VARCHAR,
                source_row BIGINT,
                column_name VARCHAR,
                value VARCHAR,
                reason VARCHAR
            )""",
            """CREATE TABLE IF NOT EXISTS mappings (
                layout_key VARCHAR PRIMARY KEY,
                mapping VARCHAR,          -- JSON {field: source column}
                updated_at TIMESTAMP
            )""",
            """CREATE TABLE IF NOT EXISTS dimensions (
                table_name VARCHAR,
                column_name VARCHAR,
                label VARCHAR,            -- original header as the user knows it
                PRIMARY KEY (table_name, column_name)
            )""",
            """INSERT OR IGNORE INTO dimensions VALUES
                ('orders', 'channel', 'channel'), ('orders', 'campaign', 'campaign'),
                ('orders', 'country', 'country'), ('orders', 'plan', 'plan')""",
            """CREATE TABLE IF NOT EXISTS segments (
                name VARCHAR PRIMARY KEY,
                spec VARCHAR,             -- FilterSpec JSON
                updated_at TIMESTAMP
            )""",
            """CREATE TABLE IF NOT EXISTS test_plans (
                plan_id INTEGER PRIMARY KEY,
                concept VARCHAR,
                period VARCHAR,
                target_metric VARCHAR,
                expected_lift DOUBLE,
                baseline DOUBLE,
                sample_size_per_variant INTEGER,
                risks VARCHAR,
                status VARCHAR,
                experiment VARCHAR,       -- links to assignments.experiment once imported
                created_at TIMESTAMP
            )""",
        ],
    ),
    (
        2,
        [
            """CREATE TABLE IF NOT EXISTS line_items (
                order_id VARCHAR NOT NULL,
                customer_id VARCHAR,
                order_ts TIMESTAMP NOT NULL,
                kind VARCHAR NOT NULL DEFAULT 'order',
                product_id VARCHAR,       -- SKU / product code as in the file
                product_name VARCHAR,     -- as in the file; what the app displays
                product_key VARCHAR NOT NULL,  -- normalised for grouping
                category VARCHAR,
                brand VARCHAR,
                variant VARCHAR,
                quantity DOUBLE,
                unit_price DOUBLE,
                revenue DOUBLE,
                source_file VARCHAR,
                source_row BIGINT,
                import_id INTEGER
            )""",
        ],
    ),
]

assert MIGRATIONS[-1][0] == SCHEMA_VERSION, "SCHEMA_VERSION must equal the last migration"
