"""Offline guarantee: with every socket blocked, the whole flow runs and never dials out.

The guard replaces ``socket.socket.connect``/``connect_ex``, ``socket.create_connection``
and ``getaddrinfo`` for the test (in this process, where the CLI and the GUI smoke run),
records every attempt and raises. DuckDB's own HTTP client (extension downloads) does not
use Python sockets, so the test also checks the connection's settings.
"""

from __future__ import annotations

import argparse
import socket
from pathlib import Path

import pytest

from retention_desktop.cli import main

DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "online_retail_excel_sample"
UCI_CSV = DATA / "online_retail_sample.csv"
UCI_XLSX = DATA / "online_retail_sample.xlsx"

METRICS = ["kpis", "crr", "cohorts", "nday", "time-to-second", "lifecycle", "stickiness",
           "funnel", "compare", "cac", "whatif", "nps"]


@pytest.fixture
def no_network(monkeypatch):
    attempts: list[str] = []

    def refuse(what):
        def _f(*args, **kwargs):
            attempts.append(f"{what}{args[1:] if what.endswith('connect') else args}")
            raise OSError("network blocked by test_offline")
        return _f

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    return attempts


def test_guard_really_blocks(no_network):
    with pytest.raises(OSError):
        socket.create_connection(("example.org", 80), timeout=1)
    assert no_network


@pytest.mark.gui
def test_whole_flow_offline(no_network, tmp_path, capsys, qapp):
    from retention_desktop.core.demo import build_demo_project
    from retention_desktop.core.store import ProjectStore

    own = tmp_path / "own.duckdb"
    assert main(["import", str(UCI_CSV), "--project", str(own)]) == 0
    assert main(["import", str(UCI_XLSX), "--project", str(own)]) == 0
    demo = build_demo_project(tmp_path / "demo.duckdb", n_customers=600, months=12)
    codes = {}
    codes[("own.duckdb", "kpis")] = main(["metrics", "kpis", "--project", str(own), "--json"])
    for project in (demo,):
        for name in METRICS:
            codes[(project.name, name)] = main(["metrics", name, "--project", str(project),
                                                "--json"])
        codes[(project.name, "clv")] = main(["clv", "--project", str(project), "--json"])
        codes[(project.name, "report")] = main(
            ["report", "--project", str(project), "--pdf", str(tmp_path / f"{project.stem}.pdf"),
             "--xlsx", str(tmp_path / f"{project.stem}.xlsx"), "--lang", "fa"])
    codes["abtest"] = main(["abtest", "--variant", "A=1000/100", "--variant", "B=1000/130",
                            "--json"])
    codes["abtest-demo"] = main(["abtest", "--project", str(demo), "--json"])
    capsys.readouterr()
    assert codes[("demo.duckdb", "report")] == 0 and (tmp_path / "demo.pdf").stat().st_size
    assert all(codes[("demo.duckdb", m)] == 0 for m in METRICS), codes
    assert codes["abtest"] == 0 and codes[("own.duckdb", "kpis")] == 0
    with ProjectStore(own, read_only=True) as store:
        assert store.cursor().execute(
            "SELECT current_setting('autoload_known_extensions'), "
            "current_setting('autoinstall_known_extensions')").fetchone() == (False, False)
    _gui_smoke(demo, capsys)
    assert no_network == [], no_network


def _gui_smoke(project, capsys) -> None:
    """The app's --smoke (every tab, every computation) in this process."""
    from retention_desktop.ui.app import build_window, make_application, smoke

    app = make_application()
    args = argparse.Namespace(project=str(project), demo=False, smoke=True, lang="en")
    ctx, window = build_window(args)
    window.show()
    try:
        assert smoke(app, ctx, window) == 0
    finally:
        ctx.set_store(None)
    out = capsys.readouterr().out
    assert out.count("smoke: visited") >= 5, out
