"""Randomised families of hostile files (issue 18) and the contract each must meet.

Shared by ``test_hostile_files.py`` (a handful of cases) and ``benchmarks/fuzz_import.py
--hostile-cases N``. Every case writes a small file, imports it into a fresh project
and checks:

* no crash: the only exception is ``ImportFailed`` whose message names the file (the
  cases run in a child process with an address-space limit, so a crash or a memory
  blow-up ends the child and is counted, not hidden);
* no silent corruption: what was stored equals what the file says (the generator knows
  the truth: decoded text, the amounts, the rows), rows that could not be read are
  rejected rows with a reason, and with pseudonymisation no raw personal value is left in
  the project file or its write-ahead log.
"""

from __future__ import annotations

import random
from pathlib import Path

import hostile

FAMILIES = ("huge_reference", "shared_strings", "wide_headers", "duplicate_headers",
            "mixed_encoding", "number_conventions", "broken_quoting", "pii_headers")
HEAD = "order_id,customer_id,order_date,total,note\n"
PII_VARIANTS = ["Email", "E-mail", "EMAIL", "e_mail", "Customer Email", "Phone", "Mobile",
                "Tel", "Mobile No", "Shipping Phone", "ایمیل", "تلفن", "موبایل", "همراه",
                "تلفن همراه", "نام", "نام مشتری", "نام و نام خانوادگی", "الهاتف", "الجوال",
                "البريد", "البريد الإلكتروني", "الاسم", "اسم العميل", "Name", "Customer Name",
                "Billing Name", "Full Name", "First Name"]


class Failure(AssertionError):
    """The contract was broken (silent corruption or a wrong message)."""


def _col(n: int) -> str:
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def make_case(family: str, rng: random.Random, folder: Path, n: int) -> tuple[Path, dict]:
    """Write one file of ``family``; return it and what the checker must know."""
    if family == "huge_reference":
        ref = f"{_col(rng.choice([26, 702, 5000, 16384, rng.randint(27, 16384)]))}" \
              f"{rng.choice([5, 1000, 100_000, 1_048_576, rng.randint(5, 1_048_576)])}"
        dim = rng.choice([None, "A1:D4", "A1:XFD1048576"])
        return hostile.far_cell(folder / f"c{n}.xlsx", ref, dim), {"rows": 3}
    if family == "shared_strings":
        size = rng.choice([1 << 10, 1 << 20, 4 << 20, 15 << 20])
        uses = rng.choice([10, 200, 2000])
        return hostile.shared_string_bomb(folder / f"c{n}.xlsx", size, uses), {"rows": uses}
    if family == "wide_headers":
        cols = rng.choice([5, 50, 300, 499, 501, 3000, rng.randint(5, 6000)])
        return hostile.wide_csv(folder / f"c{n}.csv", cols, 3), {"rows": 3}
    if family == "duplicate_headers":
        reps = rng.choice([10, 300, 5000, 100_000])
        path = folder / f"c{n}.csv"
        names = ["order_id", "customer_id", "order_date", "total"] + ["x"] * reps
        row = ["O1", "C1", "2024-01-02", "10"] + ["v"] * reps
        path.write_text(",".join(names) + "\n" + ",".join(row) + "\n", encoding="utf-8")
        return path, {"rows": 1}
    if family == "mixed_encoding":
        return _mixed_encoding(rng, folder / f"c{n}.csv")
    if family == "number_conventions":
        return _numbers(rng, folder / f"c{n}.csv")
    if family == "broken_quoting":
        return _quoting(rng, folder / f"c{n}.csv")
    if family == "pii_headers":
        return _pii(rng, folder / f"c{n}.csv")
    raise ValueError(family)


def _mixed_encoding(rng, path):
    words = {"cp1256": ["زعفران", "پسته", "خرما", "گلاب"],
             "cp1252": ["Straße", "Köln", "Orléans", "Malmö", "Zürich"]}
    legacy = rng.choice(["cp1256", "cp1252"])
    n = rng.choice([20, 3000, 12000])
    utf8_head = rng.random() < 0.5
    notes = []
    chunks = [HEAD.encode()]
    for i in range(n):
        note = f"{rng.choice(words['cp1256'])} {i}" if utf8_head else f"plain {i}"
        notes.append(note)
        chunks.append(f"O{i},C{i % 50},2024-01-{1 + i % 28:02d},{10 + i % 9},{note}\n".encode())
    late = f"{rng.choice(words[legacy])} {n}"
    notes.append(late)
    chunks.append(f"O{n},C1,2024-02-01,12,{late}\n".encode(legacy))
    path.write_bytes(b"".join(chunks))
    return path, {"notes": notes, "utf8_head": utf8_head}


