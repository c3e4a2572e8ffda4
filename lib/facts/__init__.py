"""Fact extraction from an annotated `Doc`: matches, goals, standings, coach events, quotes, people.

The pipeline's components mark clubs, people, scores, quotations, venues and competitions;
the finders here read those marks sentence by sentence, keeping the article's state (the
match being told, the team the text is about) the way a reader does.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from functools import cache
from typing import Any

from spacy.tokens import Doc

from ..article import Article, season_of
from ..components.tokens import positions_of
from ..lexicon import RANK_PREFIX, word_set
from ..schema import FACT_KINDS
from .coach import CoachEventFinder, consolidate
from .context import ArticleContext, Mark, MatchState, Sentence
from .goals import GoalFinder, GoalMention
from .matches import MatchFinder, attendance_in, box_line_in, half_time_in, result_vocabulary
from .quotes import QuoteFinder
from .standings import StandingFinder, position_vocabulary

Rows = dict[str, list[dict[str, Any]]]
NO_WORDS: frozenset[str] = frozenset()


def extract_facts(doc: Doc, article: Article) -> tuple[Rows, bool]:
    """Rows per fact kind for one article, and whether it is about football.

    Articles about other sports or politics yield quotes and people, but no football facts.
    """
    ctx = ArticleContext(doc, article)
    rows: Rows = {kind: [] for kind in FACT_KINDS}
    rows["quotes"] = [{"article_id": article.article_id, **row} for row in QuoteFinder(ctx).find_all()]
    rows["people"] = people_rows(ctx)
    football = doc._.sport == "football"
    if not football:
        return rows, False

    table_sentences = sentences_with_prefix(ctx, RANK_PREFIX)  # 'Tabellenzweiter', 'Tabellenführung'
    match_finder, goal_finder = MatchFinder(ctx), GoalFinder(ctx)
    standing_finder, coach_finder = StandingFinder(ctx, table_sentences), CoachEventFinder(ctx)
    current: dict[int, MatchState | None] = {}
    announced: dict[int, tuple[tuple[str, str] | None, bool]] = {}  # per sentence: the fixture announced by then
    standings: list[dict] = []
    coach_events: list[dict] = []
    score_sentences = {ctx.sentence_start(i) for i in ctx.score_starts}
    coach_candidates = coach_finder.candidate_starts
    venue_sentences = {ctx.sentence_start(venue.start) for venue in ctx.venues}
    standing_candidates = standing_finder.candidate_starts()
    sentence_words = words_by_sentence(ctx, loop_words())
    vocab = result_vocabulary()
    goalless, half_time_words = vocab.goalless, vocab.half_time
    attendance_words = word_set("attendance_words")
    box_line_words = word_set("box_line_words")  # a match box's venue line: "Wien, Allianz Stadion, 26.000, SR Jäger"
    for sent in ctx.sentences:
        words = sentence_words.get(sent.start, NO_WORDS)  # those of `loop_words`: all the checks below need
        has_clubs = bool(ctx.club_mentions(sent))
        if sent.start in score_sentences or not words.isdisjoint(goalless):
            for match in match_finder.find(sent):
                ctx.current_match = match_finder.add(match)
                ctx.announced_anew = False
        if has_clubs:
            match_finder.observe(sent)
        if ctx.matches and (has_clubs or sent.start in venue_sentences):  # else no match scores above 0
            ctx.current_match = match_for_sentence(ctx, sent) or ctx.current_match
        current[sent.start] = ctx.current_match
        announced[sent.start] = (ctx.announced, ctx.announced_anew)
        if ctx.current_match and ctx.current_match.ht is None and sent.start in score_sentences \
                and not words.isdisjoint(half_time_words):
            ctx.current_match.ht = half_time_in(ctx, sent, ctx.current_match)
        if ctx.current_match and ctx.current_match.attendance is None and not words.isdisjoint(attendance_words):
            ctx.current_match.attendance = attendance_in(ctx, sent)
        if ctx.current_match and not words.isdisjoint(box_line_words) and (box := box_line_in(ctx, sent)):
            match = ctx.current_match
            match.venue = match.venue or box[0]
            match.attendance = match.attendance if match.attendance is not None else box[1]
        if (has_clubs or not words.isdisjoint(standing_finder.cue_words) or sent.start in table_sentences) \
                and sent.start in standing_candidates:
            for row in standing_finder.find(sent):
                standings.append({**row, "sentence_span": sent})
        if sent.start in coach_candidates:
            for row in coach_finder.find(sent):
                coach_events.append({**row, **ctx.sentence_row(sent)})
        if has_clubs or not words.isdisjoint(ctx.team_nouns):
            ctx.note_subject(sent)
    if ctx.matches:  # goals count only for a match the article reports
        match_finder.settle_by_teamless_city()  # before the goals, whose sides follow home and away
        goal_mentions: list[GoalMention] = []
        for sent in goal_finder.sentences_to_read():
            ctx.current_match = current[sent.start]  # 'die Gäste' means the match told at that point
            ctx.announced, ctx.announced_anew = announced[sent.start]  # or the one announced by then
            goal_mentions.extend(goal_finder.find(sent))
        ctx.current_match = current[ctx.sentences[-1].start]  # where reading all sentences leaves it
        goal_finder.assign(goal_mentions, current)
    set_venues(ctx)
    set_competitions(ctx)
    rows["matches"], rows["goals"] = match_rows(ctx)
    rows["standings"] = standing_rows(ctx, standings)
    rows["coach_events"] = [{"article_id": article.article_id, **row} for row in consolidate(coach_events)]
    return rows, True


@cache
def loop_words() -> frozenset[str]:
    """The words whose presence in a sentence `extract_facts` asks about."""
    vocab = result_vocabulary()
    return frozenset(vocab.goalless | vocab.half_time | word_set("attendance_words") | word_set("box_line_words")
                     | position_vocabulary().cue_words | word_set("team_reference_nouns"))


def words_by_sentence(ctx: ArticleContext, wanted: frozenset[str]) -> dict[int, set[str]]:
    """The words of `wanted` that each sentence holds, by sentence start (one scan of the tokens)."""
    texts = ctx.texts
    found: dict[int, set[str]] = {}
    for i in positions_of(texts, wanted):
        found.setdefault(ctx.sentence_start(i), set()).add(texts[i])
    return found


def sentences_with_prefix(ctx: ArticleContext, prefix: str) -> set[int]:
    """Starts of the sentences with a token that starts with `prefix`: the token starts where the
    document's text holds the prefix (found with `str.find`, without a loop over the tokens)."""
    text, offsets = ctx.doc_text, ctx.offsets
    found: set[int] = set()
    position = text.find(prefix)
    while position != -1:
        k = bisect_right(offsets, position) - 1
        if offsets[k] == position:
            found.add(ctx.sentence_start(k))
        position = text.find(prefix, position + 1)
    return found


