"""The decisions behind packaging/companion.spec, as plain functions the tests can call.

The spec file itself runs inside PyInstaller; keeping what goes in or out of the bundle, the
macOS Info.plist and the Windows version resource here lets tests check them on any OS.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

APP_NAME = "Bedtime Companion"
EXE_NAME = "bedtime-companion"
BUNDLE_ID = "io.github.bedtime_companion.BedtimeCompanion"  # = companion.APP_ID

# Python modules we never import. Leaving them out keeps PyInstaller's hooks from collecting the
# Qt libraries, QML files and plug-ins behind them.
EXCLUDED_MODULES = [
    *(
        f"PySide6.{name}"
        for name in [
            "Qt3DAnimation",
            "Qt3DCore",
            "Qt3DExtras",
            "Qt3DInput",
            "Qt3DLogic",
            "Qt3DRender",
            "QtAxContainer",
            "QtBluetooth",
            "QtCharts",
            "QtConcurrent",
            "QtDataVisualization",
            "QtDesigner",
            "QtGraphs",
            "QtGraphsWidgets",
            "QtHelp",
            "QtHttpServer",
            "QtLocation",
            "QtMultimediaWidgets",
            "QtNetworkAuth",
            "QtNfc",
            "QtOpenGL",
            "QtOpenGLWidgets",
            "QtPdf",
            "QtPdfWidgets",
            "QtPositioning",
            "QtQml",
            "QtQuick",
            "QtQuick3D",
            "QtQuickControls2",
            "QtQuickTest",
            "QtQuickWidgets",
            "QtRemoteObjects",
            "QtScxml",
            "QtSensors",
            "QtSerialBus",
            "QtSerialPort",
            "QtSpatialAudio",
            "QtSql",
            "QtStateMachine",
            "QtTest",
            "QtUiTools",
            "QtWebChannel",
            "QtWebEngineCore",
            "QtWebEngineQuick",
            "QtWebEngineWidgets",
            "QtWebSockets",
            "QtWebView",
            "QtXml",
        ]
    ),
    "tkinter",
    "unittest",
    "pydoc",
    # No TLS: the app makes no network connection, so the bundle carries no OpenSSL (about
    # 5 MB on disk and in memory: asyncio, which APScheduler imports, would load it at once).
    # hashlib then uses Python's own SHA-256, which is all the instance socket's name needs.
    "ssl",
    "_ssl",
    "_hashlib",
    # APScheduler's optional back ends: the hook collects every submodule that imports, and
    # these would drag in whatever happens to be installed beside it.
    "apscheduler.jobstores.mongodb",
    "apscheduler.jobstores.redis",
    "apscheduler.jobstores.rethinkdb",
    "apscheduler.jobstores.sqlalchemy",
    "apscheduler.jobstores.zookeeper",
    "apscheduler.executors.gevent",
    "apscheduler.executors.tornado",
    "apscheduler.executors.twisted",
    "apscheduler.schedulers.gevent",
    "apscheduler.schedulers.tornado",
    "apscheduler.schedulers.twisted",
]
HIDDEN_IMPORTS = [
    # Ours: the CLI imports it only when --self-test is given.
    "companion.app.self_test",
    # APScheduler resolves these by entry point name ("date", "interval", "cron", "threadpool",
    # "debug", "memory"); the hook collects them, named here so a hook change cannot drop them.
    "apscheduler.schedulers.qt",
    "apscheduler.triggers.date",
    "apscheduler.triggers.interval",
    "apscheduler.triggers.cron",
    "apscheduler.executors.pool",
    "apscheduler.executors.debug",
    "apscheduler.jobstores.memory",
    "tzlocal",
]
# Package metadata read at run time: APScheduler's entry points (its plug-in registry).
METADATA_PACKAGES = ["APScheduler"]

# Files (by their path inside the bundle) that PyInstaller's Qt hooks bring but we never use.
# Kept: platforms xcb + wayland (+ offscreen for --self-test), the wayland shell and graphics
# integrations, the svg image and icon engines, the text-to-speech plug-ins (speechd, mock), the
# xdgdesktopportal theme, the compose and ibus input methods.
_UNWANTED = [
    r"Qt6(Qml|Quick|VirtualKeyboard|Pdf|3D|Charts|DataVisualization|Graphs|Designer|WebEngine|"
    r"WebChannel|WebView|Location|Positioning|Sensors|Lottie|Labs|ShaderTools|Sql|Test|"
    r"SerialPort|Bluetooth|Nfc|RemoteObjects|Scxml|StateMachine|SpatialAudio|CanvasPainter|"
    r"MultimediaQuick|MultimediaWidgets|OpenGLWidgets|HttpServer|NetworkAuth|WebSockets|Help)",
    r"plugins/imageformats/(libqpdf|qpdf)",
    r"plugins/platforminputcontexts/(lib)?qtvirtualkeyboard",
    r"plugins/(egldeviceintegrations|qmltooling|qmllint|sceneparsers|renderers|renderplugins|"
    r"geometryloaders|assetimporters|geoservices|position|sensors|canbus|sqldrivers|designer|"
    r"webview|scxmldatamodel|vectorimageformats|networkinformation|tls|generic)/",
    r"plugins/platforms/(lib)?q(eglfs|linuxfb|minimal|minimalegl|vnc|vkkhrdisplay)",
    # A host GTK theme would load the host's GTK into us (~14 MB, and its own version).
    r"plugins/platformthemes/(lib)?qgtk3",
    r"plugins/wayland-graphics-integration-server/",  # for compositors, not clients
    r"plugins/wayland-graphics-integration-client/lib[a-z-]+-server\.so",  # server buffers
    # QSoundEffect and QMediaDevices work without a media back end (Qt says so when none is
    # found). The FFmpeg back end is for playing media files, links QtQuick + QtQml and brings
    # FFmpeg itself: about 25 MB we would never call.
    r"plugins/multimedia/",
    r"(^|/)lib(avcodec|avformat|avutil|swresample|swscale|Qt6FFmpegStub)",
    # OpenSSL, which the QtNetwork hook adds for TLS: we make no network connection, and
    # the TLS plug-ins are left out above (see "ssl" in EXCLUDED_MODULES).
    r"(^|/)lib(ssl|crypto)\.so",
    # Only the eglfs platform plug-in (left out) uses these.
    r"(^|/)libQt6(EglFSDeviceIntegration|EglFsKmsSupport)",
    r"Qt/qml/",
    r"Qt/translations/qtwebengine",
    r"Qt/resources/qtwebengine",
    r"Qt/libexec/",
]
# Libraries that must come from the host. Fonts: a bundled libfreetype/libfontconfig next to the
# host's fontconfig files and other libraries fails on missing symbols at start (known
# PyInstaller + Qt trouble). GLib: the host loads its own GIO modules into whatever GLib is
# present. GTK and its drawing stack: only the GTK theme plug-in (left out) needed them.
_HOST_ONLY = (
    r"^lib(freetype|fontconfig|expat|harfbuzz|glib-2\.0|gobject-2\.0|gio-2\.0|gmodule-2\.0|"
    r"gthread-2\.0|gtk-3|gdk-3|gdk_pixbuf-2\.0|atk-1\.0|atk-bridge|atspi|cairo|cairo-gobject|"
    r"pango-1\.0|pangocairo-1\.0|pangoft2-1\.0|thai|datrie|fribidi|graphite2|pixman-1|epoxy|"
    r"dbus-1)\.so"
)

_UNWANTED_RE = re.compile("|".join(f"(?:{p})" for p in _UNWANTED))
_HOST_ONLY_RE = re.compile(_HOST_ONLY)


def is_unwanted(dest: str) -> bool:
    """True for a file (its path inside the bundle) that the bundle should not carry."""
    path = dest.replace("\\", "/")
    return bool(_UNWANTED_RE.search(path) or _HOST_ONLY_RE.match(Path(path).name))


def keep(toc: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """A PyInstaller TOC without the unwanted entries."""
    return [entry for entry in toc if not is_unwanted(entry[0])]


def macos_info_plist(version: str) -> dict[str, object]:
    """The .app's Info.plist: LSUIElement makes it a menu-bar (tray) app with no Dock icon."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "LSUIElement": True,
        "LSMinimumSystemVersion": "11.0",  # PySide6 6.8+ wheels need macOS 11
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": "MIT licence. Not medical advice.",
    }


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """Windows wants four 16-bit numbers: "0.1.0" -> (0, 1, 0, 0)."""
    numbers = [int(n) for n in re.findall(r"\d+", version)[:4]]
    return tuple([*numbers, 0, 0, 0, 0][:4])  # type: ignore[return-value]


def windows_version_file(version: str) -> str:
    """The exe's version resource (Explorer: Properties > Details), in the text form that
    PyInstaller's `version=` file takes. Text, because PyInstaller's VSVersionInfo classes need
    pefile, which is installed on Windows only; this way the content is testable anywhere."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": "Bedtime Companion developers",
        "FileDescription": APP_NAME,
        "FileVersion": version,
        "InternalName": EXE_NAME,
        "LegalCopyright": "MIT licence",
        "OriginalFilename": f"{EXE_NAME}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": version,
    }
    string_structs = ",\n".join(
        f"          StringStruct({key!r}, {value!r})" for key, value in strings.items()
    )
    # 040904B0 = US English, Unicode: the table Explorer looks up first.
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
{string_structs}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def platform_name() -> str:
    if sys.platform.startswith("win"):
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "linux"
