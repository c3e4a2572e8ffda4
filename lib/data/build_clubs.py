"""Dev tool: merge the German league teams of the OpenLigaDB CSVs into `clubs.json`.

Never imported by the product. Usage (from the repo root):

    .venv/bin/python lib/data/build_clubs.py ../shared/reference/openligadb           # dry run, report only
    .venv/bin/python lib/data/build_clubs.py ../shared/reference/openligadb --write   # rewrite clubs.json

What it does for every team of `*_overall.csv` (Home_Team/Guest_Team) and `*_final_table.csv` (Team):
- finds the club entry whose canonical name or (unambiguous German) alias is that spelling;
- makes the most recent spelling of a club the canonical name (older spellings become aliases);
- adds every spelling and Team_Short as an alias;
- creates a skeleton entry (name, Team_Short alias, city guessed from the short name) for a team the
  file does not know yet, to be completed by hand (nicknames, demonyms, stadiums).
Hand-curated fields of existing entries are kept. Entries of other countries are left untouched.
The result is sorted by country, then name, one entry per line.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

CLUBS_JSON = Path(__file__).resolve().parent / "clubs.json"
KEYS = ("name", "aliases", "nicknames", "demonyms", "city", "country", "kind", "stadiums")


def read_teams(folder: Path) -> dict[str, dict]:
    """spelling -> {"shorts": set, "last": latest season}"""
    teams: dict[str, dict] = defaultdict(lambda: {"shorts": set(), "last": ""})
    columns = {"_overall.csv": (("Home_Team", "Home_Team_Short"), ("Guest_Team", "Guest_Team_Short")),
               "_final_table.csv": (("Team", "Team_Short"),)}
    for suffix, pairs in columns.items():
        files = sorted(folder.glob(f"*{suffix}"))
        if not files:
            sys.exit(f"no *{suffix} files in {folder}")
        for path in files:
            with path.open(encoding="utf-8-sig", newline="") as handle:
                for row in csv.DictReader(handle):
                    for name_col, short_col in pairs:
                        name = (row.get(name_col) or "").strip()
                        if not name:
                            continue
                        team = teams[name]
                        short = (row.get(short_col) or "").strip()
                        if short and short.lower() != "nan":
                            team["shorts"].add(short)
                        team["last"] = max(team["last"], row.get("Season") or "")
    return teams


def is_reserve(name: str) -> bool:
    return name.endswith(" II") or name.endswith(" U23")


def merge(entries: list[dict], teams: dict[str, dict]) -> list[str]:
    report: list[str] = []
    by_name = {e["name"]: e for e in entries}

    def owner(spelling: str) -> dict | None:
        if spelling in by_name:
            return by_name[spelling]
        hits = [e for e in entries if e["country"] == "DE" and spelling in e["aliases"]
                and is_reserve(e["name"]) == is_reserve(spelling)]
        return hits[0] if len(hits) == 1 else None

    groups: dict[str, list[str]] = defaultdict(list)  # entry name -> spellings
    for spelling in sorted(teams):
        entry = owner(spelling)
        if entry is None:
            shorts = sorted(teams[spelling]["shorts"])
            city = shorts[0].removesuffix(" II") if shorts else None
            entry = {"name": spelling, "aliases": shorts, "nicknames": [], "demonyms": [], "city": city,
                     "country": "DE", "kind": "club", "stadiums": []}
            entries.append(entry)
            by_name[spelling] = entry
            report.append(f"NEW skeleton entry: {spelling!r} (complete it by hand)")
        groups[entry["name"]].append(spelling)

    for name, spellings in groups.items():
        entry = by_name[name]
        newest = max(spellings, key=lambda s: (teams[s]["last"], s == name))
        if newest != entry["name"]:
            report.append(f"canonical {entry['name']!r} -> {newest!r} (most recent spelling)")
            entry["aliases"] = [a for a in entry["aliases"] if a != newest]
            entry["aliases"].insert(0, entry["name"])
            entry["name"] = newest
        for spelling in spellings:
            for form in [spelling, *sorted(teams[spelling]["shorts"])]:
                if form != entry["name"] and form not in entry["aliases"]:
                    entry["aliases"].append(form)
                    report.append(f"alias {form!r} added to {entry['name']!r}")
    return report


def check_reserves(entries: list[dict]) -> list[str]:
    problems = []
    names = {e["name"]: e for e in entries}
    for e in entries:
        if not is_reserve(e["name"]):
            continue
        first_forms = None
        base = e["name"].rsplit(" ", 1)[0]
        for cand in entries:
            if not is_reserve(cand["name"]) and (cand["name"] == base or base in cand["aliases"]):
                first_forms = set([cand["name"], *cand["aliases"], *cand["nicknames"], *cand["demonyms"]])
                break
        if first_forms is None:
            continue
        clash = first_forms & set([e["name"], *e["aliases"], *e["nicknames"], *e["demonyms"]])
        if clash:
            problems.append(f"reserve {e['name']!r} shares {sorted(clash)} with its first team")
    return problems if names else []


def dump(entries: list[dict]) -> str:
    entries = sorted(entries, key=lambda e: (e["country"], e["name"].casefold()))
    lines = ["  " + json.dumps({k: e.get(k) for k in KEYS}, ensure_ascii=False) for e in entries]
    return "[\n" + ",\n".join(lines) + "\n]\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("openligadb", type=Path, help="folder with the OpenLigaDB *_overall.csv / *_final_table.csv")
    parser.add_argument("--clubs", type=Path, default=CLUBS_JSON)
    parser.add_argument("--write", action="store_true", help="rewrite the clubs file (default: dry run)")
    args = parser.parse_args()
    entries = json.loads(args.clubs.read_text(encoding="utf-8"))
    report = merge(entries, read_teams(args.openligadb))
    problems = check_reserves(entries)
    print("\n".join(report) or "nothing to change")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    if args.write:
        args.clubs.write_text(dump(entries), encoding="utf-8")
        print(f"wrote {args.clubs} ({len(entries)} entries)")


if __name__ == "__main__":
    main()
