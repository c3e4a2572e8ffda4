"""German labels shown in the dashboard."""
from __future__ import annotations

import pandas as pd

DEFAULT_CLUB = "1. FC Kaiserslautern"

EVENT_LABELS: dict[str, str] = {
    "appointed": "verpflichtet",
    "dismissed": "entlassen",
    "resigned": "zurückgetreten",
    "left": "ausgeschieden",
    "candidate": "Kandidat",
    "unavailable": "nicht verfügbar",
    "interim": "Interimstrainer",
    "suspended": "gesperrt",
    "extended": "Vertrag verlängert",
}

# Events that open or close a coach's tenure at a club (for the timeline bars).
TENURE_START = ("appointed", "interim")
TENURE_END = ("dismissed", "resigned", "left")

KIND_LABELS: dict[str, str] = {
    "articles": "Artikel",
    "matches": "Spiele",
    "goals": "Tore",
    "standings": "Tabellenstände",
    "coach_events": "Trainer-Ereignisse",
    "quotes": "Zitate",
    "people": "Personen",
    "problems": "Probleme beim Einlesen",
}

RESULT_LABELS = {"S": "Sieg", "U": "Unentschieden", "N": "Niederlage"}
RESULT_COLOURS = {"S": "#c8e6c9", "U": "#fff3c4", "N": "#ffcdd2"}

GOAL_KIND_LABELS = {"goal": "Tor", "penalty": "Elfmeter", "own_goal": "Eigentor"}

ROLE_LABELS = {"coach": "Trainer", "player": "Spieler", "official": "Funktionär", "referee": "Schiedsrichter"}

ACTION_LABELS = {"skipped": "übersprungen", "salvaged": "repariert"}

HOME = "Heim"
AWAY = "Auswärts"
UNKNOWN_SIDE = "unbekannt"

ALL = "Alle"


def event_label(event: object) -> str:
    """German label of a coach event; unknown codes are shown as they are."""
    if event is None or pd.isna(event):
        return "unbekannt"
    return EVENT_LABELS.get(str(event), str(event))


def event_code(label: str) -> str:
    """Inverse of `event_label` (for filters kept in the URL)."""
    for code, text in EVENT_LABELS.items():
        if text == label:
            return code
    return label


MARKDOWN_SPECIAL = set("\\`*_{}[]()#+-.!|<>~$&")


def md_escape(text: object) -> str:
    """Text from articles, file names or readers for Streamlit elements that render Markdown
    (headers, captions, messages, link labels): every Markdown/HTML character is escaped, so
    '**x**', '[a](javascript:...)' or '<img onerror=...>' show as typed."""
    return "".join("\\" + c if c in MARKDOWN_SPECIAL else c for c in str(text))
