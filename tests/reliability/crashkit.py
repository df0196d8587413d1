"""Kill-at-random-point trials shared by the CI tests and ``benchmarks/crash_trials.py``.

Every trial starts a REAL ``python -m retention_desktop ...`` process (or a settings
saver), sends SIGKILL after a seeded random delay, then checks the files it touched:

* import: the project opens and holds exactly the data before the import or exactly the
  data after it (row counts of every table + an order checksum), and the import can be
  retried to success;
* settings save: the ``settings`` meta row is one complete value that was being written;
* report export: the file under the final name is either the previous report
  (byte-identical) or a complete new one (opens in openpyxl / pypdf).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
TABLES = ("orders", "customers", "activity", "assignments", "spend", "survey", "imports",
          "rejected_rows", "mappings", "dimensions", "meta")


def make_orders_csv(path: Path, rows: int, *, seed: int, first_id: int = 1,
                    ascii_only: bool = True) -> Path:
    """Deterministic order-level export (order id, customer, ISO time, amount, channel).

    ``ascii_only=False`` puts a Persian channel name in, which sends the file through the
    pandas import path instead of DuckDB's ``read_csv`` fast path.
    """
    rng = np.random.default_rng(seed)
    ids = np.arange(first_id, first_id + rows)
    cust = rng.integers(1, max(rows // 3, 2), rows)
    secs = np.sort(rng.integers(0, 700 * 86400, rows))
    ts = (np.datetime64("2023-01-01T00:00:00") + secs.astype("timedelta64[s]")).astype(str)
    cents = rng.integers(100, 50_000, rows)
    channels = np.array(["web", "shop", "app"] if ascii_only else ["web", "فروشگاه", "app"])
    chan = channels[rng.integers(0, 3, rows)]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("order_id,customer_id,order_date,total,channel\n")
        for i, c, t, m, ch in zip(ids, cust, ts, cents, chan, strict=True):
            fh.write(f"O{i},C{c},{t.replace('T', ' ')},{m // 100}.{m % 100:02d},{ch}\n")
    return path


def project_state(project: Path) -> dict:
    """Row count of every table and a checksum of ``orders`` (read-only open)."""
    from retention_desktop.core.store import ProjectStore

    with ProjectStore(project, read_only=True) as store:
        cur = store.cursor()
        state = {t: store.table_count(t) for t in TABLES}
        state["orders_checksum"] = cur.execute(
            "SELECT coalesce(sum(hash(order_id, customer_id, order_ts, revenue, channel)), 0)"
            "::VARCHAR, coalesce(round(sum(revenue), 2), 0) FROM orders").fetchone()
    return state


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "retention_desktop", *args]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run_and_kill(cmd: list[str], delay: float) -> tuple[bool, int | None]:
    """Start ``cmd``, SIGKILL it after ``delay`` s. Returns (killed, exit code if it ended)."""
    proc = subprocess.Popen(cmd, cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    try:
        proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return True, None
    return False, proc.returncode


def timed(cmd: list[str]) -> float:
    """Wall time of a complete run of ``cmd`` (must succeed)."""
    t0 = time.perf_counter()
    res = subprocess.run(cmd, cwd=ROOT, env=_env(), capture_output=True, text=True)
    if res.returncode != 0:
        raise RuntimeError(f"{cmd} failed: {res.stderr[-2000:]}")
    return time.perf_counter() - t0


@dataclass
class Outcome:
    """Tally of one kind of trial."""

    kind: str
    trials: int = 0
    killed: int = 0
    old_state: int = 0
    new_state: int = 0
    failures: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"{self.kind}: {self.trials} trials, {self.killed} killed mid-run, "
                f"{self.old_state} left the previous state, {self.new_state} the new one, "
                f"{len(self.failures)} failures")


# ---------------------------------------------------------------------------- import
def import_trials(work: Path, trials: int, rows: int, seed: int = 7) -> Outcome:
    """Kill ``import`` of a ``rows``-order CSV into a project that already holds data."""
    from retention_desktop.core.importer import import_files
    from retention_desktop.core.store import ProjectStore
    from retention_desktop.core.tasks import run_to_completion

    work.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    base_csv = make_orders_csv(work / "old.csv", max(rows // 10, 50), seed=seed)
    new_files = [make_orders_csv(work / "new_fast.csv", rows, seed=seed + 1, first_id=10**7),
                 make_orders_csv(work / "new_slow.csv", rows, seed=seed + 2, first_id=10**7,
                                 ascii_only=False)]
    base = work / "base.duckdb"
    if not base.exists():
        subprocess.run(_cli("import", str(base_csv), "--project", str(base)), cwd=ROOT,
                       env=_env(), check=True, capture_output=True)
    before = project_state(base)
    expected, durations = {}, {}
    for f in new_files:
        ref = work / f"ref_{f.stem}.duckdb"
        shutil.copy(base, ref)
        durations[f] = timed(_cli("import", str(f), "--project", str(ref)))
        expected[f] = project_state(ref)
    out = Outcome("import")
    for i in range(trials):
        f = new_files[i % len(new_files)]
        project = work / "trial.duckdb"
        for p in work.glob("trial.duckdb*"):
            p.unlink()
        shutil.copy(base, project)
        delay = rng.uniform(0.3 * durations[f], durations[f] * 1.05)
        killed, code = run_and_kill(_cli("import", str(f), "--project", str(project)), delay)
        out.trials += 1
        out.killed += killed
        try:
            state = project_state(project)
        except Exception as exc:  # noqa: BLE001 - any failure to open is a finding
            out.failures.append(f"trial {i} (kill at {delay:.2f}s): project unusable: {exc}")
            continue
        if state == before:
            out.old_state += 1
        elif state == expected[f]:
            out.new_state += 1
        else:
            out.failures.append(f"trial {i} (kill at {delay:.2f}s): mixed state {state}")
            continue
        try:  # retry in-process (same core call as the CLI, without another start-up)
            with ProjectStore(project) as store:
                run_to_completion(import_files(store, [f]))
            after = project_state(project)
        except Exception as exc:  # noqa: BLE001
            out.failures.append(f"trial {i}: retry failed: {exc}")
            continue
        if {k: v for k, v in after.items() if k != "imports"} != {
                k: v for k, v in expected[f].items() if k != "imports"}:
            out.failures.append(f"trial {i}: retry gave {after}, expected {expected[f]}")
    return out


# ---------------------------------------------------------------------------- settings
_SAVER = r"""
import json, sys
from retention_desktop.core.engine.spec import Settings
from retention_desktop.core.store import ProjectStore
store = ProjectStore(sys.argv[1])
i = 0
while True:
    i += 1
    s = Settings().with_(min_cell_n=i, gross_margin_pct=float(i % 90), currency="IRR")
    store.set_meta("settings", json.loads(s.to_json()))
    print(i, flush=True)