def _numbers(rng, path):
    truth, lines = {}, []
    style = rng.choice(["dot", "comma"])
    for i in range(rng.randint(5, 40)):
        cents = rng.randint(0, 10_000_000)
        whole, frac = divmod(cents, 100)
        grouped = f"{whole:,}"
        other = rng.random() < 0.2
        use = ("comma" if style == "dot" else "dot") if other else style
        if use == "dot":
            text = f"{grouped}.{frac:02d}"
        else:
            text = f"{grouped.replace(',', '.')},{frac:02d}"
        lines.append(f'O{i},C{i % 7},2024-01-{1 + i % 28:02d},"{text}",n{i}')
        truth[f"O{i}"] = cents / 100
    path.write_text(HEAD + "\n".join(lines) + "\n", encoding="utf-8")
    return path, {"amounts": truth}


def _quoting(rng, path):
    n = rng.randint(4, 40)
    broken = rng.randrange(n)
    lines, truth = [], {}
    for i in range(n):
        note = f'"broken {i}' if i == broken else f"n{i}"
        lines.append(f"O{i},C{i % 7},2024-01-{1 + i % 28:02d},{10 + i},{note}")
        truth[f"O{i}"] = float(10 + i)
    path.write_text(HEAD + "\n".join(lines) + "\n", encoding="utf-8")
    return path, {"amounts": truth, "total": n}


