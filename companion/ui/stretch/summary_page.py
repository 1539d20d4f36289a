"""The stretch window's end screen: what was done, said kindly, and a way to close."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from companion.core.session import Summary
from companion.ui.stretch.countdown_ring import CountdownRing
from companion.ui.stretch.style import Action, Scaler, make_button, scale_button, set_font
from companion.ui.stretch.texts import summary_ring_text, summary_texts


class SummaryPage(QWidget):
    """The routine's end, whether it ran through, was stopped or never began."""

    def __init__(self, *, close: Action, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary_heading = QLabel()
        self.summary_heading.setObjectName("summaryHeading")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summaryBody")
        self.closing_label = QLabel()
        self.closing_label.setObjectName("summaryClosing")
        for label in (self.summary_heading, self.summary_label, self.closing_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        # The same ring as during the routine, now filled as far as the routine got.
        self.summary_ring = CountdownRing(shows_progress=True)
        self.summary_ring.set_mode("hold")
        self.close_button = make_button("close", close)
        self.close_button.setObjectName("primary")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        self._layout = QVBoxLayout(self)
        self._layout.addStretch(3)
        self._layout.addWidget(self.summary_ring, 4)
        self._layout.addSpacing(12)
        self._layout.addWidget(self.summary_heading)
        self._layout.addSpacing(12)
        self._layout.addWidget(self.summary_label)
        self._layout.addWidget(self.closing_label)
        self._layout.addSpacing(28)
        self._layout.addLayout(buttons)
        self._layout.addStretch(4)

    def show_summary(self, summary: Summary) -> None:
        heading, body, closing = summary_texts(summary)
        self.summary_heading.setText(heading)
        self.summary_label.setText(body)
        self.closing_label.setText(closing)
        self.closing_label.setVisible(bool(closing))
        done, planned = summary.holds_completed, summary.holds_planned
        self.summary_ring.setVisible(done > 0)
        self.summary_ring.set_time_text(summary_ring_text(done, planned))
        self.summary_ring.set_fraction_source(lambda: done / planned)

    def apply_scale(self, px: Scaler) -> None:
        scale_button(self.close_button, px)
        set_font(self.summary_heading, px(44), QFont.Weight.DemiBold)
        set_font(self.summary_label, px(24))
        set_font(self.closing_label, px(19))
        margin = px(28)
        self._layout.setContentsMargins(margin * 2, margin, margin * 2, margin)
