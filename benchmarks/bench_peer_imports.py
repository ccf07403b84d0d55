"""The cost of the peers' readers: claims of FEVER anchored in a collection, and XMI in cassis.

    .venv/bin/python benchmarks/bench_peer_imports.py [--claims 2000] [--articles 6875]
                                                      [--xmi-words 100000] [--keep]

1. **FEVER into a collection**: ``--claims`` FEVER records (real claims' shape, distinct
   texts) imported into an empty database, then into one of ``--articles`` news-like
   articles of about 3 KB; each claim is looked up among the stored texts (to anchor it in an
   article that holds it). Only the FEVER import is timed.
2. **XMI**: an INCEpTION document of ``--xmi-words`` tokens (every tenth a named entity)
   read by dkpro-cassis in a child process: seconds and peak memory; then an element with
   16,000 attributes (cassis's time grows with their square) as a folder import: refused
   before cassis reads it, or, by a version without the bound, read.

Run it with ``PYTHONPATH=/path/to/another/checkout`` to time another version of the program
on the same machine (the before/after figures in benchmarks/README.md were made so).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = [
    "the",
    "of",
    "and",
    "to",
    "in",
    "said",
    "army",
    "city",
    "forces",
    "near",
    "village",
    "attack",
    "claim",
    "report",
    "official",
    "minister",
    "regional",
    "shelling",
    "drone",
    "border",
    "troops",
    "statement",
    "ministry",
]


def _workspace(folder: Path):  # type: ignore[no-untyped-def]
    from annotator.paths import resolve_paths
    from annotator.services.workspace import open_workspace

    paths = resolve_paths(data_dir=folder)
    paths.ensure()
    return open_workspace(paths)


def fever_file(folder: Path, claims: int, rng: random.Random) -> Path:
    path = folder / "paper_dev.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for number in range(claims):
            claim = f"Claim {number}: " + " ".join(rng.choice(WORDS) for _ in range(12)) + "."
            record = {"id": number, "verifiable": "VERIFIABLE", "label": "SUPPORTS",
                      "claim": claim, "evidence": [[[number, number, "Izium", 0]]]}  # fmt: skip
            out.write(json.dumps(record) + "\n")
    return path


def time_fever(folder: Path, claims: int, articles: int, rng: random.Random) -> float:
    workspace = _workspace(folder / f"db-{articles}")
    try:
        if articles:
            texts = folder / f"articles-{articles}"
            texts.mkdir()
            for number in range(articles):
                body = " ".join(rng.choice(WORDS) for _ in range(450))
                (texts / f"a{number:05d}.txt").write_text(f"Report {number}\n\n{body}.", "utf-8")
            workspace.import_paths([texts])
        source = fever_file(folder, claims, rng)
        started = time.perf_counter()
        report = workspace.import_paths([source])
        elapsed = time.perf_counter() - started
        assert not report.refused, report.results[0].line()
        return elapsed
    finally:
        workspace.close()


_READ_XMI = """
import io, resource, sys, time
from cassis import load_cas_from_xmi, load_typesystem
started = time.perf_counter()
types = load_typesystem(io.BytesIO(open(sys.argv[2], "rb").read()))
cas = load_cas_from_xmi(io.BytesIO(open(sys.argv[1], "rb").read()), typesystem=types)
count = len(list(cas.select_all_annotations()))
print(count, time.perf_counter() - started, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def xmi_figures(folder: Path, words: int) -> tuple[int, int, float, float]:
    """(XMI characters, annotations, seconds, peak MiB) of cassis reading a document."""
    from cassis import Cas

    from annotator.services.formats.peers import inception

    types = inception.typesystem()
    token = types.create_type("de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
                              supertypeName="uima.tcas.Annotation")  # fmt: skip
    cas = Cas(typesystem=types)
    forms = [f"word{n % 997}" for n in range(words)]
    cas.sofa_string = " ".join(forms)
    entity, at = types.get_type(inception.NAMED_ENTITY), 0
    for number, form in enumerate(forms):
        cas.add(token(begin=at, end=at + len(form)))
        if number % 10 == 0:
            cas.add(entity(begin=at, end=at + len(form), value="PER"))
        at += len(form) + 1
    xmi, typesystem = folder / "doc.xmi", folder / "TypeSystem.xml"
    xmi.write_text(cas.to_xmi(), "utf-8")
    typesystem.write_text(types.to_xml(), "utf-8")
    done = subprocess.run([sys.executable, "-c", _READ_XMI, str(xmi), str(typesystem)],
                          capture_output=True, text=True, check=True)  # fmt: skip
    count, seconds, peak_kib = done.stdout.split()
    return len(xmi.read_text("utf-8")), int(count), float(seconds), int(peak_kib) / 1024


def time_many_attributes(folder: Path) -> tuple[float, str]:
    from annotator.services.formats.peers import inception

    project = folder / "attributes"
    project.mkdir()
    (project / "TypeSystem.xml").write_text(inception.typesystem().to_xml(), "utf-8")
    attributes = " ".join(f'a{i}="{i}"' for i in range(16_000))
    (project / "doc.xmi").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><xmi:XMI xmlns:xmi="http://www.omg.org/XMI" '
        'xmlns:cas="http:///uima/cas.ecore" '
        'xmlns:ner="http:///de/tudarmstadt/ukp/dkpro/core/api/ner/type.ecore">'
        '<cas:NULL xmi:id="0"/>'
        f'<ner:NamedEntity xmi:id="5" sofa="1" begin="0" end="2" value="PER" {attributes}/>'
        '<cas:Sofa xmi:id="1" sofaNum="1" sofaID="_InitialView" mimeType="text" '
        'sofaString="Hi there"/><cas:View sofa="1" members="5"/></xmi:XMI>',
        "utf-8",
    )
    workspace = _workspace(folder / "db-xmi")
    try:
        started = time.perf_counter()
        report = workspace.import_paths([project])
        return time.perf_counter() - started, report.results[0].line()
    finally:
        workspace.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=2000)
    parser.add_argument("--articles", type=int, default=6875)
    parser.add_argument("--xmi-words", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=27)
    parser.add_argument("--keep", action="store_true")
    arguments = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-peers-"))
    try:
        rng = random.Random(arguments.seed)
        empty = time_fever(folder, arguments.claims, 0, rng)
        print(f"FEVER, {arguments.claims} claims into an empty database: {empty:.2f} s")
        full = time_fever(folder, arguments.claims, arguments.articles, rng)
        print(f"FEVER, {arguments.claims} claims into {arguments.articles} articles: {full:.2f} s")
        chars, count, seconds, peak = xmi_figures(folder, arguments.xmi_words)
        print(f"XMI of {chars / 1e6:.1f} M characters, {count} annotations, in cassis: "
              f"{seconds:.2f} s, peak {peak:.0f} MiB")  # fmt: skip
        seconds, line = time_many_attributes(folder)
        print(f"XMI element with 16,000 attributes, imported: {seconds:.2f} s — {line[-90:]}")
    finally:
        if arguments.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
