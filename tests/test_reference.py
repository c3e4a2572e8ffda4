"""Reference cross-check: OpenLigaDB CSVs into pandas and the store, linking consolidated
matches (season + clubs + result, across seasons when the date line is wrong), contradicted
results, flagged date lines, the CLI."""
from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest

import lib
from lib import reference as R
from lib.consolidate import consolidate
from lib.reference_cli import add_reference_parser, run_reference
from lib.store import Store

try:
    from tests import kb_fixtures as K
except ImportError:  # pragma: no cover
    import kb_fixtures as K

ROOT = Path(__file__).resolve().parents[1]
OPENLIGADB = ROOT.parent / "shared" / "reference" / "openligadb"
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
SEED_STPAULI = SEEDS / "002_c0b7e0dd6bdfb4f1.txt"
FCK, STP = "1. FC Kaiserslautern", "FC St. Pauli"

needs_reference = pytest.mark.skipif(not OPENLIGADB.is_dir(), reason="../shared/reference not available")

HEADER = ("League,Season,Matchday,Match_Date,Match_Time,Home_Team,Home_Team_Short,Guest_Team,Guest_Team_Short,"
          "Home_Goals,Guest_Goals,Home_Points,Guest_Points,Location,Stadium,Viewers")
# our own tiny file in the OpenLigaDB layout (with BOM, as OpenLigaDB exports it)
SMALL = "\ufeff" + "\n".join([
    HEADER,
    "2. Bundesliga,2013/2014,30. Spieltag,2014-04-11,18:30:00,FC St. Pauli,St. Pauli,1. FC Kaiserslautern,"
    "Kaiserslautern,2,3,0,3,Hamburg,Millerntor-Stadion,29063",
    "2. Bundesliga,2013/2014,13. Spieltag,2013-11-02,13:00:00,1. FC Kaiserslautern,Kaiserslautern,FC St. Pauli,"
    "St. Pauli,4,1,3,0,Unknown,Unknown,-1",
]) + "\n"
SCORERS = "\ufeff" + "\n".join([
    "League,Season,Match_Day,Team,Player_Firstname,Player_Surname,Match_Minute,Game_Score,is_Penalty,is_Own_Goal,"
    "is_Overtime",
    "2. Bundesliga,2013/2014,30. Spieltag,1. FC Kaiserslautern,,Karl,61,1:2,False,False,False",
    "2. Bundesliga,2013/2014,30. Spieltag,FC St. Pauli,,Verhoek,14,1:0,False,False,False",
]) + "\n"


@pytest.fixture(scope="module")
def full_reference():
    if not OPENLIGADB.is_dir():
        pytest.skip("../shared/reference not available")
    return R.read_openligadb([OPENLIGADB / "2_bundesliga_overall.csv", OPENLIGADB / "2_bundesliga_goal_scorers.csv",
                              OPENLIGADB / "3_liga_overall.csv"])


def small_reference(tmp_path: Path) -> Path:
    folder = tmp_path / "openligadb"
    folder.mkdir()
    (folder / "2_bundesliga_overall.csv").write_text(SMALL, encoding="utf-8")
    (folder / "2_bundesliga_goal_scorers.csv").write_text(SCORERS, encoding="utf-8")
    (folder / "2_bundesliga_final_table.csv").write_text("League,Season,Team\n", encoding="utf-8")
    return folder


def test_read_openligadb_normalises_seasons_clubs_and_unknowns(tmp_path):
    ref = R.read_openligadb([small_reference(tmp_path)])
    assert len(ref.matches) == 2 and len(ref.goals) == 2
    assert any("final_table" in s for s in ref.skipped)
    first = ref.matches.iloc[0]
    assert (first["season"], first["matchday"], first["date"]) == ("2013/14", 30, "2014-04-11")
    assert (first["home_team"], first["away_team"], first["venue"], first["attendance"]) == \
        (STP, FCK, "Millerntor-Stadion", 29063)
    second = ref.matches.iloc[1]
    assert second["venue"] is None or str(second["venue"]) == "<NA>"  # "Unknown" is no venue
    assert str(second["attendance"]) == "<NA>"  # -1 is no attendance


def test_canonical_club_names():
    assert R.canonical_club("1. FC Kaiserslautern") == FCK
    assert R.canonical_club("FC St. Pauli") == STP
    assert R.canonical_club("Kaiserslautern") == FCK  # an alias
    assert R.canonical_club("Unbekannter SV") == "Unbekannter SV"


def test_import_into_store_and_load_back(tmp_path):
    folder = small_reference(tmp_path)
    with Store.open(tmp_path / "kb.duckdb") as store:
        summary = R.import_reference(store, [folder])
        assert summary["matches"] == 2 and summary["seasons"] == ["2013/14"]
        R.import_reference(store, [folder])  # re-import replaces, never duplicates
        assert store.sql("SELECT count(*) AS n FROM reference_matches")["n"][0] == 2
        loaded = R.load(store)
    assert list(loaded.matches["ref_id"]) == list(R.read_openligadb([folder]).matches["ref_id"])
    with Store.open(tmp_path / "empty.duckdb") as store:
        assert R.load(store).empty


