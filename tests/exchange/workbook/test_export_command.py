"""`planner export FILE -o report.xlsx` headless: the workbook, or one line on stderr."""

from __future__ import annotations

from openpyxl import load_workbook

from planner.cli import main


def test_planner_export_writes_the_demo_workbook(tmp_path, capsys) -> None:
    demo, target = tmp_path / "demo.plandb", tmp_path / "status.xlsx"
    assert main(["demo", str(demo)]) == 0
    assert main(["export", str(demo), "-o", str(target)]) == 0
    assert capsys.readouterr().out.strip().endswith(f"exported {demo} to {target}")
    book = load_workbook(target)
    assert book.sheetnames[:3] == ["Summary", "Schedule", "Milestones"]
    assert book["Summary"]["A1"].value == "Customer Portal Rollout"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.plandb", "status.xlsx"]


def test_exporting_into_a_missing_folder_is_one_line(tmp_path, capsys) -> None:
    demo = tmp_path / "demo.plandb"
    assert main(["demo", str(demo)]) == 0
    capsys.readouterr()
    assert main(["export", str(demo), "-o", str(tmp_path / "nowhere" / "status.xlsx")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "there is no such folder" in err[0]
