"""The frozen build's check of material: one file of each kind imported by the frozen program
and by the source program, their exports compared (texts, provenance, passages). A reader
whose library the bundle lacks fails here, not on a user's machine.

Each kind of material adds one file to ``files`` below.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from tests import material_samples as samples


def files(folder: Path) -> list[Path]:
    """One file of each kind, written into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    telegram = folder / "result.json"
    shutil.copyfile(samples.TG2MD, telegram)
    (html_page, _) = samples.write_html_export(folder / "html")
    srt = folder / "interview.srt"
    srt.write_bytes(samples.SRT_CP1252)
    vtt = folder / "captions.vtt"
    shutil.copyfile(samples.YOUTUBE_VTT, vtt)
    return [telegram, html_page, srt, vtt]


def check(checks: Any) -> None:
    """``checks``: frozen_checks.Checks (``run`` and ``check``)."""
    inputs = files(checks.work / "material")
    exported: dict[str, list[dict[str, Any]]] = {}
    for which in ("source", "frozen"):
        db = checks.work / f"material-{which}.sqlite3"
        imported = checks.run(which, "import", *inputs, "--db", db, "--telegram-channel", "tg_test")
        checks.check(f"{which}: material imported", imported.code == 0, imported.err.strip())
        out = checks.work / f"material-{which}.json"
        checks.run(which, "export", "-o", out, "--db", db)
        articles = json.loads(out.read_text(encoding="utf-8"))["articles"]
        exported[which] = sorted(
            (
                {key: a.get(key) for key in ("text", "source", "url", "publisher", "passages")}
                for a in articles
            ),
            key=lambda a: (a["source"], a["text"]),
        )
    sources = {a["source"] for a in exported["frozen"]}
    checks.check(
        "frozen: one file of each kind of material read",
        sources == {p.name for p in inputs},
        ", ".join(sorted(sources)),
    )
    checks.check(
        "frozen: material reads as in the source program",
        exported["frozen"] == exported["source"],
    )
