"""The Datenqualität page (AppTest), and the consolidated rows on the other pages."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

try:
    from tests import kb_fixtures as K
except ImportError:  # pragma: no cover
    import kb_fixtures as K

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "app.py")
QUALITY = "pages/5_Datenqualität.py"
SEASON = "pages/1_Saisonergebnisse.py"
OPENLIGADB = ROOT.parent / "shared" / "reference" / "openligadb"
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
needs_shared = pytest.mark.skipif(not (OPENLIGADB.is_dir() and SEEDS.is_dir()), reason="../shared not available")


def run(page: str, corpus: Path | None = None, **params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=180)
    if corpus is not None:
        at.query_params["korpus"] = str(corpus)
    at.run()
    for key, value in params.items():
        at.query_params[key] = value
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def frames_of(at: AppTest):
    out = []
    for element in at.dataframe:
        value = element.value
        out.append(value.data if hasattr(value, "data") else value)
    return out


def table_with(at: AppTest, *columns: str):
    for frame in frames_of(at):
        if all(c in frame.columns for c in columns):
            return frame
    raise AssertionError(f"no table with {columns}: {[list(f.columns) for f in frames_of(at)]}")


def texts(at: AppTest) -> str:
    parts = []
    for kind in ("title", "subheader", "markdown", "caption", "info", "warning"):
        parts += [str(e.value) for e in getattr(at, kind)]
    parts += [f"{m.label} {m.value}" for m in at.metric]
    return "\n".join(parts)


def test_quality_page_shows_conflicts_with_their_sources(tmp_path):
    corpus = K.write(tmp_path / "corpus", K.THREE_WAYS, rueckblick_txt=K.CONTRADICTING)
    at = run(QUALITY, corpus)
    assert at.title[0].value == "Datenqualität"
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Spiele"] == "1" and metrics["Erwähnungen"] == "4" and metrics["Konflikte"] == "1"
    conflicts = table_with(at, "Feld", "Angaben der Quellen", "Grundlage")
    row = conflicts.iloc[0]
    assert row["Feld"] == "Ergebnis" and "rueckblick.txt" in row["Angaben der Quellen"]
    assert row["Angezeigt"] == "2:3" and row["Grundlage"] == "Mehrheit (3 von 4 Quellen)"
    assert "Ohne Referenzdaten" in texts(at)  # no reference chosen: says how to add one
    # the season page: one row for the match, four sources, the disagreement shown
    at.switch_page(SEASON).run()
    assert not at.exception
    games = table_with(at, "Heim", "Gast", "Ergebnis", "Quellen", "Widerspruch")
    assert len(games) == 1 and games.iloc[0]["Quellen"] == 4
    assert "2:2" in games.iloc[0]["Widerspruch"]


@needs_shared
def test_quality_page_with_reference_on_the_seeds():
    at = run(QUALITY, SEEDS, referenz=str(OPENLIGADB))
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Von der Referenz bestätigt"] == "80 %"  # 4 of 5: Bochum 2025/26 is beyond the reference
    assert metrics["Markierte Datumszeilen"] == "1"
    flags = table_with(at, "Artikel", "Datumszeile", "Befund")
    assert set(flags["Artikel"]) == {"002_c0b7e0dd6bdfb4f1.txt"}
    assert set(flags["Datumszeile"]) == {"2018-07"} and flags["Beleg"].str.contains("2015-05-09").any()
    assert all(str(link).startswith("artikel?article=002_c0b7e0dd6bdfb4f1.txt") for link in flags["Quelle"])
    unlinked = table_with(at, "Name", "Grund")
    assert unlinked["Name"].str.contains("VfL Bochum").any()
    # the reference stays chosen for the other pages: the season page shows the matchday
    at.switch_page(SEASON).run()
    assert not at.exception
    at.selectbox(key="fbkb.saison.saison").select("2014/15").run()
    games = table_with(at, "Gegner", "Ergebnis", "Spieltag")
    pauli = games[games["Gegner"] == "FC St. Pauli"].iloc[0]
    assert (pauli["Ergebnis"], pauli["Datum"], pauli["Spieltag"]) == ("0:2", "2015-05-09", 32)


def test_quality_page_with_a_missing_reference_folder(tmp_path):
    corpus = K.write(tmp_path / "corpus", K.COACH_CHANGE)
    at = run(QUALITY, corpus, referenz=str(tmp_path / "gibt-es-nicht"))
    assert any("nicht gefunden" in w.value for w in at.warning)
    assert "Die Artikel widersprechen sich nirgends." in texts(at)


def test_quality_page_on_the_sample():
    at = run(QUALITY)
    assert at.title[0].value == "Datenqualität"
    assert {m.label for m in at.metric} >= {"Spiele", "Konflikte", "Markierte Datumszeilen"}
