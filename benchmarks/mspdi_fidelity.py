"""MS Project's dates kept: Planner's schedule of every MS-Project-saved file of ../shared/data/mspdi
against the Start and Finish MS Project stored, to the minute.

    .venv/bin/python benchmarks/mspdi_fidelity.py [DATA_DIR] [--quiet]

Files are those INDEX.tsv's app_guess says MS Project wrote. Compared: every auto-scheduled
leaf task (not Manual, not a summary; planner/exchange/mspdi/fidelity.py says why the
others are left out). Prints "N of M tasks identical over K files" and every difference
(file, task UID, name, field, ours, MS Project's). Files with nothing to compare count
toward neither number.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from planner.core.errors import PlannerError
from planner.exchange.mspdi.fidelity import FileFidelity, file_fidelity, shared_data


def ms_project_files(data: Path) -> list[tuple[str, Path]]:
    """(path as INDEX.tsv has it, file) of every file INDEX.tsv says MS Project saved."""
    index = data / "mspdi" / "INDEX.tsv"
    lines = index.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    path_at, app_at, error_at = header.index("path"), header.index("app_guess"), header.index("error")
    found = []
    for line in lines[1:]:
        cells = line.split("\t")
        if cells[app_at].startswith("MS Project") and not cells[error_at]:
            found.append((cells[path_at], data / cells[path_at]))
    return found


def main(argv: list[str]) -> int:
    quiet = "--quiet" in argv
    args = [a for a in argv if not a.startswith("--")]
    data = Path(args[0]) if args else shared_data()
    if data is None or not (data / "mspdi" / "INDEX.tsv").is_file():
        print("no shared/data/mspdi/INDEX.tsv beside the repository: give the shared data folder", file=sys.stderr)
        return 2
    began = time.perf_counter()
    results: list[FileFidelity] = []
    for label, path in ms_project_files(data):
        try:
            results.append(file_fidelity(path, label.removeprefix("mspdi/")))
        except PlannerError as error:
            print(f"{label}: not imported: {error}")
    counted = [r for r in results if r.compared]
    identical = sum(r.identical for r in counted)
    compared = sum(r.compared for r in counted)
    if not quiet:
        for result in counted:
            for d in result.differences:
                print(
                    f"{d.file}\tUID {d.uid}\t{d.name}\t{d.field}\tours {d.ours:%Y-%m-%d %H:%M}\t"
                    f"MS Project {d.theirs:%Y-%m-%d %H:%M}"
                )
    share = 100 * identical / compared if compared else 0.0
    print(
        f"{identical} of {compared} tasks identical over {len(counted)} files ({share:.1f}%), "
        f"{time.perf_counter() - began:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
