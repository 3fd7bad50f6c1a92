"""Budget: from launch to a painted main window on the demo project in < 1.5 s.

    python benchmarks/bench_startup.py                              # python -m planner
    python benchmarks/bench_startup.py --bundle dist/planner/planner  # the PyInstaller bundle

Launches `planner --smoke` (offscreen without a display) --runs times after one
warm-up run, stamping PLANNER_STARTED_AT just before each launch; the smoke test
prints when the main window was first painted and which heavy modules (matplotlib,
openpyxl, numpy) were loaded by then. matplotlib and openpyxl must not be: they are
imported when first needed. From the source tree it also runs the window once under
`python -X importtime` to confirm that with the import profiler. Prints the median
as its last line; exits 1 if a heavy module was loaded before the first paint.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BUDGET_S = 1.5
LAZY = ("matplotlib", "openpyxl")  # must not be imported to open the window
PAINT = re.compile(r"^first paint: ([0-9.]+) s after launch$", re.M)
HEAVY = re.compile(r"^heavy modules loaded before the first paint: (.*)$", re.M)


def smoke_once(command: list[str]) -> tuple[float, list[str]]:
    env = dict(os.environ, PLANNER_STARTED_AT=repr(time.time()))
    result = subprocess.run([*command, "--smoke"], capture_output=True, text=True, env=env, check=False)
    paint, heavy = PAINT.search(result.stdout), HEAVY.search(result.stdout)
    if result.returncode != 0 or paint is None or heavy is None:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"bench_startup: {' '.join(command)} --smoke failed (exit {result.returncode})")
    modules = [] if heavy.group(1) == "none" else [m.strip() for m in heavy.group(1).split(",")]
    return float(paint.group(1)), modules


def importtime_check() -> list[str]:
    """Open the demo in the window once under -X importtime; the lazy modules it imported, if any."""
    with tempfile.TemporaryDirectory() as folder:
        demo, shot = Path(folder) / "demo.plandb", Path(folder) / "window.png"
        subprocess.run([sys.executable, "-m", "planner", "demo", str(demo)], check=True, capture_output=True)
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        result = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "planner", str(demo), "--screenshot", str(shot)],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
    if result.returncode != 0:
        raise SystemExit(f"bench_startup: the screenshot run failed:\n{result.stderr[-2000:]}")
    imported = {line.rsplit("|", 1)[-1].strip().split(".")[0] for line in result.stderr.splitlines() if "|" in line}
    own_us = [line.split("|")[0].split(":")[-1].strip() for line in result.stderr.splitlines() if "|" in line]
    total_us = sum(int(value) for value in own_us if value.isdigit())
    print(f"-X importtime: {total_us / 1e6:.2f} s of imports to open the window; {len(imported)} top-level packages")
    return sorted(name for name in LAZY if name in imported)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, help="the bundle's executable (default: python -m planner)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    command = [str(args.bundle)] if args.bundle else [sys.executable, "-m", "planner"]
    label = str(args.bundle) if args.bundle else "python -m planner"

    smoke_once(command)  # warm-up: file cache, matplotlib's font cache
    times, early = [], set()
    for _ in range(args.runs):
        seconds, heavy = smoke_once(command)
        times.append(seconds)
        early.update(name for name in heavy if name in LAZY)
        print(f"first paint {seconds:.3f} s; loaded by then: {', '.join(heavy) or 'none'}")
    if not args.bundle:
        early.update(importtime_check())
    if early:
        print(f"bench_startup: imported before the window was painted: {', '.join(sorted(early))}", file=sys.stderr)
    median = statistics.median(times)
    verdict = "within" if median < BUDGET_S else "OVER"
    print(
        f"startup to first paint ({label}): {median:.3f} s median of {args.runs}, "
        f"best {min(times):.3f} s ({verdict} the {BUDGET_S} s budget)"
    )
    return 1 if early else 0


if __name__ == "__main__":
    sys.exit(main())
