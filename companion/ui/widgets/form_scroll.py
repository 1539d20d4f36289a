"""The scroll area a long form lives in, so its window's buttons stay outside and in view."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class FormScroll(QScrollArea):
    """Asks for the whole form's size (Qt's own scroll area asks for at most about 36×24 lines),
    so a window opens as big as its form and only scrolls where the screen is smaller."""

    def __init__(self, form: QWidget) -> None:
        super().__init__()
        self.setWidget(form)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The form's size changes (a style sheet applied, a section unfolded) must reach the
        # window's layout, which otherwise keeps the size this area first asked for.
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        form = self.widget()
        hint = form.sizeHint() if form is not None else QSize(0, 0)
        bar = self.verticalScrollBar().sizeHint().width()
        frame = 2 * self.frameWidth()
        return QSize(hint.width() + bar + frame, hint.height() + frame)

    def minimumSizeHint(self) -> QSize:
        # As wide as the form needs (it never scrolls sideways), a few lines tall.
        form = self.widget()
        width = form.minimumSizeHint().width() if form is not None else 0
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(width + bar + 2 * self.frameWidth(), 4 * self.fontMetrics().height())
