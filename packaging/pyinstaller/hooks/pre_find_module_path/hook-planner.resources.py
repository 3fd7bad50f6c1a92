"""Find planner.resources where the installed package says it is.

pyproject.toml maps the package planner.resources onto the top-level resources/
folder, so it is not inside planner/ where PyInstaller's module graph would look.
Ask the import system of the build environment (an editable or a regular install)
where it lives, and search only its parent folder for it.
"""

import importlib.util
from pathlib import Path


def pre_find_module_path(api):
    spec = importlib.util.find_spec("planner.resources")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("planner.resources is not importable: install the project (pip install -e .) first")
    api.search_dirs = [str(Path(next(iter(spec.submodule_search_locations))).parent)]