"""


def settings_trials(work: Path, trials: int, seed: int = 11) -> Outcome:
    """Kill a process that saves analysis settings into the project in a loop."""
    from retention_desktop.core.engine.spec import Settings
    from retention_desktop.core.store import ProjectStore

    work.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    out = Outcome("settings save")
    for i in range(trials):
        project = work / "settings.duckdb"
        for p in work.glob("settings.duckdb*"):
            p.unlink()
        ProjectStore(project).close()
        proc = subprocess.Popen([sys.executable, "-c", _SAVER, str(project)], cwd=ROOT,
                                env=_env(), stdout=subprocess.PIPE, text=True)
        first = proc.stdout.readline()  # at least one save is done: the loop is running
        time.sleep(rng.uniform(0.0, 0.3))
        proc.send_signal(signal.SIGKILL)
        rest = proc.stdout.read()
        proc.wait()
        printed = [int(x) for x in (first + rest).split()]
        out.trials += 1
        out.killed += 1
        try:
            with ProjectStore(project) as store:
                data = store.get_meta("settings")
                settings = Settings.from_dict(data)
        except Exception as exc:  # noqa: BLE001
            out.failures.append(f"trial {i}: settings unreadable: {exc}")
            continue
        n = settings.min_cell_n
        # the last printed value is committed; the next one may have committed unprinted
        if n == printed[-1]:
            out.old_state += 1
        elif n == printed[-1] + 1:
            out.new_state += 1
        else:
            out.failures.append(f"trial {i}: saved {n}, last committed {printed[-1]}")
        if settings.gross_margin_pct != float(n % 90) or json.loads(
                settings.to_json())["currency"] != "IRR":
            out.failures.append(f"trial {i}: settings mixed from two saves: {data}")
    return out


# ---------------------------------------------------------------------------- report
def _valid_xlsx(path: Path) -> bool:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True)
        ok = len(wb.sheetnames) > 0
        wb.close()
        return ok
    except Exception:  # noqa: BLE001
        return False


def _valid_pdf(path: Path) -> bool:
    from pypdf import PdfReader

    try:
        return len(PdfReader(str(path)).pages) > 0
    except Exception:  # noqa: BLE001
        return False


def report_trials(work: Path, project: Path, trials: int, seed: int = 13) -> Outcome:
    """Kill ``report --xlsx --pdf`` while yesterday's report sits under the final names."""
    work.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    xlsx, pdf = work / "kpi.xlsx", work / "kpi.pdf"
    cmd = _cli("report", "--project", str(project), "--xlsx", str(xlsx), "--pdf", str(pdf))
    # "yesterday's" report: a full run in another language (different bytes)
    subprocess.run(_cli("report", "--project", str(project), "--xlsx", str(xlsx), "--pdf",
                        str(pdf), "--lang", "fa"), cwd=ROOT, env=_env(), check=True,
                   capture_output=True)
    duration = timed(cmd)
    out = Outcome("report export")
    for i in range(trials):
        # reset to the old report so "old" means byte-identical to it
        old = {p: p.read_bytes() for p in (xlsx, pdf)}
        delay = rng.uniform(0.05, duration * 1.05)
        killed, _ = run_and_kill(cmd, delay)
        out.trials += 1
        out.killed += killed
        states = []
        for p, valid in ((xlsx, _valid_xlsx), (pdf, _valid_pdf)):
            if not p.exists():
                out.failures.append(f"trial {i}: {p.name} vanished")
            elif p.read_bytes() == old[p]:
                states.append("old")
            elif valid(p):
                states.append("new")
            else:
                out.failures.append(f"trial {i} (kill at {delay:.2f}s): {p.name} truncated")
        if states and all(s == "old" for s in states):
            out.old_state += 1
        elif states:
            out.new_state += 1
        for leftover in work.glob(".kpi.*"):
            leftover.unlink()  # hidden temp file of the killed run (never the final name)
    return out
