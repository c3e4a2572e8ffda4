"""One fact per real-world event: mentions (the extractor's rows, one per article) -> entities.

    import lib
    from lib.consolidate import consolidate
    kb = consolidate(lib.extract(["data/sample"]))            # optional: reference=lib.reference.load(...)
    kb.matches            # one row per real match, `sources` lists the articles
    kb.match_mentions     # every extracted match row with its `entity_id` (mention -> entity)
    kb.conflicts          # what the sources disagree about (kept, never resolved silently)

Entities and their keys
- Matches: season + unordered team pair (+ date where known). Mentions of one pair are
  clustered by date: a mention with its own date in the text joins a match within 2 days; a
  mention dated only by its article (the extractor puts the article's date into
  `matches.date` when the text gives none; "gestern"/"am Samstag" are already resolved)
  reported the match on or after it, so it joins the nearest match of the 10 days before
  its article (the same report, the next-day analysis, the preview of the next game), or
  an earlier match with the same result (a look-back). Two different results of one pair
  in the SAME article are two matches (first and second leg); two ordered mentions with
  opposite home sides are two matches. A match key is `season|team A|team B|date`.
- Goals: match + scorer surname + minute (within 2 minutes: the same goal with a
  minute conflict); a goal without a minute joins the same scorer's goal of that match.
- Coach events: person + club + event + period (a new period starts after an opposite
  event, e.g. appointed - dismissed - appointed again).
- People: name variants ("Lieberknecht" ~ "Torsten Lieberknecht") by surname, preferring
  a full name that shares a club or an article with the short form; ambiguous short forms
  stay unlinked (listed in `unlinked_names`).

Conflicts: every disagreement between sources (result, half-time, minute, scorer, date) is a
row of `conflicts` and the entity's `conflict` flag is set. The displayed value is the
majority of the source articles, on a tie the most detailed source; `score_basis` /
`minute_basis` say which ("übereinstimmend", "Mehrheit 2 von 3", "ausführlichste Quelle",
"einzige Quelle").

With reference data (`lib.reference`), matches are linked to reference matches, which
fills matchday, exact date and venue, flags contradicted results, and flags article date
lines that contradict the content (`date_flags`).
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache
from types import SimpleNamespace
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from collections.abc import Iterable, Iterator
from typing import Any

import pandas as pd

from .schema import CLUB_COLUMNS, NAME_COLUMNS

TENURE_START = ("appointed", "interim")
TENURE_END = ("dismissed", "resigned", "left")
SEP = "; "

TEXT_WINDOW = 2  # days: two own dates of one match
REPORT_WINDOW = 10  # days: an article dated only by itself reports a match of the days before
LOOKBACK_DAYS = 400  # a look-back with the same result
GOAL_MINUTE_WINDOW = 2
COACH_TEXT_WINDOW = 45

BASIS_SINGLE = "einzige Quelle"
BASIS_UNANIMOUS = "übereinstimmend ({n} Quellen)"
BASIS_MAJORITY = "Mehrheit ({k} von {n} Quellen)"
BASIS_DETAIL = "ausführlichste Quelle (Gleichstand {counts})"

DATE_TEXT, DATE_ARTICLE, DATE_REFERENCE = "Text", "Artikeldatum", "Referenz"


# --------------------------------------------------------------------------------------------
# Small helpers


def _v(value: Any) -> Any:
    """NA -> None, numpy scalars -> Python."""
    if value is None:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        return value
    return value.item() if hasattr(value, "item") else value


def fold(text: Any) -> str:
    """Case- and accent-insensitive form: 'Schüßler' -> 'schussler' (None and NA -> ""). Used
    for names here and for searching in the dashboard."""
    if not isinstance(text, str):
        text = _v(text)
        if text is None:
            return ""
        text = str(text)
    text = text.casefold().replace("ß", "ss")
    if text.isascii():
        return text
    return unicodedata.normalize("NFKD", text).translate(_COMBINING_MARKS)


class _CombiningMarks(dict):
    """A `str.translate` table deleting every combining mark (what `unicodedata.combining`
    flags), filled per code point on first use: building it for all of Unicode up front costs
    a third of a second on a page's first visit."""

    def __missing__(self, cp: int) -> int | None:
        value = None if unicodedata.combining(chr(cp)) else cp
        self[cp] = value
        return value


_COMBINING_MARKS = _CombiningMarks()


def surname(name: Any) -> str:
    """Folded last name: 'Jan-Philipp Kalla' -> 'kalla', 'M. Lehmann' -> 'lehmann'."""
    name = _v(name)
    return _name_parts(str(name))[1] if name else ""


def given(name: Any) -> str:
    """Folded given name(s): 'Jan-Philipp Kalla' -> 'jan-philipp' ('' for a surname alone)."""
    name = _v(name)
    return _name_parts(str(name))[2] if name else ""


@lru_cache(maxsize=65536)
def _name_parts(name: str) -> tuple[str, str, str]:
    """(person key 'given|surname', surname, given name) of a name, folded: a name is looked up
    once per mention, it is split and folded once."""
    parts = name.split()
    sur = fold(parts[-1]).strip(".") if parts else ""
    first = fold(" ".join(parts[:-1])) if len(parts) > 1 else ""
    return f"{first}|{sur}", sur, first


def python_values(series: pd.Series) -> list[Any]:
    """The values of a series as plain Python objects, NA as None (`_v` of every cell, in one
    call: iterating Arrow-backed columns costs a Python call per cell)."""
    return series.to_numpy(dtype=object, na_value=None).tolist()


def _rows(frame: pd.DataFrame, columns: list[str]) -> Iterator[tuple]:
    """The rows of `columns` as tuples of Python values (NA as None)."""
    return zip(*(python_values(frame[column]) for column in columns))


def parse_date(value: Any) -> tuple[dt.date | None, str | None]:
    """'2024-03-02' -> (date, 'day'); '2024-03' -> (1 March, 'month'); else (None, None)."""
    value = _v(value)
    if not value:
        return None, None
    text = str(value)
    try:
        if len(text) >= 10:
            return dt.date.fromisoformat(text[:10]), "day"
        if len(text) == 7:
            return dt.date.fromisoformat(text + "-01"), "month"
    except ValueError:
        pass
    return None, None


def season_of(day: dt.date | None) -> str | None:
    if day is None:
        return None
    start = day.year if day.month >= 7 else day.year - 1
    return f"{start}/{(start + 1) % 100:02d}"


def _gap(a: tuple[dt.date, str], b: tuple[dt.date, str]) -> int:
    """Days between two dates; a month date is as close as its nearest day."""
    (da, pa), (db, pb) = a, b
    if pa == "month" or pb == "month":
        def span(d, p):
            if p != "month":
                return d, d
            nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
            return d, nxt - dt.timedelta(days=1)
        a0, a1 = span(da, pa)
        b0, b1 = span(db, pb)
        if a1 < b0:
            return (b0 - a1).days
        if b1 < a0:
            return (a0 - b1).days
        return 0
    return abs((da - db).days)


def _lag(later: tuple[dt.date, str], earlier: tuple[dt.date, str]) -> int:
    """Signed days from `earlier` to `later` (0 when a month date contains the other)."""
    gap = _gap(later, earlier)
    return gap if later[0] >= earlier[0] else -gap


