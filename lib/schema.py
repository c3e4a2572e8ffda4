"""The columns and dtypes of every frame the library produces.

This module is the contract between the extractor, the CSV export, the store and the
dashboard: everything that reads or writes a frame goes through `empty_frame` /
`to_frame`, so a frame always has exactly these columns in this order, with these
pandas dtypes, even when it has no rows.

Provenance: every fact row carries `article_id` plus `sent_start`/`sent_end`, the
character span of its source sentence in the article's `text` (see `articles.text`),
and `sentence`, that sentence's text.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd
import pyarrow as pa

STRING = "string"
INT = "Int64"
BOOL = "boolean"
ARROW_TYPES = {STRING: pa.string(), INT: pa.int64(), BOOL: pa.bool_()}

PROVENANCE: dict[str, str] = {"sent_start": INT, "sent_end": INT, "sentence": STRING}

COLUMNS: dict[str, dict[str, str]] = {
    "articles": {
        "article_id": STRING,  # file name for .txt, record id (or file#row) for .jsonl/.csv
        "source": STRING,  # path of the file the article came from
        "title": STRING,  # headline, or None when the article has none
        "date": STRING,  # ISO date from the date line: "2026-03-08" or "2018-07"; None if absent
        "season": STRING,  # "2025/26" (July-June) derived from `date`; None without a date
        "football": BOOL,  # False for other sports: such articles yield no football facts
        "text": STRING,  # article text after the date line; all spans index into this
        "n_matches": INT,
        "n_goals": INT,
        "n_standings": INT,
        "n_coach_events": INT,
        "n_quotes": INT,
        "n_people": INT,
        "warnings": STRING,  # "; "-joined notes from reading (encoding fallback, bad date line)
    },
    "matches": {
        "match_id": STRING,  # "<article_id>#m<n>", unique over the corpus
        "article_id": STRING,
        "home_team": STRING,  # canonical club name
        "away_team": STRING,
        "home_goals": INT,
        "away_goals": INT,
        "home_goals_ht": INT,  # half-time score; None when the text gives none
        "away_goals_ht": INT,
        "ordered": BOOL,  # False when the text does not settle which side was at home
        "date": STRING,  # match date where the text gives one, else the article's date
        "season": STRING,
        "competition": STRING,  # "2. Bundesliga", "DFB-Pokal", ... where the text says
        "venue": STRING,
        "attendance": INT,
        **PROVENANCE,
    },
    "goals": {
        "goal_id": STRING,
        "match_id": STRING,
        "article_id": STRING,
        "team": STRING,  # canonical name of the side the goal counts for
        "player": STRING,  # full name where the article gives it
        "minute": INT,  # base minute (90.+2 -> 90); None where the text gives none
        "stoppage": INT,  # the +2 of 90.+2
        "penalty": BOOL,
        "own_goal": BOOL,
        **PROVENANCE,
    },
    "standings": {
        "article_id": STRING,
        "team": STRING,
        "position": INT,
        "points": INT,
        "season": STRING,
        "date": STRING,
        **PROVENANCE,
    },
    "coach_events": {
        "article_id": STRING,
        "person": STRING,
        "club": STRING,
        "event": STRING,  # one of COACH_EVENTS
        "date": STRING,  # ISO date where the text gives or implies one
        **PROVENANCE,
    },
    "quotes": {
        "article_id": STRING,
        "speaker": STRING,
        "text": STRING,  # the quoted words without the quotation marks
        "quote_start": INT,
        "quote_end": INT,
        **PROVENANCE,
    },
    "people": {
        "article_id": STRING,
        "name": STRING,  # longest form in the article ("Torsten Lieberknecht")
        "role": STRING,  # coach, player, official, referee, or None
        "club": STRING,
        "n_mentions": INT,
        **PROVENANCE,  # first mention
    },
    "problems": {
        "source": STRING,  # path (or path#row) that was skipped or salvaged
        "reason": STRING,
        "action": STRING,  # "skipped" or "salvaged"
    },
}

FACT_KINDS = ("matches", "goals", "standings", "coach_events", "quotes", "people")
# The fact columns that name clubs (canonical club names) and those that name persons, by
# frame: what the club list, the article index and the consolidation read clubs and names from.
# NAME_COLUMNS is in the order the consolidation meets names (its people are built in it).
CLUB_COLUMNS: dict[str, tuple[str, ...]] = {"matches": ("home_team", "away_team"), "standings": ("team",),
                                            "goals": ("team",), "coach_events": ("club",), "people": ("club",)}
NAME_COLUMNS: dict[str, str] = {"people": "name", "coach_events": "person", "goals": "player", "quotes": "speaker"}
COACH_EVENTS = ("appointed", "dismissed", "resigned", "left", "candidate", "unavailable", "interim",
                "suspended", "extended")


def empty_frame(kind: str) -> pd.DataFrame:
    """An empty frame of `kind` with the right columns and dtypes."""
    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in COLUMNS[kind].items()})


def to_frame(kind: str, rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Rows (dicts) -> frame of `kind`; missing keys become NA, extra keys are dropped."""
    columns = COLUMNS[kind]
    rows = list(rows)
    if not rows:
        return empty_frame(kind)
    data = {name: pd.array([row.get(name) for row in rows], dtype=dtype) for name, dtype in columns.items()}
    return pd.DataFrame(data)


def to_arrow(kind: str, rows: list[Mapping[str, Any]], **extra: list[Any] | pa.Array) -> pa.Table:
    """Rows (dicts) -> Arrow table with `kind`'s columns and types, plus `extra` columns given
    as lists. The store writes these: DuckDB reads Arrow without the cost of a pandas frame."""
    columns = {name: pa.array([row.get(name) for row in rows], type=ARROW_TYPES[dtype])
               for name, dtype in COLUMNS[kind].items()}
    columns.update((name, values if isinstance(values, pa.Array) else pa.array(values))
                   for name, values in extra.items())
    return pa.table(columns)
