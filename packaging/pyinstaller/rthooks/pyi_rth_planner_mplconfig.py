"""Keep matplotlib's font cache between runs.

PyInstaller's own matplotlib hook points MPLCONFIGDIR at a new temporary folder on
every start, so the first chart of every session rebuilds the font list (a second or
more). A onedir bundle sits at a fixed path, so a per-user cache folder is safe: the
cache file is named after the matplotlib version, and the folder holds nothing else.
Runtime hooks named in the spec run after PyInstaller's, so this one wins.
"""


def _pyi_rthook():
    import os
    import sys

    if sys.platform.startswith("win"):
        root = os.environ.get("LOCALAPPDATA") or os.path.expanduser("~\\AppData\\Local")
    elif sys.platform == "darwin":
        root = os.path.expanduser("~/Library/Caches")
    else:
        root = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    folder = os.path.join(root, "planner", "matplotlib")
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError:
        return  # keep PyInstaller's temporary folder
    if os.access(folder, os.W_OK):
        os.environ["MPLCONFIGDIR"] = folder


_pyi_rthook()
del _pyi_rthook