def _join(values: Any) -> str:
    return SEP.join(dict.fromkeys(str(v) for v in values if v is not None))


def _basis(counts: Counter, n_sources: int, tie: bool) -> str:
    if n_sources <= 1:
        return BASIS_SINGLE
    if len(counts) == 1:
        return BASIS_UNANIMOUS.format(n=n_sources)
    if tie:
        return BASIS_DETAIL.format(counts=" : ".join(str(c) for _, c in counts.most_common()))
    return BASIS_MAJORITY.format(k=counts.most_common(1)[0][1], n=n_sources)


def _vote(values: list[tuple[Any, str, float]]) -> tuple[Any, Counter, bool]:
    """values: (value, article_id, detail) of the mentions that give a value. The value given
    by the most articles wins; on a tie the one of the most detailed mention."""
    per_article: dict[Any, set[str]] = defaultdict(set)
    best_detail: dict[Any, float] = defaultdict(float)
    for value, article, detail in values:
        per_article[value].add(article)
        best_detail[value] = max(best_detail[value], detail)
    counts = Counter({value: len(arts) for value, arts in per_article.items()})
    if not counts:
        return None, counts, False
    top = max(counts.values())
    leaders = [v for v, c in counts.items() if c == top]
    if len(leaders) == 1:
        return leaders[0], counts, False
    return max(leaders, key=lambda v: best_detail[v]), counts, True


# --------------------------------------------------------------------------------------------
# Result container


# the frames of a `Consolidated`, in the order of `items()`
FRAMES = ("matches", "match_mentions", "goals", "goal_mentions", "coach_events", "coach_mentions", "people",
          "person_mentions", "tenures", "conflicts", "date_flags", "unlinked_names", "reference_links")


@dataclass
class Consolidated:
    """Entities built from the frames; every entity lists its sources, every mention its entity."""

    matches: pd.DataFrame
    match_mentions: pd.DataFrame
    goals: pd.DataFrame
    goal_mentions: pd.DataFrame
    coach_events: pd.DataFrame
    coach_mentions: pd.DataFrame
    people: pd.DataFrame
    person_mentions: pd.DataFrame
    tenures: pd.DataFrame
    conflicts: pd.DataFrame
    date_flags: pd.DataFrame
    unlinked_names: pd.DataFrame
    reference_links: pd.DataFrame = field(default_factory=pd.DataFrame)
    has_reference: bool = False

    def items(self):
        for name in FRAMES:
            yield name, getattr(self, name)

    def confirmed_share(self) -> dict[str, Any]:
        """Share of extracted (consolidated) results the reference confirms."""
        m = self.matches
        if not self.has_reference or m.empty:
            return {"checked": 0, "confirmed": 0, "contradicted": 0, "unlinked": int(len(m)), "share": None}
        status = m["ref_status"].fillna("")
        confirmed = int((status == "bestätigt").sum())
        contradicted = int((status == "widersprochen").sum())
        checked = confirmed + contradicted
        return {"checked": checked, "confirmed": confirmed, "contradicted": contradicted,
                "unlinked": int(len(m) - checked), "total": int(len(m)),
                "share": confirmed / len(m) if len(m) else None,
                "share_of_linked": confirmed / checked if checked else None}


CONFLICT_COLUMNS = ["kind", "entity_id", "field", "values", "shown", "basis", "sources", "detail"]
DATE_FLAG_COLUMNS = ["article_id", "article_date", "kind", "detail", "evidence_date", "entity_id", "sources"]
UNLINKED_COLUMNS = ["name", "kind", "reason", "candidates", "article_id", "sources"]


# --------------------------------------------------------------------------------------------
# People


def _is_full_name(name: str) -> bool:
    """A given name and a surname ('Torsten Lieberknecht'), not a surname alone."""
    return " " in name.strip()


# Counts of a person's clubs and roles in plain dicts, not Counters: build_people takes about a
# tenth less time so (0.72 s against 0.85 s on the 10,000-article benchmark store; the same tables)
def _count(counts: dict[Any, int], value: Any) -> None:
    counts[value] = counts.get(value, 0) + 1


def _most_common(counts: dict[Any, int]) -> Any:
    """The value counted most often, on a tie the first counted (as `Counter.most_common(1)`)."""
    return max(counts, key=counts.__getitem__) if counts else None


def _by_count(counts: dict[Any, int]) -> list[Any]:
    """The values, most often counted first, ties in the order first counted (as
    `Counter.most_common()`: a stable sort)."""
    return sorted(counts, key=counts.__getitem__, reverse=True)


def _join_distinct(values: Any) -> str:
    """`_join` of values known to be distinct and not None (a sorted set, dict keys): no
    de-duplication pass."""
    return SEP.join(map(str, values))


@dataclass(slots=True)
class _Person:
    """A person (a full name) while the index is built. The counts keep the order values were
    first seen in: ties of the most common club and role go to the first seen."""

    person_id: str
    name: str  # the longest variant (the first seen of that length)
    variants: set[str] = field(default_factory=set)
    clubs: dict[str, int] = field(default_factory=dict)
    roles: dict[str, int] = field(default_factory=dict)
    articles: set[str] = field(default_factory=set)


_UNSEEN = object()  # `PersonIndex._alone` has no entry for the name yet
_IN_CONTEXT = object()  # the name's person depends on the article and clubs it is used with
_NO_CLUBS: frozenset[str] = frozenset()


