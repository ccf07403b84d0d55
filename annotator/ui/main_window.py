"""The main window. For now it lists the workspace's articles; the annotation workspace
(article view, annotation panel, forms) is built on it in issue 3."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QMainWindow, QTableView

from annotator.services.workspace import Workspace
from annotator.ui.article_list_model import ArticleListModel


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.setWindowTitle(f"Fact-Check Annotator — {workspace.path.name}")
        self.article_model = ArticleListModel(workspace, self)
        self.article_list = QTableView(self)
        self.article_list.setObjectName("articleList")
        self.article_list.setModel(self.article_model)
        self.article_list.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.article_list.setAlternatingRowColors(True)
        self.article_list.verticalHeader().hide()
        header = self.article_list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setCentralWidget(self.article_list)
        self.statusBar().showMessage(f"{self.article_model.total} articles · {workspace.path}")
        self.resize(1100, 700)
