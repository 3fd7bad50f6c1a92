"""PySide6.QtGui, minus the Qt plugins Planner never loads.

Replaces PyInstaller's own hook of the same name (hooks in the spec's hookspath take
precedence) so that the left-out plugins are never analysed: their libraries (GTK 3,
Qt Quick, QML, PDF, Wayland, EGLFS, ...) then stay out of the bundle too, instead of
being collected and filtered afterwards.

Kept: the xcb, offscreen and minimal platforms (windows and cocoa elsewhere); PNG
(built in), SVG, ICO and JPEG images; the SVG icon engine; compose and ibus input
methods; the XDG desktop portal theme; xcb's GL integrations.
"""

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

DROPPED_PLUGIN_FOLDERS = {
    "egldeviceintegrations",  # EGLFS on embedded boards
    "generic",  # evdev and tuio input, for linuxfb and eglfs only
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "wayland-shell-integration",
    "vectorimageformats",  # Lottie, through Qt Quick
}
DROPPED_PLUGINS = {
    "platforms": ("qeglfs", "qlinuxfb", "qvnc", "qwayland", "qminimalegl", "qvkkhrdisplay", "qdirect2d"),
    "platforminputcontexts": ("qtvirtualkeyboardplugin",),
    "platformthemes": ("qgtk3",),  # would pull in the host's GTK 3, Pango, Cairo and ATK
    "imageformats": ("qpdf", "qgif", "qicns", "qtga", "qtiff", "qwbmp", "qwebp"),
}


def _plugin_name(path):
    name = path.replace("\\", "/").rsplit("/", 1)[-1].split(".", 1)[0]
    return name[3:] if name.startswith("lib") else name


def _kept(entry):
    source, destination = entry[0], entry[1].replace("\\", "/")
    if "/plugins/" not in destination + "/":
        return True
    folder = destination.rstrip("/").rsplit("/", 1)[-1]
    if folder in DROPPED_PLUGIN_FOLDERS:
        return False
    return _plugin_name(source) not in DROPPED_PLUGINS.get(folder, ())


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [entry for entry in binaries if _kept(entry)]
