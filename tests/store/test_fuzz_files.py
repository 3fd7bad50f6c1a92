"""Fuzz: `planner schedule` and `planner why` on damaged project files (issue 9).

Whatever is done to a real file, the CLI exits 0 or 2, prints nothing to stdout
after a refusal, says why in exactly one line on stderr, never shows a traceback,
never hangs, and leaves every file in the folder exactly as it was (sha256). Damage
to the file as a whole (cut short, added to, a journal that is not its own) gets
its own message, never the last-resort "internal error" line.

Row mutations only assert the general contract: what each odd row means is the
codecs' business (row validation), so these keep passing when the refusals there
become precise. Quick by default; PLANNER_HYPOTHESIS=thorough tries many more.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import shutil
import signal
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.cli import main

from .damage import whole_file
from .mutations import PRECISE, apply_bytes, apply_rows, byte_mutations, examples, row_mutations

JOBS = (["schedule"], ["schedule", "--json"], ["why", "@", "2"])
SECONDS = 20  # far beyond what a small file takes: only a hang gets here


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    return whole_file(tmp_path_factory.mktemp("pristine") / "p.plandb", tasks=40)


@contextlib.contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Fail a case that hangs (a blocking open, an endless loop) instead of hanging the suite."""
    if sys.platform == "win32":  # pragma: no cover - no SIGALRM
        yield
        return

    def expired(_signum, _frame):
        raise TimeoutError(f"no answer within {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def folder_digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()}


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with time_limit(SECONDS), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()


def check_every_job(path: Path, *, precise: bool = False) -> None:
    """The contract above, for each job; `precise`: a refusal must not be the last-resort line."""
    before = folder_digest(path.parent)
    for job in JOBS:
        argv = [job[0], str(path), *[a for a in job[1:] if a != "@"]]
        code, out, err = run(argv)
        assert code in (0, 2), (argv, code, err)
        assert "Traceback" not in err
        if code == 2:
            assert out == "", "output after a refusal"
            assert err.count("\n") == 1 and err.startswith("planner: "), err
            if precise:
                assert "internal error" not in err, err
        else:  # a file that schedules may come with warnings (a loop left out), one line each
            assert all(line.startswith("planner: warning: ") for line in err.splitlines()), err
        assert folder_digest(path.parent) == before, f"{argv} changed a file"


def mutated_copy(pristine: Path, folder: Path) -> Path:
    path = folder / pristine.name
    shutil.copyfile(pristine, path)
    return path


@settings(max_examples=examples(30, 500), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutation=byte_mutations)
def test_byte_mutations(pristine, mutation):
    with tempfile.TemporaryDirectory() as folder, tempfile.TemporaryDirectory() as scratch:
        path = mutated_copy(pristine, Path(folder))
        apply_bytes(path, mutation, Path(scratch))
        check_every_job(path, precise=mutation[0] in PRECISE)


@settings(max_examples=examples(30, 500), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutations=st.lists(row_mutations, min_size=1, max_size=3))
def test_row_mutations(pristine, mutations):
    with tempfile.TemporaryDirectory() as folder:
        path = mutated_copy(pristine, Path(folder))
        apply_rows(path, mutations)
        check_every_job(path)


def test_the_pristine_file_passes(pristine, tmp_path):
    """The fuzz starts from a file every job accepts, so a refusal above is the mutation's doing."""
    path = mutated_copy(pristine, tmp_path)
    for job in JOBS:
        code, out, err = run([job[0], str(path), *[a for a in job[1:] if a != "@"]])
        assert (code, err) == (0, "") and out
