"""The tray glyph reads on light and dark panels, and tray hosts can find it by its theme name."""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QIcon, QImage, QPainter

from companion import APP_ID
from companion.render.icons import tray_icon, tray_icon_name
from companion.store.resource_files import resource_path

LIGHT_PANEL = QColor("#f0f0f0")
DARK_PANEL = QColor("#202020")
HICOLOR_APPS = resource_path("linux", "icons", "hicolor", "scalable", "apps")


def luminance(colour: QColor) -> float:
    """WCAG relative luminance, 0 black … 1 white."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 … 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def on_panel(icon: QIcon, px: int, panel: QColor) -> tuple[QImage, QImage]:
    """The icon alone (transparent around it) and as a tray shows it on this panel colour."""
    alone = icon.pixmap(px, px).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    shown = QImage(px, px, QImage.Format.Format_ARGB32)
    shown.fill(panel)
    painter = QPainter(shown)
    painter.drawImage(0, 0, alone)
    painter.end()
    return alone, shown


def main_stroke(alone: QImage, shown: QImage) -> tuple[QColor, float]:
    """The glyph's commonest fully drawn colour as shown, and the share of the glyph it covers."""
    opaque = [
        (x, y) for x in range(alone.width()) for y in range(alone.height())
        if alone.pixelColor(x, y).alpha() == 255
    ]  # fmt: skip
    counts = Counter(shown.pixelColor(x, y).name() for x, y in opaque)
    name, count = counts.most_common(1)[0]
    return QColor(name), count / len(opaque)


@pytest.mark.parametrize("paused", [False, True], ids=["tray", "paused"])
@pytest.mark.parametrize("px", [22, 44])
@pytest.mark.parametrize("panel", [LIGHT_PANEL, DARK_PANEL], ids=["light-panel", "dark-panel"])
def test_tray_glyph_reads_on_light_and_dark_panels(qapp, tmp_path, paused, px, panel):
    """Where the panel's colour is unknown (Linux), one glyph must read on any panel: >= 3:1."""
    alone, shown = on_panel(tray_icon(paused=paused), px, panel)
    stroke, share = main_stroke(alone, shown)
    assert share > 0.4, "the main stroke is most of the glyph, not a few pixels"
    assert contrast(stroke, panel) >= 3.0, (stroke.name(), panel.name(), contrast(stroke, panel))
    shown.save(str(tmp_path / f"tray-{px}-{panel.name()[1:]}.png"))


def test_paused_glyph_looks_different(qapp):
    running, _ = on_panel(tray_icon(), 22, LIGHT_PANEL)
    paused, _ = on_panel(tray_icon(paused=True), 22, LIGHT_PANEL)
    assert running != paused


def test_the_outline_sets_the_glyph_off_a_light_panel(qapp):
    """A dark edge around the mid-tone fill: the glyph's outline contrasts strongly."""
    alone, shown = on_panel(tray_icon(), 44, LIGHT_PANEL)
    colours = Counter(
        shown.pixelColor(x, y).name() for x in range(44) for y in range(44)
        if alone.pixelColor(x, y).alpha() == 255
    )  # fmt: skip
    darkest = min((QColor(name) for name in colours), key=luminance)
    assert contrast(darkest, LIGHT_PANEL) >= 7.0


def test_symbolic_theme_icons_are_the_outlined_drawings():
    """tools/make_icons.py copies them; install-desktop puts them where tray hosts look."""
    for paused, drawing in ((False, "tray-outlined.svg"), (True, "tray-outlined-paused.svg")):
        themed = HICOLOR_APPS / f"{tray_icon_name(paused=paused)}.svg"
        assert themed.read_bytes() == resource_path("icons", drawing).read_bytes()


def test_symbolic_icon_recolours_for_hosts_that_know_their_panel():
    """KDE's convention: the glyph is the panel's text colour, the outline its background."""
    text = (HICOLOR_APPS / f"{APP_ID}-symbolic.svg").read_text()
    assert 'id="current-color-scheme"' in text
    assert 'class="ColorScheme-Text" fill="currentColor"' in text
    assert 'class="ColorScheme-Background"' in text


@pytest.fixture
def installed_theme(tmp_path: Path) -> Iterator[Path]:
    """Our icons in an icon theme folder, as install-desktop leaves them in ~/.local/share."""
    apps = tmp_path / "icons" / "hicolor" / "scalable" / "apps"
    apps.mkdir(parents=True)
    for name in (tray_icon_name(), tray_icon_name(paused=True)):
        shutil.copyfile(HICOLOR_APPS / f"{name}.svg", apps / f"{name}.svg")
    (tmp_path / "icons" / "hicolor" / "index.theme").write_text(
        "[Icon Theme]\nName=Hicolor\nDirectories=scalable/apps\n\n"
        "[scalable/apps]\nSize=64\nMinSize=1\nMaxSize=512\nType=Scalable\n"
    )
    paths, theme = QIcon.themeSearchPaths(), QIcon.themeName()
    QIcon.setThemeSearchPaths([str(tmp_path / "icons")])
    QIcon.setThemeName("hicolor")
    yield tmp_path
    QIcon.setThemeSearchPaths(paths)
    QIcon.setThemeName(theme)


def test_tray_icon_carries_its_theme_name_once_installed(qapp, installed_theme):
    """A StatusNotifierItem host is sent the icon's name and draws it in its panel's colours."""
    assert tray_icon().name() == f"{APP_ID}-symbolic"
    assert tray_icon(paused=True).name() == f"{APP_ID}-paused-symbolic"
    assert not tray_icon().pixmap(22, 22).isNull()


def test_unthemed_the_tray_icon_is_our_drawing_unasked_of_the_theme(qapp, installed_theme):
    """What start-up docks: the theme (read once shown, by Tray.show) is not asked."""
    unthemed = tray_icon(themed=False)
    assert unthemed.name() == ""
    themed = tray_icon().pixmap(22, 22).toImage()
    assert unthemed.pixmap(22, 22).toImage() == themed  # the installed glyph is ours


def test_without_the_theme_icon_the_drawing_from_resources_is_used(qapp):
    icon = tray_icon()
    assert not icon.isNull()
    image = icon.pixmap(22, 22).toImage()
    assert any(image.pixelColor(x, y).alpha() == 255 for x in range(22) for y in range(22))


def test_a_known_panel_colour_gets_the_plain_form(qapp):
    for dark in (False, True):
        alone, shown = on_panel(tray_icon(dark_panel=dark), 22, DARK_PANEL if dark else LIGHT_PANEL)
        stroke, _ = main_stroke(alone, shown)
        assert contrast(stroke, DARK_PANEL if dark else LIGHT_PANEL) >= 7.0


def test_the_tray_pngs_are_the_drawings_as_they_are_now(qapp):
    """The app draws its tray icon from PNGs (no SVG module in the tray): made from the SVGs by
    tools/make_icons.py, pixel for pixel; a changed drawing fails here until they are made again.
    """
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    import make_icons

    from companion.render.icons import TRAY_DRAWINGS, TRAY_SIZES

    stale = [
        f"{drawing}-{size}"
        for drawing in TRAY_DRAWINGS
        for size in TRAY_SIZES
        if QImage(str(resource_path("icons", "tray", f"{drawing}-{size}.png")))
        != QImage.fromData(make_icons.render_png(size, resource_path("icons", f"{drawing}.svg")))
    ]
    assert stale == []  # python tools/make_icons.py makes them again
