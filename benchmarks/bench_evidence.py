"""Evidence files: attaching a large file against copying it, and opening a claim with twenty
photos as evidence. Prints figures; asserts nothing (docs/design/tests.md).

    .venv/bin/python benchmarks/bench_evidence.py [--megabytes 20] [--small 5] [--photos 20]
                                                  [--repeat 3]

1. **Attach**: a file of ``--megabytes`` MB of varied bytes, then ``--small`` photos of 300 KB
   at once. The baseline copies them with ``shutil.copyfile`` and fsyncs each copy (a copy kept
   as safely as a commit keeps a row); ours is ``EvidenceService.attach`` on a fresh database
   (SQLite: WAL, synchronous=FULL), which reads, hashes and stores them in chunks and commits.
   Best and median of ``--repeat``, alternating. ``--photos 0`` skips the second part.
2. **Open a claim with photos**: ``--photos`` JPEG photos of 3000×2000 pixels attached to one
   claim; the window (offscreen) selects another claim, then this one, and the time until the
   form is painted is measured (its thumbnails come later, decoded off the UI thread: the time
   until the last one is shown is printed too). The window's aim for opening is in
   benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from annotator.paths import resolve_paths  # noqa: E402
from annotator.services.workspace import Workspace, open_workspace  # noqa: E402

MEGABYTE = 1024 * 1024


def varied_file(path: Path, megabytes: int) -> None:
    block = os.urandom(MEGABYTE)
    with path.open("wb") as out:
        for number in range(megabytes):
            out.write(number.to_bytes(8, "big") + block[8:])


def a_claim(workspace: Workspace, start: int = 0) -> str:
    article = workspace.article_summaries(0, 1)[0]
    document = workspace.annotations.open_article(article.id)
    assert document is not None
    claim = workspace.annotations.new_claim(document.article, start, start + 10, None)
    workspace.annotations.add_claim(claim)
    return claim.id


def copied(sources: list[Path], folder: Path) -> float:
    """Seconds to copy the files beside them, each synced to disk; the copies are removed."""
    started = time.perf_counter()
    targets = []
    for source in sources:
        target = folder / f"copy-of-{source.name}"
        shutil.copyfile(source, target)
        with target.open("rb") as written:
            os.fsync(written.fileno())
        targets.append(target)
    seconds = time.perf_counter() - started
    for target in targets:
        target.unlink()
    return seconds


def bench_attach(folder: Path, megabytes: int, repeat: int, small: int = 5) -> None:
    source = folder / "video.mp4"
    varied_file(source, megabytes)
    photos = []
    for number in range(small):  # photos of about 300 KB, each its own bytes
        photo = folder / f"photo-{number}.jpg"
        photo.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(300 * 1024))
        photos.append(photo)
    times: dict[str, list[float]] = {}
    for run in range(repeat):
        for label, files in (("large", [source]), ("small", photos)):
            times.setdefault(f"copy {label}", []).append(copied(files, folder))
            workspace = open_workspace(resolve_paths(data_dir=folder / f"db-{run}"), demo=True)
            claim_id = a_claim(workspace)
            started = time.perf_counter()
            result = workspace.evidence.attach(claim_id, files)
            times.setdefault(f"attach {label}", []).append(time.perf_counter() - started)
            assert not result.refused
            workspace.close()
            shutil.rmtree(folder / f"db-{run}")
    for label, what in (
        ("large", f"a {megabytes} MB file"),
        ("small", f"{small} photos of 300 KB"),
    ):
        copy, attach = min(times[f"copy {label}"]), min(times[f"attach {label}"])
        copy_median = statistics.median(times[f"copy {label}"])
        attach_median = statistics.median(times[f"attach {label}"])
        print(f"attach {what} (best and median of {repeat})")
        print(f"  copy + fsync      {copy:7.3f} s  {copy_median:7.3f} s")
        print(
            f"  attach (ours)     {attach:7.3f} s  {attach_median:7.3f} s   "
            f"{attach / copy:.2f}× / {attach_median / copy_median:.2f}× the copy (aim ≤ 2×)"
        )


def bench_open(folder: Path, photos: int, repeat: int) -> None:
    from PySide6.QtCore import QBuffer, QByteArray
    from PySide6.QtGui import QColor, QImage, QPainter

    from annotator.ui.app import create_application, open_settings
    from annotator.ui.window.main_window import MainWindow

    app = create_application()
    paths = resolve_paths(data_dir=folder / "photos")
    paths.ensure()
    workspace = open_workspace(paths, demo=True)
    other, claim_id = a_claim(workspace, 0), a_claim(workspace, 20)
    files = []
    for number in range(photos):
        image = QImage(3000, 2000, QImage.Format.Format_RGB32)
        image.fill(QColor.fromHsv((number * 17) % 360, 120, 200))
        painter = QPainter(image)
        for band in range(0, 2000, 50):
            painter.fillRect(0, band, 3000, 20, QColor.fromHsv((band + number) % 360, 200, 150))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QBuffer.OpenModeFlag.WriteOnly)
        image.save(buffer, "JPEG", 90)
        files.append(folder / f"photo-{number}.jpg")
        files[-1].write_bytes(bytes(data))
    workspace.evidence.attach(claim_id, files)
    size = sum(f.stat().st_size for f in files) / MEGABYTE
    window = MainWindow(workspace, open_settings(paths), None)
    window.resize(1920, 1080)
    window.show()
    app.processEvents()
    article = workspace.article_summaries(0, 1)[0]
    window.controller.open_article(article.id)
    app.processEvents()
    box = window.panel.claim_form.evidence_box
    shown, complete, bare = [], [], []
    for _ in range(repeat):
        window.controller.select(claim_id)
        app.processEvents()
        started = time.perf_counter()
        window.controller.select(other)  # the same form, a claim without evidence
        app.processEvents()
        window.panel.grab()
        bare.append(time.perf_counter() - started)
        assert box.files is not None
        box.files.thumbnails.images.clear()  # decoded anew each time, as on a first open
        started = time.perf_counter()
        window.controller.select(claim_id)
        app.processEvents()
        window.panel.grab()
        shown.append(time.perf_counter() - started)
        while any(box.list.item(i).icon().isNull() for i in range(box.list.count())):
            app.processEvents()
            time.sleep(0.001)
        complete.append(time.perf_counter() - started)
    print(f"\nopen a claim with {photos} photos ({size:.1f} MB of JPEG), median of {repeat}")
    print(f"  no evidence       {statistics.median(bare) * 1000:7.1f} ms (the same form)")
    print(f"  form shown        {statistics.median(shown) * 1000:7.1f} ms")
    print(f"  every thumbnail   {statistics.median(complete) * 1000:7.1f} ms (off the UI thread)")
    window.close()
    workspace.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=int, default=20)
    parser.add_argument("--small", type=int, default=5)
    parser.add_argument("--photos", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="bench-evidence-"))
    try:
        bench_attach(folder, options.megabytes, options.repeat, options.small)
        if options.photos:
            bench_open(folder, options.photos, options.repeat)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
