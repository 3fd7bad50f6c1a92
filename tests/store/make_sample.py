"""Write the sample file of the current schema: tests/store/samples/schema-N.plandb.

    python tests/store/make_sample.py

Run it once when a migration is added (N is the number of migrations) and commit
the file; never regenerate an older sample, it stands for files users already have.
It holds the demo project, which test_migrations expects every sample to hold.
"""

from __future__ import annotations

import sys
from pathlib import Path

from planner.exchange.demo import demo_project
from planner.store.projectfile import ProjectFile
from planner.store.schema import known_migrations

SAMPLES = Path(__file__).parent / "samples"


def main() -> int:
    path = SAMPLES / f"schema-{len(known_migrations())}.plandb"
    if path.exists():
        print(f"{path} exists already; a released sample is never rewritten", file=sys.stderr)
        return 2
    ProjectFile.create(path, demo_project()).close()
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
