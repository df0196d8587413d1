"""The date orders an import can be told to use (``ImportOptions.date_order``).

A leaf module: ``options`` checks a choice against it and ``values`` parses by it,
without either importing the other (they did, through ``roles``, in a cycle).
"""

from __future__ import annotations

DATE_ORDERS = ("iso", "day-first", "month-first", "excel-serial", "yyyymmdd", "jalali", "native")
