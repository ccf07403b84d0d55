"""Holds what the window keeps of its layout between runs: geometry, docks, column widths,
the annotation panel's split, the zoom and whether suggestions are shown (QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter

from annotator.ui.annotations.annotation_panel import AnnotationPanel
from annotator.ui.article.article_view import ArticleView


class KeptLayout:
    def __init__(
        self,
        settings: QSettings,
        window: QMainWindow,
        splitter: QSplitter,
        panel: AnnotationPanel,
        view: ArticleView,
    ) -> None:
        self.settings, self.window, self.splitter = settings, window, splitter
        self.panel, self.view = panel, view
        self._zoom_at_start = 0  # the font size before the kept zoom, set by ``restore``

    def restore(self, show_suggestions: QAction, entities_dock: QDockWidget) -> None:
        """The layout the user left; the Entities window floats whatever was kept."""
        settings = self.settings
        for key, restore in (
            ("window/geometry", self.window.restoreGeometry),
            ("window/state", self.window.restoreState),
            ("window/splitter", self.splitter.restoreState),
            ("window/annotation_splitter", self.panel.restore_split),
        ):
            value = settings.value(key)
            if isinstance(value, QByteArray):
                restore(value)
        if settings.value("view/suggestions", False, type=bool):
            show_suggestions.setChecked(True)
        if not entities_dock.isFloating():
            entities_dock.setFloating(True)
        stored_zoom = settings.value("view/zoom", 0, type=int)
        zoom = stored_zoom if isinstance(stored_zoom, int) else 0
        if zoom:
            self.view.zoom(zoom)
        self._zoom_at_start = self.view.font().pointSize() - zoom

    def store(self) -> None:
        settings = self.settings
        settings.setValue("window/geometry", self.window.saveGeometry())
        settings.setValue("window/state", self.window.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/annotation_splitter", self.panel.split_state())
        settings.setValue("view/zoom", self.view.font().pointSize() - self._zoom_at_start)
        settings.sync()
