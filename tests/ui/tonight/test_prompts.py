from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QRect

from companion.core.prompt_texts import prompt_text
from companion.core.settings import STEP_KINDS, Settings
from companion.ui.tonight.prompts import PromptWindow, is_focus_free
from tests.ui.snapshots import save_variants, snapshot_dir

SETTINGS = Settings(magnesium_label="Magnesium glycinate", magnesium_dose_mg=300)


def make(kind: str = "magnesium", dark: bool = True, **kw) -> PromptWindow:
    return PromptWindow(kind, prompt_text(kind, SETTINGS, fahrenheit=False, **kw), dark=dark,
                        snooze_minutes=10)  # fmt: skip


def test_magnesium_prompt_names_the_dose_from_settings(qtbot):
    window = make()
    qtbot.addWidget(window)
    assert window.title_label.text() == "Time for your magnesium"
    assert "Magnesium glycinate, 300 mg" in window.body_label.text()
    assert window.snooze_button.text() == "Snooze 10 min"


def test_lights_prompt_gives_the_room_temperature_in_the_users_unit(qtbot):
    celsius = prompt_text("lights", SETTINGS, fahrenheit=False)
    fahrenheit = prompt_text("lights", SETTINGS, fahrenheit=True)
    assert "about 18 °C" in celsius.body
    assert "about 65 °F" in fahrenheit.body
    assert "screens away" in celsius.body


def test_late_prompt_says_when_it_was_due():
    late = datetime(2026, 11, 24, 21, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    text = prompt_text("stretch", SETTINGS, fahrenheit=False, late_since=late)
    assert text.body.endswith("(This was due at 21:00.)")
    assert text.done_label == "Start now"


@pytest.mark.parametrize(
    ("button", "answer"), [("done_button", "done"), ("snooze_button", "snoozed"),
                           ("skip_button", "skipped")]
)  # fmt: skip
def test_each_button_reports_its_answer(qtbot, button, answer):
    window = make()
    qtbot.addWidget(window)
    window.show_near(None)
    with qtbot.waitSignal(window.answered, timeout=1000) as blocker:
        getattr(window, button).click()
    assert blocker.args == [answer]  # the owner closes it once the answer is taken


def test_snooze_can_be_withdrawn(qtbot):
    window = make()
    qtbot.addWidget(window)
    window.set_can_snooze(False)
    assert not window.snooze_button.isEnabled()
    with qtbot.assertNotEmitted(window.answered):
        window.snooze_button.click()


def test_prompt_never_takes_the_keyboard(qtbot):
    window = make()
    qtbot.addWidget(window)
    assert is_focus_free(window)
    for button in (window.done_button, window.snooze_button, window.skip_button):
        assert button.focusPolicy().name == "NoFocus"


def test_prompt_opens_beside_a_top_panel_tray_icon(qtbot):
    window = make()
    qtbot.addWidget(window)
    icon = QRect(1200, 4, 22, 22)
    window.show_near(icon)
    assert window.y() > icon.bottom()  # below a top panel
    assert window.geometry().right() <= window.screen().availableGeometry().right()


def test_on_wayland_the_card_is_a_fixed_size_window_the_compositor_places(qtbot, on_wayland):
    window = make()
    qtbot.addWidget(window)
    icon = QRect(1200, 4, 22, 22)
    window.show_near(icon)
    assert window.isVisible()
    # Not moved beside the icon (Wayland would ignore it); a fixed size, so a tiling
    # compositor floats and centres it instead of stretching it over half the screen.
    assert window.pos().y() <= icon.bottom()
    assert window.minimumSize() == window.maximumSize() == window.size()


def test_on_wayland_a_note_after_showing_grows_the_fixed_card(qtbot, on_wayland):
    window = make()
    qtbot.addWidget(window)
    window.show_near(None)
    before = window.height()
    window.set_note("The command “lights-off” failed (exit status 1).")
    assert window.height() > before  # the note is not cut off
    assert window.minimumSize() == window.maximumSize() == window.size()


def test_failed_command_note_is_shown(qtbot):
    window = make()
    qtbot.addWidget(window)
    window.show_near(None)
    window.set_note("The command “lights-off” failed (exit status 1).")
    assert window.note_label.isVisible()


@pytest.mark.parametrize("kind", STEP_KINDS)
def test_every_prompt_renders_light_and_dark(qtbot, tmp_path, kind):
    folder = snapshot_dir(tmp_path)
    saved = save_variants(lambda: make(kind, dark=False), f"prompt-{kind}", folder, qtbot)
    assert all(path.stat().st_size > 0 for path in saved.values())
    night = make(kind, dark=True)
    qtbot.addWidget(night)
    night.show()
    image = night.grab().toImage()
    night.grab().save(str(folder / f"prompt-{kind}-evening.png"))
    assert image.pixelColor(5, 5).lightnessF() < 0.3  # calm and dark in the evening


def test_a_morning_card_offers_to_skip_today_not_tonight(qtbot):
    from companion.core.prompt_texts import prompt_text
    from companion.core.settings import Settings
    from companion.ui.tonight.prompts import PromptWindow

    for kind, skip in (("checkin", "Skip today"), ("magnesium", "Skip tonight")):
        text = prompt_text(kind, Settings(), fahrenheit=False)
        card = PromptWindow(kind, text, dark=True, snooze_minutes=10)
        qtbot.addWidget(card)
        assert card.skip_button.text() == skip
