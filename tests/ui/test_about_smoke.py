"""The About dialog, the app icon, `planner --smoke` and the lazy imports, on the source tree.

The same smoke test runs against the PyInstaller bundle and the installed .deb in
packaging/build.sh; here it proves the test itself works before anything is packaged.
"""

from __future__ import annotations

import importlib.util
import os
import struct
import subprocess
import sys
from email.message import Message
from pathlib import Path

import pytest

import planner
from planner.ui.shell import smoke
from planner.ui.shell.about import AboutDialog, bundled_libraries, licence_of, runtime_distributions
from planner.ui.shell.icons import ICON_SIZES, app_icon, icon_pixmap

ROOT = Path(__file__).resolve().parents[2]


class FakeDistribution:
    def __init__(self, **fields: str | list[str]) -> None:
        self.metadata = Message()
        for key, value in fields.items():
            for item in value if isinstance(value, list) else [value]:
                self.metadata[key.replace("_", "-")] = item


def test_licence_prefers_spdx_then_classifiers_then_a_short_licence_field():
    assert licence_of(FakeDistribution(License_Expression="MIT", License="whatever")) == "MIT"
    classifiers = ["License :: OSI Approved :: BSD License", "Programming Language :: Python"]
    assert licence_of(FakeDistribution(License="x" * 500, Classifier=classifiers)) == "BSD License"
    assert licence_of(FakeDistribution(License="Apache License, Version 2.0")) == "Apache License, Version 2.0"
    assert licence_of(FakeDistribution(License="Long\nlicence text")) == "see the package's licence file"


def test_runtime_distributions_follow_the_requirements_from_planner_down():
    names = [d.metadata["Name"].lower().replace("_", "-") for d in runtime_distributions()]
    assert names[0] == "planner"
    for needed in ("pyside6-essentials", "shiboken6", "matplotlib", "numpy", "openpyxl", "sqlite-utils", "holidays"):
        assert needed in names
    assert "pip" not in names  # sqlite-utils asks for it, but only for its own install command
    assert "pytest" not in names  # test extras are not runtime requirements


def test_about_dialog_shows_version_icon_and_licences(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert planner.__version__ in dialog.title.text()
    rows = {
        dialog.libraries.topLevelItem(i).text(0).lower(): dialog.libraries.topLevelItem(i).text(2)
        for i in range(dialog.libraries.topLevelItemCount())
    }
    assert rows["qt"].startswith("LGPL-3.0")
    assert "LGPL-3.0" in rows["pyside6_essentials"]
    assert rows["openpyxl"].startswith("MIT")
    assert rows["sqlite-utils"] == "Apache-2.0"
    assert rows["holidays"] == "MIT"
    assert "Python Software Foundation" in rows["matplotlib"]
    assert "BSD" in rows["numpy"]
    assert all(licence for licence in rows.values())
    assert len(rows) == len(bundled_libraries())


def test_app_icon_has_every_size(qapp):
    icon = app_icon()
    sizes = {size.width() for size in icon.availableSizes()}
    assert sizes == set(ICON_SIZES)
    pixmap = icon_pixmap(256)
    assert pixmap.width() == 256
    corner, centre = pixmap.toImage().pixelColor(0, 0), pixmap.toImage().pixelColor(128, 128)
    assert corner.alpha() == 0 and centre.alpha() == 255  # a rounded tile on a transparent ground


def test_generated_icon_files_are_there_and_well_formed():
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "packaging" / "make_icons.py")
    make_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icons)
    assert make_icons.main(["--check"]) == 0
    ico = (ROOT / "resources" / "icons" / "planner.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    icns = (ROOT / "resources" / "icons" / "planner.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_smoke_passes_on_the_source_tree(qapp, capsys):
    assert smoke.run_smoke() == 0
    out = capsys.readouterr().out
    assert "planner --smoke: all checks passed" in out
    assert "export planner schedule --json: ok" in out
    assert "first paint: " in out


def test_smoke_reports_the_failing_step_on_stderr(qapp, capsys, monkeypatch):
    def broken_demo():
        raise RuntimeError("portal.toml is not in the bundle")

    monkeypatch.setattr("planner.exchange.demo.demo_project", broken_demo)
    assert smoke.run_smoke() == 1
    captured = capsys.readouterr()
    assert "FAILED: open the demo project in the main window: RuntimeError: portal.toml is not in the bundle" in (
        captured.err
    )
    assert "all checks passed" not in captured.out


def test_opening_the_window_does_not_import_matplotlib_or_openpyxl(tmp_path):
    """Heavy libraries are imported when first needed, not to show the window (a fresh process)."""
    demo = tmp_path / "demo.plandb"
    subprocess.run([sys.executable, "-m", "planner", "demo", str(demo)], check=True, capture_output=True)
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from planner.ui.shell.app import run_gui\n"
        f"assert run_gui(Path({str(demo)!r}), screenshot=Path({str(tmp_path / 'w.png')!r})) == 0\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'matplotlib', 'openpyxl'}))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize("value", ["not a number", ""])
def test_smoke_falls_back_when_the_launch_stamp_is_unusable(monkeypatch, value):
    monkeypatch.setenv(smoke.STARTED_AT_ENV, value)
    assert 0 < smoke._process_started_at() <= __import__("time").time()
