"""Bundle size and cold-start time of the PyInstaller build (run packaging/build.sh first).

Usage::

    python benchmarks/bench_bundle.py [--runs 5] [--drop-caches] [--exe PATH]

Prints the unpacked bundle size, the .deb and .tar.gz sizes, the .deb's Installed-Size
and the median wall time of ``<bundle> --smoke`` under ``QT_QPA_PLATFORM=offscreen``
(process start to exit: loader, Python, imports, Qt, first window, quit). With
``--drop-caches`` (root on Linux) the page cache is emptied before every run, so each
start reads the bundle from disk: a true cold start. Targets (issue 9): bundle <= 300 MB,
.deb/.tar.gz <= 110 MB, cold start <= 2.5 s.
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


def tree_bytes(path: Path) -> int:
    """Apparent size of a folder (each hard-linked file once)."""
    seen, total = set(), 0
    for p in path.rglob("*"):
        st = p.lstat()
        if p.is_file() and not p.is_symlink() and (st.st_dev, st.st_ino) not in seen:
            seen.add((st.st_dev, st.st_ino))
            total += st.st_size
    return total


def drop_caches() -> bool:
    """Empty the Linux page cache (needs root); False when not allowed."""
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def time_start(exe: Path, runs: int, cold: bool) -> tuple[list[float], bool]:
    """Wall times of ``exe --smoke``; also whether the caches were really dropped."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    times, dropped = [], cold
    with tempfile.TemporaryDirectory() as home:
        env["HOME"] = home  # fresh user: per-user data dir created from scratch
        env.pop("XDG_DATA_HOME", None)
        for _ in range(runs):
            if cold:
                dropped = drop_caches() and dropped
            start = time.perf_counter()
            subprocess.run([str(exe), "--smoke"], env=env, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times.append(time.perf_counter() - start)
    return times, dropped


def main(argv: list[str] | None = None) -> int:
    """Print the sizes and the start-time median."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--drop-caches", action="store_true", help="true cold starts (root)")
    parser.add_argument("--exe", type=Path, default=DIST / "retention-desktop" / "retention-desktop")
    args = parser.parse_args(argv)
    if not args.exe.exists():
        print(f"no bundle at {args.exe}: run packaging/build.sh first", file=sys.stderr)
        return 1
    mb = 1e6
    print(f"bundle (unpacked)   {tree_bytes(args.exe.parent) / mb:7.1f} MB   target <= 300")
    for pattern in ("retention-desktop_*.deb", "retention-desktop-*.tar.gz"):
        for f in sorted(DIST.glob(pattern)):
            print(f"{f.name:<40} {f.stat().st_size / mb:7.1f} MB   target <= 110")
    for deb in sorted(DIST.glob("retention-desktop_*.deb")):
        out = subprocess.run(["dpkg-deb", "-f", str(deb), "Installed-Size"],
                             capture_output=True, text=True).stdout.strip()
        if out:
            print(f"installed size      {int(out) * 1024 / mb:7.1f} MB")
    times, dropped = time_start(args.exe, args.runs, args.drop_caches)
    kind = "cold, page cache dropped" if dropped else "page cache warm after the first run"
    print(f"--smoke start       median {statistics.median(times):.2f} s over {args.runs} runs "
          f"({kind}; runs: {', '.join(f'{t:.2f}' for t in times)})   target <= 2.5 s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
