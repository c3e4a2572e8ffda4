"""Reference results (OpenLigaDB CSV layout): import, store, and cross-check of extracted matches.

    from lib import reference
    ref = reference.read_openligadb(["~/Downloads/openligadb"])     # folders or CSV files
    with Store.open("data/store.duckdb") as store:
        reference.import_reference(store, ["~/Downloads/openligadb"])  # tables reference_matches/_goals
        ref = reference.load(store)
    kb = lib.consolidate.consolidate(frames, reference=ref)

Files: `*_overall.csv` (League, Season, Matchday, Match_Date, Match_Time, Home_Team, ...,
Guest_Team, ..., Home_Goals, Guest_Goals, ..., Location, Stadium, Viewers) are required;
`*_goal_scorers.csv` (League, Season, Match_Day, Team, Player_Firstname, Player_Surname,
Match_Minute, ...) are optional; other CSVs (final tables) are skipped. The layout is told by
the header, not the file name. Club names are mapped to the extractor's canonical names
(`lib/data/clubs.json`: names and aliases), so "1. FC Kaiserslautern" and "FC St. Pauli" meet
the extracted clubs.

Linking (per consolidated match; see `lib.consolidate`): reference matches of the same two
clubs (home side respected when the text settles it) in the match's season with the same
result -> "bestätigt"; the same season and a reference match of that time but another
result -> "widersprochen" (a contradicted result). When the season has no fitting match
and the match is dated only by its article's date line, the date line may be wrong: the
same clubs and result are looked up across seasons (several candidates: the season the
article's other matches point to, then the nearest), linked, and the article's date line is
flagged. A link fills matchday, exact date, venue and the home side from the reference.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

from .consolidate import (DATE_ARTICLE, DATE_REFERENCE, DATE_TEXT, REPORT_WINDOW, SEP, _gap, _join, _v, _vote,
                          fold, parse_date, season_of, surname)

MATCH_TABLE = "reference_matches"
GOAL_TABLE = "reference_goals"
STATUS_CONFIRMED, STATUS_CONTRADICTED, STATUS_NONE = "bestätigt", "widersprochen", "ohne Referenz"
CROSS_SEASON_DAYS = 120  # a look-back at last season is normal; years apart is a wrong date line

REF_MATCH_COLUMNS: dict[str, str] = {
    "ref_id": "string", "league": "string", "season": "string", "matchday": "Int64", "date": "string",
    "time": "string", "home_team": "string", "away_team": "string", "home_team_raw": "string",
    "away_team_raw": "string", "home_goals": "Int64", "away_goals": "Int64", "city": "string",
    "venue": "string", "attendance": "Int64", "source": "string",
}
REF_GOAL_COLUMNS: dict[str, str] = {
    "league": "string", "season": "string", "matchday": "Int64", "team": "string", "team_raw": "string",
    "first_name": "string", "surname": "string", "minute": "Int64", "game_score": "string",
    "penalty": "boolean", "own_goal": "boolean", "overtime": "boolean", "source": "string",
}
SQL_TYPES = {"string": "VARCHAR", "Int64": "BIGINT", "boolean": "BOOLEAN"}
MATCH_HEADER = {"Season", "Home_Team", "Guest_Team", "Home_Goals", "Guest_Goals"}
GOAL_HEADER = {"Season", "Team", "Player_Surname", "Match_Minute"}
UNKNOWN = {"", "unknown", "unbekannt", "-", "nan", "none"}


@dataclass
class Reference:
    """Reference matches (and optionally goal scorers), club names canonical."""

    matches: pd.DataFrame
    goals: pd.DataFrame
    skipped: list[str] = field(default_factory=list)

    @classmethod
    def empty_ref(cls) -> "Reference":
        return cls(_empty(REF_MATCH_COLUMNS), _empty(REF_GOAL_COLUMNS))

    @property
    def empty(self) -> bool:
        return self.matches.empty

    def by_pair(self) -> dict[tuple[str, str], list[dict]]:
        cached = getattr(self, "_by_pair", None)
        if cached is None:
            cached = defaultdict(list)
            for row in self.matches.to_dict("records"):
                row = {k: _v(v) for k, v in row.items()}
                if not row["home_team"] or not row["away_team"]:
                    continue
                pair = tuple(sorted((row["home_team"], row["away_team"])))
                row["day"] = parse_date(row["date"])
                flip = row["home_team"] != pair[0]
                hg, ag = row["home_goals"], row["away_goals"]
                row["score"] = None if hg is None or ag is None else ((ag, hg) if flip else (hg, ag))
                cached[pair].append(row)
            self._by_pair = cached
        return cached


def _empty(columns: dict[str, str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in columns.items()})


# --------------------------------------------------------------------------------------------
# Club names


@cache
def _club_lookup() -> tuple[dict[str, str], dict[str, str]]:
    from .lexicon import club_index

    index = club_index()
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for name in index.clubs:
        exact[name] = name
        folded.setdefault(fold(name), name)
    for surface, options in index.surfaces.items():
        names = {canonical for canonical, how in options if how in ("name", "alias")}
        if len(names) == 1 and surface not in exact:
            exact[surface] = names.pop()
            folded.setdefault(fold(surface), exact[surface])
    return exact, folded


def canonical_club(name: Any) -> str | None:
    """OpenLigaDB spelling -> the extractor's canonical club name (unknown names unchanged)."""
    name = _v(name)
    if not name:
        return None
    name = str(name).strip()
    exact, folded = _club_lookup()
    return exact.get(name) or folded.get(fold(name)) or name


