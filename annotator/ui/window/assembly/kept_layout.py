"""Holds what the window keeps of its layout between runs: geometry, docks, column widths,
the claim form's share of the annotation panel, the zoom and whether suggestions are shown
(QSettings).

A kept split never holds a collapsed part, nor the empty hint's room as the form's: such a
split is neither stored nor restored, and the window's first layout stands instead.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter

from annotator.ui.annotations.annotation_panel import AnnotationPanel
from annotator.ui.article.article_view import ArticleView
from annotator.ui.window.assembly.window_layout import has_collapsed

COLUMNS = "window/splitter"
FORM_SHARE = "window/form_share"
# Kept by earlier versions as the panel's splitter state, which could be the hint's: read
# never again, and removed when the layout is stored.
OLD_PANEL_SPLIT = "window/annotation_splitter"


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
        self.columns_restored = False  # else the window's first layout is made at its size

    def restore(self, show_suggestions: QAction, entities_dock: QDockWidget) -> None:
        """The layout the user left; the Entities window floats whatever was kept."""
        settings = self.settings
        for key, restore in (
            ("window/geometry", self.window.restoreGeometry),
            ("window/state", self.window.restoreState),
        ):
            value = settings.value(key)
            if isinstance(value, QByteArray):
                restore(value)
        columns = settings.value(COLUMNS)
        if isinstance(columns, QByteArray):
            before = self.splitter.sizes()
            if self.splitter.restoreState(columns) and has_collapsed(self.splitter.sizes()):
                self.splitter.setSizes(before)
            else:
                self.columns_restored = True
        share = settings.value(FORM_SHARE, None)
        try:
            if isinstance(share, str | float | int):
                self.panel.restore_form_share(float(share))
        except ValueError:
            pass  # a hand-edited settings file: the first start's share
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
        if not has_collapsed(self.splitter.sizes()):
            settings.setValue(COLUMNS, self.splitter.saveState())
        share = self.panel.form_share()
        if share is not None:  # a form showed (or a share was kept): never the hint's
            settings.setValue(FORM_SHARE, round(share, 4))
        settings.remove(OLD_PANEL_SPLIT)
        settings.setValue("view/zoom", self.view.font().pointSize() - self._zoom_at_start)
        settings.sync()
