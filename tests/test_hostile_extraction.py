"""Hostile text through the real extraction pipeline (issue 5, "Extraction").

1. Property-based tests (Hypothesis): for any text -- random unicode, composed German football
   fragments, or both mixed -- `lib.extract_text` returns without raising and without recording an
   extraction failure, and every fact satisfies the invariants of `lib.schema`: sentence spans
   inside the article text and equal to the `sentence` column, minutes in 1..130, non-negative
   scores, a goal's team one of its match's teams, quote spans inside the text.
2. Adversarial texts (10,000 scores, a 1 MB single line, 500 nested quotes, right-to-left and
   zero-width characters, 5,000 names, only punctuation, only digits) with bounded time and
   bounded output. Each runs in a forked child process whose CPU time must stay within the bound;
   it is killed at three times the bound in wall-clock time, so a quadratic blow-up fails the test
   instead of hanging the suite, and a busy machine does not.
   The bound is deliberately generous (50 ms per KB plus 2 s; the pipeline needs ~1-5 ms per KB
   on ordinary text), so these tests never flake but do catch super-linear behaviour.
"""
from __future__ import annotations

import multiprocessing
import time
import traceback
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import lib
from lib.schema import FACT_KINDS

MS_PER_KB = 50.0
CONSTANT_S = 2.0
MAX_PARALLEL = 2  # adversarial children running at once (keeps the module near a minute when the library is slow)


# --------------------------------------------------------------------------------------------
# Invariants shared by the property tests and the adversarial tests

