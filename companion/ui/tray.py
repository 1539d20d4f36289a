"""The tray icon and its menu; the menu lists only what the app can do today."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from companion.core.texts import APP_NAME
from companion.core.words import translate
from companion.render.icons import tray_icon


class Tray(QObject):
    """Owns the QSystemTrayIcon; the app connects to the signals and fills in the status."""

    settings_requested = Signal()
    about_requested = Signal()
    quit_requested = Signal()
    panel_requested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = QMenu()
        self.status_action = QAction("", self.menu)
        self.status_action.setEnabled(False)  # information, not a command
        self.status_action.setVisible(False)
        self.menu.addAction(self.status_action)
        self._status_separator = self.menu.addSeparator()
        self._status_separator.setVisible(False)
        self._feature_anchor = self.menu.addSeparator()
        self.settings_action = self._add(translate("Tray", "Settings…"), self.settings_requested)
        self.about_action = self._add(
            translate("Tray", "About {app}").format(app=APP_NAME), self.about_requested
        )
        self.menu.addSeparator()
        self.quit_action = self._add(translate("Tray", "Quit"), self.quit_requested)

        self._paused = False
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setContextMenu(self.menu)
        self.icon.setToolTip(APP_NAME)
        self.icon.activated.connect(self._on_activated)

    def _add(self, text: str, signal: SignalInstance) -> QAction:
        action = QAction(text, self.menu)
        action.triggered.connect(signal.emit)
        self.menu.addAction(action)
        return action

    def add_feature_action(self, text: str) -> QAction:
        """A command of a feature (e.g. "Start stretches now"), listed above Settings…."""
        action = QAction(text, self.menu)
        self.menu.insertAction(self._feature_anchor, action)
        return action

    def set_status(self, line: str | None) -> None:
        """The first menu line and the tooltip: what comes next tonight."""
        self.status_action.setText(line or "")
        self.status_action.setVisible(bool(line))
        self._status_separator.setVisible(bool(line))
        self.icon.setToolTip(f"{APP_NAME}\n{line}" if line else APP_NAME)

    def set_icon(self, icon: QIcon) -> None:
        self.icon.setIcon(icon)

    def set_paused(self, paused: bool) -> None:
        """The glyph with pause bars while tonight is paused; set only on a change (hosts redraw
        the icon on every set)."""
        if paused != self._paused:
            self._paused = paused
            self.set_icon(tray_icon(paused=paused))

    def show(self, *, themed: bool = False) -> None:
        """Show the icon; `themed`: then put the icon theme's glyph (found by name) in its place.

        A tray host docks the icon's window at show() and reads or draws the glyph later, in
        the event loop: the theme's first lookup (~3 ms, it reads the theme's index) then holds
        up nothing a user waits for (DESIGN §5).
        """
        self.icon.show()
        if themed:
            self.set_icon(tray_icon(paused=self._paused))

    def hide(self) -> None:
        self.icon.hide()

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.panel_requested.emit()
