"""Agreement between annotators: figures worked by hand on a small fixture.

The fixture (tests/team_fixture.py), Olena (A) against Petro (B), one article:

Mentions   A: Rogov PERSON, Izium GPE, Kharkiv GPE, Norway GPE, Monday DATE
           B: Rogov PERSON, Izium LOC, Kharkiv GPE, Norway GPE, "on Monday" DATE
  exact (offsets and type): Rogov, Kharkiv, Norway = 3 → exact_f1 = 2·3 / (5+5) = 0.6
  overlap, same type, one to one: those 3 + Monday/"on Monday" = 4 → overlap_f1 = 8/10 = 0.8
  by type: PERSON 2·1/(1+1) = 1.0; GPE 2·2/(3+2) = 0.8; LOC 0/(0+1) = 0.0; DATE 0/(1+1) = 0.0
  mention_type over the same offsets (Rogov, Izium, Kharkiv, Norway): n = 4,
    po = 3/4; margins A {PERSON 1, GPE 3}, B {PERSON 1, GPE 2, LOC 1};
    pe = (1·1 + 3·2) / 4² = 7/16; kappa = (3/4 − 7/16) / (1 − 7/16) = (5/16)/(9/16) = 5/9

Claims     A: s1 false, s2 true, s3 true;  B: s1 false, s2 false, s3 true, "Izium fell." misleading
  exact: s1, s2, s3 = 3 → exact_f1 = 2·3 / (3+4) = 6/7
  overlap: "Izium fell." overlaps s1, but s1 already matched s1 (larger overlap first) → 3,
    overlap_f1 = 6/7
  claim_status over s1, s2, s3: n = 3, po = 2/3; margins A {false 1, true 2}, B {false 2, true 1};
    pe = (1·2 + 2·1) / 9 = 4/9; kappa = (2/3 − 4/9) / (5/9) = 2/5

Krippendorff's alpha (nominal), units with two values:
  claim status: s1 (false, false), s2 (true, false), s3 (true, true); coincidences
    o_ff = 2, o_tt = 2, o_ft = o_tf = 1; n_f = n_t = 3, n = 6;
    alpha = 1 − (n−1)·D_o / Σ_{c≠k} n_c n_k = 1 − 5·2 / 18 = 4/9
  mention type: Rogov (P, P), Izium (G, L), Kharkiv (G, G), Norway (G, G);
    n_P = 2, n_G = 5, n_L = 1, n = 8; D_o = 2; Σ_{c≠k} n_c n_k = 8² − (4+25+1) = 34;
    alpha = 1 − 7·2/34 = 10/17
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from annotator.services.agreement.coefficients import (
    cohen_kappa,
    krippendorff_alpha_nominal,
    overlap_matches,
)
from annotator.services.importing.import_report import Outcome
from tests.helpers import new_workspace
from tests.team_fixture import IVAN, OLENA, PETRO, write_exports

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)


@pytest.fixture
def team_db(tmp_path: Path) -> Path:
    """A data folder holding both exports (and Ivan's, on another article), merged."""
    data = tmp_path / "data"
    workspace = new_workspace(data)
    try:
        report = workspace.import_paths(write_exports(tmp_path / "usb", with_ivan=True))
        assert all(r.outcome is Outcome.IMPORTED for r in report.results), report.summary()
    finally:
        workspace.close()
    return data


def test_agreement_json_gives_the_figures_worked_by_hand(team_db: Path, run_cli) -> None:
    result = run_cli(
        "agreement", "--json", "--annotator", "Olena", "--annotator", PETRO.id,
        "--data-dir", team_db,
    )  # fmt: skip
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert report["annotators"] == [
        {"id": OLENA.id, "name": "Olena"},
        {"id": PETRO.id, "name": "Petro"},
    ]
    assert report["articles"] == 1
    (pair,) = report["pairs"]
    assert (pair["a"], pair["b"]) == (OLENA.id, PETRO.id)
    mentions = pair["mentions"]
    assert (mentions["n_a"], mentions["n_b"]) == (5, 5)
    assert mentions["exact_f1"] == pytest.approx(0.6)
    assert mentions["overlap_f1"] == pytest.approx(0.8)
    assert {t: (v["exact_f1"], v["n_a"], v["n_b"]) for t, v in mentions["by_type"].items()} == {
        "PERSON": (1.0, 1, 1),
        "GPE": (pytest.approx(0.8), 3, 2),
        "LOC": (0.0, 0, 1),
        "DATE": (0.0, 1, 1),
    }
    claims = pair["claims"]
    assert (claims["n_a"], claims["n_b"]) == (3, 4)
    assert claims["exact_f1"] == pytest.approx(6 / 7)
    assert claims["overlap_f1"] == pytest.approx(6 / 7)
    assert pair["claim_status"]["n"] == 3
    assert pair["claim_status"]["observed"] == pytest.approx(2 / 3)
    assert pair["claim_status"]["cohen_kappa"] == pytest.approx(0.4)
    assert pair["mention_type"]["n"] == 4
    assert pair["mention_type"]["observed"] == pytest.approx(0.75)
    assert pair["mention_type"]["cohen_kappa"] == pytest.approx(5 / 9)
    assert report["krippendorff_alpha"]["claim_status"] == pytest.approx(4 / 9)
    assert report["krippendorff_alpha"]["mention_type"] == pytest.approx(10 / 17)


def test_agreement_json_keeps_its_keys_in_their_order(team_db: Path, run_cli) -> None:
    """Outside scripts read this output: the figures are records in the program, and the file
    is the same text key for key, in the same order and layout."""
    result = run_cli("agreement", "--json", "--data-dir", team_db)
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert result.out == json.dumps(report, ensure_ascii=False, indent=2) + "\n"
    assert list(report) == ["annotators", "articles", "pairs", "krippendorff_alpha"]
    for pair in report["pairs"]:
        assert list(pair) == [
            "a", "b", "articles", "mentions", "claims", "claim_status", "mention_type",
            "disagreements",
        ]  # fmt: skip
        assert list(pair["mentions"]) == ["exact_f1", "overlap_f1", "n_a", "n_b", "by_type"]
        assert list(pair["claims"]) == ["exact_f1", "overlap_f1", "n_a", "n_b"]
        for figures in pair["mentions"]["by_type"].values():
            assert list(figures) == ["exact_f1", "n_a", "n_b"]
        assert list(pair["claim_status"]) == ["n", "observed", "cohen_kappa"]
    assert any(pair["mentions"]["by_type"] for pair in report["pairs"])


def test_a_pair_without_common_items_gives_null_not_an_error(team_db: Path, run_cli) -> None:
    result = run_cli("agreement", "--json", "--data-dir", team_db)
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert [a["name"] for a in report["annotators"]] == ["Ivan", "Olena", "Petro"]
    assert report["articles"] == 1  # Ivan's article has one annotator only
    with_ivan = [p for p in report["pairs"] if IVAN.id in (p["a"], p["b"])]
    assert len(with_ivan) == 2
    for pair in with_ivan:
        assert pair["mentions"]["exact_f1"] is None
        assert pair["mentions"]["overlap_f1"] is None
        assert pair["claims"]["exact_f1"] is None
        assert pair["claim_status"] == {"n": 0, "observed": None, "cohen_kappa": None}
        assert pair["mention_type"] == {"n": 0, "observed": None, "cohen_kappa": None}
    # Ivan adds no unit with two values: alpha is Olena's and Petro's.
    assert report["krippendorff_alpha"]["claim_status"] == pytest.approx(4 / 9)


def test_agreement_table_names_the_pair_and_its_figures(team_db: Path, run_cli) -> None:
    result = run_cli("agreement", "--annotator", "olena", "--annotator", "petro",
                     "--data-dir", team_db)  # fmt: skip
    assert result.code == 0, result.err
    assert "Olena × Petro" in result.out
    assert "exact F1 0.600  overlap F1 0.800  (5 / 5)" in result.out
    assert "claim status  kappa 0.400" in result.out


def test_the_article_option_limits_the_comparison(team_db: Path, run_cli, tmp_path) -> None:
    ivan_only = json.loads((tmp_path / "usb" / "ivan.json").read_text(encoding="utf-8"))
    article_id = ivan_only["articles"][0]["id"]
    result = run_cli("agreement", "--json", "--article", article_id, "--data-dir", team_db)
    assert result.code == 2
    assert "at least two annotators" in result.err
    assert "Ivan" in result.err


def test_one_annotator_is_refused_with_a_clear_message(team_db: Path, run_cli) -> None:
    result = run_cli("agreement", "--annotator", "Olena", "--data-dir", team_db)
    assert result.code == 2
    assert "at least two annotators" in result.err
    assert "Traceback" not in result.err


def test_an_unknown_annotator_is_refused_naming_the_known_ones(team_db: Path, run_cli) -> None:
    result = run_cli("agreement", "--annotator", "Olena", "--annotator", "Mykola",
                     "--data-dir", team_db)  # fmt: skip
    assert result.code == 2
    assert "'Mykola'" in result.err
    assert "Ivan, Olena, Petro" in result.err


def test_no_annotations_at_all_is_explained(tmp_path: Path, run_cli) -> None:
    new_workspace(tmp_path / "data").close()
    result = run_cli("agreement", "--data-dir", tmp_path / "data")
    assert result.code == 2
    assert "annotations so far by nobody" in result.err


@pytest.mark.sqlite_only(reason="opens no database")
def test_kappa_without_chance_disagreement_is_null_not_a_division_error() -> None:
    assert cohen_kappa([("true", "true"), ("true", "true")]).cohen_kappa is None
    assert cohen_kappa([("true", "true"), ("true", "true")]).observed == 1.0
    assert krippendorff_alpha_nominal([["true", "true"]]) is None
    assert krippendorff_alpha_nominal([["true"], ["false"]]) is None


@pytest.mark.sqlite_only(reason="opens no database")
def test_overlap_matching_takes_the_largest_overlap_first() -> None:
    # B's long span overlaps A's two spans; it goes to the one it overlaps most, the other
    # A span finds B's short span: two matches, where a first-come order could find one.
    a = [("x", 0, 4, ""), ("x", 5, 20, "")]
    b = [("x", 3, 20, ""), ("x", 0, 2, "")]
    assert overlap_matches(a, b) == 2


@pytest.mark.sqlite_only(reason="opens no database")
def test_alpha_agrees_with_the_krippendorff_library() -> None:
    krippendorff = pytest.importorskip("krippendorff")
    units = [["a", "a", "b"], ["b", "b"], ["a", "c", "c"], ["c"], ["a", "b", "a"], ["b", "b", "b"]]
    codes = {"a": 1.0, "b": 2.0, "c": 3.0}
    coders = 3
    reliability = [
        [codes[unit[coder]] if coder < len(unit) else math.nan for unit in units]
        for coder in range(coders)
    ]
    expected = krippendorff.alpha(reliability_data=reliability, level_of_measurement="nominal")
    assert krippendorff_alpha_nominal(units) == pytest.approx(expected)