def test_linking_fills_matchday_date_venue_and_confirms(tmp_path):
    frames = lib.extract([K.write(tmp_path / "corpus", K.THREE_WAYS)])
    kb = consolidate(frames, reference=R.read_openligadb([small_reference(tmp_path)]))
    row = kb.matches.iloc[0]
    assert (row["ref_status"], row["matchday"], row["ref_date"]) == ("bestätigt", 30, "2014-04-11")
    assert row["date_source"] == "Referenz" and row["ref_venue"] == "Millerntor-Stadion"
    assert kb.confirmed_share()["share"] == 1.0
    scorers = kb.goals.set_index("player")["ref_confirmed"]
    assert scorers["Markus Karl"] and scorers["John Verhoek"] and not scorers["Ruben Jenssen"]


def test_contradicted_result_is_flagged(tmp_path):
    frames = lib.extract([K.write(tmp_path / "corpus", rueckblick_txt=K.CONTRADICTING)])
    kb = consolidate(frames, reference=R.read_openligadb([small_reference(tmp_path)]))
    row = kb.matches.iloc[0]
    assert (row["home_goals"], row["away_goals"]) == (2, 2)  # what the article says stays shown ...
    assert row["ref_status"] == "widersprochen"  # ... and is flagged against the reference
    assert (row["ref_home_goals"], row["ref_away_goals"]) == (2, 3)
    assert "Referenz: 2:3" in row["ref_note"]
    assert kb.confirmed_share()["contradicted"] == 1


def test_reference_breaks_a_tie_between_sources(tmp_path):
    frames = lib.extract([K.write(tmp_path / "corpus", bericht_txt=K.MATCH_REPORT, rueckblick_txt=K.CONTRADICTING)])
    kb = consolidate(frames, reference=R.read_openligadb([small_reference(tmp_path)]))
    row = kb.matches.iloc[0]
    assert row["conflict"] and (row["home_goals"], row["away_goals"]) == (2, 3)
    assert "Referenz" in row["score_basis"] and row["ref_status"] == "bestätigt"


def test_wrong_date_line_is_linked_across_seasons_and_flagged(tmp_path, full_reference):
    frames = lib.extract([K.write(tmp_path / "corpus", falsch_txt=K.WRONG_DATE_LINE)])
    kb = consolidate(frames, reference=full_reference)
    assert set(kb.matches["ref_date"]) == {"2015-05-02", "2015-05-03"}
    assert set(kb.matches["season"]) == {"2014/15"} and set(kb.matches["season_extracted"]) == {"2019/20"}
    flags = kb.date_flags[kb.date_flags["kind"] == "Artikeldatum widerspricht Inhalt"]
    assert set(flags["article_id"]) == {"falsch.txt"} and len(flags) == 2


@needs_reference
@pytest.mark.skipif(not SEED_STPAULI.exists(), reason="seeds not available")
def test_seed_defeat_against_st_pauli_links_to_2015_05_09_and_its_date_line_is_flagged(full_reference):
    frames = lib.extract([SEEDS])
    kb = consolidate(frames, reference=full_reference)
    m = kb.matches
    game = m[(m["home_team"] == FCK) & (m["away_team"] == STP)]
    assert len(game) == 1
    row = game.iloc[0]
    assert (row["home_goals"], row["away_goals"]) == (0, 2)
    assert (row["ref_date"], row["season"], row["matchday"], row["ref_status"]) == ("2015-05-09", "2014/15", 32,
                                                                                    "bestätigt")
    assert row["season_extracted"] == "2018/19" and row["sources"] == SEED_STPAULI.name
    flags = kb.date_flags[(kb.date_flags["article_id"] == SEED_STPAULI.name)
                          & (kb.date_flags["kind"] == "Artikeldatum widerspricht Inhalt")]
    assert len(flags) >= 1 and (flags["evidence_date"] == "2015-05-09").any()
    assert "2018-07" in flags.iloc[0]["detail"]
    # the 2025/26 defeat at Bochum is beyond the reference: unlinked, its date line not flagged
    bochum = m[m["home_team"] == "VfL Bochum"].iloc[0]
    assert bochum["ref_status"] == "ohne Referenz"
    assert not (kb.date_flags["article_id"] == "000_a276760ea190cbb8.txt").any()


@needs_reference
def test_sample_corpus_results_are_mostly_confirmed(full_reference):
    kb = consolidate(lib.extract([ROOT / "data" / "sample"]), reference=full_reference)
    share = kb.confirmed_share()
    assert share["share"] >= 0.85, share
    assert share["contradicted"] <= 3


def test_cli_imports_into_the_store(tmp_path):
    folder = small_reference(tmp_path)
    parser = argparse.ArgumentParser(prog="python -m lib")
    add_reference_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["reference", "import", str(folder), "--store", str(tmp_path / "kb.duckdb")])
    out = io.StringIO()
    assert run_reference(args, stream=out) == 0
    assert "2 matches" in out.getvalue()
    with Store.open(tmp_path / "kb.duckdb", read_only=True) as store:
        assert len(R.load(store).matches) == 2
    missing = parser.parse_args(["reference", "import", str(tmp_path / "nope"), "--store", str(tmp_path / "x.duckdb")])
    assert run_reference(missing, stream=io.StringIO()) == 2
