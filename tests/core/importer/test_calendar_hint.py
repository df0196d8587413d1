"""The first orders import decides a new project's calendar when its dates are Jalali."""

from __future__ import annotations

import json

from retention_desktop.core.engine.spec import SETTINGS_META_KEY, Settings, saved_settings
from retention_desktop.core.importer import ImportOptions, import_files
from retention_desktop.core.store import ProjectStore
from retention_desktop.core.tasks import run_to_completion

JALALI = ("شماره فاکتور,تاریخ,کد مشتری,مبلغ\n"
          "۱,۱۴۰۳/۰۱/۰۵,۷,۱۰۰\n۲,۱۴۰۳/۰۲/۰۱,۷,۲۰۰\n۳,۱۴۰۳/۰۳/۱۰,۸,۳۰۰\n")
GREGORIAN = "order,date,customer,total\nA,2024-05-01,7,10\nB,2024-06-02,9,20\n"


def _import(store, path) -> dict:
    return run_to_completion(import_files(store, [path], ImportOptions())).to_dict()


def test_jalali_file_makes_a_new_project_jalali(tmp_path):
    (tmp_path / "j.csv").write_text(JALALI, encoding="utf-8")
    with ProjectStore(tmp_path / "p.rdproj") as store:
        summary = _import(store, tmp_path / "j.csv")
        assert summary["date_order"] == "jalali" and summary["calendar"] == "jalali"
        settings = saved_settings(store)
        # Jalali weeks start on Saturday; the other settings stay the defaults
        assert settings == Settings().with_(calendar="jalali", week_start=5)
        # importing it again (nothing new) changes nothing and says nothing
        again = _import(store, tmp_path / "j.csv")
        assert again["calendar"] is None


def test_a_project_with_data_keeps_its_calendar(tmp_path):
    (tmp_path / "g.csv").write_text(GREGORIAN, encoding="utf-8")
    (tmp_path / "j.csv").write_text(JALALI, encoding="utf-8")
    with ProjectStore(tmp_path / "p.rdproj") as store:
        assert _import(store, tmp_path / "g.csv")["calendar"] is None
        assert _import(store, tmp_path / "j.csv")["calendar"] is None
        assert saved_settings(store).calendar == "gregorian"


def test_gregorian_file_and_jalali_project_are_left_alone(tmp_path):
    (tmp_path / "g.csv").write_text(GREGORIAN, encoding="utf-8")
    (tmp_path / "j.csv").write_text(JALALI, encoding="utf-8")
    with ProjectStore(tmp_path / "a.rdproj") as store:
        assert _import(store, tmp_path / "g.csv")["calendar"] is None
        assert store.get_meta(SETTINGS_META_KEY, None) is None
    with ProjectStore(tmp_path / "b.rdproj") as store:  # already Jalali, by the user
        chosen = Settings(calendar="jalali", week_start=6, grain="week")
        store.set_meta(SETTINGS_META_KEY, json.loads(chosen.to_json()))
        assert _import(store, tmp_path / "j.csv")["calendar"] is None
        assert saved_settings(store) == chosen
