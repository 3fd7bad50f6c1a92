"""`planner schedule`, `why`, `new`, `demo` and `import -o` on files that are bad or cannot be written:
one line on stderr, exit code 2, no output, and nothing changed or left behind."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from store.damage import cut_off, foreign_crash_journal, scramble_index, whole_file

from planner.cli import main
from planner.store.projectfile import ProjectFile


def folder_state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def refusal(argv: list[str], capsys) -> str:
    """The one line `planner ARGV` prints when it refuses, after checking exit code and silence."""
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    return captured.err.rstrip("\n")


def test_one_byte_short_file(tmp_path, capsys):
    path = whole_file(tmp_path / "p.plandb")
    cut_off(path, 1)
    before = folder_state(tmp_path)
    for job in (["schedule", str(path)], ["why", str(path), "2"]):
        line = refusal(job, capsys)
        assert line.startswith(f"planner: error: {path}: the file is cut short")
    assert folder_state(tmp_path) == before


def test_damage_quick_check_misses(tmp_path, capsys):
    path = whole_file(tmp_path / "p.plandb")
    scramble_index(path)
    assert "integrity check found its structure broken" in refusal(["schedule", str(path)], capsys)


def test_foreign_journal_is_left_alone(tmp_path, capsys):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    journal = foreign_crash_journal(elsewhere)
    path = whole_file(tmp_path / "p.plandb")
    shutil.copyfile(journal, tmp_path / "p.plandb-journal")
    before = folder_state(tmp_path)
    assert "p.plandb-journal beside it was not written for it" in refusal(["schedule", str(path)], capsys)
    assert folder_state(tmp_path) == before


def test_an_unforeseen_failure_is_one_line_asking_for_a_report(tmp_path, capsys, monkeypatch):
    path = whole_file(tmp_path / "p.plandb")

    def broken(_self):
        raise KeyError("calendar_id")

    monkeypatch.setattr(ProjectFile, "load", broken)
    assert refusal(["schedule", str(path)], capsys) == (
        f"planner: internal error while reading {path}: KeyError: 'calendar_id'; please report it"
    )


@pytest.mark.parametrize("job", [["new"], ["demo"]])
def test_writing_under_a_file_is_one_line_and_leaves_nothing(tmp_path, capsys, job):
    (tmp_path / "notes.txt").write_text("x")
    target = tmp_path / "notes.txt" / "p.plandb"
    line = refusal([*job, str(target)], capsys)
    assert line == f"planner: error: {target}: cannot be written ({tmp_path / 'notes.txt'} is a file, not a folder)"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_import_onto_a_full_disk_leaves_no_temporary_file(tmp_path, tiny_disk, capsys):
    sheet = tmp_path / "tasks.csv"
    rows = "\n".join(
        f"{n},Task number {n} with a long name to fill the disk,2d,{n - 1 if n > 1 else ''}" for n in range(1, 800)
    )
    sheet.write_text("ID,Name,Duration,Predecessors\n" + rows + "\n")
    target = tiny_disk / "p.plandb"
    line = refusal(["import", str(sheet), "-o", str(target), "--start", "2027-01-04"], capsys)
    assert line.startswith(f"planner: error: {target}: cannot be written (")
    assert list(tiny_disk.iterdir()) == []


def test_demo_onto_a_read_only_disk(read_only_disk, capsys):
    target = read_only_disk / "demo.plandb"
    assert refusal(["demo", str(target)], capsys) == (
        f"planner: error: {target}: cannot be written (Read-only file system)"
    )


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_subprocess_never_blocks_on_a_pipe_nor_shows_a_traceback(tmp_path):
    pipe = tmp_path / "pipe.plandb"
    os.mkfifo(pipe)
    short = whole_file(tmp_path / "short.plandb")
    cut_off(short, 1)
    for path in (pipe, short, tmp_path):
        done = subprocess.run(
            [sys.executable, "-m", "planner.cli", "schedule", str(path)], capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 2 and done.stdout == ""
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
