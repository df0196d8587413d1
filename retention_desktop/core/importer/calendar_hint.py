"""A project whose first orders file is dated in the Jalali calendar shows Jalali periods.

A Persian shop's export with ``۱۴۰۳/۰۱/۰۵`` dates, imported on a computer whose interface
is English, used to give a Gregorian project: months cut in the middle of Farvardin and
labelled "March 2024" for a shop that thinks in Esfand and Farvardin. The dates say which
calendar the shop keeps, so the first orders import decides it (weeks from Saturday, as
Jalali weeks run); a later import never changes a project's calendar, and the user can
always change it in Settings.
"""

from __future__ import annotations

import json
from typing import Any

from retention_desktop.core.engine.spec import SETTINGS_META_KEY, saved_settings

JALALI_WEEK_START = 5  # Saturday (Monday = 0)


def adopt_file_calendar(store: Any, import_id: int, date_order: str | None) -> str | None:
    """After an orders import: make the project Jalali when this was its first orders
    import and the file's dates were Jalali.

    Parameters
    ----------
    store : ProjectStore
        The project the import wrote to.
    import_id : int
        The import just finished.
    date_order : str or None
        How the import read the dates (``"jalali"`` for Jalali dates).

    Returns
    -------
    str or None
        ``"jalali"`` when the project's calendar was changed, else None.
    """
    if date_order != "jalali":
        return None
    cur = store.cursor()
    earlier = cur.execute("SELECT count(*) FROM orders WHERE import_id <> ?",
                          [import_id]).fetchone()[0]
    if earlier:
        return None  # a project with data keeps the calendar it has
    settings = saved_settings(store)
    if settings.calendar == "jalali":
        return None
    jalali = settings.with_(calendar="jalali", week_start=JALALI_WEEK_START)
    store.set_meta(SETTINGS_META_KEY, json.loads(jalali.to_json()))
    return "jalali"
