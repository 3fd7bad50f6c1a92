"""A process killed (SIGKILL) in the middle of a stream of edits loses nothing it had committed."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from datetime import datetime

import pytest

from planner.core.model.duration import Duration
from planner.core.model.entities import Task
from planner.core.model.factory import new_project
from planner.store.projectfile import ProjectFile

EDITOR = textwrap.dedent(
    """
    import sys
    from planner.core.edits.task_edits import rename, set_duration
    from planner.core.edits.outline_edits import insert_task
    from planner.store.document import Document

    document = Document.open(sys.argv[1])
    n = 0
    while True:
        n += 1
        document.apply(rename(document.project, 1, f"edit {n}"))
        document.apply(insert_task(document.project, None, f"task {n}"))
        document.apply(set_duration(document.project, 2, f"{n}h"))
        print(n, flush=True)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_editor_keeps_every_committed_edit(tmp_path):
    path = tmp_path / "p.plandb"
    project = new_project("Crash", datetime(2027, 1, 4, 8, 0))
    project.tasks[1] = Task(1, "first", position=1)
    project.tasks[2] = Task(2, "second", position=2, duration=Duration(30))
    ProjectFile.create(path, project).close()
    editor = subprocess.Popen([sys.executable, "-c", EDITOR, str(path)], stdout=subprocess.PIPE, text=True)
    confirmed = 0
    for line in editor.stdout:
        confirmed = int(line)
        if confirmed >= 40:
            break
    editor.send_signal(signal.SIGKILL)
    editor.wait()
    assert confirmed >= 40
    with ProjectFile.open(path) as file:  # opens cleanly: no lock left behind, no half transaction
        loaded = file.load()
    done = int(loaded.tasks[1].name.split()[1])
    assert done >= confirmed
    inserted = [t for t in loaded.tasks.values() if t.name.startswith("task ")]
    assert len(inserted) in (done - 1, done)  # the kill may fall between the edits of one round
    assert loaded.tasks[2].duration.minutes in ((done - 1) * 60, done * 60)


HALF_DONE = textwrap.dedent(
    """
    import sqlite3, sys, time
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute("BEGIN")
    connection.execute("UPDATE tasks SET name = 'half done'")
    connection.execute("DELETE FROM links")
    connection.execute("PRAGMA cache_size = 1")  # spill to the file: the journal is now hot
    filler = [(i,) for i in range(10, 5000)]
    connection.executemany("INSERT INTO tasks (id, name, position) VALUES (?, 'filler', 0)", filler)
    print("in transaction", flush=True)
    time.sleep(60)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_file_killed_mid_transaction_opens_as_it_was_before(tmp_path):
    path = tmp_path / "p.plandb"
    project = new_project("Crash", datetime(2027, 1, 4, 8, 0))
    project.tasks[1] = Task(1, "first", position=1)
    ProjectFile.create(path, project).close()
    writer = subprocess.Popen([sys.executable, "-c", HALF_DONE, str(path)], stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline().strip() == "in transaction"
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    assert (tmp_path / "p.plandb-journal").exists()  # a hot journal, as a crash leaves it
    for writable in (False, True):
        with ProjectFile.open(path, writable=writable) as file:
            assert file.load() == project
