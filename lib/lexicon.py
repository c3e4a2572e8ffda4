"""Data files of the rule components (`lib/data/`), loaded once per process."""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Club:
    name: str
    aliases: tuple[str, ...]
    nicknames: tuple[str, ...]
    demonyms: tuple[str, ...]
    city: str | None
    country: str | None
    kind: str  # "club" or "national"
    stadiums: tuple[str, ...]


RANK_PREFIX = "Tabellen"  # "Tabellenzweiter", "Tabellenführung": rank words, never clubs or names
# endings of a German adjective before a noun ("die linke Seite", "aus kurzer Distanz"); without the
# bare "e", only the declined ones ("köpfte Hemlein": a verb in -e is no adjective)
ADJECTIVE_ENDINGS = ("e", "en", "em", "er", "es")
DECLINED_ADJECTIVE_ENDINGS = ADJECTIVE_ENDINGS[1:]  # without the bare "-e"


@dataclass(frozen=True)
class ClubIndex:
    """Lookups from surface forms to canonical club names."""

    clubs: dict[str, Club]
    surfaces: dict[str, tuple[tuple[str, str], ...]]  # surface -> ((canonical, how), ...)
    cities: dict[str, tuple[str, ...]]  # city -> canonical names
    stadiums: dict[str, tuple[str, ...]]  # stadium surface -> canonical names of the clubs playing there

    def candidates(self, surface: str) -> tuple[tuple[str, str], ...]:
        return self.surfaces.get(surface, ())


@cache
def words() -> dict[str, Any]:
    return json.loads((DATA_DIR / "words.json").read_text(encoding="utf-8"))


@cache
def word_set(key: str) -> frozenset[str]:
    """A word list from words.json as a set (for `..._suffixes`/`..._prefixes` keys: lower-cased)."""
    values = words()[key]
    if isinstance(values, dict):
        values = [w for group in values.values() for w in group] if all(
            isinstance(v, list) for v in values.values()) else list(values)
    return frozenset(values)


@cache
def lower_set(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in word_set(key))


@cache
def word_list(key: str) -> tuple[str, ...]:
    """A word list from words.json in its order (phrases a rule looks for one after the other)."""
    return tuple(words()[key])


@cache
def first_names() -> frozenset[str]:
    path = DATA_DIR / "first_names.txt"
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    names = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    return frozenset(names | {fold_accents(n) for n in names})


@cache
def country_cities() -> dict[str, str]:
    """City -> country code of the national team that plays at home there ('Ljubljana' -> 'SI')."""
    raw = json.loads((DATA_DIR / "country_cities.json").read_text(encoding="utf-8"))
    return {city: code for code, cities in raw.items() if not code.startswith("_") for city in cities}


def fold_accents(text: str) -> str:
    """'René' -> 'Rene': names are often written without their accents."""
    import unicodedata
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def feminine_forms(nouns: frozenset[str]) -> frozenset[str]:
    """'Kapitän' -> 'Kapitänin', 'Torschütze' -> 'Torschützin': the feminine forms of role nouns."""
    return frozenset((noun[:-1] if noun.endswith("e") else noun) + "in" for noun in nouns if noun[:1].isupper())


def feminine_demonyms(demonyms: tuple[str, ...]) -> tuple[str, ...]:
    """'Frankfurter' -> 'Frankfurterinnen': women's teams are called by the feminine plural."""
    return tuple(d + "innen" for d in demonyms if d.endswith("er") and d[:1].isupper())


def declined_forms(form: str) -> tuple[str, ...]:
    """'Hallescher FC' -> 'Halleschen FC': a club named by a true adjective declines it ("beim
    Halleschen FC"); city adjectives in -er ("Karlsruher SC") never change."""
    first, _, rest = form.partition(" ")
    if rest and first.endswith("scher") and first[:1].isupper():
        return (f"{first[:-1]}n {rest}",)
    return ()


def national_team_forms(club: Club) -> tuple[str, ...]:
    """'deutsche U21-Nationalmannschaft', 'deutsche U21': a national team's youth sides (and other
    nouns for the senior team: 'deutsche Fußball-Nationalmannschaft', 'deutsche Elf'), named after
    its 'deutsche Nationalmannschaft' aliases (the country stands for them: the article's context
    tells the age group)."""
    if club.kind != "national":
        return ()
    adjectives = [alias.split()[0] for alias in club.aliases
                  if alias.endswith(" Nationalmannschaft") and len(alias.split()) == 2]
    youth = (form for adjective in adjectives for group in words()["youth_team_groups"]
             for form in (f"{adjective} {group}-Nationalmannschaft", f"{adjective} {group}"))
    # "die deutsche Fußball-Nationalmannschaft", "die deutsche Elf": other nouns for the senior team
    senior = (f"{adjective} {noun}" for adjective in adjectives for noun in words()["national_team_nouns"])
    return (*youth, *senior)


@cache
def club_index() -> ClubIndex:
    raw = json.loads((DATA_DIR / "clubs.json").read_text(encoding="utf-8"))
    clubs: dict[str, Club] = {}
    surfaces: dict[str, list[tuple[str, str]]] = defaultdict(list)
    cities: dict[str, list[str]] = defaultdict(list)
    stadiums: dict[str, list[str]] = defaultdict(list)
    for entry in raw:
        club = Club(
            name=entry["name"], aliases=tuple(entry.get("aliases") or ()),
            nicknames=tuple(entry.get("nicknames") or ()), demonyms=tuple(entry.get("demonyms") or ()),
            city=entry.get("city"), country=entry.get("country"), kind=entry.get("kind") or "club",
            stadiums=tuple(entry.get("stadiums") or ()))
        clubs[club.name] = club
        declined = tuple(d for form in (club.name, *club.aliases) for d in declined_forms(form)) + national_team_forms(club)
        for how, forms in (("name", (club.name,)), ("alias", club.aliases + declined), ("nick", club.nicknames),
                           ("demonym", club.demonyms + feminine_demonyms(club.demonyms))):
            for form in forms:
                form = form.strip()
                if form and (club.name, how) not in surfaces[form] and all(c != club.name for c, _ in surfaces[form]):
                    surfaces[form].append((club.name, how))
        if club.city and club.kind == "club":
            cities[club.city].append(club.name)
        for stadium in club.stadiums:
            stadiums[stadium].append(club.name)  # "Tivoli": Wacker Innsbruck's and Alemannia Aachen's
    return ClubIndex(clubs=clubs, surfaces={k: tuple(v) for k, v in surfaces.items()},
                     cities={k: tuple(v) for k, v in cities.items()},
                     stadiums={k: tuple(v) for k, v in stadiums.items()})


# keys whose words stay possible names: other sports' clubs and club nouns ("Sportverein", "BC") are parts of
# unknown club names; seasons of the year ("Sommer", "Winter"), distances ("Polster") and occasions ("Start",
# "Ende") are surnames too; league sizes hold country codes
NOT_VOCABULARY_KEYS = ("_about", "other_sport_clubs", "club_nouns_after_place", "seasons_of_year", "distance_nouns",
                       "occasion_nouns", "pitch_and_crowd_nouns", "league_sizes")


@cache
def vocabulary() -> frozenset[str]:
    """Every word of words.json: words the rules know, which are therefore not names."""
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, str):
            found.update(value.replace("+", " ").split())
        elif isinstance(value, dict):
            for key, item in value.items():
                if not key.startswith("_"):
                    walk(key if isinstance(item, (int, float)) else item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk({k: v for k, v in words().items() if not k.endswith("_suffixes") and k not in NOT_VOCABULARY_KEYS})
    return frozenset(w for w in found if w[:1].isupper())
