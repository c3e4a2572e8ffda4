"""Pure table logic of the dashboard: frames in, display tables out (German column names).

Nothing here imports Streamlit; every function takes the `lib.Frames` (or a table built
here) and returns pandas objects, so it is tested without a browser. Every fact table
keeps `article_id`, `sent_start`, `sent_end` and the source sentence (`Satz`), so a row
is always one click from its source.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd

from lib.consolidate import fold, python_values
from lib.schema import CLUB_COLUMNS, NAME_COLUMNS

from .labels import (AWAY, DEFAULT_CLUB, EVENT_LABELS, GOAL_KIND_LABELS, HOME, KIND_LABELS, RESULT_LABELS,
                     ROLE_LABELS, TENURE_END, TENURE_START, UNKNOWN_SIDE, event_label)

NO_SEASON = "ohne Datum"
SOURCE_COLUMNS = ["article_id", "sent_start", "sent_end"]


# --------------------------------------------------------------------------------------------
# Small helpers


def na(value: Any) -> bool:
    """True for None / NA / NaN (also safe for strings and lists)."""
    if value is None:
        return True
    try:
        result = pd.isna(value)
    except (TypeError, ValueError):
        return False
    return bool(result) if isinstance(result, bool) or getattr(result, "shape", None) == () else False


def val(value: Any) -> Any:
    """NA -> None; numpy/pandas scalars -> Python scalars."""
    if na(value):
        return None
    if hasattr(value, "item"):
        try:
            return value.item()
        except (ValueError, AttributeError):
            return value
    return value


def eq(series: pd.Series, value: Any) -> pd.Series:
    """`series == value` as a plain bool mask (NA -> False)."""
    if len(series) == 0:
        return pd.Series([], dtype=bool, index=series.index)
    return (series == value).fillna(False).astype(bool)


def score(a: Any, b: Any) -> str | None:
    a, b = val(a), val(b)
    if a is None or b is None:
        return None
    return f"{int(a)}:{int(b)}"


def minute_label(minute: Any, stoppage: Any = None) -> str:
    minute, stoppage = val(minute), val(stoppage)
    if minute is None:
        return "–"
    return f"{int(minute)}.+{int(stoppage)}" if stoppage else f"{int(minute)}."


def fold_series(values: pd.Series) -> pd.Series:
    """`fold` of every value (NA -> "") as an object series, computed once per distinct value
    (names, clubs and labels repeat across thousands of rows)."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    folded = np.array([fold(u) for u in uniques] + [""], dtype=object)
    return pd.Series(folded[codes], index=values.index, dtype=object)


def tokens(query: str | None) -> list[str]:
    return [fold(t) for t in re.findall(r"\S+", query or "")]


def matches_query(haystack: pd.Series, query: str | None) -> pd.Series:
    """Rows whose (already folded) haystack contains every word of `query`."""
    words = tokens(query)
    mask = pd.Series(True, index=haystack.index, dtype=bool)
    for word in words:
        mask &= haystack.str.contains(word, regex=False)
    return mask


def parse_day(value: Any) -> dt.date | None:
    """ISO date or month ("2024-05" -> 1 May) -> date; None if absent/invalid."""
    value = val(value)
    if value is None:
        return None
    text = str(value)
    try:
        if len(text) == 7:
            return dt.date.fromisoformat(text + "-01")
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def in_range(dates: pd.Series, start: dt.date | None, end: dt.date | None) -> pd.Series:
    """Rows whose ISO date (or month) lies in [start, end]; without bounds every row passes,
    with a bound rows without a date are dropped. A month counts if it overlaps the range."""
    if start is None and end is None:
        return pd.Series(True, index=dates.index, dtype=bool)
    keep = []
    for value in dates:
        value = val(value)
        if value is None:
            keep.append(False)
            continue
        text = str(value)
        lo = text if len(text) >= 10 else text[:7]
        ok = True
        if start is not None:
            ok &= (lo[:10] >= start.isoformat()[: len(lo[:10])])
        if end is not None:
            ok &= (lo[:10] <= end.isoformat()[: len(lo[:10])])
        keep.append(bool(ok))
    return pd.Series(keep, index=dates.index, dtype=bool)


def columns(frames, kind: str, names: list[str]) -> pd.DataFrame:
    """`frames.<kind>[names]`: frames read from a store on demand (`data.StoreFrames`) read
    only these columns."""
    select = getattr(frames, "select", None)
    return select(kind, list(names)) if select is not None else getattr(frames, kind)[list(names)]


def count(frames, kind: str) -> int:
    """Rows of `frames.<kind>` (frames read on demand know it without reading the table)."""
    counts = getattr(frames, "counts", None)
    return counts()[kind] if counts is not None else len(getattr(frames, kind))


