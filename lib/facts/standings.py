"""Table positions: "Tabellensiebter mit 37 Zählern", "den elften Platz", "Relegations-Platz 16".

A position needs a number: a rank word ("Tabellenzweiter", "Tabellenführer") or a position
noun with a number or ordinal ("Platz drei", "auf dem 16. Platz", "den elften Rang"). The team
is the club in apposition ("Tabellenführer Bayern"), else the sentence's subject; a rank word
that is itself the subject ("Der Tabellenzweite verlor ...") refers back to the team the
previous sentences were about.

Most sentences the finder is asked about name clubs but no position, so it first picks the few
tokens that can start a position (a rank word, a position noun, an ordinal, a bracket) with
set lookups and looks closer only at those. It works on the token strings (`ctx.texts`)
rather than on spaCy `Token` objects.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, cached_property

from ..components.tokens import Memo, positions_of
from ..lexicon import ADJECTIVE_ENDINGS, RANK_PREFIX, word_set, words
from .context import ArticleContext, ClubMention, Sentence, clause_end_of, clause_start_of

MAX_POSITION = 36  # the league phase of the European cups has 36 teams
MAX_BRACKETED_RANK = 24  # "gegen Lugano (2.)"; a larger number in brackets after a club is rather a minute
ORDINAL_DIGITS = re.compile(r"^(\d{1,2})\.$")
ORDINAL_ENDINGS = ("e", "er", "en", "em", "es", "ter", "te", "ten")
LIST_MARKS = (",", "–", "-", ":", ";")
COPULA_REACH = 12  # "bleibt trotz der Niederlage mit 16 Zählern Fünfter"
LIST_ENTRY_GAP = 12  # tokens from one list entry to the next: "2. Eintracht Frankfurt 23 (ein Spiel weniger)"
LIST_RANKS = frozenset(f"{n}." for n in range(1, MAX_POSITION + 1))
LISTED_POINTS = re.compile(r"^(\d{1,3})(?:/\d+)?\.?$")  # "15 Punkte", "12/6" (points/games)


@cache
def ordinal_forms() -> dict[str, int]:
    """Every lower-case ordinal word ('siebter', 'elften', 'siebenten') with its number.

    A word is read with the longest stem it starts with; an ending in 't' ('-ter', '-ten')
    only follows a stem that does not end in 't' itself ('sieb-ter' is not an ordinal).
    """
    stems: dict[str, int] = words()["ordinal_stems"]
    forms: dict[str, int] = {}
    for stem in sorted(stems, key=len, reverse=True):
        for ending in ORDINAL_ENDINGS:
            if ending.startswith("t") and not stem.endswith("t"):
                continue
            forms.setdefault(stem + ending, stems[stem])
    return forms


@dataclass(frozen=True)
class PositionVocabulary:
    """The word lists the standings rules read, loaded once per process (`position_vocabulary()`)."""

    numbers: dict[str, int]
    ordinals: dict[str, int]
    position_nouns: frozenset[str]
    first_words: frozenset[str]
    points_nouns: frozenset[str]
    cue_words: frozenset[str]  # position nouns and rank words meaning first
    fixed_cues: frozenset[str]  # cue words and "(", which opens a bracketed rank: "Lugano (2.)"
    copula_verbs: frozenset[str]  # 'die Gelsenkirchener sind nun 14.'
    copula_adverbs: frozenset[str]  # 'sind nun 14.': between the copula and a bare ordinal
    # the words before an ordinal that make it a position ('ist Siebter', 'als Dritter', 'neuer Tabellenführer');
    # a sentence without one of them (or a cue word) holds no position
    copulas: frozenset[str]
    after_bare_ordinal: frozenset[str]  # 'bleibt 16. mit 20 Punkten': a bare ordinal standing on its own
    team_pronouns: frozenset[str]  # 'Damit rutschen sie auf Platz drei ab'
    points_blockers: frozenset[str]  # '5 Punkte Rückstand': points that are no team's tally
    points_lead_ins: frozenset[str]  # 'mit 37 Punkten', 'hat 37 Punkte': points of the team


@cache
def position_vocabulary() -> PositionVocabulary:
    position_nouns, first_words = word_set("position_nouns"), word_set("position_first_words")
    # "an der Spitze", "verteidigte die Spitzenposition", "führt die Tabelle an": first place
    cue_words = position_nouns | first_words | word_set("position_top_nouns") | word_set("position_lead_verbs") \
        | word_set("position_front_words") | frozenset(last_words())
    copula_verbs = word_set("standing_copula_verbs")
    return PositionVocabulary(
        numbers=words()["number_words"], ordinals=ordinal_forms(), position_nouns=position_nouns,
        first_words=first_words, points_nouns=word_set("points_nouns"), cue_words=cue_words,
        fixed_cues=cue_words | {"("}, copula_verbs=copula_verbs, copula_adverbs=word_set("standing_copula_adverbs"),
        copulas=copula_verbs | word_set("position_predicate_words"), after_bare_ordinal=word_set("after_bare_ordinal"),
        team_pronouns=word_set("team_pronouns"), points_blockers=word_set("points_blockers"),
        points_lead_ins=word_set("points_lead_in_words"))


@cache
def last_words() -> dict[str, int]:
    """'Schlusslicht' -> 0, 'Vorletzter' -> 1: how many places above the last."""
    groups = words()["position_last_words"]
    return {word: offset for key, offset in (("last", 0), ("second_last", 1)) for word in groups[key]}


LEAGUE_MEMBER_ENDINGS = ("ligist", "ligisten")  # "Zweitligist", "Bundesligisten": a club of that league


@cache
def last_adjectives() -> dict[str, int]:
    """'letzten' -> 0, 'vorletzten' -> 1, before a position noun ('auf dem vorletzten Platz')."""
    groups = words()["position_last_adjectives"]
    return {word: offset for key, offset in (("last", 0), ("second_last", 1)) for word in groups[key]}


@cache
def fixed_cues_and_copulas() -> frozenset[str]:
    vocab = position_vocabulary()
    return vocab.fixed_cues | vocab.copulas


@cache
def may_start_position() -> Memo:
    """Token text -> whether it may start a position after a copula or in a sentence with a rank
    word (`StandingFinder._cue_positions`): a fixed cue, a rank word, an ordinal."""
    vocab = position_vocabulary()
    fixed, ordinals = vocab.fixed_cues, vocab.ordinals
    return Memo(lambda text: text in fixed or text.startswith(RANK_PREFIX) or text.lower() in ordinals
                or ORDINAL_DIGITS.match(text) is not None)


class StandingFinder:
    def __init__(self, ctx: ArticleContext, table_sentences: set[int]) -> None:
        """`table_sentences`: starts of the sentences with a word starting with 'Tabellen'."""
        self.ctx = ctx
        self.vocab = vocab = position_vocabulary()
        self.numbers = vocab.numbers
        self.ordinals = vocab.ordinals
        self.position_nouns = vocab.position_nouns
        self.first_words = vocab.first_words
        self.points_nouns = vocab.points_nouns
        self.cue_words = vocab.cue_words  # extract_facts asks only about sentences with clubs or these words
        self.fixed_cues = vocab.fixed_cues
        self.top_nouns = word_set("position_top_nouns")
        self.top_verbs = word_set("position_top_verbs")
        self.lead_verbs = word_set("position_lead_verbs")
        self.last_words = last_words()
        self.plain_position_nouns = word_set("plain_position_nouns")
        self.front_words = word_set("position_front_words")  # "In der Tabelle liegt X klar vorn"
        self.lying_verbs = word_set("position_lying_verbs")
        self.table_context = word_set("table_context_words")
        self.table_sentences = table_sentences
        self.former_words = word_set("former_words")  # "am bisherigen Tabellenführer"
        self.target_words = word_set("position_target_words")  # "drei Punkte bis Platz 2.": a target, no position
        self.relative_pronouns = word_set("relative_pronouns")  # "die SV Ried, die mit 15 Zählern Elfter ist"
        self.distance_nouns = word_set("distance_nouns")
        self.distance_prepositions = word_set("distance_prepositions")  # "Rückstand auf den dritten Platz"
        self.indefinite_articles = word_set("indefinite_articles")  # "mit einem souveränen Spitzenreiter"
        self.articles = word_set("definite_articles")
        self.goal_agents = word_set("goal_agent_words")  # "durch den SC Verl (12.)": a goal's minute
        # "schlug Fortuna Düsseldorf": the beaten club (the verbs only: not "Sieg des SC X")
        self.win_verbs = frozenset(word for word in word_set("win_words") if word.islower())

    def ordinal(self, text: str) -> int | None:
        """'siebter' -> 7, 'elften' -> 11, '16.' -> 16."""
        m = ORDINAL_DIGITS.match(text)
        if m:
            return int(m[1])
        return self.ordinals.get(text.lower())

    def rank_word(self, text: str) -> int | None:
        if text in self.first_words:
            return 1
        if text in self.last_words:  # "Schlusslicht", "Vorletzter": only where the league's size is known
            size = self.league_size
            return size - self.last_words[text] if size else None
        if text.startswith(RANK_PREFIX) and len(text) > 9:
            return self.ordinal(text[len(RANK_PREFIX):].lstrip("-"))  # "Tabellenzweiter", "Tabellen-16."
        return None

    def find(self, sent: Sentence) -> list[dict]:
        texts = self.ctx.texts
        if sent.start in self.table_list_starts:
            listed = self._table_list(sent)
            if listed:
                return listed
        rows = []
        found: list[tuple[int, int, str | None, int | None]] = []
        for i in self._cue_positions(sent):
            text = texts[i]
            team = None
            position = self.rank_word(text)
            rank_is_noun = position is not None
            if position is None and text in self.position_nouns:
                position = self._position_of_noun(i, sent)
            if position is None and text in self.top_nouns and self._top_taken_or_held(i, sent) \
                    and (text.startswith(RANK_PREFIX) or self._about_the_table(i, sent)):
                position = 1  # "an der Spitze" of the table, not of the club's board
            if position is None and text in self.lead_verbs and self._leads_the_table(i, sent):
                position = 1
            if position is None and text in self.front_words and self._in_front(i, sent):
                position = 1
            if position is None and (apposition := self._ordinal_before_club(i, sent)) is not None:
                position, team = apposition  # "empfängt den Fünften Bayer Leverkusen"
            if position is None:
                position = self._ordinal_noun(i, sent)
            if position is None:
                position = self._ordinal_number(i, sent)
            points = None
            if position is None:
                position, team, points = self._bracketed_rank(i, sent)
            if position is None or not 1 <= position <= MAX_POSITION or self._distance_to(i, sent):
                continue
            team = team or self._team(i, sent, rank_is_noun)
            if team is None:
                continue
            found.append((i, position, team, points))
        cues = [i for i, _, _, _ in found]
        for i, position, team, points in found:
            rows.append({"team": team, "position": position,
                         "points": points if points is not None else self._points(i, sent, cues)})
        return rows

    def candidate_starts(self) -> set[int]:
        """Starts of the sentences `find` may find a position in: with a fixed cue word (an opening
        bracket among them) or a copula (`_cue_positions`), a word starting with 'Tabellen', or a
        table written as a list."""
        ctx = self.ctx
        return self.table_sentences | self.table_list_starts | {
            ctx.sentence_start(i) for i in positions_of(ctx.texts, fixed_cues_and_copulas())}  # "(" is a fixed cue

    @cached_property
    def league_size(self) -> int | None:
        """Teams in the one league the article names ('Schlusslicht' is then a number), else None."""
        ctx = self.ctx
        sizes = words()["league_sizes"]
        named = [s for s in ctx.competitions if s.label_ in sizes]
        leagues = {s.label_ for s in named if not ctx.texts[s.end - 1].endswith(LEAGUE_MEMBER_ENDINGS)}
        if not leagues and not any(word in ctx.doc_text for word in word_set("cup_words")):
            # "der Fußball-Zweitligist" names the league too, but not in a cup game, where such nouns
            # tell the divisions of the two sides
            leagues = {s.label_ for s in named}
        if len(leagues) != 1:
            return None
        size = sizes[next(iter(leagues))]
        if isinstance(size, int):
            return size
        countries = Counter(club.country for m in ctx.clubs if (club := ctx.index.clubs.get(m.kb_id_)) is not None)
        country = countries.most_common(1)[0][0] if countries else None
        return size.get(country)

    @cached_property
    def table_list_entries(self) -> list[int]:
        """Rank tokens opening the entries of a table written as a list: 'Tabelle: 1. Spanien 10
        Punkte, 2. Schweiz 7, ...' or one entry per line ('1. FC Bayern München 30 Punkte'). An entry
        is a rank right after a colon, a comma or a line break and right before a club; a list has
        two entries or more, so only entries with another one close by count."""
        ctx = self.ctx
        texts = ctx.texts
        entries = [k for k in positions_of(texts, LIST_RANKS)
                   if k > 0 and (texts[k - 1] in (":", ",", ";") or "\n" in texts[k - 1])
                   and (club := ctx.club_at.get(k + 1)) is not None and club.start == k + 1]
        return [k for n, k in enumerate(entries)
                if (n and k - entries[n - 1] <= LIST_ENTRY_GAP) or (n + 1 < len(entries) and entries[n + 1] - k <= LIST_ENTRY_GAP)]

    @cached_property
    def table_list_starts(self) -> set[int]:
        """Sentences holding entries of a table written as a list."""
        return {self.ctx.sentence_start(k) for k in self.table_list_entries}

    def _table_list(self, sent: Sentence) -> list[dict]:
        ctx = self.ctx
        texts = ctx.texts
        rows = []
        for k in self.table_list_entries:
            if not sent.start <= k < sent.end:
                continue
            club = ctx.club_at[k + 1]
            points = LISTED_POINTS.match(texts[club.end]) if club.end < len(texts) else None
            rows.append({"team": club.kb_id_, "position": int(texts[k][:-1]),
                         "points": int(points[1]) if points else None})
        return rows

    def _cue_positions(self, sent: Sentence) -> list[int]:
        """Tokens outside quotations that may give a position: a rank word or position noun, a
        word that reads as an ordinal ('Siebter'), an opening bracket.

        Whole-sentence checks come first: an ordinal gives a position only after a copula
        ('ist Siebter'), and a rank word needs 'Tabellen' somewhere in the sentence; without
        either, only the fixed cue words can start a position.
        """
        texts, in_quote = self.ctx.texts, self.ctx.in_quote
        fixed = self.fixed_cues
        start, end = sent.start, sent.end
        words = texts[start:end]
        if self.vocab.copulas.isdisjoint(words) and start not in self.table_sentences:
            if fixed.isdisjoint(words):
                return []
            return [i for i in range(start, end) if texts[i] in fixed and not in_quote[i]]
        may_start = may_start_position()
        return [i for i in range(start, end) if may_start[texts[i]] and not in_quote[i]]

    def _ordinal_noun(self, i: int, sent: Sentence) -> int | None:
        """'der KSC ist Siebter', 'bleibt mit 29 Zählern Dritter', 'Aue ist nur noch Vierzehnter'."""
        texts = self.ctx.texts
        text = texts[i]
        if not text[:1].isupper() or not text.endswith(("er", "e")):
            return None
        value = self.ordinal(text)
        if value is None:
            return None
        copula_after = i + 1 < sent.end and texts[i + 1] in self.vocab.copula_verbs
        if i == sent.start:  # "Dritter ist der VfL Wolfsburg (21)"
            return value if copula_after else None
        verb_final = copula_after and (i + 2 >= sent.end or texts[i + 2] in (",", ".", ";", "und"))
        if verb_final:
            return value  # "der HSV, der mit 37 Punkten Dritter ist": a verb-final clause
        return value if not self.vocab.copulas.isdisjoint(texts[max(sent.start, i - COPULA_REACH):i]) else None

    def _ordinal_before_club(self, i: int, sent: Sentence) -> tuple[int, str] | None:
        """'empfängt den Fünften Bayer Leverkusen': an ordinal noun after its article, with the club in
        apposition right after it."""
        ctx, texts = self.ctx, self.ctx.texts
        club = ctx.club_at.get(i + 1)
        if club is None or club.start != i + 1 or club.label_ == "CITY" or i <= sent.start \
                or texts[i - 1].lower() not in self.articles or not texts[i][:1].isupper():
            return None
        value = self.ordinal(texts[i])
        return (value, club.kb_id_) if value is not None else None

    def _ordinal_number(self, i: int, sent: Sentence) -> int | None:
        """'die Gelsenkirchener sind nun 14.', 'bleibt 16. mit 20 Punkten': a bare ordinal number
        right after a copula and its adverbs, standing on its own (not '14. Spieltag', not 'am 14.')."""
        texts = self.ctx.texts
        m = ORDINAL_DIGITS.match(texts[i])
        if m is None:
            return None
        vocab = self.vocab
        k = i - 1
        while k > sent.start and texts[k] in vocab.copula_adverbs:
            k -= 1
        if k <= sent.start or texts[k] not in vocab.copula_verbs:
            return None
        nxt = texts[i + 1] if i + 1 < sent.end else None
        return int(m[1]) if nxt is None or nxt in vocab.after_bare_ordinal else None

    def _bracketed_rank(self, i: int, sent: Sentence) -> tuple[int | None, str | None, int | None]:
        """'gegen Lugano (2.)', 'den Halleschen FC (17., 40 Punkte)', 'Lübeck (19., 32)': a rank in
        brackets right after a club (and its points, if the bracket gives them); not the minute of
        'verkürzte für Rostock (29.)'."""
        ctx = self.ctx
        texts = ctx.texts
        club = ctx.club_at.get(i - 1)
        if texts[i] != "(" or i + 2 >= sent.end or club is None:
            return None, None, None
        m = ORDINAL_DIGITS.match(texts[i + 1])
        if not m or self._goal_agent_before(club.start):
            return None, None, None
        rank = int(m[1])
        if texts[i + 2] == ")":
            return (rank, club.kb_id_, None) if rank <= MAX_BRACKETED_RANK else (None, None, None)
        if texts[i + 2] == "," and i + 4 < sent.end and texts[i + 3].isdigit():
            close = i + 5 if texts[i + 4] in self.points_nouns else i + 4
            if close < sent.end and texts[close] == ")":
                return rank, club.kb_id_, int(texts[i + 3])
        return None, None, None

    def _goal_agent_before(self, start: int) -> bool:
        """'verkürzte für Rostock (29.)', 'Das 1:0 des FC Hansa Rostock (12.)', 'durch den SC Verl (12.)':
        the club a goal is told for or by, its bracket the goal's minute."""
        texts = self.ctx.texts
        k = start - 1
        while k >= 0 and texts[k] not in self.goal_agents and texts[k].lower() in self.articles:
            k -= 1
        return k >= 0 and texts[k] in self.goal_agents

    def _distance_to(self, i: int, sent: Sentence) -> bool:
        """'Der Rückstand des KSC auf den dritten Platz betrug acht Punkte': a gap to a place, not
        a place held (a distance noun before 'auf'/'zum' and the place). 'der Abstand auf Leader
        Servette' still tells who leads."""
        texts = self.ctx.texts
        if i + 1 < sent.end and self.ctx.club_at.get(i + 1) is not None:
            return False
        start = max(sent.start, i - 8)
        k = next((k for k in range(i - 1, start - 1, -1) if texts[k] in self.distance_prepositions), None)
        return k is not None and not self.distance_nouns.isdisjoint(texts[start:k])

    def _top_taken_or_held(self, i: int, sent: Sentence) -> bool:
        """'übernimmt damit die Tabellenspitze', 'an der Tabellenspitze', 'verteidigte die
        Tabellenführung': first place. Not 'der Rückstand auf die Tabellenspitze'."""
        texts = self.ctx.texts
        if i - 2 >= sent.start and texts[i - 2].lower() == "an" and texts[i - 1] == "der":
            return True
        return i - 1 >= sent.start and texts[i - 1] == "die" and (
            not self.top_verbs.isdisjoint(texts[max(sent.start, i - 6):i - 1])  # "übernimmt mit 25 Punkten die ..."
            or not self.top_verbs.isdisjoint(texts[i + 1:min(sent.end, i + 3)]))  # "... die Tabellenführung zurückerobert"

    def _about_the_table(self, i: int, sent: Sentence) -> bool:
        """'an der Spitze der 3. Liga', 'bleibt mit 18 Punkten an der Spitze': the top of a table,
        told by points in the sentence or a table word after the noun."""
        texts = self.ctx.texts
        if not self.points_nouns.isdisjoint(texts[sent.start:sent.end]):
            return True
        return i + 2 < sent.end and texts[i + 1] in ("der", "des") and (
            texts[i + 2] in self.table_context or i + 2 in self.competition_starts)  # "der Premier League"

    @cached_property
    def competition_starts(self) -> set[int]:
        return {span.start for span in self.ctx.competitions}

    def _in_front(self, i: int, sent: Sentence) -> bool:
        """'In der Tabelle liegt Deutschland klar vorn', 'Vorn liegt Frankreich, das ...': first place,
        told with a form of 'liegen' in the clause and the table named (or 'Vorn' opening the
        sentence); not a lead at the break ('lagen zur Pause vorn') or in a score's sentence."""
        ctx = self.ctx
        texts = ctx.texts
        start, end = self._clause(i, sent)
        if self.lying_verbs.isdisjoint(texts[start:end]) or ctx.score_starts_between(start, end):
            return False
        return i == sent.start or not self.table_context.isdisjoint(texts[start:end])

    def _leads_the_table(self, i: int, sent: Sentence) -> bool:
        """'In der Tabelle führt Barcelona mit 34 Punkten', 'führt die Gruppe mit neun Punkten an':
        leading with points, in a sentence telling no score (not 'führt mit 2:1')."""
        ctx = self.ctx
        texts = ctx.texts
        if i + 2 < sent.end and texts[i + 1] in ("die", "das") and texts[i + 2] in self.table_context:
            return True  # "setzte sich mit 3:0 durch und führt die Tabelle ... an": the table, not the score
        if ctx.score_starts_between(sent.start, sent.end):
            return False
        start, end = self._clause(i, sent)
        return not self.points_nouns.isdisjoint(texts[start:end]) and (
            not self.table_context.isdisjoint(texts[sent.start:sent.end]) or "an" in texts[end - 2:end])

    def _position_of_noun(self, i: int, sent: Sentence) -> int | None:
        texts = self.ctx.texts
        nxt = texts[i + 1] if i + 1 < sent.end else None
        if nxt is not None:
            if nxt.isdecimal():
                return int(nxt)
            if (m := ORDINAL_DIGITS.match(nxt)) and (texts[i - 1] in ("auf", "Auf") or (
                    all(texts[k].isspace() for k in range(i + 2, sent.end)) and texts[i - 1] not in self.target_words) or (
                    texts[i - 1] in ("dem", "den") and texts[i - 2] in ("auf", "Auf"))):
                return int(m[1])  # "auf (dem) Platz 2." or "belegt Rang 13." at the end of a sentence
            if nxt.lower() in self.numbers and nxt.islower() and nxt not in self.indefinite_articles:
                return self.numbers[nxt.lower()]
            if nxt == "eins":
                return 1
        prev = texts[i - 1] if i > sent.start else None
        if prev is not None:
            value = self.ordinal(prev)
            if value and (prev[:1].islower() or ORDINAL_DIGITS.match(prev)):
                return value
            if prev in last_adjectives() and texts[i] in self.plain_position_nouns and self._on_the_place(i, sent) \
                    and self.league_size:
                # "auf dem vorletzten Platz" (not "den letzten Nichtabstiegsplatz", "den letzten Platz abgegeben")
                return self.league_size - last_adjectives()[prev]
        return None

    def _on_the_place(self, i: int, sent: Sentence) -> bool:
        """'auf dem vorletzten Platz' ending its phrase: not 'um den letzten Platz im Halbfinale', 'auf dem
        letzten Platz der Gruppe' or 'den letzten Platz an X abgegeben'."""
        ctx = self.ctx
        texts = ctx.texts
        # "auf dem vorletzten Platz", "auf dem zwölften und letzten Tabellenplatz"
        opened = any(texts[k].lower() == "auf" and texts[k + 1] in ("dem", "den") for k in range(max(sent.start, i - 6), i - 2))
        if not opened or i + 1 >= sent.end:
            return opened
        nxt = texts[i + 1]
        if nxt in ("der", "des"):  # "der Super League" (the league whose size counts), not "der Gruppe"
            return any(m.start == i + 2 and m.label_ in words()["league_sizes"] for m in ctx.competitions)
        return nxt not in ("im", "in", "für")

    def _team(self, cue: int, sent: Sentence, rank_is_noun: bool) -> str | None:
        ctx = self.ctx
        texts = ctx.texts
        mentions = [m for m in ctx.club_mentions(sent) if m.label != "CITY"]
        for m in mentions:  # apposition: "Tabellenführer FC Bayern", "Bayern (2.)"
            if m.start == cue + 1 and rank_is_noun:
                return m.club
            if m.end == cue - 1 and texts[cue - 1] == "auf" and m.preposition in (None, "mit"):
                return m.club  # "punktgleich mit dem BVB auf Rang vier", "..., Dortmund auf Platz fünf"
        prev = texts[cue - 1] if cue > sent.start else None
        if rank_is_noun and prev is not None and prev.lower() in self.former_words:
            return None  # "am bisherigen Tabellenführer": a position no longer held
        if rank_is_noun and self._indefinite_before(cue, sent):
            return None  # "mit einem souveränen Spitzenreiter": no team named
        if rank_is_noun and prev in LIST_MARKS and cue + 1 < sent.end and texts[cue + 1] in LIST_MARKS + ("?", "!") \
                and not any(m.end == cue - 1 for m in mentions):
            # "Herr Wörle, neun Spiele ohne Niederlage, Tabellenführer – ...?": a word on its own (but
            # "Der FC Bayern, Tabellenführer, gewann ...": an apposition to the club before it)
            return None
        if rank_is_noun and prev in ("dem", "des") and cue - sent.start > 2:
            return None  # "bot sich dem Tabellensechsten die Gelegenheit": a team the sentence does not name
        if rank_is_noun and prev == "den" and cue - sent.start > 2 and (cue - 2 < sent.start or texts[cue - 2].lower()
                                                                         not in ("gegen", "über", "auf", "für")):
            return self._beaten_opponent(sent)  # "Tuggen hat den Tabellenvierten bezwungen": the other team
        if rank_is_noun and prev is not None and prev.lower() in ("der", "die", "den", "dem", "des"):
            before = texts[cue - 2] if cue - 2 >= sent.start else None
            if before is None or before.lower() not in ("gegen", "beim", "bei", "über", "vom", "zum"):
                if cue - sent.start <= 2:  # the rank word is the sentence's subject
                    return self._only_club_before(sent) or ctx.last_subject or ctx.focus_club
            else:
                return None
        clause_start, clause_end = self._clause(cue, sent)
        local = [m for m in ctx.club_mentions_between(clause_start, clause_end)
                 if m.preposition is None and m.label != "CITY" or self._team_from(m)]
        local = [m for m in local if not self._object_of_result_verb(m)]
        if local and clause_start != sent.start:
            return local[0].club  # "..., der KSC ist Siebter"
        if clause_start > sent.start + 1 and texts[clause_start] in self.relative_pronouns:
            ends = ctx.antecedent_ends(clause_start)  # "an der Austria vorbei, die als Zweiter ..."
            antecedent = next((m for m in mentions if m.end in ends), None)
            if antecedent is not None:
                return antecedent.club
        subject, _ = ctx.subject_club(sent)
        if subject:
            return subject
        free = [m for m in mentions if m.preposition is None]
        if len(free) == 1:
            return free[0].club
        if not mentions and not self.vocab.team_pronouns.isdisjoint(texts[sent.start:sent.end]):
            return ctx.last_subject  # "Damit rutschen sie auf Platz drei ab": the team just talked about
        return None

    def _object_of_result_verb(self, mention: ClubMention) -> bool:
        """'..., schlug Fortuna Düsseldorf 2:0 und beendet die Saison als Fünfter': the club a win verb
        takes as its object is the beaten team, not the one the position is about."""
        texts = self.ctx.texts
        k = mention.start - 1
        if k >= 0 and texts[k].lower() in self.articles:
            k -= 1
        return k >= 0 and texts[k] in self.win_verbs

    def _indefinite_before(self, cue: int, sent: Sentence) -> bool:
        texts = self.ctx.texts
        k = cue - 1
        indefinite = self.indefinite_articles
        while k > sent.start and texts[k].islower() and texts[k].endswith(ADJECTIVE_ENDINGS) and \
                texts[k].lower() not in indefinite:
            k -= 1
        return k >= sent.start and texts[k].lower() in indefinite

    def _beaten_opponent(self, sent: Sentence) -> str | None:
        """The other team of the match the sentence tells, when its subject played in it."""
        ctx = self.ctx
        match = ctx.current_match
        subject, _ = ctx.subject_club(sent)
        if match is None or subject not in (match.home, match.away):
            return None
        return match.away if subject == match.home else match.home

    def _only_club_before(self, sent: Sentence) -> str | None:
        """'Planungssicherheit herrscht bei Fortuna Düsseldorf. Der Tabellenzweite hat ...': the
        one club the sentence before names, when it names one and no subject."""
        ctx = self.ctx
        if sent.start == 0:
            return None
        before = ctx.sentence_at(sent.start - 1)
        clubs = {m.club for m in ctx.club_mentions(before) if m.label != "CITY"}
        if len(clubs) != 1 or ctx.subject_club(before)[0] is not None:
            return None
        return next(iter(clubs))

    def _team_from(self, mention) -> bool:
        """'der Aufsteiger aus Magdeburg': a team noun and 'aus' before the club (a city, too)."""
        texts = self.ctx.texts
        return mention.preposition == "aus" and mention.start >= 2 and texts[mention.start - 2] in self.ctx.team_nouns

    def _clause(self, cue: int, sent: Sentence) -> tuple[int, int]:
        """Start and end of the part of the sentence between the commas around the cue."""
        texts = self.ctx.texts
        return clause_start_of(texts, sent.start, cue, (",", ";")), clause_end_of(texts, cue, sent.end)

    def _points(self, cue: int, sent: Sentence, cues: list[int]) -> int | None:
        """The points nearest the position at `cue` ('mit 37 Zählern'); points that sit nearer
        another position of the sentence, behind a comma, are that position's ('Salzburg liegt mit
        38 Zählern auf Rang zwei, Rapid ist Vierter': not Rapid's)."""
        texts = self.ctx.texts
        if cue > sent.start and texts[cue - 1] in ("hinter", "vor"):
            return None  # "liegen mit 22 Zählern vier Punkte hinter Spitzenreiter X": the points are the others'
        points_nouns = self.points_nouns
        clause_start, clause_end = self._clause(cue, sent)
        relative = clause_start > sent.start and texts[clause_start] in self.relative_pronouns
        best, distance = None, 10**6
        for i in [k for k in range(sent.start + 1, sent.end) if texts[k] in points_nouns]:
            if relative and not clause_start <= i < clause_end:
                continue  # "ziehen mit 35 Zählern an X vorbei, die als Zweiter ...": the other team's points
            number = texts[i - 1]
            value = int(number) if number.isdecimal() else self.numbers.get(number.lower())
            if value is None or value > 120:
                continue
            nxt = texts[i + 1] if i + 1 < len(texts) else ""
            if nxt in self.vocab.points_blockers:
                continue
            d = abs(i - cue)
            if any(abs(i - other) < d for other in cues) and self._clause_break_between(i, cue):
                continue
            before = texts[i - 2] if i - 2 >= sent.start else ""
            if before in self.vocab.points_lead_ins:
                d -= 5
            if d < distance and abs(i - cue) <= 12:
                best, distance = value, d
        return best

    def _clause_break_between(self, a: int, b: int) -> bool:
        """Whether a comma or semicolon stands between tokens a and b."""
        between = self.ctx.texts[min(a, b) + 1:max(a, b)]
        return "," in between or ";" in between