def _pii(rng, path):
    heads = rng.sample(PII_VARIANTS, rng.randint(1, 6))
    raw, lines = set(), []
    for i in range(rng.randint(3, 20)):
        cells = []
        for h in heads:
            from retention_desktop.core.importer.pii import header_kind

            kind = header_kind(h)
            tag = f"{rng.randint(0, 10**6):06d}{i:03d}"
            cells.append({"email": f"u.{tag}@shop-mail.ir", "phone": f"+98-912-{tag}"}.get(
                kind, f"Zahra.Karimi{tag}"))
        raw |= set(cells)
        lines.append(",".join([f"O{i}", f"CUS-{i:05d}-Q", f"2024-01-{1 + i % 28:02d}",
                               str(10 + i), *cells]))
        raw.add(f"CUS-{i:05d}-Q")
    path.write_text(",".join(["order_id", "customer_id", "order_date", "total", *heads])
                    + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path, {"raw": sorted(raw), "pseudonymise": True}


def check_case(family: str, path: Path, truth: dict, project: Path) -> str:
    """Import ``path`` into a new ``project``; ``'accepted'`` or ``'rejected'`` (message).

    Raises
    ------
    Failure
        On silent corruption or a message that does not name the file.
    """
    from retention_desktop.core.importer import ImportFailed, ImportOptions, import_files
    from retention_desktop.core.store import ProjectStore
    from retention_desktop.core.tasks import run_to_completion

    options = ImportOptions(pseudonymise=bool(truth.get("pseudonymise")))
    with ProjectStore(project) as store:
        try:
            summary = run_to_completion(import_files(store, [path], options))
        except ImportFailed as exc:
            if not str(exc).startswith(path.name):
                raise Failure(f"message does not name the file: {exc}") from None
            refused = True
        else:
            refused = False
        if refused:
            if store.table_count("orders"):
                raise Failure("a refused import stored rows")
            return "rejected"
        rows = store.cursor().execute(
            "SELECT order_id, revenue FROM orders ORDER BY source_row").fetchall()
        notes = [r[0] for r in store.cursor().execute(
            "SELECT note FROM orders ORDER BY source_row").fetchall()] if "notes" in truth else []
        _check_rows(truth, rows, notes, summary)
    if truth.get("raw"):
        _check_no_raw(project, truth["raw"])
    return "accepted"


def _check_rows(truth, rows, stored, summary) -> None:
    if "rows" in truth and len(rows) != truth["rows"]:
        raise Failure(f"{len(rows)} rows stored, the file has {truth['rows']}")
    if "amounts" in truth:
        for oid, revenue in rows:
            if abs(revenue - truth["amounts"][oid]) > 1e-6:
                raise Failure(f"{oid}: stored {revenue}, the file says {truth['amounts'][oid]}")
        if len(rows) + summary.rejected_count < len(truth["amounts"]):
            raise Failure("rows vanished without a rejected row")
    if "notes" in truth and stored != truth["notes"]:
        pairs = zip(stored, truth["notes"], strict=False)
        bad = next((i for i, (a, b) in enumerate(pairs) if a != b), len(stored))
        raise Failure(f"text changed at row {bad} ({len(stored)} rows stored, "
                      f"{len(truth['notes'])} in the file)")


def _check_no_raw(project: Path, raw: list[str]) -> None:
    wal = project.with_name(project.name + ".wal")
    blobs = project.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    leaked = [v for v in raw if v.encode("utf-8") in blobs]
    if leaked:
        raise Failure(f"raw personal values in the project file: {leaked[:3]}")


_CHILD = r"""
import json, random, resource, sys, tempfile
from pathlib import Path
sys.path.insert(0, sys.argv[1])
limit = int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
import hostile_fuzz as hf
seed, start, stop = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
families = sys.argv[6].split(",")
with tempfile.TemporaryDirectory() as tmp:
    folder = Path(tmp)
    for n in range(start, stop):
        family = families[n % len(families)]
        rng = random.Random(f"{seed}-{n}")
        print(json.dumps({"n": n, "family": family, "start": True}), flush=True)
        path, truth = hf.make_case(family, rng, folder, n)
        try:
            outcome = hf.check_case(family, path, truth, folder / f"p{n}.duckdb")
        except hf.Failure as exc:
            outcome = "corruption: " + str(exc)[:300]
        except Exception as exc:  # any other exception is a crash (a traceback for the user)
            outcome = f"crash: {type(exc).__name__}: {str(exc)[:300]}"
        print(json.dumps({"n": n, "family": family, "outcome": outcome}), flush=True)
        for p in folder.iterdir():
            p.unlink()
"""


def run(seed: int, count: int, limit: int = 3 << 30, families=FAMILIES,
        timeout: float = 3600) -> dict:
    """Run ``count`` cases in child processes limited to ``limit`` bytes of address space.

    Returns
    -------
    dict
        ``{"accepted", "rejected", "crashes", "corruptions": int, "failures": [str],
        "per_family": {family: {outcome: count}}}``. A child that dies (signal, memory
        error, traceback) counts a crash for the case it was reading and the run goes on
        with the next case in a new child.
    """
    import json
    import os
    import subprocess
    import sys

    here = Path(__file__).resolve().parent
    root = here.parents[1]
    tally = {"accepted": 0, "rejected": 0, "crashes": 0, "corruptions": 0, "failures": [],
             "per_family": {}}
    n = 0
    while n < count:
        proc = subprocess.run(
            [sys.executable, "-c", _CHILD, str(here), str(limit), str(seed), str(n), str(count),
             ",".join(families)], cwd=root, capture_output=True, text=True, timeout=timeout,
            env={**os.environ, "PYTHONPATH": str(root), "PYTHONWARNINGS": "ignore"})
        current = None
        for line in proc.stdout.splitlines():
            if not line.startswith("{"):
                continue
            row = json.loads(line)
            if row.get("start"):
                current = row
                continue
            current = None
            outcome = row["outcome"]
            kind = outcome.split(":", 1)[0]
            key = {"crash": "crashes", "corruption": "corruptions"}.get(kind, kind)
            tally[key] += 1
            fam = tally["per_family"].setdefault(row["family"], {})
            fam[key] = fam.get(key, 0) + 1
            if key in ("crashes", "corruptions"):
                tally["failures"].append(f"case {row['n']} ({row['family']}): {outcome}")
            n = row["n"] + 1
        if current is not None:  # the child died inside this case
            tally["crashes"] += 1
            fam = tally["per_family"].setdefault(current["family"], {})
            fam["crashes"] = fam.get("crashes", 0) + 1
            tally["failures"].append(f"case {current['n']} ({current['family']}): child died "
                                     f"(exit {proc.returncode}): {proc.stderr[-300:]}")
            n = current["n"] + 1
        elif proc.returncode != 0 and n < count:
            tally["failures"].append(f"child failed before a case: {proc.stderr[-300:]}")
            break
    return tally
