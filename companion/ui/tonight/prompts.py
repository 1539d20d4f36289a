"""The reminder card: small, calm, near the tray, and never steals the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.core.prompt_texts import PromptText
from companion.core.texts import APP_NAME
from companion.core.words import translate
from companion.services import window_placement
from companion.ui.theme import apply_palette, colour

MARGIN = 12  # distance from the tray icon / screen edge
UNBOUNDED = 16_777_215  # Qt's QWIDGETSIZE_MAX, which PySide6 does not export
WIDTH = 360


class PromptWindow(QFrame):
    """One step's prompt. `answered` carries "done", "snoozed" or "skipped"."""

    answered = Signal(str)

    def __init__(self, step: str, text: PromptText, *, dark: bool, snooze_minutes: int) -> None:
        super().__init__(
            None,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        # Shown while the user may be typing elsewhere: appear, but leave the focus alone.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setObjectName(f"prompt-{step}")
        # The card's words come from core.prompt_texts, already in the user's language.
        self.setWindowTitle(
            translate("Cards", "{title} — {app}").format(title=text.title, app=APP_NAME)
        )
        self.step = step
        apply_palette(self, dark)
        self._border = colour("muted", dark)

        self.title_label = QLabel(text.title)
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.body_label = QLabel(text.body)
        self.body_label.setWordWrap(True)

        self.done_button = QPushButton(text.done_label)
        self.done_button.setDefault(True)
        self.snooze_button = QPushButton(translate("Cards", "Snooze %n min", None, snooze_minutes))
        self.skip_button = QPushButton(text.skip_label)
        for button, answer in (
            (self.done_button, "done"),
            (self.snooze_button, "snoozed"),
            (self.skip_button, "skipped"),
        ):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(
                translate("Cards", "{title}: {button}", "a card's button, read aloud").format(
                    title=text.title, button=button.text()
                )
            )
            button.clicked.connect(lambda _=False, a=answer: self._answer(a))
        self.note_label = QLabel()  # e.g. a failed user command; hidden when empty
        self.note_label.setWordWrap(True)
        self.note_label.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch()
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addWidget(self.body_label)
        layout.addWidget(self.note_label)
        layout.addLayout(buttons)
        # Wider only where a language's button words need it (Spanish, French): never a cut
        # button. The fonts are final here: the card's style is set before its words.
        margins = layout.contentsMargins()
        needed = buttons.sizeHint().width() + margins.left() + margins.right()
        self.setFixedWidth(max(WIDTH, needed))

    def set_can_snooze(self, allowed: bool) -> None:
        """No snoozing past bedtime, nor more than three times."""
        self.snooze_button.setEnabled(allowed)
        self.snooze_button.setToolTip(
            "" if allowed else translate("Cards", "This one can't wait any longer tonight.")
        )

    def set_note(self, text: str) -> None:
        self.note_label.setText(text)
        self.note_label.setVisible(bool(text))
        self._fit()

    def _fit(self) -> None:
        """Size to the content; where the compositor places the card, a fixed size (show_near)."""
        fixed = not window_placement.places_windows()
        if fixed:  # let it grow or shrink to the content first (a note may have come)
            self.setMinimumHeight(0)
            self.setMaximumHeight(UNBOUNDED)
        self.adjustSize()
        if fixed:
            self.setFixedSize(self.sizeHint().expandedTo(self.size()))

    def show_near(self, anchor: QRect | None) -> None:
        """Show beside the tray icon when we know where it is, else at a screen corner; where
        the desktop places windows itself (Wayland), as a small window of a fixed size, which
        tiling compositors float and centre instead of stretching it into a tile."""
        from companion.ui.accessibility import install_window_roles

        install_window_roles()  # a screen reader hears the card as a window, not "filler"
        self._fit()
        if not window_placement.places_windows():
            self.show()
            return
        screen = QGuiApplication.screenAt(anchor.center()) if anchor else None
        screen = screen or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        size = self.sizeHint().expandedTo(self.size())
        if anchor is not None and anchor.isValid():
            x = min(max(anchor.center().x() - size.width() // 2, area.left() + MARGIN),
                    area.right() - size.width() - MARGIN)  # fmt: skip
            below = anchor.center().y() < area.center().y()  # a top panel: open downwards
            y = anchor.bottom() + MARGIN if below else anchor.top() - size.height() - MARGIN
        else:
            x = area.right() - size.width() - MARGIN
            y = area.bottom() - size.height() - MARGIN
        self.move(QPoint(x, y))
        self.show()

    def paintEvent(self, event: QPaintEvent) -> None:
        # A hairline edge so the card stands apart from whatever window lies beneath it.
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setPen(self._border)
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def _answer(self, answer: str) -> None:
        # The owner closes the card once it has accepted the answer (a late Snooze may not be).
        self.answered.emit(answer)


def is_focus_free(widget: QWidget) -> bool:
    """Whether showing this window leaves the keyboard focus where it was."""
    return bool(
        widget.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        and widget.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    )
