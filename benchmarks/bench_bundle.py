"""Bundle size and cold-start time of the PyInstaller build (run packaging/build.sh first).

Usage::

    python benchmarks/bench_bundle.py [--runs 5] [--drop-caches] [--exe PATH]

Prints the unpacked bundle size, the .deb and .tar.gz sizes, the .deb's Installed-Size
and the median start time of ``<bundle> --smoke`` under ``QT_QPA_PLATFORM=offscreen``:
process start (loader, Python, imports, Qt, fonts, translations, main window, demo
project opened) until the first event-loop turn with the window shown. With
``--drop-caches`` (root on Linux) the page cache is emptied before every run, so each
start reads the bundle from disk: a true cold start. Targets (issue 21,
``packaging/bundle_config.py``): bundle <= 280 MB, .deb <= 90 MB, .tar.gz <= 105 MB (exit
status 1 above any of them), cold start <= 2.0 s (a warning only: one busy moment on a
shared machine moves it by a second).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "packaging" / "dist"
sys.path.insert(0, str(ROOT / "packaging"))
import bundle_config  # noqa: E402 (packaging/ is not a package)
import check_sizes  # noqa: E402


def drop_caches() -> bool:
    """Empty the Linux page cache (needs root); False when not allowed."""
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def one_start(exe: Path, env: dict, args: list[str]) -> tuple[float, float]:
    """Seconds until the main window is up with its project open, and until exit.

    ``--smoke`` prints ``smoke: project ...`` from the first event-loop turn after the
    window was shown, then visits every tab (waiting for its computations) and quits.
    """
    start = time.perf_counter()
    proc = subprocess.Popen([str(exe), "--smoke", *args], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    ready = None
    for line in proc.stdout:
        if ready is None and line.startswith("smoke:"):
            ready = time.perf_counter() - start
    if proc.wait() != 0:
        raise SystemExit(f"{exe} --smoke failed with exit code {proc.returncode}")
    total = time.perf_counter() - start
    return (ready if ready is not None else total), total


def forget_saved_tab(home: Path) -> None:
    """Remove the tab the last run closed on from the app's settings (QSettings ini).

    The app reopens on the last tab; ``--smoke`` ends on the Report tab, and the first
    ``smoke:`` line waits until the open tab has computed, so without this every timed
    start would include building the whole report (CLV fit included).
    """
    for ini in (home / ".config").rglob("*.ini"):
        lines = ini.read_text(encoding="utf-8").splitlines(keepends=True)
        ini.write_text("".join(x for x in lines if not x.startswith("window\\tab=")),
                       encoding="utf-8")


def time_start(exe: Path, runs: int, cold: bool,
               first_tab: bool = False) -> tuple[list[tuple[float, float]], float, bool]:
    """Start times of ``exe --smoke`` (after one untimed first start that builds the demo shop).

    ``first_tab``: every timed start opens on the first tab (as a new user's does) instead
    of the Report tab the previous ``--smoke`` run ended on.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    times, dropped = [], cold
    with tempfile.TemporaryDirectory() as home:
        env["HOME"] = home  # a fresh user: per-user data dir created from scratch
        env.pop("XDG_DATA_HOME", None)
        env.pop("RETENTION_DESKTOP_HOME", None)
        first = one_start(exe, env, [])[0]  # first start ever: generates the demo shop
        for _ in range(runs):
            if first_tab:
                forget_saved_tab(Path(home))
            if cold:
                dropped = drop_caches() and dropped
            times.append(one_start(exe, env, []))
    return times, first, dropped


def main(argv: list[str] | None = None) -> int:
    """Print the sizes and the start-time median."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--drop-caches", action="store_true", help="true cold starts (root)")
    parser.add_argument("--exe", type=Path, default=DIST / "retention-desktop" / "retention-desktop")
    parser.add_argument("--first-tab", action="store_true",
                        help="also time starts that open on the first tab (5 more runs)")
    args = parser.parse_args(argv)
    if not args.exe.exists():
        print(f"no bundle at {args.exe}: run packaging/build.sh first", file=sys.stderr)
        return 1
    mb = 1e6
    lines, over = check_sizes.report(DIST)
    print("\n".join(lines))
    if args.exe.parent != DIST / bundle_config.APP_ID:
        print(f"timed bundle {args.exe.parent}: {check_sizes.tree_bytes(args.exe.parent) / mb:.1f} MB")
    for deb in sorted(DIST.glob("retention-desktop_*.deb")):
        out = subprocess.run(["dpkg-deb", "-f", str(deb), "Installed-Size"],
                             capture_output=True, text=True).stdout.strip()
        if out:
            print(f"installed size      {int(out) * 1024 / mb:7.1f} MB")
    bare = []
    for _ in range(args.runs):
        if args.drop_caches:
            drop_caches()
        start = time.perf_counter()
        subprocess.run([str(args.exe), "--version"], check=True, stdout=subprocess.DEVNULL)
        bare.append(time.perf_counter() - start)
    print(f"--version           median {statistics.median(bare):.2f} s (bootloader, Python, CLI: "
          "the bundle's own start cost)")
    times, first, dropped = time_start(args.exe, args.runs, args.drop_caches)
    kind = "cold: page cache dropped before each run" if dropped else "page cache warm"
    ready = [t[0] for t in times]
    target = bundle_config.COLD_START_TARGET_S
    print(f"first start ever    {first:.2f} s to the window (builds the demo shop once)")
    print(f"start to window     median {statistics.median(ready):.2f} s over {args.runs} runs "
          f"({kind}; {', '.join(f'{t:.2f}' for t in ready)})   target <= {target:g} s (cold)")
    print("                    (reopens on the Report tab the previous run ended on: includes "
          "building the report, CLV fit too)")
    if args.first_tab:
        plain = [t[0] for t in time_start(args.exe, args.runs, args.drop_caches, True)[0]]
        print(f"start to window, first tab   median {statistics.median(plain):.2f} s "
              f"({', '.join(f'{t:.2f}' for t in plain)}; a new user's start: Data tab)")
    print(f"whole --smoke run   median {statistics.median(t[1] for t in times):.2f} s "
          "(visits every tab and waits for its computations on the demo shop)")
    if dropped and statistics.median(ready) > target:
        print(f"warning: cold start {statistics.median(ready):.2f} s is over its {target:g} s "
              f"target (load average {os.getloadavg()[0]:.1f}: repeat on a quiet machine)",
              file=sys.stderr)
    for problem in over:
        print(f"FAIL: {problem}", file=sys.stderr)
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