class PersonIndex:
    """Name variants -> person ids. Full names are persons; a surname-only name joins the full
    name with that surname (preferring one seen in the same article, then the same club)."""

    def __init__(self) -> None:
        self.full: dict[str, _Person] = {}  # key (given|surname) -> person
        self.by_surname: dict[str, list[str]] = defaultdict(list)
        self.mentions: list[dict] = []
        self.unlinked: list[dict] = []
        # (surname, key, article, club) of every full name added with an article or club: the
        # source of `_surname_lookups`
        self._seen: list[tuple[str, str, str | None, str | None]] = []
        self._lookups: tuple[dict, dict] | None = None
        # name -> its person id where that does not depend on the article (a full name, a
        # surname of at most one person), else _IN_CONTEXT: every mention of a name looks the
        # index up once.
        self._alone: dict[str, Any] = {}

    def add_full_names(self, mentions: Iterable[tuple[str, str | None, str | None, str | None]]) -> None:
        """Add full names, (name, article, club, role) each, in order."""
        full, by_surname, seen = self.full, self.by_surname, self._seen
        for name, article, club, role in mentions:
            name = str(name)
            key, sur, g = _name_parts(name)
            if len(g.rstrip(".")) == 1:
                key = self._initial_key(key, sur, g)
            person = full.get(key)
            if person is None:
                person = full[key] = _Person(f"P:{key}", name)
                by_surname[sur].append(key)
                self._alone.clear()  # a new person: names may resolve differently now
                self._lookups = None
            if len(name) > len(person.name):
                person.name = name
            person.variants.add(name)
            if club:
                _count(person.clubs, club)
            if role:
                _count(person.roles, role)
            if article:
                person.articles.add(article)
            if club or article:
                seen.append((sur, key, article, club))

    def _initial_key(self, key: str, sur: str, g: str) -> str:
        """'M. Lehmann' / 'Marcel Lehmann': an initial joins the unique full first name."""
        same = [k for k in self.by_surname[sur] if k.split("|")[0][:1] == g[:1] and k != key]
        return same[0] if len(same) == 1 else key

    def _surname_lookups(self) -> tuple[dict[tuple, set[str]], dict[tuple, set[str]]]:
        """(surname, article) -> keys and (surname, club) -> keys, built when first needed and
        only for surnames of several persons: only those resolve by article or club (most
        surnames are one person's, and a set per mention costs more than the rest of the index)."""
        if self._lookups is None:
            shared = {sur for sur, keys in self.by_surname.items() if len(keys) > 1}
            by_article: dict[tuple, set[str]] = defaultdict(set)
            by_club: dict[tuple, set[str]] = defaultdict(set)
            for sur, key, article, club in self._seen:
                if sur in shared:
                    if article:
                        by_article[(sur, article)].add(key)
                    if club:
                        by_club[(sur, club)].add(key)
            self._lookups = by_article, by_club
        return self._lookups

    def resolve(self, name: Any, article: str | None = None, clubs: Any = None,
                club: str | None = None) -> str | None:
        """The person id of a name as used in `article` (None for an unlinked short name).
        `clubs` (the article's clubs) and `club` (the mention's own) are only consulted for a
        surname of several persons."""
        name = name if isinstance(name, str) else _v(name)
        if not name:
            return None
        name = str(name)
        pid = self._alone.get(name, _UNSEEN)
        if pid is _UNSEEN:
            pid = self._alone[name] = self._resolve_alone(name)
        if pid is not _IN_CONTEXT:
            return pid
        return self._resolve_in_context(_name_parts(name)[1], article, clubs or _NO_CLUBS, club)

    def _resolve_alone(self, name: str) -> Any:
        """The person id of a name wherever it is used, or _IN_CONTEXT."""
        if _is_full_name(name):
            key = _name_parts(name)[0]
            if key in self.full:
                return self.full[key].person_id
            g, sur = key.split("|")
            same = [k for k in self.by_surname.get(sur, []) if k.split("|")[0][:1] == g[:1]]
            return self.full[same[0]].person_id if len(same) == 1 else None
        sur = _name_parts(name)[1]
        candidates = self.by_surname.get(sur, [])
        if len(candidates) == 1:
            return self.full[candidates[0]].person_id
        if not candidates:
            return f"P:|{sur}"
        return _IN_CONTEXT

    def _resolve_in_context(self, sur: str, article: str | None, clubs: Any, club: str | None) -> str | None:
        """A surname of several persons: the one seen in the article, else the one of its clubs."""
        by_article, by_club = self._surname_lookups()
        in_article = by_article.get((sur, article), set()) if article else set()
        if len(in_article) == 1:
            return self.full[next(iter(in_article))].person_id
        all_clubs = [*clubs, club] if club else clubs
        in_club = set().union(*(by_club.get((sur, c), ()) for c in all_clubs))
        if len(in_club) == 1:
            return self.full[next(iter(in_club))].person_id
        return None

    def candidates(self, name: str) -> list[str]:
        return [self.full[k].name for k in self.by_surname.get(surname(name), [])]

    def display(self, person_id: str | None, fallback: Any = None) -> Any:
        if person_id:
            key = person_id[2:]
            if key in self.full:
                return self.full[key].name
        return _v(fallback)



def _article_clubs(frames) -> dict[str, set[str]]:
    """article id -> the clubs any fact of that article names."""
    pairs = pd.concat([getattr(frames, kind)[["article_id", column]].set_axis(["article_id", "club"], axis=1)
                       .astype(object) for kind, columns in CLUB_COLUMNS.items() for column in columns],
                      ignore_index=True)
    pairs = pairs[pairs["article_id"].notna() & pairs["club"].notna()].drop_duplicates()
    clubs: dict[str, set[str]] = defaultdict(set)
    for aid, club in zip(python_values(pairs["article_id"]), python_values(pairs["club"])):
        if club and aid:
            clubs[str(aid)].add(str(club))
    return clubs


# the role of the names of a frame of `NAME_COLUMNS`: `people` has a column `role`, the others one role each
NAME_ROLES = {"coach_events": "coach", "goals": "player", "quotes": None}


def _name_mentions(frames) -> list[tuple[str, str | None, str | None, str | None, str]]:
    """Every name a fact gives: (name, article, club, role, origin), in frame order."""
    names: list[tuple[str, str | None, str | None, str | None, str]] = []
    for origin, name_column in NAME_COLUMNS.items():
        frame = getattr(frames, origin)
        n = len(frame)
        club_column = CLUB_COLUMNS[origin][0] if origin in CLUB_COLUMNS else None  # the club of the name
        clubs = python_values(frame[club_column]) if club_column else [None] * n
        roles = [NAME_ROLES[origin]] * n if origin in NAME_ROLES else python_values(frame["role"])
        names += [(name, article, club, r, origin) for name, article, club, r in
                  zip(python_values(frame[name_column]), python_values(frame["article_id"]), clubs, roles) if name]
    return names


@dataclass(slots=True)
class _ShortForm:
    """A surname no full name is known for: a person of its own ('P:|surname')."""

    name: str  # the first spelling seen
    articles: set[str | None] = field(default_factory=set)
    clubs: dict[str, int] = field(default_factory=dict)
    roles: dict[str, int] = field(default_factory=dict)


PEOPLE_COLUMNS = ["person_id", "name", "variants", "role", "club", "clubs", "n_sources", "sources"]


def _variant_order(variant: str) -> tuple[int, str]:
    return len(variant), variant  # short to long: the same order in every run