def match_for_sentence(ctx: ArticleContext, sent: Sentence) -> MatchState | None:
    """The match a sentence is about: named teams, the home side's city or stadium, recency."""
    clubs = ctx.club_mentions(sent)
    named = {m.club for m in clubs}
    in_city = {m.club for m in clubs if m.preposition in ("in", "im") or m.label == "CITY"}
    venues = ctx.venue_clubs_in(sent)
    best, best_score = None, 0.0
    for match in ctx.matches:
        home, away = match.home, match.away
        teams_named = (home in named) + (away != home and away in named)  # len(named & set(match.teams))
        score = 2.0 * teams_named + 3.0 * (home in in_city or home in venues)
        if score and match is ctx.current_match:
            score += 1.5
        if score and match.main:
            score += 0.5
        if score > best_score:
            best, best_score = match, score
    return best


def set_venues(ctx: ArticleContext) -> None:
    """A stadium named in the article is the venue of the match its owner played at home."""
    for venue in ctx.venues:
        if ctx.in_quote[venue.start]:
            continue
        for match in ctx.matches:
            if match.home == venue.kb_id_ and match.venue is None:
                match.venue = ctx.text_of(venue.start, venue.end)
                break


def set_competitions(ctx: ArticleContext) -> None:
    spans = [s for s in ctx.competitions if not ctx.in_quote[s.start]]
    named = {s.label_ for s in spans}
    only = next(iter(named)) if len(named) == 1 else None  # an article about one competition
    for match in ctx.matches:
        # "Der Regionalligist besiegte X im DFB-Pokal": a team's league describes the team, not the match
        inside = sorted((s for s in spans if match.sentence.start <= s.start < match.sentence.end),
                        key=lambda s: ctx.texts[s.end - 1] in ctx.team_nouns)
        inside = [s.label_ for s in inside]
        match.competition = inside[0] if inside else (only if match.main else None)


def match_rows(ctx: ArticleContext) -> tuple[list[dict], list[dict]]:
    article = ctx.article
    matches, goals = [], []
    for n, match in enumerate(ctx.matches, start=1):
        match.match_id = f"{article.article_id}#m{n}"
        date = ctx.date_in(match.sentence) or article.date
        matches.append({
            "match_id": match.match_id, "home_team": match.home, "away_team": match.away,
            "home_goals": match.home_goals, "away_goals": match.away_goals,
            "home_goals_ht": match.ht[0] if match.ht else None, "away_goals_ht": match.ht[1] if match.ht else None,
            "ordered": match.ordered, "date": date, "season": season_of(date), "competition": match.competition,
            "venue": match.venue, "attendance": match.attendance, **ctx.sentence_row(match.sentence)})
        for k, goal in enumerate(match.goals, start=1):
            goals.append({
                "goal_id": f"{match.match_id}g{k}", "match_id": match.match_id, "team": goal.team,
                "player": goal.person, "minute": goal.minute, "stoppage": goal.stoppage, "penalty": goal.penalty,
                "own_goal": goal.own_goal, **ctx.sentence_row(goal.sentence)})
    return matches, goals


def standing_rows(ctx: ArticleContext, standings: list[dict]) -> list[dict]:
    seen: dict[tuple, dict] = {}
    for row in standings:
        key = (row["team"], row["position"])
        if key in seen:
            if seen[key]["points"] is None:
                seen[key]["points"] = row["points"]
            continue
        seen[key] = {"team": row["team"], "position": row["position"], "points": row["points"],
                     "season": ctx.article.season, "date": ctx.article.date, **ctx.sentence_row(row["sentence_span"])}
    return list(seen.values())


def people_rows(ctx: ArticleContext) -> list[dict]:
    rows = []
    counts = Counter(span.kb_id_ for span in ctx.people)
    firsts: dict[str, Mark] = {}  # each person's first mention, in the order of the first mentions
    for span in ctx.people:
        firsts.setdefault(span.kb_id_, span)
    for name, first in firsts.items():
        info = ctx.people_info.get(name) or {}
        sentence = ctx.sentence_at(first.start)  # `first.sent`, without walking the tokens
        rows.append({"article_id": ctx.article.article_id, "name": name, "role": info.get("role"),
                     "club": info.get("club"), "n_mentions": counts[name], **ctx.sentence_row(sentence)})
    return rows