def _na(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def violations(frames: lib.Frames) -> list[str]:
    """Every broken invariant of one extracted article, as readable strings (empty when all hold)."""
    bad: list[str] = []
    if len(frames.articles) != 1:
        return [f"expected 1 article row, got {len(frames.articles)}"]
    text = frames.articles["text"].iloc[0]
    text = "" if _na(text) else str(text)
    n = len(text)
    for row in frames.problems.itertuples():
        bad.append(f"problem recorded: {row.action}: {row.reason}")
    article = frames.articles.iloc[0]
    for kind in FACT_KINDS:
        frame = getattr(frames, kind)
        if article[f"n_{kind}"] != len(frame):
            bad.append(f"articles.n_{kind}={article[f'n_{kind}']} but {len(frame)} {kind} rows")
        for i, row in enumerate(frame.itertuples()):
            start, end, sentence = row.sent_start, row.sent_end, row.sentence
            if _na(start) or _na(end) or _na(sentence):
                bad.append(f"{kind}[{i}]: missing provenance ({start!r}, {end!r}, {sentence!r})")
                continue
            if not 0 <= start <= end <= n:
                bad.append(f"{kind}[{i}]: span {start}..{end} outside 0..{n}")
            elif text[start:end] != sentence:
                bad.append(f"{kind}[{i}]: text[{start}:{end}]={text[start:end]!r} != sentence {sentence!r}")
    matches = frames.matches
    teams: dict[str, tuple] = {}
    for i, m in enumerate(matches.itertuples()):
        teams[m.match_id] = (m.home_team, m.away_team)
        for col in ("home_goals", "away_goals", "home_goals_ht", "away_goals_ht", "attendance"):
            value = getattr(m, col)
            if not _na(value) and value < 0:
                bad.append(f"matches[{i}].{col} = {value} < 0")
    if matches["match_id"].duplicated().any():
        bad.append("duplicate match_id")
    for i, g in enumerate(frames.goals.itertuples()):
        if not _na(g.minute) and not 1 <= g.minute <= 130:
            bad.append(f"goals[{i}].minute = {g.minute} outside 1..130 ({g.sentence!r})")
        if not _na(g.stoppage) and not 0 <= g.stoppage <= 30:
            bad.append(f"goals[{i}].stoppage = {g.stoppage} outside 0..30 ({g.sentence!r})")
        if g.match_id not in teams:
            bad.append(f"goals[{i}].match_id {g.match_id!r} not in matches")
        elif not _na(g.team) and g.team not in teams[g.match_id]:
            bad.append(f"goals[{i}].team {g.team!r} not one of {teams[g.match_id]}")
    for i, s in enumerate(frames.standings.itertuples()):
        if not _na(s.position) and s.position < 1:
            bad.append(f"standings[{i}].position = {s.position}")
        if not _na(s.points) and s.points < 0:
            bad.append(f"standings[{i}].points = {s.points}")
    for i, q in enumerate(frames.quotes.itertuples()):
        qs, qe = q.quote_start, q.quote_end
        if _na(qs) or _na(qe) or not 0 <= qs <= qe <= n:
            bad.append(f"quotes[{i}]: quote span {qs}..{qe} outside 0..{n}")
        elif not _na(q.text) and q.text not in text[qs:qe]:
            bad.append(f"quotes[{i}]: text {q.text!r} not inside text[{qs}:{qe}]={text[qs:qe]!r}")
    return bad


def output_chars(frames: lib.Frames) -> int:
    """Characters in all string cells of the fact frames (what a CSV export would hold)."""
    total = 0
    for kind in FACT_KINDS:
        frame = getattr(frames, kind)
        for col in frame.columns:
            if str(frame[col].dtype) == "string":
                total += int(frame[col].str.len().fillna(0).sum())
    return total


# --------------------------------------------------------------------------------------------
# 1. Property-based tests

CLUBS = ["1. FC Kaiserslautern", "SK Rapid Wien", "FC Basel", "FC Zürich", "VfL Bochum", "Borussia Dortmund",
         "FC Bayern München", "Hertha BSC", "RB Salzburg", "Schalke", "FCK", "Rapid", "des 1. FC Köln",
         "dem SC Freiburg", "Eintracht Frankfurt", "Lautern", "Betze"]
SCORES = ["2:1", "(1:0)", "0:0", "3:2 n.V.", "11:10 i.E.", "99:0", "2:1.", "1:1 (0:1)", "0:3", "1:0-Sieg",
          "2:2-Remis", "4:4", "torlos", "Nullnummer"]
MINUTES = ["(66.)", "90.+2", "(45.+1)", "19'", "(0.)", "(131.)", "(999.)", "120.+15", "66. Minute",
           "in der 90. Minute", "(90.+12)", "(1.)", "(130.)", "7.", "(-3.)"]
QUOTES = ["«Das war stark von uns»", "„Wir haben verdient gewonnen“", "\"Ein Tor ist ein Tor\"", "«", "»",
          "„", "“", '"', "»Heute nicht«", "‚Halb‘"]
NAMES = ["Miroslav Klose", "Thomas Müller", "Torsten Lieberknecht", "Marlon Ritter", "Ragnar Ache", "er",
         "Sie", "Klose", "Müller", "Dr. Hans Meier-Schmidt"]
WORDS = ["gewann", "gewinnt gegen", "trifft", "traf zum", "sagte", "sagte:", "erzielte das", "verlor gegen",
         "unterlag", "schoss", "Tor durch", "per Elfmeter", "Eigentor", "Trainer", "wurde entlassen",
         "Tabellenführer", "auf Platz 3", "mit 40 Punkten", "vor 12.000 Zuschauern", "im Fritz-Walter-Stadion",
         "DFB-Pokal", "2. Bundesliga", "Halbzeit", "Doppelpack", "Ausgleich", "Führung", "am Samstag",
         "am 30. November", "gegen", "beim", "und", "der", "den", "Anstoß", "TOR für", "Abpfiff", "Endstand"]
PUNCT = [":", ",", ".", "!", "?", " – ", "-", "(", ")", ";", "...", "…"]
SEPS = [" ", " ", " ", "\n", "\n\n", ". ", ", ", " – ", "", "\r\n", "\t"]
DATE_LINES = [" date 2024-13-45 ", " date 2024-05-11 ", " date 2018-07\n", " date \n", "date 0000-00-00 ",
              " date 2024-02-30\n\n", " DATE 2024-5-1 "]

_club, _score, _minute, _name = (st.sampled_from(CLUBS), st.sampled_from(SCORES), st.sampled_from(MINUTES),
                                 st.sampled_from(NAMES))
match_sentence = st.one_of(  # whole reports, so that matches and goals are actually extracted
    st.builds("{} gewann gegen {} {}. {} traf {}.".format, _club, _club, _score, _name, _minute),
    st.builds("{} – {} {}\n{}' TOR für {}! {} trifft.".format, _club, _club, _score, _minute, _club, _name),
    st.builds("Der {} hat das Spiel gegen {} mit {} verloren. Das Tor durch {} {} reichte nicht.".format,
              _club, _club, _score, _name, _minute),
)
fragment = st.one_of(
    match_sentence, match_sentence,
    st.sampled_from(CLUBS), st.sampled_from(SCORES), st.sampled_from(MINUTES), st.sampled_from(QUOTES),
    st.sampled_from(NAMES), st.sampled_from(WORDS), st.sampled_from(PUNCT),
    st.text(max_size=6),
    st.sampled_from(["\u200f", "\u202e", "\u200b", "\ufeff", "\x00", "\u2028", "ß", "ẞ", "İ", "ﬁ"]),
)


@st.composite
def football_text(draw) -> str:
    parts = draw(st.lists(st.tuples(fragment, st.sampled_from(SEPS)), max_size=40))
    body = "".join(f + s for f, s in parts)
    prefix = draw(st.one_of(st.just(""), st.sampled_from(DATE_LINES),
                            st.sampled_from(["Schlagzeile 2:1\n\n", "Klose neuer Trainer\n\n"])))
    return prefix + body


any_text = st.one_of(
    st.text(max_size=300),
    football_text(),
    st.tuples(football_text(), st.text(max_size=60), football_text()).map("".join),
)
PHASES = [Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink]  # no slow "explain" phase
dates = st.sampled_from([None, "2024-05-11", "2018-07", "2024-13-45", "kaputt", "2024-02-30"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], phases=PHASES)
@given(text=any_text, date=dates)
def test_any_text_extracts_without_error_and_facts_keep_their_invariants(text, date):
    frames = lib.extract_text(text, article_id="x", date=date)
    assert violations(frames) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], phases=PHASES)
