"""Generate a benchmark corpus: N German football articles from templates in the style of the
sample corpus (match reports, previews, coach changes, season reviews, interviews, other
sports), filled with real clubs, scorers, scores and dates from the OpenLigaDB reference data.

    python benchmarks/generate_corpus.py 10000 benchmarks/out/corpus-10000

Reads `../shared/reference/openligadb` (benchmarks may; the product never does). Output: one
.txt file per article (` date` line, headline, body) in folders of 1,000, or one .jsonl file.
Deterministic for a given N and --seed.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_REFERENCE = REPO.parent / "shared" / "reference" / "openligadb"
LEAGUES = ("1_bundesliga", "2_bundesliga", "3_liga")
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
NUMBERS = ("null", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
           "elf", "zwölf")
NAME = re.compile(r"[A-ZÄÖÜ][a-zäöüßéèáíóúçñ]+(?:-[A-ZÄÖÜ][a-zäöüßéèáíóúçñ]+)?")
ROLES = ("Sportdirektor", "Geschäftsführer", "Vorstandschef", "Kapitän", "Torhüter")


@dataclass
class Goal:
    minute: int
    team: str
    player: str
    penalty: bool
    own_goal: bool


@dataclass
class Match:
    league: str
    season: str
    matchday: str
    date: dt.date
    home: str
    away: str
    home_short: str
    away_short: str
    home_goals: int
    away_goals: int
    stadium: str | None
    viewers: int | None
    goals: list[Goal] = field(default_factory=list)


@dataclass
class Reference:
    matches: list[Match]
    tables: dict[tuple[str, str], list[tuple[str, int]]]  # (league, season) -> [(team, points)]
    first_names: list[str]
    surnames: list[str]


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def load_reference(folder: Path) -> Reference:
    if not folder.is_dir():
        sys.exit(f"reference data not found: {folder} (give --reference DIR)")
    matches: list[Match] = []
    by_day: dict[tuple[str, str, str], list[Match]] = defaultdict(list)
    tables: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    first_names: set[str] = set()
    surnames: set[str] = set()
    for league in LEAGUES:
        for row in _rows(folder / f"{league}_overall.csv"):
            try:
                match = Match(row["League"], row["Season"], row["Matchday"],
                              dt.date.fromisoformat(row["Match_Date"]), row["Home_Team"], row["Guest_Team"],
                              row["Home_Team_Short"] or row["Home_Team"], row["Guest_Team_Short"] or row["Guest_Team"],
                              int(row["Home_Goals"]), int(row["Guest_Goals"]),
                              None if row["Stadium"] in ("", "Unknown") else row["Stadium"],
                              None if int(float(row["Viewers"] or -1)) <= 0 else int(float(row["Viewers"])))
            except (ValueError, KeyError):
                continue
            matches.append(match)
            by_day[(match.league, match.season, match.matchday)].append(match)
        for row in _rows(folder / f"{league}_goal_scorers.csv"):
            first, last = row["Player_Firstname"].strip(), row["Player_Surname"].strip()
            if not last:
                continue
            if NAME.fullmatch(last):
                surnames.add(last)
            if NAME.fullmatch(first):
                first_names.add(first)
            player = f"{first} {last}" if NAME.fullmatch(first) else last
            try:
                minute = int(row["Match_Minute"])
            except ValueError:
                continue
            goal = Goal(minute, row["Team"], player, row["is_Penalty"] == "True", row["is_Own_Goal"] == "True")
            for match in by_day.get((row["League"], row["Season"], row["Match_Day"]), ()):
                if goal.team in (match.home, match.away):
                    match.goals.append(goal)
                    break
        for row in _rows(folder / f"{league}_final_table.csv"):
            try:
                tables[(row["League"], row["Season"])].append((row["Team"], int(row["Points"])))
            except ValueError:
                continue
    for match in matches:  # keep goal lists only where they add up to the score
        match.goals.sort(key=lambda g: g.minute)
        if len(match.goals) != match.home_goals + match.away_goals:
            match.goals = []
    return Reference(matches, dict(tables), sorted(first_names), sorted(surnames))


# --------------------------------------------------------------------------------------------
# Templates


def _person(rng: random.Random, ref: Reference) -> str:
    return f"{rng.choice(ref.first_names)} {rng.choice(ref.surnames)}"


def _city(match: Match, home: bool = True) -> str:
    words = [w for w in (match.home_short if home else match.away_short).split()
             if w not in ("II", "2", "U23", "U21") and not w.isdigit()]
    return words[-1] if words else "Frankfurt"


def _score(match: Match) -> str:
    return f"{match.home_goals}:{match.away_goals}"


def _goals(match: Match, ref: Reference, rng: random.Random) -> list[Goal]:
    """The real scorers where the reference has them, else invented ones."""
    if match.goals or not match.home_goals + match.away_goals:
        return match.goals
    goals = [Goal(0, match.home, _person(rng, ref), rng.random() < 0.1, False) for _ in range(match.home_goals)]
    goals += [Goal(0, match.away, _person(rng, ref), rng.random() < 0.1, False) for _ in range(match.away_goals)]
    for goal, minute in zip(goals, rng.sample(range(1, 91), len(goals))):
        goal.minute = minute
    return sorted(goals, key=lambda g: g.minute)


def _goal_sentences(match: Match, ref: Reference, rng: random.Random) -> list[str]:
    out = []
    for goal in _goals(match, ref, rng)[:6]:
        how = " per Foulelfmeter" if goal.penalty else ""
        if goal.own_goal:
            out.append(f"Ein Eigentor von {goal.player} in der {goal.minute}. Minute half {goal.team}.")
        elif rng.random() < 0.5:
            out.append(f"{goal.player} traf{how} in der {goal.minute}. Minute für {goal.team}.")
        else:
            out.append(f"{goal.player} ({goal.minute}.) erzielte{how} einen Treffer für {goal.team}.")
    return out


def match_report(match: Match, ref: Reference, rng: random.Random) -> tuple[dt.date, str, str]:
    coach_home, coach_away = _person(rng, ref), _person(rng, ref)
    day = WEEKDAYS[match.date.weekday()]
    if match.home_goals > match.away_goals:
        title = f"{match.home_short} gewinnt gegen {match.away_short}"
        lead = f"{match.home} hat am {day} in der {match.league} mit {_score(match)} gegen {match.away} gewonnen."
    elif match.home_goals < match.away_goals:
        title = f"{match.away_short} siegt in {_city(match)}"
        lead = (f"{match.away} hat am {day} in der {match.league} einen Auswärtssieg gefeiert. "
                f"Bei {match.home} gewann die Mannschaft mit {match.away_goals}:{match.home_goals}.")
    else:
        title = f"Remis zwischen {match.home_short} und {match.away_short}"
        lead = f"{match.home} und {match.away} haben sich am {day} {_score(match)} unentschieden getrennt."
    venue = f" Vor {match.viewers:,} Zuschauern".replace(",", ".") + (
        f" im {match.stadium}" if match.stadium else "") + " sahen die Fans eine umkämpfte Partie." \
        if match.viewers else " Die Partie war von Beginn an umkämpft."
    goals = " ".join(_goal_sentences(match, ref, rng)) or "Tore fielen keine, Chancen gab es auf beiden Seiten."
    quote = rng.choice(("Wir haben heute als Mannschaft funktioniert", "Das Ergebnis tut weh, aber wir machen weiter",
                        "Am Ende zählen die drei Punkte", "Wir müssen die Fehler schnell abstellen"))
    body = (f"{_city(match)} (dpa) - {lead}{venue}\n\n{goals}\n\n"
            f"«{quote}», sagte Trainer {coach_home}. Sein Gegenüber {coach_away} meinte: "
            f"«Wir nehmen das mit und schauen nach vorne.»")
    return match.date, title, body


def preview(match: Match, ref: Reference, rng: random.Random) -> tuple[dt.date, str, str]:
    coach = _person(rng, ref)
    date = match.date - dt.timedelta(days=rng.choice((1, 2, 3)))
    day = WEEKDAYS[match.date.weekday()]
    title = f"{match.home_short} erwartet {match.away_short}"
    body = (f"{_city(match)} (dpa) - {match.home} empfängt am {day} {match.away} zum {match.matchday} "
            f"der {match.league}. «Wir wissen um die Qualität des Gegners, aber zu Hause wollen wir punkten», "
            f"sagte Trainer {coach} am {WEEKDAYS[date.weekday()]}.\n\n"
            f"Personell muss {match.home_short} auf {_person(rng, ref)} verzichten, der mit einer Muskelverletzung "
            f"ausfällt.")
    return date, title, body


def coach_change(match: Match, ref: Reference, rng: random.Random) -> tuple[dt.date, str, str]:
    old, new, boss = _person(rng, ref), _person(rng, ref), _person(rng, ref)
    date = match.date + dt.timedelta(days=rng.choice((1, 2)))
    team = rng.choice((match.home, match.away))
    title = f"{team} trennt sich von Trainer {old.split()[-1]}"
    body = (f"{team.split()[-1]} (dpa) - {team} hat sich von Trainer {old} getrennt. Das teilte der Verein am "
            f"{WEEKDAYS[date.weekday()]} mit. Nachfolger wird {new}, der einen Vertrag bis 2027 erhält.\n\n"
            f"«Die Entscheidung ist uns nicht leicht gefallen», sagte {rng.choice(ROLES)} {boss}. "
            f"{new} soll die Mannschaft bereits im nächsten Spiel betreuen.")
    return date, title, body


def season_review(match: Match, ref: Reference, rng: random.Random) -> tuple[dt.date, str, str]:
    table = ref.tables.get((match.league, match.season)) or []
    start = int(match.season[:4])
    date = dt.date(start + 1, 6, rng.randint(1, 28))
    if len(table) < 3:
        return match_report(match, ref, rng)
    (champion, p1), (second, p2), (third, p3) = table[:3]
    title = f"Die Bilanz der Saison {match.season}"
    body = (f"Frankfurt (dpa) - {champion} hat die {match.league} mit {p1} Punkten gewonnen. Dahinter folgen "
            f"{second} mit {p2} Punkten und {third} mit {p3} Punkten.\n\n"
            f"«Diese Saison war ein Kraftakt für alle», sagte {rng.choice(ROLES)} {_person(rng, ref)}. "
            f"Am Tabellenende stand {table[-1][0]} mit {table[-1][1]} Zählern.")
    return date, title, body


def interview(match: Match, ref: Reference, rng: random.Random) -> tuple[dt.date, str, str]:
    player = _person(rng, ref)
    team = rng.choice((match.home, match.away))
    goals = rng.randint(2, 12)
    date = match.date + dt.timedelta(days=3)
    title = f"{player.split()[-1]}: «Ich fühle mich wohl»"
    body = (f"{team.split()[-1]} (dpa) - {player} hat in dieser Saison schon {NUMBERS[goals]} Tore für {team} "
            f"erzielt. «Ich fühle mich wohl in der Mannschaft und will noch viele Tore schießen», sagte der "
            f"Stürmer im Interview.\n\nSein Vertrag läuft bis 2026. «Über die Zukunft sprechen wir im Winter»,"
            f" sagte {rng.choice(ROLES)} {_person(rng, ref)}.")
    return date, title, body


def other_sport(match: Match, ref: Reference, rng: random.Random) -> tuple[dt.date, str, str]:
    city = _city(match)
    score = f"{rng.randint(24, 35)}:{rng.randint(20, 34)}"
    title = f"Handballer aus {city} gewinnen"
    body = (f"{city} (dpa) - Die Handballer aus {city} haben ihr Heimspiel in der Bundesliga mit {score} gewonnen. "
            f"Bester Werfer war {_person(rng, ref)} mit {NUMBERS[rng.randint(5, 12)]} Treffern.")
    return match.date, title, body


TEMPLATES = ((match_report, 50), (preview, 15), (coach_change, 8), (season_review, 5), (interview, 12),
             (other_sport, 10))


def generate(n: int, reference: Reference, seed: int = 1):
    """Yield (file name, article text) for n articles."""
    rng = random.Random(seed)
    functions = [f for f, _ in TEMPLATES]
    weights = [w for _, w in TEMPLATES]
    for i in range(n):
        match = rng.choice(reference.matches)
        template = rng.choices(functions, weights)[0]
        date, title, body = template(match, reference, rng)
        slug = template.__name__.replace("_", "-")
        yield f"{i:07d}_{slug}.txt", f" date {date.isoformat()}\n{title}\n\n{body}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("out", type=Path, help="output folder (or .jsonl file with --format jsonl)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--format", choices=("txt", "jsonl"), default="txt")
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    args = parser.parse_args(argv)
    reference = load_reference(args.reference)
    if args.format == "jsonl":
        args.out.parent.mkdir(parents=True, exist_ok=True)
        with args.out.open("w", encoding="utf-8") as handle:
            for name, text in generate(args.n, reference, args.seed):
                handle.write(json.dumps({"id": name, "text": text}, ensure_ascii=False) + "\n")
    else:
        for i, (name, text) in enumerate(generate(args.n, reference, args.seed)):
            folder = args.out / f"{i // 1000:04d}"
            if i % 1000 == 0:
                folder.mkdir(parents=True, exist_ok=True)
            (folder / name).write_text(text, encoding="utf-8")
    print(f"{args.n:,} articles -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
