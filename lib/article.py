"""One article: its id, metadata line, headline and text.

The text format (see the customer's seeds): an optional first line ` date YYYY-MM-DD` or
` date YYYY-MM` (leading space; the body may continue on the same line), an optional
headline followed by a blank line, then the body.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

DATE_LINE = re.compile(r"\A[ \t]*date[ \t]+(?P<value>\d\S*)[ \t]*", re.IGNORECASE)
DATE_VALUE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?")
HEADLINE_MAX_CHARS = 160
# zero-width characters, directional marks and embeddings, word joiners, BOMs inside the text
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


@dataclass(frozen=True)
class Article:
    """An article as read from disk. All character spans of its facts index into `text`."""

    article_id: str
    text: str
    source: str = ""
    title: str | None = None
    date: str | None = None  # "YYYY-MM-DD" or "YYYY-MM"
    warnings: tuple[str, ...] = field(default_factory=tuple)

    @property
    def season(self) -> str | None:
        return season_of(self.date)

    @property
    def day(self) -> dt.date | None:
        """The article's date when it is known to the day."""
        if self.date and len(self.date) == 10:
            return dt.date.fromisoformat(self.date)
        return None


def season_of(date: str | None) -> str | None:
    """Football season (July-June) of an ISO date or month: "2026-03-08" -> "2025/26"."""
    if not date:
        return None
    match = DATE_VALUE.match(date)
    if not match:
        return None
    year, month = int(match["year"]), int(match["month"])
    start = year if month >= 7 else year - 1
    return f"{start}/{(start + 1) % 100:02d}"


def parse_date(value: str) -> str | None:
    """"2026-03-08" -> "2026-03-08", "2018-7" -> "2018-07"; None for an impossible date."""
    match = DATE_VALUE.fullmatch(value.strip())
    if not match:
        return None
    year, month = int(match["year"]), int(match["month"])
    try:
        if match["day"]:
            return dt.date(year, month, int(match["day"])).isoformat()
        dt.date(year, month, 1)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}"


def article_from_text(raw: str, article_id: str, source: str = "", *, title: str | None = None,
                      date: str | None = None) -> Article:
    """Parse the date line and headline of a raw article text.

    `title`/`date` given by a structured record (.jsonl/.csv) take precedence. An invalid
    date line is removed from the text and reported in `warnings`; the article is kept.
    """
    warnings: list[str] = []
    text = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text, invisible = INVISIBLE.subn("", text)
    if invisible:
        warnings.append(f"removed {invisible} invisible formatting characters (zero-width, bidi)")
    given = None
    if date:
        given = parse_date(str(date))
        if given is None:
            warnings.append(f"invalid date {date!r} ignored")
    line = DATE_LINE.match(text)
    if line:
        parsed = parse_date(line["value"])
        if parsed is None:
            warnings.append(f"invalid date line {line['value']!r} ignored")
        date = given or parsed
        text = text[line.end():]
    else:
        date = given
    text = text.strip("\n")
    if title is None:
        title = _headline(text)
    return Article(article_id=article_id, text=text, source=source, title=title, date=date,
                   warnings=tuple(warnings))


def _headline(text: str) -> str | None:
    """The first line when it is short and followed by a blank line, as headlines are."""
    first, sep, rest = text.partition("\n")
    if not sep or not rest.startswith("\n"):
        return None
    first = first.strip()
    if not first or len(first) > HEADLINE_MAX_CHARS:
        return None
    return first