@given(text=football_text(), date=dates)
def test_football_fragments_extract_without_error_and_facts_keep_their_invariants(text, date):
    frames = lib.extract_text(text, article_id="x", date=date)
    assert violations(frames) == []


@pytest.mark.parametrize("text", [
    "",
    " date 2024-13-45",
    " date 2024-13-45 Der 1. FC Kaiserslautern gewann 2:1 (1:0) gegen den SK Rapid Wien. Ache traf (66.).",
    "Der FC Basel gewann gegen den FC Zürich 2:1. Das Tor in der 999. Minute (999.) erzielte Müller.",
    "Der FC Basel gewann gegen den FC Zürich 2:1 (1:0). Müller traf 90.+2 und in der (0.) Minute.",
    "«Der FC Basel gewann gegen den FC Zürich 2:1», sagte Thomas Müller. „Unglaublich“, sagte er.",
    "Der FC\u200b Basel gewann\u202e gegen den FC\u200f Zürich 2:1\ufeff. Tor durch Klose (66.).",
    "FC Basel – FC Zürich 2:1\nFC Zürich – FC Basel 0:3\n66' TOR für Basel! Müller trifft.",
])
def test_known_tricky_texts_keep_the_invariants(text):
    frames = lib.extract_text(text, article_id="x", date="2024-05-11")
    assert violations(frames) == []


def test_sentence_span_of_a_line_ending_fact_equals_its_sentence():
    """Minimal case found by Hypothesis: a fact whose sentence ends at a single line break."""
    frames = lib.extract_text("FC Basel – FC Zürich 2:1\n66' TOR für Basel! Müller trifft.", article_id="x")
    assert violations(frames) == []


def test_invalid_date_argument_next_to_a_valid_date_line_does_not_break_extraction():
    """A record's date field ("2024-13-45") wins over the text's valid date line; it must be
    validated (dropped with a warning) instead of failing extraction with ValueError."""
    frames = lib.extract_text(" date 2024-05-11 Der FC Basel gewann gegen den FC Zürich 2:1.", article_id="x",
                              date="2024-13-45")
    assert list(frames.problems["reason"]) == []
    assert len(frames.matches) == 1
    assert frames.articles["date"].iloc[0] in ("2024-05-11", None, pd.NA) or pd.isna(frames.articles["date"].iloc[0])


@pytest.mark.parametrize("char", ["\u200b", "\u200d", "\u200e", "\u200f", "\u202e", "\u2066", "\ufeff"])
def test_invisible_characters_inside_a_report_do_not_hide_the_match(char):
    """Zero-width and bidi controls are invisible in a browser, so a scraped article carrying them
    must give the same match as the clean text."""
    clean = "Der FC Basel gewann gegen den FC Zürich 2:1."
    text = clean.replace("Basel", "Basel" + char).replace("Zürich", char + "Zürich")
    frames = lib.extract_text(text, article_id="x")
    assert violations(frames) == []
    got = frames.matches[["home_team", "away_team", "home_goals", "away_goals"]].to_dict("records")
    assert got == lib.extract_text(clean, article_id="x").matches[
        ["home_team", "away_team", "home_goals", "away_goals"]].to_dict("records")