def build_people(frames, article_clubs: dict[str, set[str]]) -> tuple[PersonIndex, pd.DataFrame, pd.DataFrame]:
    index = PersonIndex()
    names = _name_mentions(frames)
    full = [_is_full_name(name) for name, *_ in names]
    index.add_full_names(mention[:4] for mention, is_full in zip(names, full) if is_full)
    rows: list[tuple[str | None, str, str, str | None, str]] = []  # article_id, name, origin, person_id, how
    short_forms: dict[str, _ShortForm] = {}
    # a person's row lists every name and article that links to it: added to the person itself
    persons = {person.person_id: person for person in index.full.values()}
    for (name, article, club, role, origin), is_full in zip(names, full):
        if is_full:  # a full name resolves without its article's clubs
            pid = index.resolve(name)
            how = "voller Name"
        else:
            pid = index.resolve(name, article, article_clubs.get(article or "", _NO_CLUBS), club)
            how = "Nachname" if pid and not pid.startswith("P:|") else "nur Nachname"
        if pid is None:
            how = "mehrdeutig"
            index.unlinked.append({"name": name, "kind": "Person", "reason": "Nachname passt zu mehreren Personen",
                                   "candidates": _join(index.candidates(name)), "article_id": article,
                                   "sources": article})
        else:
            person = persons.get(pid)
            if person is not None:
                person.variants.add(name)
                if article:
                    person.articles.add(article)
            if pid.startswith("P:|"):
                form = short_forms.get(pid)
                if form is None:
                    form = short_forms[pid] = _ShortForm(name)
                form.articles.add(article)
                if club:
                    _count(form.clubs, club)
                if role:
                    _count(form.roles, role)
        rows.append((article, name, origin, pid, how))
    mentions = pd.DataFrame(rows, columns=["article_id", "name", "origin", "person_id", "how"]).drop_duplicates()
    short_articles = {pid: sorted(a for a in form.articles if a) for pid, form in short_forms.items()}
    for pid, form in short_forms.items():
        articles = short_articles[pid]
        index.unlinked.append({"name": form.name, "kind": "Person", "reason": "nur Nachname, kein voller Name bekannt",
                               "candidates": "", "article_id": articles[0] if articles else None,
                               "sources": _join_distinct(articles)})
    people_rows = []
    for person in index.full.values():
        pid = person.person_id
        articles = sorted(person.articles)
        people_rows.append((pid, person.name, _join_distinct(sorted(person.variants, key=_variant_order)),
                            _most_common(person.roles), _most_common(person.clubs),
                            _join_distinct(_by_count(person.clubs)), len(articles), _join_distinct(articles)))
    for pid, form in short_forms.items():
        articles = short_articles[pid]
        people_rows.append((pid, form.name, form.name, _most_common(form.roles), _most_common(form.clubs),
                            _join_distinct(_by_count(form.clubs)), len(articles), _join_distinct(articles)))
    people = pd.DataFrame(people_rows, columns=PEOPLE_COLUMNS)
    return index, people, mentions


# --------------------------------------------------------------------------------------------
# Matches


MATCH_COLUMNS = ["entity_id", "season", "date", "date_source", "home_team", "away_team", "ordered",
                 "home_goals", "away_goals", "home_goals_ht", "away_goals_ht", "competition", "venue",
                 "attendance", "score_basis", "conflict", "conflict_note", "n_sources", "sources", "mention_ids",
                 "match_id", "article_id", "sent_start", "sent_end", "sentence",
                 "matchday", "ref_id", "ref_status", "ref_home_goals", "ref_away_goals", "ref_date", "ref_venue",
                 "ref_note", "season_extracted", "date_extracted"]


MATCH_FIELDS = ["match_id", "article_id", "home_team", "away_team", "home_goals", "away_goals", "home_goals_ht",
                "away_goals_ht", "ordered", "date", "season", "competition", "venue", "attendance", "sent_start",
                "sent_end", "sentence"]


def _match_mentions(frames) -> list[dict]:
    articles = {str(a): (d, s) for a, d, s in _rows(frames.articles, ["article_id", "date", "season"])}
    goal_counts = frames.goals["match_id"].value_counts().to_dict() if len(frames.goals) else {}
    out = []
    for values in _rows(frames.matches, MATCH_FIELDS):
        r = SimpleNamespace(**dict(zip(MATCH_FIELDS, values)))
        home, away = r.home_team, r.away_team
        aid = str(r.article_id)
        art_date, art_season = articles.get(aid, (None, None))
        date = r.date
        day = parse_date(date)
        if date is None:
            source = None
        elif art_date is not None and str(date) == str(art_date):
            source = DATE_ARTICLE
        else:
            source = DATE_TEXT
        hg, ag, hht, aht = r.home_goals, r.away_goals, r.home_goals_ht, r.away_goals_ht
        pair = tuple(sorted((str(home), str(away)))) if home and away else None
        flip = bool(pair and str(home) != pair[0])
        score = (None if hg is None or ag is None else ((ag, hg) if flip else (hg, ag)))
        ht = (None if hht is None or aht is None else ((aht, hht) if flip else (hht, aht)))
        detail = (sum(1 for x in (hht, r.venue, r.attendance, r.competition) if x is not None)
                  + min(int(goal_counts.get(r.match_id, 0)), 9) / 10 + (0.5 if source == DATE_TEXT else 0))
        out.append({"match_id": str(r.match_id), "article_id": aid, "home": home, "away": away,
                    "pair": pair, "ordered": r.ordered is not False, "score": score, "ht": ht,
                    "date": date, "day": day if day[0] else None, "date_source": source,
                    "season": r.season or art_season, "article_date": art_date,
                    "competition": r.competition, "venue": r.venue, "attendance": r.attendance,
                    "detail": detail, "sent_start": r.sent_start, "sent_end": r.sent_end,
                    "sentence": r.sentence})
    return out


class _Cluster:
    def __init__(self, pair):
        self.pair = pair
        self.members: list[dict] = []
        self.home: str | None = None  # home team from ordered mentions

    @property
    def text_days(self):
        return [m["day"] for m in self.members if m["date_source"] == DATE_TEXT and m["day"]]

    @property
    def day(self) -> tuple[dt.date, str] | None:
        days = self.text_days or [m["day"] for m in self.members if m["day"]]
        if not days:
            return None
        precise = [d for d in days if d[1] == "day"]
        return min(precise or days)

    @property
    def scores(self) -> set:
        return {m["score"] for m in self.members if m["score"] is not None}

    def compatible(self, m: dict) -> bool:
        if m["ordered"] and self.home is not None and m["home"] != self.home:
            return False
        for other in self.members:  # one article never reports two different results of one match
            if other["article_id"] == m["article_id"] and other["score"] != m["score"]:
                return False
        return True

    def add(self, m: dict) -> None:
        self.members.append(m)
        if m["ordered"] and self.home is None:
            self.home = m["home"]


def cluster_matches(mentions: list[dict]) -> list[list[dict]]:
    """Group the mentions of real matches (see the module doc)."""
    by_pair: dict[Any, list[dict]] = defaultdict(list)
    singles: list[list[dict]] = []
    for m in mentions:
        if m["pair"] is None:
            singles.append([m])
        else:
            by_pair[m["pair"]].append(m)
    groups: list[list[dict]] = []
    for pair, items in by_pair.items():
        clusters: list[_Cluster] = []
        text = sorted((m for m in items if m["date_source"] == DATE_TEXT and m["day"]), key=lambda m: m["day"][0])
        article = sorted((m for m in items if m["date_source"] == DATE_ARTICLE and m["day"]),
                         key=lambda m: m["day"][0])
        undated = [m for m in items if not m["day"]]
        for m in text:
            near = [c for c in clusters if c.compatible(m) and c.text_days
                    and min(_gap(m["day"], d) for d in c.text_days) <= TEXT_WINDOW]
            near.sort(key=lambda c: (m["score"] not in c.scores, min(_gap(m["day"], d) for d in c.text_days)))
            target = near[0] if near else None
            if target is None:
                target = _Cluster(pair)
                clusters.append(target)
            target.add(m)
        for m in article:
            day = m["day"]
            options = []
            for c in clusters:
                cday = c.day
                if cday is None or not c.compatible(m):
                    continue
                lag = _lag(day, cday)
                if lag < -1:
                    continue  # the article appeared before that match
                if lag <= REPORT_WINDOW:
                    options.append((0, m["score"] not in c.scores, lag, c))
                elif lag <= LOOKBACK_DAYS and m["score"] in c.scores:
                    options.append((1, False, lag, c))
            options.sort(key=lambda o: o[:3])
            target = options[0][3] if options else None
            if target is None:
                target = _Cluster(pair)
                clusters.append(target)
            target.add(m)
        for m in undated:
            same = [c for c in clusters if c.compatible(m) and m["score"] in c.scores]
            if len(same) == 1:
                same[0].add(m)
                continue
            target = _Cluster(pair)
            clusters.append(target)
            target.add(m)
        groups += [c.members for c in clusters]
    return groups + singles