# --------------------------------------------------------------------------------------------
# Reading


def _season(value: Any) -> str | None:
    value = str(_v(value) or "").strip()
    m = re.fullmatch(r"(\d{4})\s*/\s*(\d{2}|\d{4})", value)
    if not m:
        return value or None
    return f"{m[1]}/{m[2][-2:]}"


def _int(value: Any) -> int | None:
    m = re.search(r"-?\d+", str(_v(value) or ""))
    return int(m[0]) if m else None


def _text(value: Any) -> str | None:
    value = _v(value)
    if value is None or str(value).strip().lower() in UNKNOWN:
        return None
    return str(value).strip()


def _bool(value: Any) -> bool | None:
    value = str(_v(value) or "").strip().lower()
    return True if value in ("true", "1", "yes", "ja") else False if value in ("false", "0", "no", "nein") else None


def _files(paths: Iterable[str | Path]) -> list[Path]:
    found: list[Path] = []
    for p in paths:
        path = Path(p).expanduser()
        if path.is_dir():
            found += sorted(f for f in path.rglob("*.csv") if f.is_file())
        elif path.is_file():
            found.append(path)
        else:
            raise FileNotFoundError(f"no such file or folder: {path}")
    return list(dict.fromkeys(found))


def read_openligadb(paths: Iterable[str | Path]) -> Reference:
    """Read OpenLigaDB CSVs (files or folders) into a `Reference`; other CSVs are skipped."""
    match_parts, goal_parts, skipped = [], [], []
    for path in _files(paths):
        try:
            frame = pd.read_csv(path, dtype=str, encoding="utf-8-sig", keep_default_na=False)
        except Exception as error:  # unreadable CSV: report, go on
            skipped.append(f"{path.name}: {type(error).__name__}: {error}")
            continue
        columns = set(frame.columns)
        if MATCH_HEADER <= columns:
            match_parts.append(_matches_frame(frame, path.name))
        elif GOAL_HEADER <= columns:
            goal_parts.append(_goals_frame(frame, path.name))
        else:
            skipped.append(f"{path.name}: kein OpenLigaDB-Ergebnis- oder Torschützen-Layout")
    matches = (pd.concat(match_parts, ignore_index=True).astype(REF_MATCH_COLUMNS) if match_parts
               else _empty(REF_MATCH_COLUMNS))
    goals = (pd.concat(goal_parts, ignore_index=True).astype(REF_GOAL_COLUMNS) if goal_parts
             else _empty(REF_GOAL_COLUMNS))
    if len(matches):
        matches = matches.drop_duplicates("ref_id", keep="last").reset_index(drop=True)
    return Reference(matches, goals, skipped)


