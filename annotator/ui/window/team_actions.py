"""View › Several annotators › Agreement and Adjudicate this article: the window's side of
several annotators."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from annotator.domain.errors import AnnotatorError
from annotator.domain.models import Claim, Mention
from annotator.services.workspace import Workspace
from annotator.ui.common import dialogs
from annotator.ui.common.messages import in_window_language
from annotator.ui.common.translation import translate
from annotator.ui.editing.article_controller import ArticleController
from annotator.ui.team.adjudication_step import Key
from annotator.ui.team.adjudication_view import AdjudicationView
from annotator.ui.team.agreement_view import AgreementView


class TeamActions:
    def __init__(
        self,
        parent: QWidget,
        workspace: Workspace,
        controller: ArticleController,
        reveal_article: Callable[[str], None],
        report_failure: Callable[[str], None],
        show_layer: Callable[[str], None],
    ) -> None:
        """``show_layer``: an annotator's hidden layer shown (View › Annotators follows)."""
        self.parent, self.workspace, self.controller = parent, workspace, controller
        self.reveal_article, self.report_failure = reveal_article, report_failure
        self.show_layer = show_layer
        self.agreement_view: AgreementView | None = None
        self.adjudication_view: AdjudicationView | None = None

    def choose_default_layers(self) -> None:
        """In a team's collection (two or more annotators with annotations of their own) the
        window starts on the user's own layer; View › Annotators shows the others. Someone
        working alone, or continuing an imported dataset, sees everything."""
        team = self.workspace.agreement.team()
        mine = self.controller.annotator_id
        if len(team) >= 2:
            self.controller.hidden_layers = {a.id for a in team if a.id != mine}
        self.controller.annotator_names = {a.id: a.name for a in team}

    def layer_choices(self) -> list[tuple[str, str, bool]]:
        """(annotator id, label, shown) for View › Annotators."""
        mine = self.controller.annotator_id
        you = translate("TeamActions", "{0} (you)")
        return [
            (a.id, you.format(a.name) if a.id == mine else a.name,
             a.id not in self.controller.hidden_layers)
            for a in self.workspace.agreement.team()
        ]  # fmt: skip

    def show_agreement(self) -> None:
        """Non-modal: the list of disagreements stays open while each one is looked at."""
        try:
            report = self.workspace.agreement.report()
        except AnnotatorError as error:
            dialogs.show_info(
                self.parent, translate("TeamActions", "Agreement"), in_window_language(error)
            )
            return
        titles = {}
        for article_id in {d.article_id for d in report.disagreements()}:
            summary = self.workspace.article_summary(article_id)
            titles[article_id] = summary.title if summary else article_id
        if self.agreement_view is not None:
            self.agreement_view.close()
            self.agreement_view.deleteLater()
        self.agreement_view = AgreementView(report, titles, self.controller.schemes, self.parent)
        self.agreement_view.open_disagreement.connect(self.open_span)
        self.agreement_view.show()

    def open_span(self, article_id: str, start: int, end: int) -> None:
        self.reveal_article(article_id)
        document = self.controller.document
        if document is None or document.article.id != article_id:
            return
        mine = self.controller.annotator_id
        everyone = self.workspace.annotations.open_article(article_id)
        if everyone is not None:
            # The disagreement may sit in a hidden layer: show it (its menu entry follows).
            every: list[Claim | Mention] = [*everyone.claims, *everyone.mentions]
            owners = {
                a.created_by
                for a in every
                if (a.start, a.end) == (start, end)
                and a.created_by in self.controller.hidden_layers
            }
            for owner in sorted(o for o in owners if o is not None):
                self.show_layer(owner)
            document = self.controller.document
            if document is None:
                return
        shown: list[Claim | Mention] = [*document.claims, *document.mentions]
        at = [a for a in shown if (a.start, a.end) == (start, end)]
        at.sort(key=lambda a: a.created_by != mine)  # one's own version first
        if at:
            self.controller.select(at[0].id)

    def adjudicate_article(self) -> None:
        document = self.controller.document
        if document is None:
            dialogs.show_info(
                self.parent,
                translate("TeamActions", "Adjudicate"),
                translate("TeamActions", "Open an article to adjudicate first."),
            )
            return
        article = document.article
        layers = self.workspace.agreement.layers(article_ids=[article.id])
        if len(layers) < 2:
            have = ", ".join(layer.annotator.name for layer in layers) or translate(
                "TeamActions", "nobody yet"
            )
            dialogs.show_info(
                self.parent,
                translate("TeamActions", "Adjudicate"),
                translate(
                    "TeamActions",
                    "Adjudication compares the versions of two or more annotators; this article "
                    "has annotations by {0}. Import the other annotators' exports first.",
                ).format(have),
            )
            return
        known = {a.id: a for a in self.workspace.agreement.annotators()}
        editor = known.get(self.controller.annotator_id or "")
        if editor is None:
            dialogs.show_info(
                self.parent,
                translate("TeamActions", "Adjudicate"),
                translate("TeamActions", "Say who you are first (your name)."),
            )
            return
        view = AdjudicationView(
            self.workspace.adjudication,
            article.id,
            article.title,
            [layer.annotator for layer in layers],
            editor,
            self.controller.schemes,
            self.controller.history,
            self._adjudication_written,
            self.parent,
        )
        view.failed.connect(self.report_failure)
        self.adjudication_view = view
        dialogs.run_dialog(view)
        self.adjudication_view = None
        view.deleteLater()
        self.controller.open_article(article.id)  # shows the adjudicated spans

    def _adjudication_written(
        self, article_id: str, key: Key, into: Mention | Claim | None, rejected: bool
    ) -> None:
        """An adjudication step done, undone or redone, from the view or, after it closed,
        from Edit › Undo: the view's row or the open article shows it."""
        if self.adjudication_view is not None:
            self.adjudication_view.show_written(article_id, key, into, rejected)
        elif self.controller.document is not None and (
            self.controller.document.article.id == article_id
        ):
            self.controller.open_article(article_id)