# --------------------------------------------------------------------------------------------
# 2. Adversarial texts: bounded time, bounded output

SURNAMES = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
            "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Braun",
            "Zimmermann", "Krüger", "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Köhler", "Maier",
            "Herrmann", "König", "Walter", "Huber", "Kaiser", "Fuchs", "Peters", "Möller", "Scholz", "Lang",
            "Jung", "Hahn", "Keller", "Vogel", "Roth", "Frank", "Berger", "Winkler", "Lorenz", "Baumann",
            "Albrecht", "Ludwig", "Simon"]


def _first_names() -> list[str]:
    path = Path(lib.__file__).parent / "data" / "first_names.txt"
    names = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [n for n in names if n.isalpha()][:200] or ["Thomas", "Manuel", "Miroslav"]


def _five_thousand_names() -> str:
    firsts = _first_names()
    names = [f"{f} {s}" for f in firsts for s in SURNAMES][:5000]
    head = "Der 1. FC Kaiserslautern gewann 2:1 gegen den SK Rapid Wien.\n\n"
    return head + " ".join(f"{name} spielte für den FCK." for name in names)


def _one_megabyte_line() -> str:
    sentences = ["Der 1. FC Kaiserslautern gewann 2:1 (1:0) gegen den SK Rapid Wien.",
                 "Ragnar Ache traf in der 66. Minute (66.) zur Führung.",
                 "«Das war ein verdienter Sieg», sagte Torsten Lieberknecht.",
                 "Der Ausgleich fiel 90.+2 durch Müller.", "Die Lauterer stehen auf Platz 3."]
    line = " ".join(sentences) + " "
    return (line * (1024 * 1024 // len(line) + 1))[:1024 * 1024]


def _nested_quotes() -> str:
    openers, closers = "„«»‚\"", "“»«‘\""
    opening = "".join(openers[i % len(openers)] for i in range(500))
    closing = "".join(closers[i % len(closers)] for i in reversed(range(500)))
    return ("Der FC Basel gewann gegen den FC Zürich 2:1. Thomas Müller sagte: " + opening
            + "Das war ein Tor für die Ewigkeit" + closing + ", sagte er.")


def _rtl_and_zero_width() -> str:
    line = ("Der FC\u200f Basel\u202e gewann\u200b gegen\ufeff den FC Zürich 2:1 (1:0). Tor\u200b durch "
            "Thomas\u200d Müller\u202c (66.). «Stark\u2066», sagte\u2069 er\u200e.\n")
    return line * 500  # ~60 KB


CASES = {
    # name: (builder, output bound: fn(frames, text) -> list of failures)
    "10000_scores_in_sentences": lambda: "Der FC Basel gewann gegen den FC Zürich 2:1. " * 10_000,
    "10000_scores_as_result_lines": lambda: "1. FC Kaiserslautern – SK Rapid Wien 2:1\n" * 10_000,
    "10000_scores_in_one_sentence": lambda: "Ergebnisse: FC Basel gegen FC Zürich " + "2:1, " * 10_000,
    "1mb_single_line": _one_megabyte_line,
    "1mb_single_line_without_punctuation": lambda: ("Kaiserslautern Rapid Müller Tor Trainer Basel Zürich "
                                                    * 20_000)[:1024 * 1024],
    "500_nested_quotes": _nested_quotes,
    "rtl_and_zero_width_characters": _rtl_and_zero_width,
    "5000_person_names": _five_thousand_names,
    "only_punctuation": lambda: ("!?.,;:-–()[]«»„“\"'…" * 15_000)[:250_000],  # one whitespace-free run
    "only_punctuation_with_spaces": lambda: ("!!! ??? ... ,,, «» „“ () – :: ;\n" * 3500)[:100_000],
    "only_digits": lambda: "1234567890" * 10_000,
    "only_digits_and_separators": lambda: ("12 34 5:6 7. 8 (90.) 3:1 " * 2100)[:50_000],
}
MATCH_DEDUP_CASES = {"10000_scores_in_sentences", "10000_scores_as_result_lines", "10000_scores_in_one_sentence",
                     "1mb_single_line"}


def bound_seconds(text: str) -> float:
    return MS_PER_KB * len(text.encode("utf-8")) / 1024 / 1000 + CONSTANT_S


def _child(conn, text: str) -> None:
    started = time.process_time()  # CPU time: other jobs on the machine do not count against the bound
    try:
        frames = lib.extract_text(text, article_id="x", date="2024-05-11")
        elapsed = time.process_time() - started
        conn.send({"ok": True, "elapsed": elapsed, "counts": frames.counts(), "violations": violations(frames),
                   "output_chars": output_chars(frames)})
    except BaseException:  # noqa: BLE001 -- reported to the parent
        conn.send({"ok": False, "elapsed": time.process_time() - started, "traceback": traceback.format_exc()})
    finally:
        conn.close()


@pytest.fixture(scope="module")
def adversarial_results() -> dict[str, dict]:
    """Runs every case in a forked child (at most MAX_PARALLEL at once), each killed at its bound."""
    lib.load_pipeline()  # built once in the parent; children inherit it and time extraction only
    ctx = multiprocessing.get_context("fork")
    pending = list(CASES)
    running: dict[str, tuple] = {}
    results: dict[str, dict] = {}
    while pending or running:
        while pending and len(running) < MAX_PARALLEL:
            name = pending.pop(0)
            text = CASES[name]()
            parent, child = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=_child, args=(child, text), daemon=True)
            proc.start()
            child.close()
            running[name] = (proc, parent, time.perf_counter(), bound_seconds(text), len(text))
        for name, (proc, conn, started, bound, size) in list(running.items()):
            waited = time.perf_counter() - started
            info = {"bound": bound, "chars": size}
            if conn.poll(0.05):
                try:
                    info.update(conn.recv())
                except EOFError:
                    info.update(ok=False, elapsed=waited, traceback=f"child died (exit code {proc.exitcode})")
            elif not proc.is_alive():
                info.update(ok=False, elapsed=waited, traceback=f"child died (exit code {proc.exitcode})")
            elif waited > 3 * bound + 1.0:  # wall clock, generous on a busy machine; the assertion uses CPU time
                proc.kill()
                info.update(ok=False, killed=True, elapsed=waited)
            else:
                continue
            proc.join(5)
            conn.close()
            results[name] = info
            del running[name]
    return results


@pytest.mark.parametrize("name", list(CASES))
def test_adversarial_text_runs_in_bounded_time_with_bounded_output(adversarial_results, name):
    result = adversarial_results[name]
    kb = result["chars"] / 1024
    if result.get("killed"):
        pytest.fail(f"{name}: extraction of {kb:.0f} KB did not finish within 3 x {result['bound']:.1f} s "
                    f"({MS_PER_KB:.0f} ms/KB + {CONSTANT_S:.0f} s); killed after {result['elapsed']:.1f} s")
    assert result["ok"], f"{name}: extraction raised:\n{result['traceback']}"
    assert result["elapsed"] < result["bound"], (
        f"{name}: {kb:.0f} KB took {result['elapsed']:.1f} s of CPU, bound {result['bound']:.1f} s")
    failures = [v for v in result["violations"] if v.startswith("problem recorded")]
    assert failures == [], failures
    counts = result["counts"]
    facts = sum(counts[kind] for kind in FACT_KINDS)
    assert facts <= result["chars"] / 10 + 10, f"{name}: {facts} fact rows for {result['chars']} chars: {counts}"
    assert result["output_chars"] <= 10 * result["chars"] + 100_000, (
        f"{name}: {result['output_chars']} characters of output for {result['chars']} of input: {counts}")
    if name in MATCH_DEDUP_CASES:  # the same result repeated is one match per article
        assert counts["matches"] <= 3, f"{name}: matches not deduplicated: {counts}"
    if name == "5000_person_names":
        assert counts["people"] <= 5_100, counts


@pytest.mark.parametrize("name", list(CASES))
def test_adversarial_text_facts_keep_their_invariants(adversarial_results, name):
    result = adversarial_results[name]
    if not result.get("ok"):
        pytest.skip(f"{name}: no result (see test_adversarial_text_runs_in_bounded_time_with_bounded_output)")
    assert result["violations"] == [], result["violations"][:10]


def test_a_score_and_a_line_break_at_the_very_end_are_read_without_a_problem():
    frames = lib.extract_text("0:0\n ", date=None)
    assert violations(frames) == []