def _matches_frame(frame: pd.DataFrame, source: str) -> pd.DataFrame:
    get = lambda c: frame[c] if c in frame.columns else pd.Series([""] * len(frame))  # noqa: E731
    clubs = {n: canonical_club(n) for n in set(get("Home_Team")) | set(get("Guest_Team"))}
    rows = []
    for league, season, matchday, date, time, home, away, hg, ag, loc, stadium, viewers in zip(
            get("League"), get("Season"), get("Matchday"), get("Match_Date"), get("Match_Time"), get("Home_Team"),
            get("Guest_Team"), get("Home_Goals"), get("Guest_Goals"), get("Location"), get("Stadium"),
            get("Viewers")):
        season = _season(season)
        day = _int(matchday)
        attendance = _int(viewers)
        rows.append({
            "ref_id": f"{_text(league) or '-'}|{season}|{day}|{clubs.get(home, home)}|{clubs.get(away, away)}",
            "league": _text(league), "season": season, "matchday": day, "date": _text(date) and str(date)[:10],
            "time": _text(time), "home_team": clubs.get(home, home), "away_team": clubs.get(away, away),
            "home_team_raw": home, "away_team_raw": away, "home_goals": _int(hg), "away_goals": _int(ag),
            "city": _text(loc), "venue": _text(stadium),
            "attendance": attendance if attendance and attendance > 0 else None, "source": source})
    return pd.DataFrame(rows, columns=list(REF_MATCH_COLUMNS))


def _goals_frame(frame: pd.DataFrame, source: str) -> pd.DataFrame:
    get = lambda c: frame[c] if c in frame.columns else pd.Series([""] * len(frame))  # noqa: E731
    clubs = {n: canonical_club(n) for n in set(get("Team"))}
    rows = []
    for league, season, day, team, first, last, minute, score, pen, own, ot in zip(
            get("League"), get("Season"), get("Match_Day"), get("Team"), get("Player_Firstname"),
            get("Player_Surname"), get("Match_Minute"), get("Game_Score"), get("is_Penalty"), get("is_Own_Goal"),
            get("is_Overtime")):
        rows.append({"league": _text(league), "season": _season(season), "matchday": _int(day),
                     "team": clubs.get(team, team), "team_raw": team, "first_name": _text(first),
                     "surname": _text(last), "minute": _int(minute), "game_score": _text(score),
                     "penalty": _bool(pen), "own_goal": _bool(own), "overtime": _bool(ot), "source": source})
    return pd.DataFrame(rows, columns=list(REF_GOAL_COLUMNS))


# --------------------------------------------------------------------------------------------
# The store


def _create(con, table: str, columns: dict[str, str]) -> None:
    body = ", ".join(f'"{c}" {SQL_TYPES[t]}' for c, t in columns.items())
    con.execute(f"CREATE TABLE IF NOT EXISTS {table} ({body})")


def import_reference(store, paths: Iterable[str | Path]) -> dict[str, Any]:
    """Read OpenLigaDB CSVs and write them into the store's `reference_matches` /
    `reference_goals` tables (created if missing). Re-importing a file replaces its rows."""
    ref = read_openligadb(paths)
    con = store.connection
    _create(con, MATCH_TABLE, REF_MATCH_COLUMNS)
    _create(con, GOAL_TABLE, REF_GOAL_COLUMNS)
    with store.transaction() as con:
        for table, frame, columns in ((MATCH_TABLE, ref.matches, REF_MATCH_COLUMNS),
                                      (GOAL_TABLE, ref.goals, REF_GOAL_COLUMNS)):
            if frame.empty:
                continue
            sources = pd.DataFrame({"source": pd.array(sorted(set(frame["source"].dropna())), dtype="string")})
            con.register("_ref_sources", sources)
            con.execute(f"DELETE FROM {table} WHERE source IN (SELECT source FROM _ref_sources)")
            con.unregister("_ref_sources")
            con.register("_ref_rows", frame)
            names = ", ".join(f'"{c}"' for c in columns)
            con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _ref_rows")
            con.unregister("_ref_rows")
    return {"matches": len(ref.matches), "goals": len(ref.goals), "skipped": ref.skipped,
            "seasons": sorted(set(ref.matches["season"].dropna())),
            "leagues": sorted(set(ref.matches["league"].dropna()))}