def sort_newest_first(table: pd.DataFrame, column: str = "Datum") -> pd.DataFrame:
    if table.empty:
        return table
    return table.sort_values(column, ascending=False, na_position="last", kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------------------------
# Corpus overview


def club_counts(frames) -> pd.Series:
    """How often each club occurs in the facts (matches count both sides)."""
    names = []
    for kind, club_columns in CLUB_COLUMNS.items():
        frame = columns(frames, kind, list(club_columns))
        names += [frame[column] for column in club_columns]
    names = pd.concat([c.astype("string") for c in names], ignore_index=True).dropna()
    if names.empty:
        return pd.Series(dtype="int64")
    counts = names.value_counts().sort_index()  # ties: alphabetical
    counts = counts.sort_values(ascending=False, kind="stable").astype("int64")
    counts.index = pd.Index([str(c) for c in counts.index], dtype=object)
    counts.name = None
    return counts


def clubs(frames) -> list[str]:
    """All clubs, most frequent first."""
    return [str(c) for c in club_counts(frames).index]


def default_club(frames, preferred: str = DEFAULT_CLUB) -> str | None:
    """`preferred` if the corpus mentions it, else the most frequent club, else None."""
    names = clubs(frames)
    if preferred in names:
        return preferred
    return names[0] if names else None


def seasons(frames, club: str | None = None, kb: Any = None) -> list[str]:
    """Seasons with matches (of `club`), newest first; articles' seasons when there are none.
    With `kb` (consolidated matches) the seasons of the real games (reference-corrected)."""
    m = kb.matches if kb is not None and not kb.matches.empty else \
        columns(frames, "matches", ["home_team", "away_team", "season"])
    if club:
        m = m[eq(m["home_team"], club) | eq(m["away_team"], club)]
    found = {str(s) for s in m["season"].dropna().unique()}
    if not found and not club:
        found = {str(s) for s in columns(frames, "articles", ["season"])["season"].dropna().unique()}
    result = sorted(found, reverse=True)
    if len(m) and m["season"].isna().any():
        result.append(NO_SEASON)
    return result


def corpus_summary(frames, clubs_known: list[str] | None = None) -> dict[str, Any]:
    """What the corpus holds: counts, date range, seasons, clubs (`clubs_known`: `clubs(frames)`
    when computed already), facts per type."""
    a = columns(frames, "articles", ["date", "season"])
    days = a["date"].dropna()
    return {
        "articles": len(a),
        "with_date": len(days),
        "first": str(days.min()) if len(days) else None,
        "last": str(days.max()) if len(days) else None,
        "seasons": sorted(str(s) for s in a["season"].dropna().unique()),
        "clubs": clubs(frames) if clubs_known is None else list(clubs_known),
        "facts": {KIND_LABELS[k]: count(frames, k)
                  for k in ("matches", "goals", "standings", "coach_events", "quotes", "people")},
        "problems": count(frames, "problems"),
    }


def seasons_overview(frames) -> pd.DataFrame:
    """Articles and matches per season."""
    a = columns(frames, "articles", ["season"])["season"].fillna(NO_SEASON).astype(str).value_counts()
    m = columns(frames, "matches", ["season"])["season"].fillna(NO_SEASON).astype(str).value_counts()
    table = pd.DataFrame({"Artikel": a, "Spiele": m}).fillna(0).astype(int)
    table.index.name = "Saison"
    return table.reset_index().sort_values("Saison", ascending=False, ignore_index=True)


# --------------------------------------------------------------------------------------------
# Matches


def match_keys(matches: pd.DataFrame) -> pd.Series:
    """One key per real game: the same game reported by several articles gets one key
    (the consolidated match's `entity_id`, see `lib.consolidate`)."""
    if matches.empty:
        return pd.Series([], dtype="object", index=matches.index)
    from lib.consolidate import build_matches

    _, mentions, _ = build_matches(_MatchesOnly(matches))
    keys = dict(zip(mentions["match_id"], mentions["entity_id"]))
    return pd.Series([keys.get(str(m), str(m)) for m in matches["match_id"]], index=matches.index, dtype="object")


class _MatchesOnly:  # frames with only a matches table (for `match_keys`)
    def __init__(self, matches: pd.DataFrame) -> None:
        from lib.schema import empty_frame

        self.matches = matches
        self.goals = empty_frame("goals")
        self.articles = empty_frame("articles")


_KB_CACHE: dict[int, tuple[tuple, Any]] = {}


def _fingerprint(frames, reference: Any) -> tuple:
    parts = tuple((id(getattr(frames, k)), len(getattr(frames, k)))
                  for k in ("articles", "matches", "goals", "coach_events", "people", "quotes"))
    return parts + (id(reference),)


def knowledge(frames, reference: Any = None):
    """The consolidated entities of `frames` (`lib.consolidate.Consolidated`), optionally
    checked against a `lib.reference.Reference`; memoised per frames object."""
    from lib.consolidate import consolidate

    key = _fingerprint(frames, reference)
    hit = _KB_CACHE.get(id(frames))
    if hit is not None and hit[0] == key:
        return hit[1]
    kb = consolidate(frames, reference=reference)
    if len(_KB_CACHE) > 8:
        _KB_CACHE.clear()
    _KB_CACHE[id(frames)] = (key, kb)
    return kb


def unique_matches(frames, kb: Any = None) -> pd.DataFrame:
    """One row per real game (the consolidated matches): the columns of `frames.matches`
    (the displayed values: majority or most detailed source) plus `key` (entity id),
    `sources` (all article ids), `score_basis`, `conflict`, reference columns."""
    kb = kb if kb is not None else knowledge(frames)
    m = kb.matches.copy()
    if m.empty:
        for column in ("key", "sources", "scorer_match"):
            m[column] = pd.Series(dtype="object")
        return m
    m["key"] = m["entity_id"]
    m["source_list"] = [str(v).split("; ") if not na(v) else [] for v in m["sources"]]
    m["scorer_match"] = m["entity_id"]
    return m.reset_index(drop=True)


def entity_goals(frames, kb: Any = None) -> pd.DataFrame:
    """The consolidated goals with `match_id` = the match entity (for `scorers_texts`)."""
    kb = kb if kb is not None else knowledge(frames)
    return kb.goals.rename(columns={"match_id": "_mention", "entity_id": "match_id"})


def _disagreement(row: pd.Series) -> str | None:
    parts = [val(row.get("conflict_note"))]
    if val(row.get("ref_status")) == "widersprochen":
        parts.append(f"Referenz: {score(row.get('ref_home_goals'), row.get('ref_away_goals'))}")
    text = "; ".join(p for p in parts if p)
    return text or None


def scorers_texts(goals: pd.DataFrame, match_ids: Iterable[Any]) -> list[str]:
    """Per match id, its scorers ordered by minute: "Marlon Ritter 50., Norman Bassette 30. (Elfmeter)"
    ("" for a match without goals). One pass over the goals for all matches."""
    match_ids = list(match_ids)
    wanted = {val(m) for m in match_ids} - {None}
    g = goals[goals["match_id"].isin(wanted).fillna(False).astype(bool)] if wanted else goals.iloc[:0]
    g = g.assign(_m=g["minute"].astype("Float64").fillna(999)).sort_values(["_m"], kind="stable")
    parts: dict[Any, list[str]] = {}
    rows = zip(*(python_values(g[c]) for c in ("match_id", "player", "minute", "stoppage", "own_goal", "penalty")))
    for match_id, player, minute, stoppage, own_goal, penalty in rows:
        name = player or "unbekannt"
        text = name if minute is None else f"{name} {minute_label(minute, stoppage)}"
        if own_goal:
            text += " (Eigentor)"
        elif penalty:
            text += " (Elfmeter)"
        parts.setdefault(match_id, []).append(text)
    return [", ".join(parts.get(val(m), ())) for m in match_ids]


def _season_mask(table: pd.DataFrame, season: str | None, column: str = "season") -> pd.Series:
    if not season:
        return pd.Series(True, index=table.index, dtype=bool)
    if season == NO_SEASON:
        return table[column].isna()
    return eq(table[column], season)


CLUB_MATCH_COLUMNS = ["Datum", "Gegner", "Heim/Auswärts", "Ergebnis", "Halbzeit", "S/U/N", "Wettbewerb",
                      "Stadion", "Zuschauer", "Torschützen", "Spiel", "Satz", "Quellen", "Quellartikel",
                      "Ergebnis laut", "Widerspruch", "Spieltag", "Referenz", "match_id",
                      "season", "Tore", "Gegentore", *SOURCE_COLUMNS]


def club_matches(frames, club: str | None, season: str | None = None, kb: Any = None) -> pd.DataFrame:
    """The club's games (from its point of view: "2:3" is a 2:3 defeat), oldest first; one
    row per real game (consolidated), with its sources and any disagreement."""
    kb = kb if kb is not None else knowledge(frames)
    m = unique_matches(frames, kb)
    goals = entity_goals(frames, kb)
    if m.empty or not club:
        return pd.DataFrame(columns=CLUB_MATCH_COLUMNS)
    m = m[(eq(m["home_team"], club) | eq(m["away_team"], club)) & _season_mask(m, season)]
    scorers = scorers_texts(goals, m["scorer_match"])
    rows = []
    for (_, row), scorers_of_game in zip(m.iterrows(), scorers):
        home = val(row["home_team"]) == club
        opponent = val(row["away_team"] if home else row["home_team"])
        gf, ga = (row["home_goals"], row["away_goals"]) if home else (row["away_goals"], row["home_goals"])
        htf, hta = ((row["home_goals_ht"], row["away_goals_ht"]) if home
                    else (row["away_goals_ht"], row["home_goals_ht"]))
        gf, ga = val(gf), val(ga)
        result = None
        if gf is not None and ga is not None:
            result = "S" if gf > ga else "N" if gf < ga else "U"
        side = (HOME if home else AWAY) if val(row["ordered"]) is not False else UNKNOWN_SIDE
        rows.append({
            "Datum": val(row["date"]),
            "Gegner": opponent,
            "Heim/Auswärts": side,
            "Ergebnis": score(gf, ga),
            "Halbzeit": score(htf, hta),
            "S/U/N": result,
            "Wettbewerb": val(row["competition"]),
            "Stadion": val(row["venue"]),
            "Zuschauer": val(row["attendance"]),
            "Torschützen": scorers_of_game,
            "Spiel": game_label(row),
            "Satz": val(row["sentence"]),
            "Quellen": len(row["source_list"]),
            "Quellartikel": val(row["sources"]),
            "Ergebnis laut": val(row["score_basis"]),
            "Widerspruch": _disagreement(row),
            "Spieltag": val(row.get("matchday")),
            "Referenz": val(row.get("ref_status")) if kb.has_reference else None,
            "match_id": val(row["match_id"]),
            "season": val(row["season"]),
            "Tore": gf,
            "Gegentore": ga,
            "article_id": val(row["article_id"]),
            "sent_start": val(row["sent_start"]),
            "sent_end": val(row["sent_end"]),
        })
    table = pd.DataFrame(rows, columns=CLUB_MATCH_COLUMNS)
    if table.empty:
        return table
    table["Zuschauer"] = table["Zuschauer"].astype("Int64")
    table["Spieltag"] = table["Spieltag"].astype("Int64")
    table["Tore"] = table["Tore"].astype("Int64")
    table["Gegentore"] = table["Gegentore"].astype("Int64")
    return table.sort_values("Datum", na_position="last", kind="stable").reset_index(drop=True)


def game_label(row: Any) -> str:
    """"VfL Bochum – 1. FC Kaiserslautern 3:2 (1:1)"."""
    get = row.get if hasattr(row, "get") else (lambda k: getattr(row, k, None))
    text = f"{val(get('home_team')) or '?'} – {val(get('away_team')) or '?'}"
    result = score(get("home_goals"), get("away_goals"))
    if result:
        text += f" {result}"
        ht = score(get("home_goals_ht"), get("away_goals_ht"))
        if ht:
            text += f" ({ht})"
    return text


def season_summary(table: pd.DataFrame) -> dict[str, int]:
    """Games, S/U/N, goals for/against, difference and points (3 per win) of a club table."""
    played = table[table["S/U/N"].notna()] if not table.empty else table
    wins = int((played["S/U/N"] == "S").sum()) if len(played) else 0
    draws = int((played["S/U/N"] == "U").sum()) if len(played) else 0
    losses = int((played["S/U/N"] == "N").sum()) if len(played) else 0
    goals_for = int(played["Tore"].fillna(0).sum()) if len(played) else 0
    goals_against = int(played["Gegentore"].fillna(0).sum()) if len(played) else 0
    return {"Spiele": len(played), "S": wins, "U": draws, "N": losses, "Tore": goals_for,
            "Gegentore": goals_against, "Tordifferenz": goals_for - goals_against,
            "Punkte": 3 * wins + draws}


def result_colour(value: Any) -> str:
    """CSS for a S/U/N cell (green win, yellow draw, red defeat)."""
    from .labels import RESULT_COLOURS
    colour = RESULT_COLOURS.get(str(value)) if not na(value) else None
    return f"background-color: {colour}; color: #1b1b1b" if colour else ""


def style_results(table: pd.DataFrame, columns: Iterable[str] = ("S/U/N", "Ergebnis")):
    """A pandas Styler colouring the result cells of a club table by S/U/N."""
    columns = [c for c in columns if c in table.columns]

    def row_style(row: pd.Series) -> list[str]:
        css = result_colour(row.get("S/U/N"))
        return [css if c in columns else "" for c in row.index]

    return table.style.apply(row_style, axis=1)


ALL_MATCH_COLUMNS = ["Datum", "Heim", "Gast", "Ergebnis", "Halbzeit", "Wettbewerb", "Stadion", "Zuschauer",
                     "Torschützen", "Satz", "Quellen", "Quellartikel", "Ergebnis laut", "Widerspruch", "Spieltag",
                     "Referenz", "match_id", "season", *SOURCE_COLUMNS]


def all_matches(frames, season: str | None = None, kb: Any = None) -> pd.DataFrame:
    """Every club's results (one row per real game, sources listed), oldest first."""
    kb = kb if kb is not None else knowledge(frames)
    m = unique_matches(frames, kb)
    if m.empty:
        return pd.DataFrame(columns=ALL_MATCH_COLUMNS)
    m = m[_season_mask(m, season)]
    goals = entity_goals(frames, kb)
    table = pd.DataFrame({
        "Datum": m["date"], "Heim": m["home_team"], "Gast": m["away_team"],
        "Ergebnis": [score(a, b) for a, b in zip(m["home_goals"], m["away_goals"])],
        "Halbzeit": [score(a, b) for a, b in zip(m["home_goals_ht"], m["away_goals_ht"])],
        "Wettbewerb": m["competition"], "Stadion": m["venue"], "Zuschauer": m["attendance"],
        "Torschützen": scorers_texts(goals, m["scorer_match"]),
        "Satz": m["sentence"], "Quellen": [len(x) for x in m["source_list"]], "Quellartikel": m["sources"],
        "Ergebnis laut": m["score_basis"], "Widerspruch": [_disagreement(r) for _, r in m.iterrows()],
        "Spieltag": m["matchday"], "Referenz": m["ref_status"] if kb.has_reference else None,
        "match_id": m["match_id"], "season": m["season"],
        "article_id": m["article_id"], "sent_start": m["sent_start"], "sent_end": m["sent_end"],
    }, columns=ALL_MATCH_COLUMNS)
    table["Zuschauer"] = table["Zuschauer"].astype("Int64")
    table["Spieltag"] = table["Spieltag"].astype("Int64")
    return table.sort_values("Datum", na_position="last", kind="stable").reset_index(drop=True)


def standings_series(frames, club: str | None, season: str | None = None) -> pd.DataFrame:
    """Table position and points of `club` over a season (from extracted standings), by date."""
    s = frames.standings
    columns = ["Datum", "Platz", "Punkte", "Satz", *SOURCE_COLUMNS]
    if s.empty or not club:
        return pd.DataFrame(columns=columns)
    s = s[eq(s["team"], club) & _season_mask(s, season)]
    s = s[s["date"].notna() & (s["position"].notna() | s["points"].notna())]
    table = pd.DataFrame({"Datum": s["date"], "Platz": s["position"], "Punkte": s["points"],
                          "Satz": s["sentence"], "article_id": s["article_id"],
                          "sent_start": s["sent_start"], "sent_end": s["sent_end"]}, columns=columns)
    table = table.sort_values("Datum", kind="stable").drop_duplicates("Datum", keep="last")
    return table.reset_index(drop=True)


def points_from_matches(table: pd.DataFrame) -> pd.DataFrame:
    """Cumulative points after each dated game of a club table (fallback without standings)."""
    played = table[table["S/U/N"].notna() & table["Datum"].notna()] if not table.empty else table
    if played.empty:
        return pd.DataFrame(columns=["Datum", "Punkte"])
    points = played["S/U/N"].map({"S": 3, "U": 1, "N": 0}).astype(int).cumsum()
    return pd.DataFrame({"Datum": played["Datum"].astype(str).values, "Punkte": points.values})


# --------------------------------------------------------------------------------------------
# Goals


GOAL_COLUMNS = ["Spieler", "Verein", "Minute", "Art", "Heim/Auswärts", "Gegner", "Spiel", "Datum", "Saison",
                "Satz", "Quellen", "Widerspruch", "minute", "stoppage", "match_id", *SOURCE_COLUMNS]


def goal_table(frames, season: str | None = None, club: str | None = None, kb: Any = None) -> pd.DataFrame:
    """Every goal once (the consolidated goals: several reports of one goal are one row,
    `Quellen` counts them) with its game."""
    kb = kb if kb is not None else knowledge(frames)
    g = kb.goals
    if g.empty:
        return pd.DataFrame(columns=GOAL_COLUMNS)
    games = {str(r["entity_id"]): r for r in unique_matches(frames, kb).to_dict("records")}
    labels: dict[str, str] = {}  # game label per match, made once
    a = columns(frames, "articles", ["article_id", "date", "season"])
    article_ids = python_values(a["article_id"])
    article_dates = dict(zip(article_ids, python_values(a["date"])))
    article_seasons = dict(zip(article_ids, python_values(a["season"])))
    names = ["entity_id", "team", "article_id", "own_goal", "penalty", "player", "minute", "stoppage", "sentence",
             "n_sources", "conflict_note", "sent_start", "sent_end"]
    rows = []
    for (entity_id, team, aid, own_goal, penalty, player, minute, stoppage, sentence, n_sources, conflict_note,
         sent_start, sent_end) in zip(*(python_values(g[name]) for name in names)):
        match = games.get(str(entity_id))
        side, opponent, game, date, game_season = UNKNOWN_SIDE, None, None, None, None
        if match is not None:
            home, away = val(match["home_team"]), val(match["away_team"])
            if team is not None and team in (home, away):
                if val(match["ordered"]) is not False:
                    side = HOME if team == home else AWAY
                opponent = away if team == home else home
            key = str(entity_id)
            game = labels[key] if key in labels else labels.setdefault(key, game_label(match))
            date, game_season = val(match["date"]), val(match["season"])
        if date is None and aid in article_dates:
            date = article_dates[aid]
        if game_season is None and aid in article_seasons:
            game_season = article_seasons[aid]
        kind = ("own_goal" if own_goal else "penalty" if penalty else "goal")
        rows.append({
            "Spieler": player or "unbekannt", "Verein": team, "Minute": minute_label(minute, stoppage),
            "Art": GOAL_KIND_LABELS[kind], "Heim/Auswärts": side, "Gegner": opponent, "Spiel": game,
            "Datum": date, "Saison": game_season, "Satz": sentence, "Quellen": n_sources,
            "Widerspruch": conflict_note, "minute": minute,
            "stoppage": stoppage, "match_id": entity_id, "article_id": aid,
            "sent_start": sent_start, "sent_end": sent_end,
        })
    table = pd.DataFrame(rows)
    if season:
        table = table[table["Saison"].isna()] if season == NO_SEASON else table[eq(table["Saison"], season)]
    if club:
        table = table[eq(table["Verein"], club)]
    table["minute"] = table["minute"].astype("Int64")
    table["stoppage"] = table["stoppage"].astype("Int64")
    return table.reset_index(drop=True).reindex(columns=GOAL_COLUMNS)


def top_scorers(goals: pd.DataFrame, n: int = 15, include_own_goals: bool = True) -> pd.DataFrame:
    """Goals per player and kind (Tor/Elfmeter/Eigentor), long format for a stacked chart,
    best `n` players; `Gesamt` is the player's total. Unnamed scorers are left out."""
    columns = ["Spieler", "Verein", "Art", "Tore", "Gesamt"]
    g = goals[goals["Spieler"] != "unbekannt"] if not goals.empty else goals
    if not include_own_goals and not g.empty:
        g = g[g["Art"] != GOAL_KIND_LABELS["own_goal"]]
    if g.empty:
        return pd.DataFrame(columns=columns)
    totals = g.groupby("Spieler").size().sort_values(ascending=False, kind="stable")
    order = sorted(totals.index, key=lambda p: (-totals[p], p))[:n]
    clubs_of = g.groupby("Spieler")["Verein"].agg(lambda s: ", ".join(sorted({str(v) for v in s.dropna()})))
    long = g[g["Spieler"].isin(order)].groupby(["Spieler", "Art"]).size().reset_index(name="Tore")
    long["Verein"] = long["Spieler"].map(clubs_of)
    long["Gesamt"] = long["Spieler"].map(totals).astype(int)
    long["_rank"] = long["Spieler"].map({p: i for i, p in enumerate(order)})
    return long.sort_values(["_rank", "Art"]).drop(columns="_rank").reset_index(drop=True)[columns]


def scorer_ranking(goals: pd.DataFrame, include_own_goals: bool = True) -> pd.DataFrame:
    """One row per player: Tore, davon Elfmeter, Eigentore, Verein."""
    long = top_scorers(goals, n=10_000, include_own_goals=include_own_goals)
    if long.empty:
        return pd.DataFrame(columns=["Spieler", "Verein", "Tore", "Elfmeter", "Eigentore"])
    wide = long.pivot_table(index=["Spieler", "Verein"], columns="Art", values="Tore", aggfunc="sum",
                            fill_value=0)
    out = pd.DataFrame({
        "Tore": wide.sum(axis=1),
        "Elfmeter": wide.get(GOAL_KIND_LABELS["penalty"], 0),
        "Eigentore": wide.get(GOAL_KIND_LABELS["own_goal"], 0),
    }).reset_index()
    return out.sort_values(["Tore", "Spieler"], ascending=[False, True], ignore_index=True)


MINUTE_BINS = ["1.–15.", "16.–30.", "31.–45.+", "46.–60.", "61.–75.", "76.–90.+", "Verlängerung"]


def minute_bin(minute: Any) -> str | None:
    minute = val(minute)
    if minute is None:
        return None
    minute = int(minute)
    if minute > 90:
        return MINUTE_BINS[-1]
    if minute <= 0:
        return MINUTE_BINS[0]
    if minute <= 45:
        return MINUTE_BINS[min((minute - 1) // 15, 2)]
    return MINUTE_BINS[3 + min((minute - 46) // 15, 2)]


def minute_bins(goals: pd.DataFrame) -> pd.DataFrame:
    """Goals per 15-minute bin (all bins, also empty ones; stoppage time counts to 45./90.),
    split by kind. Goals without a minute are left out (see `goals_without_minute`)."""
    rows = [{"Zeitraum": b, "Art": kind, "Tore": 0} for b in MINUTE_BINS[:-1]
            for kind in (GOAL_KIND_LABELS["goal"],)]
    counts: Counter[tuple[str, str]] = Counter()
    for minute, kind in zip(goals.get("minute", []), goals.get("Art", [])):
        label = minute_bin(minute)
        if label:
            counts[(label, kind)] += 1
    for (label, kind), n in counts.items():
        rows.append({"Zeitraum": label, "Art": kind, "Tore": n})
    table = pd.DataFrame(rows).groupby(["Zeitraum", "Art"], as_index=False)["Tore"].sum()
    used_bins = [b for b in MINUTE_BINS if b != MINUTE_BINS[-1] or (table["Zeitraum"] == b).any()]
    table["Zeitraum"] = pd.Categorical(table["Zeitraum"], categories=used_bins, ordered=True)
    return table.sort_values(["Zeitraum", "Art"]).reset_index(drop=True)


def goals_without_minute(goals: pd.DataFrame) -> int:
    return int(goals["minute"].isna().sum()) if not goals.empty else 0


def home_away(goals: pd.DataFrame) -> pd.DataFrame:
    """Goals scored at home / away (/ unknown when the report does not settle it)."""
    order = [HOME, AWAY, UNKNOWN_SIDE]
    counts = goals["Heim/Auswärts"].value_counts() if not goals.empty else pd.Series(dtype=int)
    table = pd.DataFrame({"Ort": order, "Tore": [int(counts.get(o, 0)) for o in order]})
    return table[(table["Tore"] > 0) | table["Ort"].isin([HOME, AWAY])].reset_index(drop=True)


# --------------------------------------------------------------------------------------------
# Coaches


COACH_COLUMNS = ["Datum", "Person", "Verein", "Ereignis", "Satz", "Datum aus Artikel", "event", *SOURCE_COLUMNS]


def coach_table(frames) -> pd.DataFrame:
    """Coach events with German labels; without a date in the text the article's date is used
    (flagged in "Datum aus Artikel"). Newest first."""
    c = frames.coach_events
    if c.empty:
        return pd.DataFrame(columns=COACH_COLUMNS)
    a = columns(frames, "articles", ["article_id", "date"])
    article_dates = dict(zip(python_values(a["article_id"]), python_values(a["date"])))
    own = python_values(c["date"])
    from_article = [date is None for date in own]
    dates = [date if date is not None else article_dates.get(aid) for aid, date in zip(python_values(c["article_id"]), own)]
    labels = {event: event_label(event) for event in set(python_values(c["event"]))}
    table = pd.DataFrame({
        "Datum": dates, "Person": c["person"].values, "Verein": c["club"].values,
        "Ereignis": [labels[e] for e in python_values(c["event"])], "Satz": c["sentence"].values,
        "Datum aus Artikel": from_article, "event": c["event"].values, "article_id": c["article_id"].values,
        "sent_start": c["sent_start"].values, "sent_end": c["sent_end"].values,
    }, columns=COACH_COLUMNS)
    return sort_newest_first(table)


def search_coach(table: pd.DataFrame, query: str | None = None, clubs: Iterable[str] | None = None,
                 events: Iterable[str] | None = None, start: dt.date | None = None,
                 end: dt.date | None = None) -> pd.DataFrame:
    """Free text over person, club, event (German and code) and sentence (every word must
    occur, case/accent-insensitive); club and event (code) filters; date range. Newest first."""
    if table.empty:
        return table
    mask = pd.Series(True, index=table.index, dtype=bool)
    if tokens(query):  # the folded haystack only when there is something to look for
        haystack = (fold_series(table["Person"]) + " " + fold_series(table["Verein"]) + " "
                    + fold_series(table["Ereignis"]) + " " + fold_series(table["event"]) + " "
                    + fold_series(table["Satz"]))
        mask = matches_query(haystack, query)
    clubs = [c for c in (clubs or []) if c]
    if clubs:
        mask &= table["Verein"].isin(clubs).fillna(False).astype(bool)
    events = [e for e in (events or []) if e]
    if events:
        mask &= table["event"].isin(events).fillna(False).astype(bool)
    mask &= in_range(table["Datum"], start, end)
    return sort_newest_first(table[mask])


def tenures(table: pd.DataFrame, until: str | None = None) -> pd.DataFrame:
    """Coach tenures per (person, club): from an appointment (or interim start) to the next
    departure (dismissal, resignation, leaving). A tenure without a known end runs to `until`
    (default: the newest event date) and is marked open. Departures without a known start
    give no bar (they are still points on the timeline)."""
    columns = ["Person", "Verein", "Beginn", "Ende", "offen", "Status"]
    if table.empty:
        return pd.DataFrame(columns=columns)
    dated = table[table["Datum"].notna() & table["Person"].notna()]
    if dated.empty:
        return pd.DataFrame(columns=columns)
    until = until or max(str(d) for d in dated["Datum"])
    rows = []
    for (person, club), group in dated.groupby(["Person", dated["Verein"].fillna("")], sort=True):
        start = None
        for row in group.sort_values("Datum", kind="stable").itertuples(index=False):
            if row.event in TENURE_START and start is None:
                start = str(row.Datum)
            elif row.event in TENURE_END and start is not None:
                rows.append({"Person": person, "Verein": club or None, "Beginn": start, "Ende": str(row.Datum),
                             "offen": False, "Status": event_label(row.event)})
                start = None
        if start is not None:
            rows.append({"Person": person, "Verein": club or None, "Beginn": start, "Ende": max(until, start),
                         "offen": True, "Status": "im Amt (Ende unbekannt)"})
    return pd.DataFrame(rows, columns=columns)


def entity_tenures(frames, events: pd.DataFrame | None = None, until: str | None = None,
                   kb: Any = None) -> pd.DataFrame:
    """Tenures from the consolidated coach events (`lib.consolidate.build_tenures`), in the
    timeline's columns; limited to the persons and clubs of `events` (the search result)
    when given. Open tenures run to `until`; tenures without a known start get no bar."""
    columns = ["Person", "Verein", "Beginn", "Ende", "offen", "Status", "Quellen"]
    kb = kb if kb is not None else knowledge(frames)
    t = kb.tenures
    if t.empty:
        return pd.DataFrame(columns=columns)
    if events is not None:
        wanted = {(val(p), val(c)) for p, c in zip(events["Person"], events["Verein"])}
        t = t[[(val(p), val(c)) in wanted for p, c in zip(t["person"], t["club"])]]
    t = t[t["start"].notna()]
    if t.empty:
        return pd.DataFrame(columns=columns)
    until = until or max(str(d) for d in [*t["start"], *t["end"].dropna()])
    rows = []
    for r in t.itertuples(index=False):
        open_ = bool(r.open)
        rows.append({"Person": r.person, "Verein": val(r.club), "Beginn": r.start,
                     "Ende": max(until, str(r.start)) if open_ else r.end, "offen": open_,
                     "Status": "im Amt (Ende unbekannt)" if open_ else event_label(r.end_event),
                     "Quellen": r.sources})
    return pd.DataFrame(rows, columns=columns)


# --------------------------------------------------------------------------------------------
# Articles


def _names_by_article(pairs: list[tuple[pd.Series, pd.Series]]) -> dict[str, str]:
    """article id -> ", "-joined sorted distinct names, from (article ids, names) column pairs.

    Vectorised on integer codes: (article, rank of the name) pairs are sorted and deduplicated
    as single integers, then each article's run of names is joined."""
    ids = pd.concat([p[0].astype("string") for p in pairs], ignore_index=True)
    names = pd.concat([p[1].astype("string") for p in pairs], ignore_index=True)
    article_codes, articles = pd.factorize(ids)
    name_codes, distinct = pd.factorize(names)
    known = (article_codes >= 0) & (name_codes >= 0)
    if not known.any():
        return {}
    # Arrow sorts strings by their UTF-8 bytes, i.e. in code point order, as Python's sorted()
    order = np.asarray(distinct.argsort(kind="stable"))
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    coded = np.sort(article_codes[known].astype(np.int64) * len(order) + rank[name_codes[known]])
    coded = coded[np.r_[True, coded[1:] != coded[:-1]]]
    article_of, name_of = np.divmod(coded, len(order))
    sorted_names = np.asarray(distinct.take(order).tolist(), dtype=object)[name_of].tolist()
    starts = np.flatnonzero(np.r_[True, article_of[1:] != article_of[:-1]])
    ends = np.r_[starts[1:], len(article_of)]
    article_ids = articles.take(article_of[starts]).tolist()
    return {article_id: ", ".join(sorted_names[a:b])
            for article_id, a, b in zip(article_ids, starts.tolist(), ends.tolist())}


# the columns `article_index` reads (without the texts): of the facts, their clubs and names
ARTICLE_INDEX_READS = {
    "articles": ["article_id", "date", "season", "title", "source",
                 *(f"n_{kind}" for kind in ("matches", "goals", "standings", "coach_events", "quotes"))],
    **{kind: ["article_id", *CLUB_COLUMNS.get(kind, ()), *([NAME_COLUMNS[kind]] if kind in NAME_COLUMNS else [])]
       for kind in {**CLUB_COLUMNS, **NAME_COLUMNS}}}


def article_index(frames, *, text: bool = True) -> pd.DataFrame:
    """One row per article with the clubs and persons its facts name (for the article search).
    text=False leaves the column `text` empty (NA): the texts are read only for a search."""
    a = columns(frames, "articles", ARTICLE_INDEX_READS["articles"] + (["text"] if text else []))
    facts = {kind: columns(frames, kind, reads) for kind, reads in ARTICLE_INDEX_READS.items() if kind != "articles"}
    clubs_of = _names_by_article([(facts[kind]["article_id"], facts[kind][name])
                                  for kind, names in CLUB_COLUMNS.items() for name in names])
    persons_of = _names_by_article([(facts[kind]["article_id"], facts[kind][name])
                                    for kind, name in NAME_COLUMNS.items()])
    n_facts = pd.Series(0, index=a.index, dtype="int64")
    for kind in ("matches", "goals", "standings", "coach_events", "quotes"):
        n_facts += a[f"n_{kind}"].fillna(0).astype("int64")
    ids = a["article_id"].astype("str")
    names = ids.tolist()

    def column(name: str):
        return a[name].astype("str").values  # pandas' default string dtype, without a Python loop

    return pd.DataFrame({
        "article_id": ids.values, "Datum": column("date"), "Saison": column("season"), "Titel": column("title"),
        "Vereine": pd.array([clubs_of.get(i, "") for i in names], dtype="str"),
        "Personen": pd.array([persons_of.get(i, "") for i in names], dtype="str"),
        "Fakten": n_facts.values,
        "text": column("text") if text else pd.array([None] * len(a), dtype="str"), "Quelle": column("source"),
    })


def search_articles(index: pd.DataFrame, query: str | None = None, club: str | None = None,
                    person: str | None = None, start: dt.date | None = None,
                    end: dt.date | None = None) -> pd.DataFrame:
    """Articles whose title/text contain every word of `query`, that name `club` (in a fact or
    the text) and `person` (part of a name, in a fact or the text), in the date range. Newest first."""
    if index.empty:
        return index
    mask = in_range(index["Datum"], start, end)
    if not (query or club or person):
        return sort_newest_first(index[mask])
    if "_text" in index.columns:  # folded title + text, precomputed (lib.dashboard.data.article_index)
        text = index["_text"]
    else:
        text = fold_series(index["Titel"]) + " " + fold_series(index["text"])
    mask &= matches_query(text, query)
    if club:
        mask &= index["Vereine"].map(lambda v: club in str(v).split(", ")) | text.str.contains(fold(club),
                                                                                                regex=False)
    if person:
        mask &= matches_query(fold_series(index["Personen"]) + " " + text, person)
    return sort_newest_first(index[mask])


FACT_COLUMNS = ["Art", "Fakt", "Satz", "kind", *SOURCE_COLUMNS]


def article_facts(frames, article_id: str) -> pd.DataFrame:
    """Every fact of one article as (kind, German description, sentence), in text order."""
    rows = []

    def of(kind: str) -> pd.DataFrame:
        frame = getattr(frames, kind)
        return frame[eq(frame["article_id"], article_id)]

    for _, r in of("matches").iterrows():
        extra = [x for x in (val(r["competition"]), val(r["venue"]),
                             f"{val(r['attendance']):,} Zuschauer".replace(",", ".") if val(r["attendance"]) else None)
                 if x]
        rows.append(("matches", game_label(r) + (f" – {', '.join(extra)}" if extra else ""), r))
    for _, r in of("goals").iterrows():
        kind = " (Eigentor)" if val(r["own_goal"]) else " (Elfmeter)" if val(r["penalty"]) else ""
        minute = "" if val(r["minute"]) is None else f", {minute_label(r['minute'], r['stoppage'])} Minute"
        rows.append(("goals", f"{val(r['player']) or 'unbekannt'}{kind} für {val(r['team']) or '?'}{minute}", r))
    for _, r in of("standings").iterrows():
        parts = [f"Platz {val(r['position'])}" if val(r["position"]) else None,
                 f"{val(r['points'])} Punkte" if val(r["points"]) is not None else None]
        rows.append(("standings", f"{val(r['team']) or '?'}: {', '.join(p for p in parts if p)}", r))
    for _, r in of("coach_events").iterrows():
        club = f" ({val(r['club'])})" if val(r["club"]) else ""
        date = f", {val(r['date'])}" if val(r["date"]) else ""
        rows.append(("coach_events", f"{val(r['person']) or '?'} – {event_label(r['event'])}{club}{date}", r))
    for _, r in of("quotes").iterrows():
        words = str(val(r["text"]) or "")
        words = words if len(words) <= 120 else words[:117] + "…"
        rows.append(("quotes", f"{val(r['speaker']) or 'unbekannt'}: «{words}»", r))
    for _, r in of("people").iterrows():
        info = [ROLE_LABELS.get(str(val(r["role"])), val(r["role"])) if val(r["role"]) else None, val(r["club"])]
        info = [i for i in info if i]
        rows.append(("people", f"{val(r['name'])}" + (f" ({', '.join(info)})" if info else ""), r))
    table = pd.DataFrame([{
        "Art": KIND_LABELS[kind], "Fakt": text, "Satz": val(r["sentence"]), "kind": kind,
        "article_id": article_id, "sent_start": val(r["sent_start"]), "sent_end": val(r["sent_end"]),
    } for kind, text, r in rows], columns=FACT_COLUMNS)
    if table.empty:
        return table
    table["_s"] = table["sent_start"].astype("Float64").fillna(1e12)
    return table.sort_values("_s", kind="stable").drop(columns="_s").reset_index(drop=True)


def article_entities(frames, article_id: str) -> dict[str, str]:
    """Names to highlight in an article -> label: persons (with role) and clubs of its facts.
    A person's last name is added too ("Schuster" for "Dirk Schuster")."""
    names: dict[str, str] = {}

    def rows(kind: str) -> pd.DataFrame:
        frame = getattr(frames, kind)
        return frame[eq(frame["article_id"], article_id)]

    for kind, club_columns in CLUB_COLUMNS.items():
        frame = rows(kind)
        for column in club_columns:
            for name in frame[column].dropna():
                names[str(name)] = "Verein"
    persons: dict[str, str] = {}
    for _, r in rows("people").iterrows():
        if val(r["name"]):
            persons[str(r["name"])] = ROLE_LABELS.get(str(val(r["role"])), "Person")
    for name in rows("coach_events")["person"].dropna():
        persons.setdefault(str(name), "Trainer")
    for name in rows("goals")["player"].dropna():
        persons.setdefault(str(name), "Spieler")
    for name in rows("quotes")["speaker"].dropna():
        persons.setdefault(str(name), "Person")
    for name, label in list(persons.items()):
        names.setdefault(name, label)
        last = name.split()[-1] if " " in name else None
        if last and len(last) >= 3 and last not in names:
            names[last] = label
    return names


def source_sentence(frames, article_id: str, sent_start: Any, sent_end: Any,
                    sentence: Any = None) -> str | None:
    """The source sentence: the span of the article text, else the stored sentence."""
    a = frames.articles
    row = a[eq(a["article_id"], article_id)]
    start, end = val(sent_start), val(sent_end)
    if not row.empty and start is not None and end is not None:
        text = val(row.iloc[0]["text"]) or ""
        if 0 <= start < end <= len(text):
            return text[start:end]
    return val(sentence)
