"""Multi-article fixtures of the consolidation tests (our own sentences; real fixtures of
2. Bundesliga 2013/14, 30. Spieltag: FC St. Pauli - 1. FC Kaiserslautern 2:3 on 2014-04-11).

Each story is told several ways, as an archive tells it: match report, next-day analysis,
preview of the next game mentioning the result in passing, a contradicting round-up; a
coaching change as rumour, news and look-back. Phrasings are plain on purpose: see the
report to the lead for phrasings the extractor missed (a city dateline such as
"Hamburg (dpa)" became a club; "Seit der Entlassung von X" gives no event).
"""
from __future__ import annotations

from pathlib import Path

MATCH_REPORT = """ date 2014-04-11
Lauterer Sieg am Millerntor

(dpa) - Der 1. FC Kaiserslautern hat beim FC St. Pauli mit 3:2 (1:1) gewonnen. Vor 29.063 Zuschauern im \
Millerntor-Stadion brachte John Verhoek die Gastgeber in der 14. Minute in Führung. Srdjan Lakic glich in der \
31. Minute aus. Markus Karl traf in der 61. Minute zum 2:1 für die Pfälzer. Christopher Kringe erzielte in der \
89. Minute den Ausgleich für St. Pauli. In der Nachspielzeit markierte Ruben Jenssen den Siegtreffer für den FCK.
"""

NEXT_DAY = """ date 2014-04-12
Die Lehren aus dem Sieg in Hamburg

Kaiserslautern (dpa) - Der 1. FC Kaiserslautern hat am Freitagabend beim FC St. Pauli mit 3:2 gewonnen. Trainer \
Kosta Runjaic lobte am Tag danach die Moral seiner Mannschaft. Der Siegtreffer von Ruben Jenssen in der \
Nachspielzeit war bereits sein zweites Tor in dieser Saison.
"""

PREVIEW = """ date 2014-04-17
Vorschau: FCK will nachlegen

Kaiserslautern (dpa) - Der 1. FC Kaiserslautern empfängt zum nächsten Heimspiel den SC Paderborn 07. Zuletzt \
gewann das Team von Trainer Kosta Runjaic beim FC St. Pauli mit 3:2. Runjaic kann wieder auf Srdjan Lakic \
zurückgreifen.
"""

CONTRADICTING = """ date 2014-04-13
Rückblick auf den Spieltag

(dpa) - Der FC St. Pauli und der 1. FC Kaiserslautern trennten sich am Freitag 2:2.
"""

OTHER_MINUTE = """ date 2014-04-14
Karl trifft wieder

(dpa) - Der 1. FC Kaiserslautern hat am Freitag beim FC St. Pauli mit 3:2 gewonnen. Markus Karl traf in der \
63. Minute für die Pfälzer.
"""

RUMOUR = """ date 2023-11-29
Schuster vor dem Aus?

Kaiserslautern (dpa) - Beim 1. FC Kaiserslautern steht Trainer Dirk Schuster offenbar vor der Entlassung. \
Nach fünf Spielen ohne Sieg denkt die Vereinsführung laut Medienberichten über eine Trennung von Schuster nach.
"""

NEWS = """ date 2023-11-30
FCK trennt sich von Schuster

Kaiserslautern (dpa) - Der 1. FC Kaiserslautern hat Trainer Dirk Schuster entlassen. Das gab der Zweitligist \
am Donnerstag bekannt. Schuster war seit Februar 2022 im Amt.
"""

LOOK_BACK = """ date 2024-02-11
Ein unruhiger Winter

Kaiserslautern (dpa) - Der 1. FC Kaiserslautern hatte sich im November 2023 von Trainer Dirk Schuster getrennt. \
Seitdem sucht der Verein nach Stabilität.
"""

APPOINTED = """ date 2021-06-01
Neuer Trainer in Darmstadt

Darmstadt (dpa) - Der SV Darmstadt 98 hat Torsten Lieberknecht als neuen Trainer verpflichtet. Lieberknecht \
unterschrieb einen Vertrag bis 2023.
"""

SHORT_NAME = """ date 2024-03-10
Darmstadt gewinnt

(dpa) - Der SV Darmstadt 98 hat gegen den 1. FC Kaiserslautern mit 2:1 gewonnen. Trainer Lieberknecht lobte \
sein Team. «Wir haben gut gespielt», sagte Lieberknecht.
"""

DISMISSED = """ date 2024-10-01
Darmstadt trennt sich von Lieberknecht

Darmstadt (dpa) - Der SV Darmstadt 98 hat sich von Trainer Torsten Lieberknecht getrennt.
"""

# an article whose date line is wrong: it reports two games of 2. Bundesliga 2014/15 (31. Spieltag)
WRONG_DATE_LINE = """ date 2019-08
Aue siegt erneut

(dpa) - Der FC Erzgebirge Aue hat gegen den Karlsruher SC mit 3:1 gewonnen. Der SV Darmstadt 98 schlug den \
1. FC Kaiserslautern mit 3:2.
"""

THREE_WAYS = {"bericht.txt": MATCH_REPORT, "analyse.txt": NEXT_DAY, "vorschau.txt": PREVIEW}
COACH_CHANGE = {"geruecht.txt": RUMOUR, "nachricht.txt": NEWS, "rueckblick.txt": LOOK_BACK}
DARMSTADT = {"verpflichtet.txt": APPOINTED, "kurzname.txt": SHORT_NAME, "entlassen.txt": DISMISSED}


def write(folder: Path, *stories: dict[str, str], **single: str) -> Path:
    """Write stories ({file name: text}) and single articles (name_txt=text) into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for story in stories:
        for name, text in story.items():
            (folder / name).write_text(text, encoding="utf-8")
    for name, text in single.items():
        (folder / name.replace("_txt", ".txt")).write_text(text, encoding="utf-8")
    return folder
