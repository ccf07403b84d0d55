"""Several annotators in the window: the agreement view and the adjudication view."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMenu
from pytestqt.qtbot import QtBot

from annotator.domain.models import Origin
from annotator.paths import resolve_paths
from annotator.services.workspace import open_workspace
from annotator.ui.common import dialogs
from annotator.ui.editing.cross_article_commands import CrossArticleCommand
from annotator.ui.team.adjudication_view import AdjudicationView
from tests.team_fixture import OLENA, PETRO, write_exports


def team_folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    paths = resolve_paths(data_dir=data)
    paths.ensure()
    workspace = open_workspace(paths)
    try:
        workspace.import_paths(write_exports(tmp_path / "usb"))
    finally:
        workspace.close()
    return data


def test_agreement_view_shows_the_pair_and_opens_a_disagreement(
    open_window, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(team_folder(tmp_path), demo=False)
    window.actions_by_name["agreement"].trigger()
    view = window.team.agreement_view
    assert view is not None and view.isVisible()
    assert view.matrix.item(0, 1).text() == "F1 0.60"  # Olena × Petro, mentions exact F1
    assert view.matrix.item(1, 0).text() == "κ 0.40"  # claim status kappa
    # Counts read right for one: never "1 articles".
    heading = view.findChild(QLabel, "agreementHeading")
    assert "articles annotated by two or more: <b>1</b>" in heading.text()
    assert view.pair_title.text().endswith("— 1 article in common")
    listed = [
        (view.disagreements.item(r, 2).text(), view.disagreements.item(r, 3).text(),
         view.disagreements.item(r, 4).text())
        for r in range(view.disagreements.rowCount())
    ]  # fmt: skip
    # Types and statuses by their labels, never their ids.
    assert ("Izium", "Country / city / region", "Location") in listed
    assert ("Kharkiv denied it.", "True", "False") in listed
    assert len(listed) == 5
    kinds = {view.disagreements.item(r, 1).text() for r in range(len(listed))}
    assert kinds == {"Mention", "Claim"}
    by_type = [view.details.item(r, 0).text().strip() for r in range(view.details.rowCount())]
    assert "Country / city / region" in by_type and "GPE" not in by_type
    # The two values, what each annotator said, are on screen whole.
    table = view.disagreements
    for column in (3, 4):
        right = table.columnViewportPosition(column) + table.columnWidth(column)
        assert table.columnViewportPosition(column) >= 0 and right <= table.viewport().width()
        for r in range(len(listed)):
            text = table.item(r, column).text()
            assert table.fontMetrics().horizontalAdvance(text) < table.columnWidth(column)
    view.grab().save(str(tmp_path / "agreement.png"))

    row = listed.index(("Izium", "Country / city / region", "Location"))
    view.disagreements.cellDoubleClicked.emit(row, 0)
    document = window.controller.document
    assert document is not None and document.article.title == "Rogov"
    selected = window.controller._stored(window.controller.selected_id)
    assert (selected.quote, selected.created_by) == ("Izium", OLENA.id)


def test_agreement_with_one_annotator_explains_instead(open_window, dialog_log, tmp_path) -> None:
    window = open_window(tmp_path / "data")  # the demo articles, nobody's annotations
    window.actions_by_name["agreement"].trigger()
    (message,) = dialog_log.named("show_info")
    assert "at least two annotators" in message[1]
    assert window.team.agreement_view is None


def adjudicated(window) -> list:  # type: ignore[no-untyped-def]
    document = window.workspace.annotations.open_article(window.controller.document.article.id)
    return [a for a in (*document.mentions, *document.claims) if a.origin is Origin.ADJUDICATED]


def test_adjudication_accept_left_right_reject_and_undo(
    open_window, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(team_folder(tmp_path), demo=False)
    window.reveal_article(window.workspace.article_summaries(0, 1)[0].id)
    editor_id = window.controller.annotator_id
    seen: dict[str, object] = {}

    def drive(view: AdjudicationView) -> int:
        with qtbot.waitExposed(view):
            view.show()
        with qtbot.waitActive(view):
            view.activateWindow()
        headers = [view.table.horizontalHeaderItem(c).text() for c in range(5)]
        assert headers[2:4] == ["Olena", "Petro"]
        # The first disagreement in reading order: Petro's claim "Izium fell.", Olena none.
        assert view.current().quote == "Izium fell."
        qtbot.keyClick(view.table, Qt.Key.Key_2)  # accept right (Petro's)
        assert view.current().quote == "Izium"  # on to the next disagreement
        qtbot.keyClick(view.table, Qt.Key.Key_1)  # accept left: Olena's GPE
        assert view.current().quote == "Kharkiv denied it."
        qtbot.keyClick(view.table, Qt.Key.Key_X)  # reject both versions
        seen["after_reject"] = [(a.quote, a.type if hasattr(a, "type") else a.status)
                                for a in adjudicated(window)]  # fmt: skip
        qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo
        qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo
        seen["after_undo"] = sorted(a.quote for a in adjudicated(window))
        redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(view.table, Qt.Key.Key_Z, redo)
        seen["summary"] = view.summary.text()
        view.grab().save(str(tmp_path / "adjudication.png"))
        return 0

    monkeypatch.setattr(dialogs, "run_dialog", drive)
    window.actions_by_name["adjudicate"].trigger()

    assert sorted(seen["after_reject"]) == [("Izium", "GPE"), ("Izium fell.", "misleading")]
    assert seen["after_undo"] == ["Izium fell."]  # undo took back the rejection and the accept
    made = {a.quote: a for a in adjudicated(window)}
    assert sorted(made) == ["Izium", "Izium fell."]  # redo put Olena's Izium back
    everyone = window.workspace.annotations.open_article(window.controller.document.article.id)
    petro_claim = next(c for c in everyone.claims
                       if c.quote == "Izium fell." and c.created_by == PETRO.id)  # fmt: skip
    olena_izium = next(m for m in everyone.mentions
                       if m.quote == "Izium" and m.created_by == OLENA.id)  # fmt: skip
    assert made["Izium fell."].adjudicated_from == [petro_claim.id]
    assert made["Izium fell."].status == "misleading"
    assert made["Izium"].adjudicated_from == [olena_izium.id]
    assert made["Izium"].type == "GPE"
    assert {a.created_by for a in made.values()} == {editor_id}

    target = tmp_path / "gold.json"
    window.workspace.export(target, layer="adjudicated")
    gold = json.loads(target.read_text(encoding="utf-8"))
    spans = [s for a in gold["articles"] for s in [*a["mentions"], *a["claims"]]]
    assert sorted(s["quote"] for s in spans) == ["Izium", "Izium fell."]

    # The steps stay in the window's one history: Edit › Undo takes back the last one (the
    # redone Olena's Izium) after the view closed, and the open article shows it at once.
    history = window.controller.history
    steps = [history.text(i) for i in range(history.count())]
    assert steps[-3:] == ["Accept Petro's version", "Accept Olena's version", "Reject"]
    assert history.undoText() == "Accept Olena's version"  # the rejection was undone
    window.actions_by_name["undo"].trigger()
    assert sorted(a.quote for a in adjudicated(window)) == ["Izium fell."]
    shown = {(a.quote, a.created_by) for a in window.controller.document.mentions}
    assert ("Izium", editor_id) not in shown
    window.actions_by_name["redo"].trigger()
    assert sorted(a.quote for a in adjudicated(window)) == ["Izium", "Izium fell."]
    assert ("Izium", editor_id) in {
        (a.quote, a.created_by) for a in window.controller.document.mentions
    }


def test_adjudication_edit_gives_the_adjudicated_value_of_ones_choice(
    open_window, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """E, then a value from the list: the adjudicated claim takes that status (neither
    annotator's), from the versions it came from; Ctrl+Z takes the edit back, and only the
    adjudication's steps: the window's own edit before them stays."""
    window = open_window(team_folder(tmp_path), demo=False)
    window.reveal_article(window.workspace.article_summaries(0, 1)[0].id)
    done: list[str] = []  # a step of the window's history from before the view opened
    window.controller.push(
        CrossArticleCommand("A step before", lambda: done.append("did"), done.append, print)
    )
    seen: dict[str, object] = {}

    def drive(view: AdjudicationView) -> int:
        with qtbot.waitExposed(view):
            view.show()
        with qtbot.waitActive(view):
            view.activateWindow()
        assert view.current().quote == "Izium fell."  # Petro: misleading; Olena: none
        qtbot.keyClick(view.table, Qt.Key.Key_E)
        combo = view.edit_value
        assert combo.hasFocus() and combo.currentIndex() == -1  # nothing adjudicated yet
        wanted = combo.findData("false")
        assert wanted > 0
        combo.setCurrentIndex(wanted - 1)
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # the user picks "False" with the keys
        seen["edited"] = [(a.quote, a.status, a.created_by) for a in adjudicated(window)]
        seen["cell"] = view.table.item(view.table.currentRow(), 4).text()
        qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        seen["undone"] = adjudicated(window)
        qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # no more
        return 0

    monkeypatch.setattr(dialogs, "run_dialog", drive)
    window.actions_by_name["adjudicate"].trigger()
    editor = window.controller.annotator_id
    assert seen["edited"] == [("Izium fell.", "false", editor)]
    assert "False" in str(seen["cell"])
    assert seen["undone"] == []
    assert done == ["did"]  # never undone from the view
    assert window.controller.history.undoText() == "A step before"


def test_the_export_dialog_offers_the_layers(open_window, dialog_log, tmp_path: Path) -> None:
    window = open_window(team_folder(tmp_path), demo=False)
    window.workspace.adjudication.accept_agreed(window.workspace.adjudication.editor("Maria"))
    dialog_log.export_target = (tmp_path / "gold.json", "json")
    dialog_log.answers = ["The adjudicated layer"]
    window.actions_by_name["export"].trigger()
    (question,) = dialog_log.named("choose_item")
    assert question[2] == [
        "All annotations",
        "The adjudicated layer",
        "Olena's own annotations",
        "Petro's own annotations",
    ]
    gold = json.loads((tmp_path / "gold.json").read_text(encoding="utf-8"))
    spans = [s for a in gold["articles"] for s in [*a["mentions"], *a["claims"]]]
    assert len(spans) == 5 and {s["origin"] for s in spans} == {"adjudicated"}

    dialog_log.export_target = (tmp_path / "petro.json", "json")
    dialog_log.answers = ["Petro's own annotations"]
    window.actions_by_name["export"].trigger()
    mine = json.loads((tmp_path / "petro.json").read_text(encoding="utf-8"))
    spans = [s for a in mine["articles"] for s in [*a["mentions"], *a["claims"]]]
    assert len(spans) == 9 and {s["created_by"] for s in spans} == {PETRO.id}

    dialog_log.export_target = (tmp_path / "cancelled.json", "json")
    window.actions_by_name["export"].trigger()  # the question cancelled: nothing written
    assert not (tmp_path / "cancelled.json").exists()


def test_the_article_list_says_who_annotated_each_article(open_window, tmp_path: Path) -> None:
    window = open_window(team_folder(tmp_path), demo=False)
    model = window.list_panel.model
    tips = [model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole) for row in range(2)]
    rogov = next(tip for tip in tips if tip.startswith("Rogov"))
    assert rogov.endswith(
        "Annotators:\n  Olena: 5 mentions, 3 claims — not finished"
        "\n  Petro: 5 mentions, 4 claims — not finished"
    )


def test_someone_elses_annotation_is_not_changed_by_accident(
    open_window, dialog_log, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(team_folder(tmp_path), demo=False)
    window.reveal_article(window.workspace.article_summaries(0, 1)[0].id)
    controller = window.controller
    window.actions_by_name[f"layer:{PETRO.id}"].setChecked(True)  # View › Annotators › Petro
    petro_claim = next(c for c in controller.document.claims if c.quote == "Izium fell.")

    dialog_log.choices = [None, 0]  # Cancel, then "Change theirs"
    assert not controller.set_claim_status("true", petro_claim.id)  # cancelled
    (asked,) = dialog_log.named("choose_action")
    assert "was made by Petro" in asked[1]
    assert asked[2] == ["Change theirs", "Copy into my layer"]
    stored = {c.id: c for c in window.workspace.annotations.open_article(
        petro_claim.article_id).claims}  # fmt: skip
    assert stored[petro_claim.id].status == "misleading"

    assert controller.set_claim_status("true", petro_claim.id)  # "Change theirs"
    assert controller.set_claim_status("false", petro_claim.id)  # asked once per annotation
    assert len(dialog_log.named("choose_action")) == 2 and dialog_log.choices == []
    stored = {c.id: c for c in window.workspace.annotations.open_article(
        petro_claim.article_id).claims}  # fmt: skip
    assert stored[petro_claim.id].status == "false"
    assert stored[petro_claim.id].created_by == PETRO.id  # still Petro's

    # One's own annotations are never questioned.
    text = controller.document.article.text
    mine = controller.create_mention(text.index("aid"), text.index("aid") + 3, "EVENT")
    assert mine is not None and controller.delete(mine.id)


def test_copy_into_my_layer_leaves_theirs_untouched(
    open_window, dialog_log, tmp_path: Path
) -> None:
    """Changing Petro's claim, the user answers "Copy into my layer": a second claim at the
    same words, the user's own and with the change; Petro's stays as he made it. Undo takes
    the copy back."""
    window = open_window(team_folder(tmp_path), demo=False)
    window.reveal_article(window.workspace.article_summaries(0, 1)[0].id)
    controller = window.controller
    window.actions_by_name[f"layer:{PETRO.id}"].setChecked(True)
    petro_claim = next(c for c in controller.document.claims if c.quote == "Izium fell.")
    article_id = petro_claim.article_id

    def stored_claims() -> list:  # type: ignore[type-arg]
        document = window.workspace.annotations.open_article(article_id)
        return [c for c in document.claims if c.quote == "Izium fell."]

    before = {c.id for c in stored_claims()}
    dialog_log.choices = [1]  # "Copy into my layer"
    assert controller.set_claim_status("true", petro_claim.id)
    claims = {c.id: c for c in stored_claims()}
    (copy_id,) = set(claims) - before
    mine = claims[copy_id]
    assert mine.created_by == controller.annotator_id != PETRO.id
    assert mine.status == "true" and (mine.start, mine.end) == (petro_claim.start, petro_claim.end)
    assert claims[petro_claim.id].status == "misleading"  # theirs untouched
    assert claims[petro_claim.id].created_by == PETRO.id
    assert controller.selected_id == copy_id  # the form now shows the user's own copy
    # Editing the copy asks nothing: it is the user's own.
    assert controller.set_claim_status("false", copy_id)
    assert len(dialog_log.named("choose_action")) == 1

    undo = window.actions_by_name["undo"]
    undo.trigger()  # the status of the copy
    assert undo.text() == "&Undo Copy claim “Izium fell.” into my layer"
    undo.trigger()
    assert {c.id for c in stored_claims()} == before


def test_the_window_starts_on_ones_own_layer_and_shows_others_on_request(
    open_window, tmp_path: Path
) -> None:
    window = open_window(team_folder(tmp_path), demo=False)
    window.reveal_article(window.workspace.article_summaries(0, 1)[0].id)
    controller = window.controller
    assert controller.document.mentions == [] and controller.document.claims == []
    menu = window.menuBar().findChild(QMenu, "annotatorsMenu")
    assert [a.text() for a in menu.actions()] == ["Olena", "Petro"]
    assert not any(a.isChecked() for a in menu.actions())

    window.actions_by_name[f"layer:{PETRO.id}"].setChecked(True)
    assert {m.created_by for m in controller.document.mentions} == {PETRO.id}
    assert len(controller.document.claims) == 4
    tips = {span.tooltip for span in window.view.painter.spans.values()}
    assert "Location · Izium · by Petro" in tips
    outlines = {span.outline.name() for span in window.view.painter.spans.values()}
    assert len(outlines) == 1  # one colour for Petro's layer
    window.view.grab().save(str(tmp_path / "layers.png"))

    window.actions_by_name[f"layer:{OLENA.id}"].setChecked(True)
    assert len(controller.document.mentions) == 10
    outlines = {span.outline.name() for span in window.view.painter.spans.values()}
    assert len(outlines) == 2  # Olena's and Petro's layers are told apart
    window.actions_by_name[f"layer:{PETRO.id}"].setChecked(False)
    assert {m.created_by for m in controller.document.mentions} == {OLENA.id}


def test_agreement_speaks_ukrainian_types_statuses_and_kinds(
    ukrainian: None, open_window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(team_folder(tmp_path), demo=False)
    window.actions_by_name["agreement"].trigger()
    view = window.team.agreement_view
    assert view is not None
    table = view.disagreements
    shown = {table.item(r, c).text() for r in range(table.rowCount()) for c in (1, 3, 4)}
    assert {"Країна / місто / регіон", "Правда", "Неправда", "Згадка", "Твердження"} <= shown
    assert not shown & {"GPE", "LOC", "true", "false", "mention", "claim"}