def _match_entity(members: list[dict], conflicts: list[dict], prefer: Any = None) -> dict:
    pair = members[0]["pair"]
    articles = list(dict.fromkeys(m["article_id"] for m in members))
    n = len(articles)
    best = max(members, key=lambda m: m["detail"])
    score, counts, tie = _vote([(m["score"], m["article_id"], m["detail"]) for m in members if m["score"]])
    basis = _basis(counts, len({m["article_id"] for m in members if m["score"]}), tie)
    if tie and prefer is not None and counts.get(prefer) == max(counts.values()):
        score = prefer
        basis = f"Gleichstand ({' : '.join(str(c) for _, c in counts.most_common())}), die Referenz bestätigt eines"
    notes = []
    agreeing = [m for m in members if m["score"] == score] or members
    best_agreeing = max(agreeing, key=lambda m: m["detail"])
    ht, ht_counts, ht_tie = _vote([(m["ht"], m["article_id"], m["detail"]) for m in members if m["ht"]])
    ordered = [m for m in members if m["ordered"]]
    if ordered:
        home = Counter(m["home"] for m in ordered).most_common(1)[0][0]
    else:
        home = best["home"]
    away = pair[1] if pair and home == pair[0] else (pair[0] if pair else best["away"])
    flip = bool(pair and home != pair[0])

    def oriented(s):
        return None if s is None else ((s[1], s[0]) if flip else s)

    def label(s):
        s = oriented(s)
        return f"{s[0]}:{s[1]}"

    text_days = [m["day"] for m in members if m["date_source"] == DATE_TEXT and m["day"]]
    all_days = [m["day"] for m in members if m["day"]]
    day = None
    source = None
    if text_days:
        day = _vote([(m["day"], m["article_id"], m["detail"]) for m in members
                     if m["date_source"] == DATE_TEXT and m["day"]])[0]
        source = DATE_TEXT
    elif all_days:
        precise = [d for d in all_days if d[1] == "day"]
        day, source = min(precise or all_days), DATE_ARTICLE
    date = None if day is None else (day[0].isoformat() if day[1] == "day" else day[0].isoformat()[:7])
    season = season_of(day[0]) if day else Counter(m["season"] for m in members if m["season"]).most_common(1)[0][0] \
        if any(m["season"] for m in members) else None
    entity_id = f"{season or '-'}|{pair[0] if pair else best['home']}|{pair[1] if pair else best['away']}|{date or '-'}"

    def pick(key):
        for m in sorted(agreeing, key=lambda m: -m["detail"]):
            if m[key] is not None:
                return m[key]
        for m in sorted(members, key=lambda m: -m["detail"]):
            if m[key] is not None:
                return m[key]
        return None

    def sources_of(pred):
        return _join(m["article_id"] for m in members if pred(m))

    if len(counts) > 1:
        notes.append("Ergebnis: " + ", ".join(f"{label(s)} ({c})" for s, c in counts.most_common()))
        conflicts.append({"kind": "Spiel", "entity_id": entity_id, "field": "Ergebnis",
                          "values": " | ".join(f"{label(s)}: {sources_of(lambda m, s=s: m['score'] == s)}"
                                               for s, _ in counts.most_common()),
                          "shown": label(score), "basis": basis, "sources": _join(articles), "detail": None})
    if len(ht_counts) > 1:
        notes.append("Halbzeit: " + ", ".join(f"{label(s)} ({c})" for s, c in ht_counts.most_common()))
        conflicts.append({"kind": "Spiel", "entity_id": entity_id, "field": "Halbzeit",
                          "values": " | ".join(f"{label(s)}: {sources_of(lambda m, s=s: m['ht'] == s)}"
                                               for s, _ in ht_counts.most_common()),
                          "shown": label(ht), "basis": _basis(ht_counts, sum(ht_counts.values()), ht_tie),
                          "sources": _join(articles), "detail": None})
    distinct_text = sorted({d for d in text_days if d[1] == "day"})
    if len(distinct_text) > 1:
        notes.append("Datum: " + ", ".join(d[0].isoformat() for d in distinct_text))
        conflicts.append({"kind": "Spiel", "entity_id": entity_id, "field": "Datum",
                          "values": " | ".join(f"{d[0].isoformat()}: "
                                               f"{sources_of(lambda m, d=d: m['day'] == d and m['date_source'] == DATE_TEXT)}"
                                               for d in distinct_text),
                          "shown": date, "basis": None, "sources": _join(articles), "detail": None})
    s = oriented(score)
    h = oriented(ht)
    return {"entity_id": entity_id, "season": season, "date": date, "date_source": source,
            "home_team": home, "away_team": away, "ordered": bool(ordered),
            "home_goals": s[0] if s else None, "away_goals": s[1] if s else None,
            "home_goals_ht": h[0] if h else None, "away_goals_ht": h[1] if h else None,
            "competition": pick("competition"), "venue": pick("venue"), "attendance": pick("attendance"),
            "score_basis": basis, "conflict": bool(notes), "conflict_note": "; ".join(notes) or None,
            "n_sources": n, "sources": _join(articles), "mention_ids": _join(m["match_id"] for m in members),
            "match_id": best_agreeing["match_id"], "article_id": best_agreeing["article_id"],
            "sent_start": best_agreeing["sent_start"], "sent_end": best_agreeing["sent_end"],
            "sentence": best_agreeing["sentence"],
            "season_extracted": season, "date_extracted": date, "_score": score}


def build_matches(frames, groups: list[list[dict]] | None = None, mentions: list[dict] | None = None,
                  prefer: dict[int, Any] | None = None):
    mentions = _match_mentions(frames) if mentions is None else mentions
    groups = cluster_matches(mentions) if groups is None else groups
    conflicts: list[dict] = []
    entities, mention_rows, seen = [], [], Counter()
    for i, members in enumerate(groups):
        e = _match_entity(members, conflicts, (prefer or {}).get(i))
        seen[e["entity_id"]] += 1
        if seen[e["entity_id"]] > 1:  # the same key for two clusters (e.g. two legs without dates)
            old = e["entity_id"]
            e["entity_id"] = f"{old}#{seen[old]}"
            for c in conflicts:
                if c["entity_id"] == old and c["sources"] == e["sources"]:
                    c["entity_id"] = e["entity_id"]
        entities.append(e)
        for m in members:
            mention_rows.append({"match_id": m["match_id"], "article_id": m["article_id"], "entity_id": e["entity_id"],
                                 "score": None if m["score"] is None else f"{m['score'][0]}:{m['score'][1]}",
                                 "agrees": m["score"] == e["_score"] if m["score"] else None,
                                 "date": m["date"], "date_source": m["date_source"], "article_date": m["article_date"],
                                 "season": m["season"], "sentence": m["sentence"],
                                 "sent_start": m["sent_start"], "sent_end": m["sent_end"]})
    matches = pd.DataFrame(entities).drop(columns=["_score"], errors="ignore") if entities else pd.DataFrame()
    matches = matches.reindex(columns=MATCH_COLUMNS)
    match_mentions = pd.DataFrame(mention_rows, columns=["match_id", "article_id", "entity_id", "score", "agrees",
                                                         "date", "date_source", "article_date", "season", "sentence",
                                                         "sent_start", "sent_end"])
    return matches, match_mentions, conflicts


