"""Issue 16, point 10: the calendar belongs to the project; the interface language only
chooses it for a project that has none yet."""

from __future__ import annotations

from retention_desktop.core import formatting
from retention_desktop.core.engine.spec import saved_settings
from retention_desktop.core.store import ProjectStore
from retention_desktop.ui.context import AppContext


def test_language_change_keeps_an_existing_projects_calendar(qapp, tmp_path, monkeypatch):
    from retention_desktop.ui import i18n

    monkeypatch.setattr(i18n, "load_preferences", lambda: i18n.Preferences())
    before = formatting.current_locale()
    ctx = AppContext()
    english = ProjectStore(tmp_path / "shop.duckdb")
    try:
        formatting.set_locale(formatting.LocaleSettings.for_language("en"))
        ctx.set_store(english, close_old=False)
        assert ctx.settings.calendar == "gregorian"
        assert saved_settings(english).calendar == "gregorian"  # pinned in the project
        # The owner switches the interface to Persian and opens the same project again.
        formatting.set_locale(formatting.LocaleSettings.for_language("fa"))
        ctx.set_store(None, close_old=False)
        ctx.set_store(english, close_old=False)
        assert ctx.settings.calendar == "gregorian"
        # A new project under Persian starts with the Jalali calendar.
        persian = ProjectStore(tmp_path / "new.duckdb")
        ctx.set_store(persian, close_old=False)
        assert ctx.settings.calendar == "jalali"
        ctx.set_store(None, close_old=False)
        persian.close()
    finally:
        ctx.runner.shutdown()
        english.close()
        formatting.set_locale(before)
