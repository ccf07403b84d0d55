"""Evidence files kept with a claim: attached once by SHA-256, undone, removed, cleaned up,
checked for damage; web captures listed; on SQLite and on PostgreSQL."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select, update

from annotator.domain.models import Claim
from annotator.domain.sources.captures import parse_capture_reference
from annotator.services.annotation_changes import Change
from annotator.services.evidence import media
from annotator.services.workspace import Workspace
from annotator.storage.rows import StoredChunkRow, StoredFileRow
from tests.helpers import new_workspace

pytestmark = pytest.mark.both_engines

WACZ = Path(__file__).parents[1] / "data" / "evidence" / "py-wacz__valid_example_1.wacz"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    opened = new_workspace(tmp_path / "data", demo=True)
    yield opened
    opened.close()


def a_claim(workspace: Workspace) -> Claim:
    article = workspace.article_summaries(0, 1)[0]
    document = workspace.annotations.open_article(article.id)
    assert document is not None
    claim = workspace.annotations.new_claim(document.article, 0, 10, None)
    workspace.annotations.add_claim(claim)
    return claim


def stored_count(workspace: Workspace) -> int:
    with workspace.database.reading() as session:
        return len(session.scalars(select(StoredFileRow.sha256)).all())


def test_a_file_is_attached_once_and_a_duplicate_keeps_the_stored_copy(
    workspace: Workspace, tmp_path: Path
) -> None:
    claim = a_claim(workspace)
    screenshot = tmp_path / "deleted post.png"
    screenshot.write_bytes(PNG)
    again = tmp_path / "same picture, another name.png"
    again.write_bytes(PNG)
    first = workspace.evidence.attach(claim.id, [screenshot], note="The post before deletion")
    second = workspace.evidence.attach(claim.id, [again])
    assert not first.refused and not second.refused and second.duplicates == 1
    kept = workspace.evidence.kept_files(claim.id)
    assert [k.evidence.title for k in kept] == ["The post before deletion", again.name]
    digest = hashlib.sha256(PNG).hexdigest()
    assert {k.file.sha256 for k in kept} == {digest}
    assert kept[0].file.media_type == "image/png" and kept[0].file.size == len(PNG)
    assert kept[0].file.name == "deleted post.png" and kept[0].file.attached_at
    assert stored_count(workspace) == 1
    with workspace.evidence.opened(digest) as stream:
        assert stream.read() == PNG
    document = workspace.annotations.open_article(claim.article_id)
    assert document is not None
    shown = next(c for c in document.claims if c.id == claim.id)
    assert [e.file.sha256 for e in shown.evidence if e.file] == [digest, digest]


def test_attaching_is_undone_and_redone_through_the_edit_path_and_the_file_stays(
    workspace: Workspace, tmp_path: Path
) -> None:
    claim = a_claim(workspace)
    (tmp_path / "statement.txt").write_text("The minister said so on 3 March.\n")
    attached = workspace.evidence.attach(claim.id, [tmp_path / "statement.txt"])
    text = workspace.annotations.open_article(claim.article_id).article.text  # type: ignore[union-attr]
    evidence = frozenset({"evidence"})
    # Undo: the evidence as before, stored over the version the attach stored.
    undone = workspace.annotations.save_change(
        Change(attached.claim, attached.before, evidence), text, None
    )
    assert undone.evidence == []
    assert workspace.evidence.kept_files(claim.id) == []
    digest = attached.added[0].file.sha256  # type: ignore[union-attr]
    assert workspace.evidence.is_stored(digest)  # kept for the redo
    redone = workspace.annotations.save_change(Change(undone, attached.claim, evidence), text, None)
    assert [e.id for e in redone.evidence] == [attached.added[0].id]
    with workspace.evidence.opened(digest) as stream:
        assert stream.read() == b"The minister said so on 3 March.\n"


def test_removed_evidence_leaves_its_file_until_check_fix_but_not_one_in_the_trash(
    workspace: Workspace, tmp_path: Path
) -> None:
    claim = a_claim(workspace)
    (tmp_path / "a.png").write_bytes(PNG)
    (tmp_path / "b.txt").write_text("kept by another claim\n")
    attached = workspace.evidence.attach(claim.id, [tmp_path / "a.png", tmp_path / "b.txt"])
    png, text = (e.file.sha256 for e in attached.added)  # type: ignore[union-attr]
    workspace.evidence.remove(claim.id, [attached.added[0].id])
    assert [k.evidence.id for k in workspace.evidence.kept_files(claim.id)] == [
        attached.added[1].id
    ]
    found = workspace.evidence.check()
    assert found.unused == [png] and found.removed == 0 and found.damaged == []
    assert workspace.evidence.is_stored(png)
    cleaned = workspace.evidence.check(fix=True)
    assert cleaned.removed == 1 and not workspace.evidence.is_stored(png)
    with workspace.database.reading() as session:
        chunks = session.scalars(select(StoredChunkRow.file_id)).all()
    assert len(chunks) == 1  # the removed file's chunks went with it
    # An article in the Trash keeps its evidence's files: restoring it must find them.
    workspace.removal.remove([claim.article_id])
    assert workspace.evidence.check(fix=True).removed == 0
    assert workspace.evidence.is_stored(text)


def test_a_file_over_the_limit_is_refused_and_the_others_attached(
    workspace: Workspace, tmp_path: Path
) -> None:
    claim = a_claim(workspace)
    workspace.preferences.set("evidence.max_file_mb", "1")
    big, small = tmp_path / "video.mp4", tmp_path / "small.txt"
    big.write_bytes(b"\0" * (1024 * 1024 + 1))
    small.write_text("small\n")
    result = workspace.evidence.attach(claim.id, [big, small, tmp_path / "missing.pdf"])
    assert [e.file.name for e in result.added] == ["small.txt"]  # type: ignore[union-attr]
    reasons = dict(result.refused)
    assert "larger than the limit" in reasons[big] and "evidence.max_file_mb" in reasons[big]
    assert "cannot be read" in reasons[tmp_path / "missing.pdf"]
    assert stored_count(workspace) == 1


def test_check_finds_a_damaged_stored_file(workspace: Workspace, tmp_path: Path) -> None:
    claim = a_claim(workspace)
    (tmp_path / "a.png").write_bytes(PNG)
    digest = workspace.evidence.attach(claim.id, [tmp_path / "a.png"]).added[0].file.sha256  # type: ignore[union-attr]
    assert workspace.evidence.check().damaged == []
    with workspace.database.transaction() as session:
        session.execute(update(StoredChunkRow).values(data=b"\x89PNG tampered"))
    damaged = workspace.evidence.check().damaged
    assert [d.sha256 for d in damaged] == [digest]
    assert "bytes stored" in damaged[0].reason


def test_a_wacz_capture_lists_its_pages_and_reads_their_text_offline(
    workspace: Workspace, tmp_path: Path
) -> None:
    claim = a_claim(workspace)
    copy = tmp_path / "capture.wacz"
    shutil.copyfile(WACZ, copy)
    item = workspace.evidence.attach(claim.id, [copy]).added[0]
    assert item.file is not None and item.file.media_type == media.WACZ
    pages = workspace.evidence.captures(item.file.sha256, item.file.media_type)
    assert [(p.url, p.captured_at, p.title) for p in pages] == [
        ("http://www.example.com/", "2020-10-07T21:22:36Z", "Example Domain")
    ]
    text = workspace.evidence.capture_text(item.file.sha256, item.file.media_type, pages[0])
    assert text.title == "Example Domain"
    assert text.text.startswith("This domain is for use in illustrative examples")
    reference = f"capture:{item.file.sha256}/{pages[0].stamp}/{pages[0].url}"
    parsed = parse_capture_reference(reference)
    assert parsed is not None and parsed.captured_at == "2020-10-07T21:22:36Z"


def test_previews_of_text_and_of_a_file_that_is_no_pdf(
    workspace: Workspace, tmp_path: Path
) -> None:
    claim = a_claim(workspace)
    lines = tmp_path / "transcript.txt"
    lines.write_text("".join(f"line {n} — Ізюм\n" for n in range(200)), encoding="utf-8")
    fake = tmp_path / "statement.pdf"
    fake.write_bytes(b"%PDF-1.4\nnot really a PDF\n")
    text, pdf = workspace.evidence.attach(claim.id, [lines, fake]).added
    preview = workspace.evidence.preview(text.file.sha256, text.file.media_type)  # type: ignore[union-attr]
    assert preview.text.splitlines()[:2] == ["line 0 — Ізюм", "line 1 — Ізюм"]
    assert len(preview.text.splitlines()) == 60 and "first 60 lines" in preview.note
    from annotator.domain.errors import InputRefused

    with pytest.raises(InputRefused, match="PDF cannot be read"):
        workspace.evidence.preview(pdf.file.sha256, pdf.file.media_type)  # type: ignore[union-attr]


def test_the_command_line_adds_lists_exports_and_removes(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "data"
    workspace = new_workspace(folder, demo=True)
    claim = a_claim(workspace)
    workspace.close()
    (tmp_path / "a.png").write_bytes(PNG)
    added = run_cli("--data-dir", folder, "evidence", "add", claim.id, tmp_path / "a.png",
                    tmp_path / "nothing.png", "--note", "Screenshot", "--stance", "refutes",
                    "--as", "Olena")  # fmt: skip
    assert added.code == 1, added.err
    assert "nothing.png: cannot be read" in added.err and "attached 1 file(s)" in added.out
    listed = run_cli("--data-dir", folder, "evidence", "list", claim.id, "--json")
    (row,) = json.loads(listed.out)
    assert row["title"] == "Screenshot" and row["stance"] == "refutes" and row["stored"]
    assert row["sha256"] == hashlib.sha256(PNG).hexdigest() and row["attached_by"]
    out = tmp_path / "out"
    out.mkdir()
    saved = run_cli("--data-dir", folder, "evidence", "export", row["sha256"], "-o", out)
    assert saved.code == 0 and (out / "a.png").read_bytes() == PNG
    assert (out / "a.png").stat().st_mode & 0o077 == 0
    removed = run_cli("--data-dir", folder, "evidence", "remove", claim.id, row["evidence_id"])
    assert removed.code == 0
    checked = run_cli("--data-dir", folder, "check")
    assert checked.code == 0 and "1 stored file(s) that no evidence keeps" in checked.out
    fixed = run_cli("--data-dir", folder, "check", "--fix")
    assert fixed.code == 0 and "removed 1 stored file(s)" in fixed.out
    unknown = run_cli("--data-dir", folder, "evidence", "add", "no-such-claim", tmp_path / "a.png")
    assert unknown.code == 2 and "no claim with id no-such-claim" in unknown.err