# --------------------------------------------------------------------------------------------
# Goals


GOAL_COLUMNS = ["goal_entity_id", "entity_id", "team", "player", "person_id", "minute", "stoppage", "penalty",
                "own_goal", "minute_basis", "conflict", "conflict_note", "n_sources", "sources", "goal_id",
                "article_id", "sent_start", "sent_end", "sentence", "ref_confirmed"]


GOAL_FIELDS = ["goal_id", "article_id", "team", "player", "minute", "stoppage", "penalty", "own_goal",
               "sent_start", "sent_end", "sentence"]


def build_goals(frames, match_mentions: pd.DataFrame, matches: pd.DataFrame, people: PersonIndex,
                article_clubs: dict[str, set[str]]):
    conflicts: list[dict] = []
    entity_of = dict(zip(match_mentions["match_id"], match_mentions["entity_id"]))
    by_match: dict[str, list[dict]] = defaultdict(list)
    for mid, values in zip(python_values(frames.goals["match_id"]), _rows(frames.goals, GOAL_FIELDS)):
        g = dict(zip(GOAL_FIELDS, values))
        aid, player = g["article_id"], g["player"]
        eid = entity_of.get(mid) or f"ohne Spiel|{aid}|{mid}"
        g.update(person_id=people.resolve(player, aid, article_clubs.get(aid, _NO_CLUBS)) if player else None,
                 surname=_name_parts(player)[1] if player else "", penalty=bool(g["penalty"]),
                 own_goal=bool(g["own_goal"]))
        by_match[eid].append(g)
    goals, mention_rows = [], []
    for eid, items in by_match.items():
        match_goals: list[dict] = []  # the goals of this match (not a scan of all goals: linear time)
        clusters: list[list[dict]] = []
        items = sorted(items, key=lambda g: (g["minute"] is None, g["minute"] or 0))
        for g in items:
            target = None
            for c in clusters:
                same_scorer = (g["person_id"] and g["person_id"] == c[0]["person_id"]) or (
                    g["surname"] and g["surname"] == c[0]["surname"])
                if not same_scorer:
                    continue
                teams = {x["team"] for x in c if x["team"]}
                if g["team"] and teams and g["team"] not in teams:
                    continue
                minutes = [x["minute"] for x in c if x["minute"] is not None]
                if g["minute"] is None or not minutes:
                    ok = not any(x["article_id"] == g["article_id"] for x in c)
                else:
                    near = min(abs(g["minute"] - mm) for mm in minutes)
                    ok = near == 0 or (near <= GOAL_MINUTE_WINDOW
                                       and not any(x["article_id"] == g["article_id"] for x in c))
                if ok:
                    target = c
                    break
            if target is None:
                clusters.append([g])
            else:
                target.append(g)
        for c in clusters:
            detail = {x["goal_id"]: (x["minute"] is not None) + (x["team"] is not None) + len(x["player"] or "") / 100
                      for x in c}
            minute, counts, tie = _vote([((x["minute"], x["stoppage"]), x["article_id"], detail[x["goal_id"]])
                                         for x in c if x["minute"] is not None])
            best = max(c, key=lambda x: (detail[x["goal_id"]], (x["minute"], x["stoppage"]) == minute))
            player = max((x["player"] for x in c if x["player"]), key=len, default=None)
            team = Counter(x["team"] for x in c if x["team"]).most_common(1)[0][0] if any(x["team"] for x in c) else None
            minute_text = (f"{minute[0]}." + (f"+{minute[1]}" if minute and minute[1] else "")) if minute else None
            gid = f"{eid}|{team or '-'}|{c[0]['surname'] or '-'}|{minute_text or '-'}"
            notes = []
            if len(counts) > 1:
                notes.append("Minute: " + ", ".join(f"{m[0]}. ({n})" for m, n in counts.most_common()))
                conflicts.append({"kind": "Tor", "entity_id": gid, "field": "Minute",
                                  "values": " | ".join(f"{m[0]}.: {_join(x['article_id'] for x in c if x['minute'] == m[0])}"
                                                       for m, _ in counts.most_common()),
                                  "shown": minute_text, "basis": _basis(counts, sum(counts.values()), tie),
                                  "sources": _join(x["article_id"] for x in c), "detail": player})
            articles = list(dict.fromkeys(x["article_id"] for x in c))
            match_goals.append({"goal_entity_id": gid, "entity_id": eid, "team": team, "player": player,
                          "person_id": best["person_id"], "minute": minute[0] if minute else None,
                          "stoppage": minute[1] if minute else None,
                          "penalty": any(x["penalty"] for x in c), "own_goal": any(x["own_goal"] for x in c),
                          "minute_basis": _basis(counts, sum(counts.values()), tie) if counts else None,
                          "conflict": bool(notes), "conflict_note": "; ".join(notes) or None,
                          "n_sources": len(articles), "sources": _join(articles), "goal_id": best["goal_id"],
                          "article_id": best["article_id"], "sent_start": best["sent_start"],
                          "sent_end": best["sent_end"], "sentence": best["sentence"], "ref_confirmed": None})
            for x in c:
                mention_rows.append({"goal_id": x["goal_id"], "article_id": x["article_id"], "goal_entity_id": gid,
                                     "entity_id": eid})
        # a scorer conflict: the same minute of one match, different scorers in different articles
        goals.extend(match_goals)
        by_minute: dict[Any, list[dict]] = defaultdict(list)
        for g in match_goals:
            if g["minute"] is not None:
                by_minute[(g["minute"], g["stoppage"])].append(g)
        for minute, gs in by_minute.items():
            names = {g["player"] for g in gs}
            arts = [set(g["sources"].split(SEP)) for g in gs]
            if len(gs) > 1 and len(names) > 1 and not set.intersection(*arts):
                note = "Torschütze: " + ", ".join(f"{g['player']} ({g['sources']})" for g in gs)
                for g in gs:
                    g["conflict"] = True
                    g["conflict_note"] = "; ".join(x for x in (g["conflict_note"], note) if x)
                conflicts.append({"kind": "Tor", "entity_id": eid, "field": "Torschütze",
                                  "values": " | ".join(f"{g['player']}: {g['sources']}" for g in gs),
                                  "shown": None, "basis": None, "sources": _join(s for g in gs for s in g["sources"].split(SEP)),
                                  "detail": f"{minute[0]}. Minute"})
    out = pd.DataFrame(goals).reindex(columns=GOAL_COLUMNS)
    mentions = pd.DataFrame(mention_rows, columns=["goal_id", "article_id", "goal_entity_id", "entity_id"])
    return out, mentions, conflicts


# --------------------------------------------------------------------------------------------
# Coach events and tenures


