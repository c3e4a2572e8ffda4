"""`Frames`: the result of an extraction, one pandas frame per fact type."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import pandas as pd

from .schema import COLUMNS, empty_frame, to_frame

CSV_KINDS = ("articles", "matches", "goals", "standings", "coach_events", "quotes", "people", "problems")


@dataclass
class Frames:
    """One frame per kind; columns and dtypes as in `lib.schema.COLUMNS`.

    >>> frames = lib.extract(["data/sample"])
    >>> frames.matches.query("home_team == '1. FC Kaiserslautern'")
    """

    articles: pd.DataFrame
    matches: pd.DataFrame
    goals: pd.DataFrame
    standings: pd.DataFrame
    coach_events: pd.DataFrame
    quotes: pd.DataFrame
    people: pd.DataFrame
    problems: pd.DataFrame

    @classmethod
    def empty(cls) -> "Frames":
        return cls(**{kind: empty_frame(kind) for kind in CSV_KINDS})

    @classmethod
    def from_rows(cls, rows: Mapping[str, Iterable[Mapping[str, Any]]]) -> "Frames":
        return cls(**{kind: to_frame(kind, rows.get(kind, ())) for kind in CSV_KINDS})

    @classmethod
    def concat(cls, parts: Iterable["Frames"]) -> "Frames":
        parts = list(parts)
        if not parts:
            return cls.empty()
        return cls(**{
            kind: pd.concat([getattr(p, kind) for p in parts], ignore_index=True).astype(COLUMNS[kind])
            for kind in CSV_KINDS
        })

    def items(self) -> Iterable[tuple[str, pd.DataFrame]]:
        for item in fields(self):
            yield item.name, getattr(self, item.name)

    def counts(self) -> dict[str, int]:
        return {kind: len(frame) for kind, frame in self.items()}

    def to_csv(self, out_dir: str | Path) -> list[Path]:
        """Write one UTF-8 CSV per kind (`matches.csv`, ...) into `out_dir`."""
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for kind, frame in self.items():
            path = out / f"{kind}.csv"
            frame.to_csv(path, index=False, encoding="utf-8")
            written.append(path)
        return written
