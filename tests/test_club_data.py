"""Validation of the club lexicon (`lib/data/clubs.json`) and the first-name list (`lib/data/first_names.txt`).

The coverage test reads the OpenLigaDB reference CSVs from `../shared` (next to the repo); the
product itself never does.
"""
from __future__ import annotations

import csv
import json
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "lib" / "data"
OPENLIGADB = REPO.parent / "shared" / "reference" / "openligadb"

LIST_FIELDS = ("aliases", "nicknames", "demonyms", "stadiums")
SURFACE_FIELDS = ("aliases", "nicknames", "demonyms")


@pytest.fixture(scope="module")
def clubs() -> list[dict]:
    return json.loads((DATA / "clubs.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def by_name(clubs) -> dict[str, dict]:
    return {c["name"]: c for c in clubs}


@pytest.fixture(scope="module")
def surfaces(clubs) -> dict[str, set[str]]:
    """surface form -> canonical names it may stand for (name, aliases, nicknames, demonyms)."""
    out: dict[str, set[str]] = defaultdict(set)
    for c in clubs:
        for form in [c["name"], *c["aliases"], *c["nicknames"], *c["demonyms"]]:
            out[form].add(c["name"])
    return out


@pytest.fixture(scope="module")
def first_names() -> list[str]:
    return (DATA / "first_names.txt").read_text(encoding="utf-8").splitlines()


def forms(club: dict, fields=SURFACE_FIELDS) -> set[str]:
    return {club["name"], *(f for field in fields for f in club[field])}


def resolves(surfaces, form: str, canonical: str) -> bool:
    return canonical in surfaces.get(form, set())


# (a) structure --------------------------------------------------------------------------------

def test_clubs_json_structure(clubs):
    assert isinstance(clubs, list) and len(clubs) > 200
    for c in clubs:
        assert set(c) == {"name", "aliases", "nicknames", "demonyms", "city", "country", "kind", "stadiums"}, c
        assert isinstance(c["name"], str) and c["name"].strip() == c["name"] and c["name"], c
        for field in LIST_FIELDS:
            values = c[field]
            assert isinstance(values, list), (c["name"], field)
            assert all(isinstance(v, str) and v and v.strip() == v for v in values), (c["name"], field, values)
            assert len(values) == len(set(values)), (c["name"], field, "duplicates")
            assert all(unicodedata.normalize("NFC", v) == v for v in values), (c["name"], field)
        assert c["name"] not in c["aliases"], c["name"]
        assert c["kind"] in ("club", "national"), c
        assert isinstance(c["country"], str) and c["country"].isupper() and 2 <= len(c["country"]) <= 3, c
        if c["kind"] == "national":
            assert c["city"] is None, c["name"]
        else:
            assert isinstance(c["city"], str) and c["city"], c["name"]


def test_canonical_names_unique_and_sorted(clubs):
    names = [c["name"] for c in clubs]
    assert len(names) == len(set(names))
    keys = [(c["country"], c["name"].casefold()) for c in clubs]
    assert keys == sorted(keys), "clubs.json must be sorted by country, then name"


def test_no_surface_is_another_entrys_canonical_name(clubs, by_name):
    for c in clubs:
        for form in forms(c) - {c["name"]}:
            assert form not in by_name, f"{form!r} of {c['name']!r} is the canonical name of another entry"


def test_single_token_surfaces_are_capitalised(clubs):
    for c in clubs:
        for form in forms(c):
            if " " not in form:
                assert form[0].isupper() or form[0].isdigit(), (c["name"], form)


# words that must never be a club surface form on their own: ordinary German nouns / football words
NOT_SURFACES = {"Energie", "Roten", "Rote", "Essen", "Standard", "Villa", "Horn", "Club", "Nationalelf",
                "Mannschaft", "Elf", "Verein", "Team", "Sieger", "Meister", "United", "City", "Deutschen",
                "Deutsche", "Altstadt", "Gala", "Sheriff"}


def test_no_ordinary_words_as_surfaces(surfaces):
    bad = sorted(NOT_SURFACES & set(surfaces))
    assert not bad, bad


def test_ambiguous_aliases_listed_on_every_club(surfaces):
    shared = {
        "Eintracht": {"Eintracht Frankfurt", "Eintracht Braunschweig", "Eintracht Trier"},
        "Borussia": {"Borussia Dortmund", "Borussia Mönchengladbach"},
        "Fortuna": {"Fortuna Düsseldorf", "Fortuna Köln"},
        "Austria": {"FK Austria Wien", "SK Austria Klagenfurt", "SC Austria Lustenau"},
        "Hamburger": {"Hamburger SV", "FC St. Pauli"},
        "Kickers": {"Stuttgarter Kickers", "Kickers Offenbach", "Würzburger Kickers", "Kickers Emden"},
        "VfL": {"VfL Bochum", "VfL Wolfsburg", "VfL Osnabrück"},
        "Viktoria": {"FC Viktoria Köln", "FC Viktoria 1889 Berlin"},
        "Rot-Weiss": {"Rot-Weiss Essen", "Rot-Weiss Ahlen", "Rot-Weiss Oberhausen", "FC Rot-Weiß Erfurt"},
        "Wiener": {"SK Rapid Wien", "FK Austria Wien"},
        "Kölner": {"1. FC Köln", "Fortuna Köln", "FC Viktoria Köln"},
        "Berliner": {"Hertha BSC", "1. FC Union Berlin"},
        "FCB": {"FC Bayern München", "FC Basel"},
    }
    for form, expected in shared.items():
        assert expected <= surfaces.get(form, set()), (form, surfaces.get(form))


def test_press_forms(surfaces):
    expected = {
        "Bayern": "FC Bayern München", "FC Bayern": "FC Bayern München", "Bayern München": "FC Bayern München",
        "Bayerns": "FC Bayern München", "BVB": "Borussia Dortmund", "Dortmund": "Borussia Dortmund",
        "Dortmunds": "Borussia Dortmund", "Gladbach": "Borussia Mönchengladbach",
        "Mönchengladbach": "Borussia Mönchengladbach", "HSV": "Hamburger SV", "Hertha": "Hertha BSC",
        "Schalke": "FC Schalke 04", "S04": "FC Schalke 04", "Schalkes": "FC Schalke 04",
        "Königsblauen": "FC Schalke 04", "FCK": "1. FC Kaiserslautern", "Lautern": "1. FC Kaiserslautern",
        "Kaiserslauterns": "1. FC Kaiserslautern", "Roten Teufel": "1. FC Kaiserslautern",
        "Pfälzer": "1. FC Kaiserslautern", "Bochumer": "VfL Bochum", "Bochums": "VfL Bochum",
        "Schalker": "FC Schalke 04", "Auer": "Erzgebirge Aue", "Veilchen": "Erzgebirge Aue",
        "Union": "1. FC Union Berlin", "Eisernen": "1. FC Union Berlin", "St. Pauli": "FC St. Pauli",
        "Lilien": "SV Darmstadt 98", "Werkself": "Bayer Leverkusen", "Fohlen": "Borussia Mönchengladbach",
        "Geißböcke": "1. FC Köln",
    }
    for form, canonical in expected.items():
        assert resolves(surfaces, form, canonical), (form, canonical, surfaces.get(form))


def test_stadiums(by_name):
    assert {"Ruhrstadion", "Vonovia Ruhrstadion"} <= set(by_name["VfL Bochum"]["stadiums"])
    assert {"An der Alten Försterei", "Alte Försterei", "Stadion An der Alten Försterei"} <= set(
        by_name["1. FC Union Berlin"]["stadiums"])
    assert {"Millerntor", "Millerntor-Stadion"} <= set(by_name["FC St. Pauli"]["stadiums"])
    assert "Allianz Arena" in by_name["FC Bayern München"]["stadiums"]
    assert {"Signal Iduna Park", "Westfalenstadion"} <= set(by_name["Borussia Dortmund"]["stadiums"])
    assert {"Fritz-Walter-Stadion", "Betzenberg"} <= set(by_name["1. FC Kaiserslautern"]["stadiums"])
    assert "Allianz Stadion" in by_name["SK Rapid Wien"]["stadiums"]
    assert "Generali Arena" in by_name["FK Austria Wien"]["stadiums"]
    assert "Red Bull Arena" in by_name["Red Bull Salzburg"]["stadiums"]


# (b) coverage of the OpenLigaDB teams ------------------------------------------------------------

def read_openligadb() -> dict[str, set[str]]:
    """team spelling -> Team_Short values, from all *_overall.csv and *_final_table.csv."""
    if not OPENLIGADB.is_dir():
        pytest.skip(f"reference data not found at {OPENLIGADB}")
    teams: dict[str, set[str]] = defaultdict(set)
    files = sorted(OPENLIGADB.glob("*_overall.csv")) + sorted(OPENLIGADB.glob("*_final_table.csv"))
    assert len(files) >= 6, files
    for path in files:
        pairs = (("Home_Team", "Home_Team_Short"), ("Guest_Team", "Guest_Team_Short"), ("Team", "Team_Short"))
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle):
                for name_col, short_col in pairs:
                    name = (row.get(name_col) or "").strip()
                    if name:
                        short = (row.get(short_col) or "").strip()
                        teams[name].update([short] if short else [])
    return teams


def test_every_openligadb_team_is_known(clubs, by_name):
    teams = read_openligadb()
    assert len(teams) > 80
    for team, shorts in sorted(teams.items()):
        owners = [c for c in clubs if c["country"] == "DE" and (c["name"] == team or team in c["aliases"])]
        assert len(owners) == 1, f"{team!r}: {[c['name'] for c in owners]}"
        club = owners[0]
        assert club["kind"] == "club"
        # canonical names are OpenLigaDB spellings
        assert club["name"] in teams, club["name"]
        for short in shorts:
            assert short == club["name"] or short in club["aliases"], (team, short)


# (c) reserve teams ----------------------------------------------------------------------------------

RESERVES = {
    "FC Bayern München II": "FC Bayern München",
    "Borussia Dortmund II": "Borussia Dortmund",
    "VfB Stuttgart II": "VfB Stuttgart",
    "SC Freiburg II": "SC Freiburg",
    "Hannover II": "Hannover 96",
    "Werder Bremen II": "Werder Bremen",
    "1. FSV Mainz 05 II": "1. FSV Mainz 05",
}


def test_reserve_teams_are_separate(by_name, surfaces):
    for reserve, first in RESERVES.items():
        assert reserve in by_name and first in by_name
        clash = forms(by_name[reserve]) & forms(by_name[first])
        assert not clash, (reserve, clash)
    for form in ("Bayern", "FC Bayern", "BVB", "Dortmund", "VfB", "Stuttgart", "Freiburg", "Werder", "Bremen",
                 "Hannover", "Mainz"):
        assert not any(owner in RESERVES for owner in surfaces[form]), form


def test_every_reserve_entry_is_disjoint_from_its_first_team(clubs, by_name):
    for c in clubs:
        if c["name"].endswith(" II"):
            base = c["name"][:-3]
            firsts = [f for f in clubs if not f["name"].endswith(" II")
                      and (f["name"] == base or base in f["aliases"])]
            assert firsts, c["name"]
            for first in firsts:
                assert not forms(c) & forms(first), (c["name"], first["name"], forms(c) & forms(first))


# (d) other leagues, Europe, national teams -------------------------------------------------------------

def test_austria_and_switzerland(clubs, surfaces):
    at = {c["name"] for c in clubs if c["country"] == "AT" and c["kind"] == "club"}
    ch = {c["name"] for c in clubs if c["country"] == "CH" and c["kind"] == "club"}
    assert len(at) >= 20 and len(ch) >= 12
    for form in ("Salzburg", "RB Salzburg", "FC Red Bull Salzburg", "Rapid", "SK Rapid Wien", "FK Austria Wien",
                 "Sturm Graz", "LASK", "WAC", "Wolfsberger AC", "Hartberg", "Altach", "Rheindorf Altach", "WSG Tirol",
                 "SV Ried", "Austria Klagenfurt", "Blau-Weiß Linz", "GAK", "Grazer AK", "Austria Lustenau", "Admira",
                 "St. Pölten", "Liefering", "SV Horn", "First Vienna"):
        assert surfaces.get(form, set()) & at, form
    for form in ("FC Basel", "Young Boys", "YB", "FC Zürich", "Grasshoppers", "GC", "FC St. Gallen", "FC Luzern",
                 "FC Lugano", "Servette", "FC Sion", "FC Winterthur", "Lausanne-Sport", "Yverdon", "FC Thun"):
        assert surfaces.get(form, set()) & ch, form


def test_european_clubs(clubs, surfaces):
    europe = {c["name"] for c in clubs if c["kind"] == "club" and c["country"] not in ("DE", "AT", "CH", "LI")}
    assert len(europe) >= 60, len(europe)
    for form in ("Real Madrid", "FC Barcelona", "Barca", "Barça", "Atlético Madrid", "Sevilla", "Valencia",
                 "Villarreal", "Athletic Bilbao", "Manchester United", "Manchester City", "Liverpool", "Chelsea",
                 "Arsenal", "Tottenham", "Newcastle", "Aston Villa", "Juventus Turin", "Juve", "Inter Mailand",
                 "Inter", "AC Mailand", "AC Milan", "Milan", "SSC Neapel", "Neapel", "AS Rom", "AS Roma",
                 "Lazio Rom", "Atalanta Bergamo", "Paris Saint-Germain", "PSG", "Olympique Marseille", "Lyon",
                 "Monaco", "Lille", "Ajax Amsterdam", "PSV Eindhoven", "Feyenoord Rotterdam", "Benfica Lissabon",
                 "FC Porto", "Sporting Lissabon", "Celtic Glasgow", "Glasgow Rangers", "Galatasaray", "Fenerbahce",
                 "Besiktas", "Club Brügge", "RSC Anderlecht", "Schachtar Donezk", "Dynamo Kiew", "Roter Stern Belgrad",
                 "Dinamo Zagreb", "Slavia Prag", "Sparta Prag", "Olympiakos Piräus", "Panathinaikos", "FC Kopenhagen",
                 "Bodø/Glimt"):
        assert surfaces.get(form, set()) & europe, form


def test_national_teams(clubs, by_name, surfaces):
    nations = {c["name"] for c in clubs if c["kind"] == "national"}
    assert len(nations) >= 50, len(nations)
    for name in ("Deutschland", "Österreich", "Schweiz", "Frankreich", "Niederlande", "England", "Spanien", "Italien",
                 "Portugal", "Belgien", "Kroatien", "Dänemark", "Schweden", "Norwegen", "Polen", "Tschechien", "Ungarn",
                 "Serbien", "Türkei", "Schottland", "Wales", "Irland", "Nordirland", "Ukraine", "Griechenland",
                 "Rumänien", "Slowakei", "Slowenien", "Island", "Finnland", "Georgien", "Albanien",
                 "Bosnien-Herzegowina", "Luxemburg", "Liechtenstein", "Brasilien", "Argentinien", "Uruguay",
                 "Kolumbien", "Mexiko", "USA", "Kanada", "Japan", "Südkorea", "Australien", "Marokko", "Senegal",
                 "Nigeria", "Ghana", "Kamerun", "Ägypten", "Saudi-Arabien", "Iran", "Katar"):
        assert name in nations, name
    for form, nation in {"DFB-Team": "Deutschland", "DFB-Elf": "Deutschland", "ÖFB-Team": "Österreich",
                         "ÖFB-Elf": "Österreich", "Nati": "Schweiz", "Équipe Tricolore": "Frankreich",
                         "Oranje": "Niederlande", "Elftal": "Niederlande", "Three Lions": "England",
                         "Squadra Azzurra": "Italien", "Franzosen": "Frankreich", "Österreicher": "Österreich",
                         "Schweizer": "Schweiz", "Niederländer": "Niederlande", "Spanier": "Spanien"}.items():
        assert resolves(surfaces, form, nation), form
    assert "Nationalelf" not in surfaces


# (e) first names ---------------------------------------------------------------------------------------

FORBIDDEN_FIRST_NAMES = {"Sieger", "Tor", "Tore", "Mark", "Winter", "Sommer", "Weiß", "Fuchs", "König", "Hahn", "Bank",
                         "Platz", "Christ", "Ernst", "Wolf", "Gift", "Junior", "August", "Mai", "Per", "Milan"}


def test_first_names(first_names, surfaces):
    assert all(line == line.strip() and line for line in first_names), "no blank lines or padding"
    assert not any(line.startswith("#") for line in first_names)
    unique = set(first_names)
    assert len(unique) >= 1500, len(unique)
    assert len(unique) == len(first_names), "duplicates"
    for name in ("Torsten", "Jan-Philipp", "Miroslav", "Hans-Joachim", "Karl-Heinz", "Kerem", "Mërgim", "Dejan",
                 "Nikola", "Ermedin", "Amadou", "Sébastien", "Jérôme", "Łukasz", "Björn", "Sören", "Jürgen", "Frank",
                 "Hans"):
        assert name in unique, name
    assert not unique & FORBIDDEN_FIRST_NAMES, sorted(unique & FORBIDDEN_FIRST_NAMES)
    assert not [n for n in unique if not n[0].isupper() or n.endswith((".", ","))]
    assert all(unicodedata.normalize("NFC", n) == n for n in unique)
    # a first name must not also be a club surface form (alias, nickname, demonym)
    assert not unique & set(surfaces), sorted(unique & set(surfaces))


def test_no_word_list_names_a_word_twice():
    """A repeated entry hides which list a word was meant for when one copy is edited."""
    def repeats(value, key):
        if isinstance(value, dict):
            return [r for k, v in value.items() for r in repeats(v, f"{key}.{k}")]
        if isinstance(value, list) and len(set(map(str, value))) < len(value):
            return [key]
        return []
    words = json.loads((DATA / "words.json").read_text(encoding="utf-8"))
    assert [r for key, value in words.items() for r in repeats(value, key)] == []
