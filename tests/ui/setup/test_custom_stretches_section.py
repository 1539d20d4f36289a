"""Building "my own figure-four stretch with my photo, then the five" in the settings window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from companion.core.custom_stretches import CustomStretch
from companion.core.settings import Settings
from companion.core.stretches import STRETCH_IDS, StretchSettings
from companion.ui.setup.settings_dialog import SettingsDialog

APPLY = QDialogButtonBox.StandardButton.Apply
OWN = CustomStretch("figure-four", "Figure-four stretch", ("Lie on your back.",), True, 30)


def _dialog(qtbot: QtBot, settings: Settings) -> SettingsDialog:
    dialog = SettingsDialog(settings, "Europe/Berlin")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.fixture
def photo(tmp_path: Path) -> str:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#7a8fb0"))
    path = tmp_path / "figure-four.png"
    assert image.save(str(path))
    return str(path)


def _apply(qtbot: QtBot, dialog: SettingsDialog) -> Settings:
    with qtbot.waitSignal(dialog.applied, timeout=1000) as blocker:
        dialog.buttons.button(APPLY).click()
    result: Settings = blocker.args[0]
    return result


def _order_names(dialog: SettingsDialog) -> list[str]:
    return [dialog.stretch_list.item(row).text() for row in range(dialog.stretch_list.count())]


def test_add_a_stretch_with_a_photo_and_place_it_first(
    qtbot: QtBot, photo: str, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, Settings(onboarding_done=True))
    section = dialog.custom_stretches
    section.choose_picture = lambda _parent: photo
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    # A new stretch needs a name and steps: said beside each field, and Apply waits.
    assert not dialog.buttons.button(APPLY).isEnabled()
    assert "needed" in section._errors.labels["name"].text()
    qtbot.keyClicks(section.name_edit, "Figure-four stretch")
    assert section._errors.labels["steps"].isVisibleTo(section)
    section.steps_edit.setPlainText(
        "Lie on your back.\nCross one ankle over the other knee.\nDraw both legs in."
    )
    section.hold_spin.setValue(40)
    qtbot.mouseClick(section.picture_button, Qt.MouseButton.LeftButton)
    assert section.picture_label.text() == "figure-four.png"
    assert dialog.buttons.button(APPLY).isEnabled()
    for _ in range(len(STRETCH_IDS)):  # from the bottom of the order to the top
        qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    assert _order_names(dialog)[0] == "Figure-four stretch (yours)"

    settings = _apply(qtbot, dialog)
    assert settings.custom_stretches == (
        CustomStretch(
            "figure-four-stretch",
            "Figure-four stretch",
            ("Lie on your back.", "Cross one ankle over the other knee.", "Draw both legs in."),
            True,
            40,
            photo,
        ),
    )
    assert settings.stretch.stretches == ("figure-four-stretch", *STRETCH_IDS)


def test_edit_and_remove_a_stretch_of_ones_own(qtbot: QtBot) -> None:
    settings = Settings(
        custom_stretches=(OWN,), stretch=StretchSettings(stretches=("calf", "figure-four"))
    )
    dialog = _dialog(qtbot, settings)
    section = dialog.custom_stretches
    assert _order_names(dialog)[:2] == ["Calf stretch", "Figure-four stretch (yours)"]
    assert not section.form.isEnabled()  # a built-in stretch is chosen: nothing to edit here
    dialog.stretch_list.setCurrentRow(1)
    assert section.name_edit.text() == "Figure-four stretch"
    section.name_edit.clear()
    qtbot.keyClicks(section.name_edit, "Pigeon")
    section.once.setChecked(True)
    edited = _apply(qtbot, dialog)
    # A saved stretch keeps its id when renamed: the order and its picture refer to it.
    assert edited.custom_stretches[0].id == "figure-four"
    assert (edited.custom_stretches[0].name, edited.custom_stretches[0].per_side) == (
        "Pigeon",
        False,
    )
    qtbot.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    removed = _apply(qtbot, dialog)
    assert removed.custom_stretches == ()
    assert removed.stretch.stretches == ("calf",)


def test_a_file_that_is_no_picture_is_explained_beside_the_picture(
    qtbot: QtBot, tmp_path: Path
) -> None:
    fake = tmp_path / "holiday.png"
    fake.write_text("not a picture", encoding="utf-8")
    dialog = _dialog(qtbot, Settings(custom_stretches=(OWN,)))
    section = dialog.custom_stretches
    section.choose_picture = lambda _parent: str(fake)
    dialog.stretch_list.setCurrentRow(dialog.stretch_list.count() - 1)
    qtbot.mouseClick(section.picture_button, Qt.MouseButton.LeftButton)
    assert "cannot be shown" in section._errors.labels["picture"].text()
    assert not dialog.buttons.button(APPLY).isEnabled()
    qtbot.mouseClick(section.no_picture_button, Qt.MouseButton.LeftButton)
    assert dialog.buttons.button(APPLY).isEnabled()
    assert _apply(qtbot, dialog).custom_stretches[0].picture == ""