def load(store) -> Reference:
    """The reference tables of a store (an empty `Reference` when none was imported)."""
    con = store.connection
    tables = {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
    if MATCH_TABLE not in tables:
        return Reference.empty_ref()
    matches = con.execute(f"SELECT * FROM {MATCH_TABLE}").df().reindex(columns=list(REF_MATCH_COLUMNS))
    goals = (con.execute(f"SELECT * FROM {GOAL_TABLE}").df().reindex(columns=list(REF_GOAL_COLUMNS))
             if GOAL_TABLE in tables else _empty(REF_GOAL_COLUMNS))
    return Reference(matches.astype(REF_MATCH_COLUMNS), goals.astype(REF_GOAL_COLUMNS))


# --------------------------------------------------------------------------------------------
# Linking


def _group_info(members: list[dict]) -> dict:
    pair = members[0]["pair"]
    ordered = [m for m in members if m["ordered"]]
    home = Counter(m["home"] for m in ordered).most_common(1)[0][0] if ordered else None
    scores = {m["score"] for m in members if m["score"]}
    score = _vote([(m["score"], m["article_id"], m["detail"]) for m in members if m["score"]])[0]
    text_days = [m["day"] for m in members if m["date_source"] == DATE_TEXT and m["day"]]
    days = [m["day"] for m in members if m["day"]]
    day = (min(text_days, key=lambda d: (d[1] != "day", d[0])) if text_days
           else (min(days, key=lambda d: (d[1] != "day", d[0])) if days else None))
    return {"pair": pair, "home": home, "scores": scores, "score": score, "day": day,
            "text": bool(text_days), "season": season_of(day[0]) if day else None,
            "articles": {m["article_id"] for m in members}}


def _covered(reference: Reference, info: dict) -> bool:
    """Does the reference know where one of the two clubs played in the match's season? Only
    then is "no such match in that season" evidence of a wrong date line (a season the
    reference does not reach is no evidence). Undated matches may be looked up anywhere."""
    if not info["season"]:
        return True
    seasons = getattr(reference, "_club_seasons", None)
    if seasons is None:
        m = reference.matches
        seasons = set(zip(m["season"], m["home_team"])) | set(zip(m["season"], m["away_team"]))
        reference._club_seasons = seasons
    return any((info["season"], club) in seasons for club in info["pair"])


def _plausible(info: dict, ref: dict) -> bool:
    """Could this group be a report of that reference match (by date)?"""
    if not info["day"] or not ref["day"][0]:
        return False
    if info["text"]:
        return _gap(info["day"], ref["day"]) <= 3
    lag = (info["day"][0] - ref["day"][0]).days if info["day"][1] == "day" else None
    if lag is None:
        return _gap(info["day"], ref["day"]) == 0
    return -1 <= lag <= REPORT_WINDOW + 4


def _nearest(info: dict, refs: list[dict]) -> dict:
    if not info["day"]:
        return refs[0]
    return min(refs, key=lambda r: _gap(info["day"], r["day"]) if r["day"][0] else 10 ** 6)


def link_groups(groups: list[list[dict]], reference: Reference) -> tuple[list[list[dict]], pd.DataFrame]:
    """Link clusters of match mentions to reference matches; clusters linked to the same
    reference match are merged. Returns the (merged) clusters and one link row per cluster."""
    by_pair = reference.by_pair()
    links: list[dict | None] = []
    pending: list[tuple[int, dict, list[dict]]] = []
    hints: dict[int, str] = {}
    infos = [_group_info(g) if g[0]["pair"] else None for g in groups]
    for i, (members, info) in enumerate(zip(groups, infos)):
        links.append(None)
        if info is None:
            continue
        cands = [r for r in by_pair.get(info["pair"], []) if info["home"] is None or r["home_team"] == info["home"]]
        if not cands:
            continue
        in_season = [r for r in cands if r["season"] == info["season"]] if info["season"] else []
        same = [r for r in in_season if r["score"] in info["scores"]]
        if same:
            plausible = [r for r in same if _plausible(info, r)]
            links[i] = _link(info, _nearest(info, plausible or same), "Saison")
            continue
        near = [r for r in in_season if _plausible(info, r)]
        if near:
            links[i] = _link(info, _nearest(info, near), "Saison")
            continue
        across = [r for r in cands if r["score"] in info["scores"] and r["season"] != info["season"]]
        if across and not info["text"] and _covered(reference, info):
            pending.append((i, info, across))
            continue
        if info["home"] and len(in_season) == 1 and info["day"] and in_season[0]["day"][0] \
                and in_season[0]["day"][0] <= info["day"][0] + dt.timedelta(days=1):
            links[i] = _link(info, in_season[0], "Saison (Rückblick)")
    # cross-season candidates: the season the article's other matches point to, then the nearest
    votes: dict[str, Counter] = defaultdict(Counter)
    for i, info, across in pending:
        for article in info["articles"]:
            votes[article].update({r["season"] for r in across})
    for i, info, across in pending:
        support = Counter()  # per season: the most matches one of its articles points there with
        for article in info["articles"]:
            for season, n in votes[article].items():
                support[season] = max(support[season], n)
        best = max(support[r["season"]] for r in across)
        top = [r for r in across if support[r["season"]] == best]
        chosen = _nearest(info, top)
        # a dated article: only when at least two of its matches point to that other season
        # (one match alone may be a cup game or a coincidence); an undated one: a unique candidate
        if (best >= 2 and len({r["season"] for r in top}) == 1) or (not info["season"] and len(across) == 1):
            links[i] = _link(info, chosen, "andere Saison" if info["season"] else "ohne Datum")
        else:
            hints[i] = "gleiches Ergebnis in anderer Saison: " + ", ".join(
                f"{r['date']} ({r['league']})" for r in sorted(across, key=lambda r: str(r["date"]))[:3])
    # merge clusters linked to the same reference match
    merged: dict[str, int] = {}
    out_groups: list[list[dict]] = []
    out_links: list[dict | None] = []
    for i, (members, link) in enumerate(zip(groups, links)):
        if link is None and i in hints:
            link = {"ref_id": None, "hint": hints[i]}
        if link is not None and link["ref_id"] is not None and link["ref_id"] in merged:
            j = merged[link["ref_id"]]
            out_groups[j] = out_groups[j] + members
            continue
        if link is not None and link["ref_id"] is not None:
            merged[link["ref_id"]] = len(out_groups)
        out_groups.append(list(members))
        out_links.append(link)
    for j, link in enumerate(out_links):
        if link is not None and link["ref_id"] is not None:
            info = _group_info(out_groups[j])
            link["ref_status"] = STATUS_CONFIRMED if info["score"] == link["_ref_score"] else STATUS_CONTRADICTED
            link["agreeing_sources"] = _join(m["article_id"] for m in out_groups[j] if m["score"] == link["_ref_score"])
    frame = pd.DataFrame([{k: v for k, v in (link or {}).items() if not k.startswith("_")} | {"group": j}
                          for j, link in enumerate(out_links)])
    return out_groups, frame


def _link(info: dict, ref: dict, how: str) -> dict:
    return {"ref_id": ref["ref_id"], "league": ref["league"], "ref_season": ref["season"], "matchday": ref["matchday"],
            "ref_date": ref["date"], "ref_home_team": ref["home_team"], "ref_away_team": ref["away_team"],
            "ref_home_goals": ref["home_goals"], "ref_away_goals": ref["away_goals"],
            "ref_venue": ref["venue"], "ref_city": ref["city"], "ref_attendance": ref["attendance"],
            "link": how, "season_extracted": info["season"], "_ref_score": ref["score"]}


def apply_links(matches: pd.DataFrame, links: pd.DataFrame) -> pd.DataFrame:
    """Fill matchday, date, season, venue and home side from the linked reference matches;
    `ref_status`: bestätigt / widersprochen / ohne Referenz; `ref_note` says how it was linked."""
    out = matches.copy().astype(object)
    out["ref_status"] = STATUS_NONE
    if links.empty or "ref_id" not in links.columns:
        return out
    for j, link in links.iterrows():
        if j >= len(out):
            continue
        if pd.isna(link.get("ref_id")):
            if isinstance(link.get("hint"), str):
                out.iat[j, out.columns.get_loc("ref_note")] = link["hint"] + " (nicht verknüpft)"
            continue
        row = out.iloc[j].to_dict()
        flip = row["home_team"] != link["ref_home_team"]
        if flip:  # the reference settles the home side
            row["home_team"], row["away_team"] = row["away_team"], row["home_team"]
            row["home_goals"], row["away_goals"] = row["away_goals"], row["home_goals"]
            row["home_goals_ht"], row["away_goals_ht"] = row["away_goals_ht"], row["home_goals_ht"]
        row["ordered"] = True
        row.update(ref_id=link["ref_id"], matchday=int(link["matchday"]) if _v(link["matchday"]) is not None else None,
                   ref_status=link["ref_status"],
                   ref_home_goals=int(link["ref_home_goals"]), ref_away_goals=int(link["ref_away_goals"]),
                   ref_date=_v(link["ref_date"]), ref_venue=_v(link["ref_venue"]) or _v(link["ref_city"]))
        notes = [f"{link['league']}, {int(link['matchday'])}. Spieltag" if _v(link["matchday"]) else link["league"]]
        if link["link"] == "ohne Datum":
            notes.append(f"Artikel ohne Datum; Saison {link['ref_season']} über Vereine und Ergebnis")
        elif link["link"].startswith("andere Saison"):
            notes.append(f"Saison laut Referenz {link['ref_season']} statt {link['season_extracted'] or '–'} "
                         f"(Datumszeile des Artikels prüfen)")
        if link["ref_status"] == STATUS_CONTRADICTED:
            notes.append(f"Referenz: {int(link['ref_home_goals'])}:{int(link['ref_away_goals'])}"
                         + (f", so auch {link['agreeing_sources']}" if link.get("agreeing_sources") else ""))
        row["ref_note"] = "; ".join(n for n in notes if n)
        if _v(link["ref_date"]):
            row["date"], row["date_source"], row["season"] = link["ref_date"], DATE_REFERENCE, link["ref_season"]
        if row.get("venue") is None and _v(link["ref_venue"]):
            row["venue"] = link["ref_venue"]
        if row.get("attendance") is None and _v(link.get("ref_attendance")):
            row["attendance"] = link["ref_attendance"]
        if row.get("competition") is None and _v(link["league"]):
            row["competition"] = link["league"]
        for key, value in row.items():
            out.iat[j, out.columns.get_loc(key)] = value
    return out


def check_article_dates(matches: pd.DataFrame, match_mentions: pd.DataFrame, frames) -> list[dict]:
    """Article date lines that contradict the content: an article dated only by its date
    line reports a match the reference places after the article, or seasons before it. An
    article is flagged when such matches outnumber its matches consistent with the date."""
    linked = matches[matches["ref_date"].notna()].set_index("entity_id")
    if linked.empty:
        return []
    per_article: dict[str, dict[str, list]] = defaultdict(lambda: {"bad": [], "good": []})
    text_flags = []
    for r in match_mentions.itertuples(index=False):
        if r.entity_id not in linked.index:
            continue
        e = linked.loc[r.entity_id]
        ref_day = parse_date(e["ref_date"])
        if r.date_source == DATE_TEXT:
            own = parse_date(r.date)
            if own[0] and ref_day[0] and _gap(own, ref_day) > 3:
                text_flags.append({"article_id": r.article_id, "article_date": r.article_date,
                                   "kind": "Spieldatum widerspricht Referenz",
                                   "detail": f"Im Text {r.date}, laut Referenz {e['ref_date']}: {_label(e)}",
                                   "evidence_date": e["ref_date"], "entity_id": r.entity_id, "sources": r.article_id})
            continue
        if r.date_source != DATE_ARTICLE:
            continue
        art = parse_date(r.article_date)
        if not art[0] or not ref_day[0]:
            continue
        art_end = art[0] if art[1] == "day" else dt.date(art[0].year + (art[0].month == 12), art[0].month % 12 + 1,
                                                          1) - dt.timedelta(days=1)
        before = ref_day[0] > art_end + dt.timedelta(days=1)
        far = season_of(art[0]) != e["season"] and (art[0] - ref_day[0]).days > CROSS_SEASON_DAYS
        (per_article[r.article_id]["bad" if before or far else "good"]).append((r, e, before))
    flags = []
    for article, found in per_article.items():
        if len(found["bad"]) <= len(found["good"]):
            continue
        for r, e, before in found["bad"]:
            why = "liegt vor dem Spiel" if before else "passt nicht zur Saison des Spiels"
            flags.append({"article_id": article, "article_date": r.article_date,
                          "kind": "Artikeldatum widerspricht Inhalt",
                          "detail": f"Datumszeile {r.article_date} {why}: {_label(e)} am {e['ref_date']} "
                                    f"(Saison {e['season']}, laut Referenz)",
                          "evidence_date": e["ref_date"], "entity_id": r.entity_id, "sources": article})
    return flags + text_flags


def _label(e: pd.Series) -> str:
    hg, ag = _v(e["home_goals"]), _v(e["away_goals"])
    result = f" {hg}:{ag}" if hg is not None and ag is not None else ""
    return f"{e['home_team']} – {e['away_team']}{result}"


def check_scorers(goals: pd.DataFrame, matches: pd.DataFrame, reference: Reference) -> pd.DataFrame:
    """`ref_confirmed`: the scorer's surname is among the reference scorers of that match
    (None where the reference has no scorers for the match)."""
    ref_goals = reference.goals
    if ref_goals.empty or goals.empty:
        return goals
    linked = matches[matches["ref_id"].notna()].set_index("entity_id")
    keyed: dict[tuple, set[str]] = defaultdict(set)
    for r in ref_goals.itertuples(index=False):
        keyed[(_v(r.league), _v(r.season), _v(r.matchday), _v(r.team))].add(fold(_v(r.surname) or ""))
    out = goals.copy()
    values = []
    for g in out.itertuples(index=False):
        if g.entity_id not in linked.index:
            values.append(None)
            continue
        e = linked.loc[g.entity_id]
        league, season, day = str(e["ref_id"]).split("|")[0], e["season"], _v(e["matchday"])
        teams = [g.team] if _v(g.team) else [e["home_team"], e["away_team"]]
        if _v(g.own_goal):
            teams = [e["home_team"], e["away_team"]]
        names = set().union(*(keyed.get((league, season, day, t), set()) for t in teams))
        if not any(keyed.get((league, season, day, t)) for t in (e["home_team"], e["away_team"])):
            values.append(None)
        else:
            values.append(surname(g.player) in names if _v(g.player) else None)
    out["ref_confirmed"] = pd.array(values, dtype="boolean")
    return out