COACH_COLUMNS = ["event_id", "person_id", "person", "club", "event", "date", "date_source", "first_date",
                 "last_date", "conflict", "conflict_note", "n_sources", "sources", "rumour_only", "rumour_sources",
                 "article_id", "sent_start",
                 "sent_end", "sentence"]


def build_coach_events(frames, people: PersonIndex, article_clubs: dict[str, set[str]]):
    conflicts: list[dict] = []
    articles = dict(zip(map(str, python_values(frames.articles["article_id"])), python_values(frames.articles["date"])))
    items = []
    rows = _rows(frames.coach_events, ["article_id", "person", "club", "event", "date", "sent_start", "sent_end",
                                       "sentence"])
    for i, (aid, person, club, event, date, sent_start, sent_end, sentence) in enumerate(rows):
        aid = str(aid)
        pid = people.resolve(person, aid, article_clubs.get(aid, _NO_CLUBS), club) if person else None
        text_day = parse_date(date)
        art_day = parse_date(articles.get(aid))
        day, source = (text_day, DATE_TEXT) if text_day[0] else ((art_day, DATE_ARTICLE) if art_day[0] else (None, None))
        items.append({"row": i, "article_id": aid, "person": person, "person_id": pid or f"?{fold(person)}",
                      "club": club, "event": event, "day": day, "date_source": source,
                      "sent_start": sent_start, "sent_end": sent_end, "sentence": sentence,
                      "rumour": is_rumour(sentence)})
    by_person: dict[tuple, list[dict]] = defaultdict(list)
    for it in items:
        by_person[(it["person_id"], it["club"])].append(it)
    entities, mention_rows = [], []
    for (pid, club), group in by_person.items():
        group.sort(key=lambda it: (it["day"] is None, it["day"][0] if it["day"] else dt.date.max,
                                   it["date_source"] != DATE_TEXT))
        clusters: list[list[dict]] = []
        for it in group:
            target = None
            for c in reversed(clusters):
                if c[0]["event"] != it["event"]:
                    continue
                last = max((x["day"] for x in c if x["day"]), default=None, key=lambda d: d[0])
                # an opposite event in between starts a new period
                between = [o for o in clusters if o is not c and o[0]["event"] != it["event"]
                           and _opposite(o[0]["event"], it["event"]) and last and it["day"]
                           and any(x["day"] and last[0] < x["day"][0] < it["day"][0] for x in o)]
                if between:
                    break
                texts_c = [x["day"] for x in c if x["date_source"] == DATE_TEXT and x["day"]]
                if (it["date_source"] == DATE_TEXT and texts_c
                        and min(_gap(it["day"], d) for d in texts_c) > COACH_TEXT_WINDOW):
                    continue
                target = c
                break
            if target is None:
                clusters.append([it])
            else:
                target.append(it)
        for c in clusters:
            person = people.display(pid if not pid.startswith("?") else None,
                                    max((x["person"] for x in c if x["person"]), key=len, default=None))
            text_days = [x["day"] for x in c if x["date_source"] == DATE_TEXT]
            exact_text = sorted({d for d in text_days if d[1] == "day"})
            months = [d for d in text_days if d[1] == "month"]
            # the news' own date line, not the rumour's (rumours come first, look-backs later)
            news_days = sorted(x["day"] for x in c if x["date_source"] == DATE_ARTICLE and x["day"][1] == "day"
                               and not x["rumour"])
            rumour_days = sorted(x["day"] for x in c if x["date_source"] == DATE_ARTICLE and x["day"][1] == "day"
                                 and x["rumour"])
            fits = [d for d in news_days if not months or any(_gap(d, m) == 0 for m in months)]
            if exact_text and news_days and (exact_text[0][0] - news_days[0][0]).days > 1:
                # the text's date lies after the first report of the event: the report wins, flagged
                conflicts.append({"kind": "Trainer", "entity_id": None, "field": "Datum",
                                  "values": f"{exact_text[0][0].isoformat()} im Text: "
                                            f"{_join(x['article_id'] for x in c if x['day'] == exact_text[0])} | "
                                            f"Bericht vom {news_days[0][0].isoformat()}: "
                                            f"{_join(x['article_id'] for x in c if x['day'] == news_days[0])}",
                                  "shown": news_days[0][0].isoformat(), "basis": "frühester Bericht",
                                  "sources": _join(x["article_id"] for x in c), "detail": None})
                day, source = news_days[0], DATE_ARTICLE
            elif exact_text:
                day, source = exact_text[0], DATE_TEXT
            elif fits:
                day, source = fits[0], DATE_ARTICLE
            elif months:
                day, source = months[0], DATE_TEXT
            else:
                day, source = (min(rumour_days or [x["day"] for x in c if x["day"]], default=None), DATE_ARTICLE)
            date = None if not day else (day[0].isoformat() if day[1] == "day" else day[0].isoformat()[:7])
            dated = sorted(x["day"][0] for x in c if x["day"])
            best = max(c, key=lambda x: (not x["rumour"], x["day"] == day, x["date_source"] == DATE_TEXT,
                                         len(x["sentence"] or "")))
            event_id = f"{pid}|{club or '-'}|{c[0]['event']}|{date or '-'}"
            notes = []
            for conflict in conflicts:
                if conflict["entity_id"] is None:
                    conflict["entity_id"], conflict["detail"] = event_id, person
                    notes.append("Datum: " + conflict["values"])
            if len(exact_text) > 1 and (exact_text[-1][0] - exact_text[0][0]).days > 3:
                notes.append("Datum: " + ", ".join(d[0].isoformat() for d in exact_text))
                conflicts.append({"kind": "Trainer", "entity_id": event_id, "field": "Datum",
                                  "values": " | ".join(f"{d[0].isoformat()}: "
                                                       f"{_join(x['article_id'] for x in c if x['day'] == d)}"
                                                       for d in exact_text),
                                  "shown": date, "basis": "frühestes Datum", "sources": _join(x["article_id"] for x in c),
                                  "detail": person})
            articles_c = list(dict.fromkeys(x["article_id"] for x in c))
            entities.append({"event_id": event_id, "person_id": pid, "person": person, "club": club,
                             "event": c[0]["event"], "date": date, "date_source": source,
                             "first_date": dated[0].isoformat() if dated else None,
                             "last_date": dated[-1].isoformat() if dated else None,
                             "conflict": bool(notes), "conflict_note": "; ".join(notes) or None,
                             "n_sources": len(articles_c), "sources": _join(articles_c),
                             "rumour_only": all(x["rumour"] for x in c),
                             "rumour_sources": _join(x["article_id"] for x in c if x["rumour"]),
                             "article_id": best["article_id"], "sent_start": best["sent_start"],
                             "sent_end": best["sent_end"], "sentence": best["sentence"]})
            for x in c:
                mention_rows.append({"row": x["row"], "article_id": x["article_id"], "event_id": event_id,
                                     "rumour": x["rumour"]})
    events = pd.DataFrame(entities).reindex(columns=COACH_COLUMNS)
    mentions = pd.DataFrame(mention_rows, columns=["row", "article_id", "event_id", "rumour"]).sort_values("row",
                                                                                               ignore_index=True)
    return events, mentions, conflicts


