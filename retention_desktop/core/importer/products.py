"""The product grouping key, for the importer (defined in ``core.store.product_key``).

Kept here so that importer code and tests read ``importer.products`` as before; the
definition moved down to the store layer so the engine can group by the same key
without importing the importer (the layers contract forbids that).
"""

from __future__ import annotations

from retention_desktop.core.store.product_key import (  # noqa: F401  (re-exported)
    _DIGITS,
    _INVISIBLE,
    _LETTERS,
    _sql_fold,
    product_key,
    product_key_sql,
)