RUMOUR = re.compile(r"\b(offenbar|angeblich|soll|sollen|sollte|Medienberichte\w*|Berichten zufolge|Gerücht\w*|"
                    r"spekuliert\w*|wackelt|vor dem Aus|vor der Entlassung|vor dem Rauswurf|im Gespräch|gehandelt|"
                    r"Kandidat\w*|denkt \w+ über|nach(ge)?denken)\b", re.IGNORECASE)


def is_rumour(sentence: Any) -> bool:
    """A sentence that reports a rumour rather than a fact ("soll", "offenbar", "vor dem Aus")."""
    return bool(RUMOUR.search(str(_v(sentence) or "")))


def _opposite(a: str, b: str) -> bool:
    return (a in TENURE_START and b in TENURE_END) or (a in TENURE_END and b in TENURE_START)


TENURE_COLUMNS = ["person_id", "person", "club", "start", "end", "open", "start_event", "end_event",
                  "start_event_id", "end_event_id", "sources"]


def build_tenures(events: pd.DataFrame) -> pd.DataFrame:
    """Coach tenures: an appointment (or interim start) of a person at a club up to the next
    dismissal/resignation/departure of the same person and club. Without a known end the
    tenure is open (`end` None, `open` True); a departure without a known start gives a tenure
    with `start` None."""
    rows = []
    if events is None or events.empty:
        return pd.DataFrame(columns=TENURE_COLUMNS)
    relevant = events[events["event"].isin(TENURE_START + TENURE_END) & events["date"].notna()]
    groups: dict[tuple, list[dict]] = defaultdict(list)  # plain records: one pass, no per-group pandas work
    for record in relevant.to_dict("records"):
        groups[(record["person_id"], _v(record["club"]) or "")].append(record)
    for (pid, club) in sorted(groups, key=lambda k: (str(k[0]), k[1])):
        group = sorted(groups[(pid, club)], key=lambda r: (str(r["date"]), r["event"]))
        departure_sources = {source for e in group if e["event"] in TENURE_END for source in e["sources"].split(SEP)}
        current = None
        for r in group:
            if r["event"] in TENURE_START:
                if current is None:
                    start = r["date"]
                    if r["date_source"] == DATE_ARTICLE and departure_sources & set(r["sources"].split(SEP)):
                        start = None  # told in passing in a departure article: the start is not known
                    current = {"person_id": pid, "person": r["person"], "club": club or None, "start": start,
                               "end": None, "open": True, "start_event": r["event"], "end_event": None,
                               "start_event_id": r["event_id"], "end_event_id": None, "sources": r["sources"]}
                else:  # interim -> appointed, or a second report: the same tenure
                    current["sources"] = _join([*current["sources"].split(SEP), *r["sources"].split(SEP)])
            else:
                if current is None:
                    current = {"person_id": pid, "person": r["person"], "club": club or None, "start": None,
                               "end": None, "open": False, "start_event": None, "end_event": None,
                               "start_event_id": None, "end_event_id": None, "sources": ""}
                current.update(end=r["date"], open=False, end_event=r["event"], end_event_id=r["event_id"],
                               sources=_join([*filter(None, current["sources"].split(SEP)),
                                              *r["sources"].split(SEP)]))
                rows.append(current)
                current = None
        if current is not None:
            rows.append(current)
    return pd.DataFrame(rows, columns=TENURE_COLUMNS)


# --------------------------------------------------------------------------------------------
# Article date checks without reference


def _date_flags_without_reference(matches: pd.DataFrame, match_mentions: pd.DataFrame) -> list[dict]:
    """An article dated before the match it reports (by the other sources' own dates)."""
    flags = []
    if matches.empty:
        return flags
    text_dated = matches[matches["date_source"] == DATE_TEXT].set_index("entity_id")["date"].to_dict()
    for r in match_mentions.itertuples(index=False):
        if r.date_source != DATE_ARTICLE or r.entity_id not in text_dated:
            continue
        own, art = parse_date(text_dated[r.entity_id]), parse_date(r.article_date)
        if own[0] and art[0] and own[1] == "day" and art[1] == "day" and (own[0] - art[0]).days > 1:
            flags.append({"article_id": r.article_id, "article_date": r.article_date, "kind": "Bericht vor dem Spiel",
                          "detail": f"Das Artikeldatum {r.article_date} liegt vor dem Spiel am {own[0].isoformat()} "
                                    f"(Datum aus anderen Artikeln).",
                          "evidence_date": own[0].isoformat(), "entity_id": r.entity_id, "sources": r.article_id})
    return flags


# --------------------------------------------------------------------------------------------
# Everything


def consolidate(frames, reference: Any = None) -> Consolidated:
    """Mentions -> entities (see the module doc). `reference`: a `lib.reference.Reference`
    (or None) to link matches, fill matchday/date/venue and check results and date lines."""
    article_clubs = _article_clubs(frames)  # shared by people, goals and coach events
    people_index, people, person_mentions = build_people(frames, article_clubs)
    mentions = _match_mentions(frames)
    groups = cluster_matches(mentions)
    links = pd.DataFrame()
    if reference is not None and not reference.empty:
        from .reference import link_groups
        groups, links = link_groups(groups, reference)
    prefer = {}
    if not links.empty and "ref_id" in links.columns:
        for j, link in links.iterrows():
            if isinstance(link.get("ref_id"), str) and groups[j][0]["pair"]:
                hg, ag = int(link["ref_home_goals"]), int(link["ref_away_goals"])
                prefer[j] = (hg, ag) if link["ref_home_team"] == groups[j][0]["pair"][0] else (ag, hg)
    matches, match_mentions, conflicts = build_matches(frames, groups, mentions, prefer)
    date_flags = _date_flags_without_reference(matches, match_mentions)
    if reference is not None and not reference.empty:
        from .reference import apply_links, check_article_dates
        matches = apply_links(matches, links)
        date_flags += check_article_dates(matches, match_mentions, frames)
    goals, goal_mentions, goal_conflicts = build_goals(frames, match_mentions, matches, people_index, article_clubs)
    if reference is not None and not reference.empty and not goals.empty:
        from .reference import check_scorers
        goals = check_scorers(goals, matches, reference)
    events, coach_mentions, coach_conflicts = build_coach_events(frames, people_index, article_clubs)
    tenures = build_tenures(events)
    conflict_frame = pd.DataFrame(conflicts + goal_conflicts + coach_conflicts, columns=CONFLICT_COLUMNS)
    unlinked = pd.DataFrame(people_index.unlinked, columns=UNLINKED_COLUMNS).drop_duplicates(["name", "reason"])
    return Consolidated(matches=matches, match_mentions=match_mentions, goals=goals, goal_mentions=goal_mentions,
                        coach_events=events, coach_mentions=coach_mentions, people=people,
                        person_mentions=person_mentions, tenures=tenures, conflicts=conflict_frame,
                        date_flags=pd.DataFrame(date_flags, columns=DATE_FLAG_COLUMNS).drop_duplicates(
                            ["article_id", "kind", "entity_id"]),
                        unlinked_names=unlinked.reset_index(drop=True), reference_links=links,
                        has_reference=reference is not None and not reference.empty)
