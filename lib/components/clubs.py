"""`fb_clubs`: club and national-team mentions, resolved to canonical names.

Known clubs come from `lib/data/clubs.json` through a `PhraseMatcher` (names, aliases,
nicknames, demonyms) plus compounds ("FCK-Boss", "Bochum-Stürmer"). Clubs no list knows are
found by their shape ("SV Musterstadt", "1. FC Irgendwo 09"). An alias
shared by several clubs ("Hamburger", "VfL", "Eintracht") is resolved by the clubs the same
article names unambiguously, and dropped when it stays ambiguous.

Result: `doc.spans["clubs"]`, each span's `kb_id_` the canonical name and `label_` how it
was named: NAME, NICK, DEMONYM, COMPOUND, CITY or UNKNOWN; `doc.spans["venues"]`, stadium
mentions with the owning club as `kb_id_`.
"""
from __future__ import annotations

from collections import Counter
from itertools import compress, count

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .anchors import is_score
from .tokens import Memo, longest_first, positions_of, set_span_group, token_spaces, token_surface, token_texts
from ..article import HEADLINE_MAX_CHARS
from ..lexicon import RANK_PREFIX, club_index, first_names, lower_set, vocabulary, word_list, word_set

HOW_TO_LABEL = {"name": "NAME", "alias": "NAME", "nick": "NICK", "demonym": "DEMONYM"}
WEAK_ALIASES_KEY = "weak_aliases"
RECENT_SUBJECT_TOKENS = 30  # a club named as a subject this close before a demonym is the one it means
CUE_KINDS = ("shape", "line_break", "prefix", "preposition", "place_suffix", "name_suffix")  # the tokens rule loops start from


@Language.factory("fb_clubs")
def create_club_recognizer(nlp: Language, name: str) -> "ClubRecognizer":
    return ClubRecognizer(nlp)


Candidates = tuple[tuple[str, str], ...]  # ((canonical, how), ...)
Mention = tuple[int, int, str, str]  # start, end, label, kb_id
UNKNOWN_SURFACE: tuple[Candidates, None] = ((), None)


# a name the lists know, before it is resolved: start, end, text, candidates and the one club
# all candidates name (None if they name several)
Found = tuple[int, int, str, Candidates, str | None]


class ClubRecognizer:
    def __init__(self, nlp: Language) -> None:
        self.index = club_index()
        # one matcher for club names, cities and stadiums: a single pass over the doc
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.matcher.add("CLUB", list(nlp.tokenizer.pipe(sorted(self.index.surfaces))))
        self.matcher.add("CITY", list(nlp.tokenizer.pipe(sorted(self.index.cities))))
        self.matcher.add("VENUE", list(nlp.tokenizer.pipe(sorted(self.index.stadiums))))
        self.club_key, self.city_key = nlp.vocab.strings["CLUB"], nlp.vocab.strings["CITY"]
        self.known = {surface: (candidates, _single_club(candidates))
                      for surface, candidates in self.index.surfaces.items()}
        self.labels = {label: nlp.vocab.strings.add(label) for label in LABEL_RANK}
        self.prefixes = word_set("club_prefixes") - {"1."}
        self.stop = word_set("not_club_words")
        self.vocabulary = vocabulary() | first_names()
        self.first_names = first_names()
        self.suffixes = word_set("club_suffix_tokens")
        self.place_suffixes = word_set("club_nouns_after_place")  # "Wiener Sport-Club", "Kieler SV"
        self.name_suffixes = word_set("club_name_suffixes")  # "Djurgårdens IF", "Viking FK": a club's own ending
        self.league_nouns = word_set("regional_league_nouns")
        self.not_team_tails = tuple(word_set("compound_tails_not_team"))  # "DFB-Pokal" is no team
        self.weak = word_set(WEAK_ALIASES_KEY)
        self.team_nouns = word_set("team_reference_nouns")
        self.needs_anchor = self.weak | self.team_nouns  # words that stand for a club only if the article names it
        self.agencies = word_set("news_agencies")  # "Hamburg (dpa) -": a dateline
        self.dateline_openers = word_set("dateline_sentence_openers")  # "Hamburg - Die deutsche Elf ..."
        self.context_prepositions = word_set("opponent_context_prepositions")  # "gewann gegen Musterstadt 2:1"
        # "über" names an opponent only after a win: "dem 3:1-Heimsieg über Omonia", not "über Nacht"
        self.after_win_prepositions = word_set("opponent_after_win_prepositions")
        self.win_words = word_set("win_words")
        self.win_suffixes = tuple(word_list("win_suffixes"))
        self.article_words = word_set("club_article_words")  # before a club's name: "der Wiener Sport-Club"
        self.singular_articles = word_set("singular_articles")  # "der Nigerianer traf": one player
        self.not_adjectives = lower_set("definite_articles") | lower_set("prepositions")  # "gegen die Ghanaer"
        self.age_words = word_set("age_phrase_words")  # "der 23 Jahre alte Ghanaer"
        self.city_prepositions = word_set("city_prepositions")  # "in Bochum", "nach Wien"
        self.street_nouns = word_set("street_nouns")  # "an der Hamburger Straße"
        self.not_own_marks = word_set("ground_marks") | word_set("opponent_marks")  # "beim X", "gegen X"
        # "die Reserve von Borussia Dortmund", "die U23 des VfB": the club's second team
        self.reserve_phrases = tuple(tuple(phrase.split()) for phrase in word_list("reserve_team_phrases"))
        self.reserve_words = frozenset(phrase[-1] for phrase in self.reserve_phrases)
        # what single words are, looked at once per word (most words are no cue at all)
        self._shapes = Memo(self._shape)  # word -> (genitive, compound) candidates
        self._cue_kinds = Memo(self._kinds_of_cue)  # word -> the kinds of cue it is, () for most words
        goalless = word_set("goalless_words")
        self._result_shaped = Memo(lambda text: is_score(text) or text in goalless)  # "2:1", "3:1-Heimsieg", "torlosen"

    def __call__(self, doc: Doc) -> Doc:
        texts = token_texts(doc)
        cues = self._cue_positions(texts)
        spaces = token_spaces(doc)
        found, cities, venues = self._matches(doc, texts, spaces)
        if cues["shape"]:
            found += self._by_shape(texts, cues["shape"], found)
        anchored, positions = self._anchored(texts, found)
        datelines = self._datelines(texts, [i + 1 for i in cues["line_break"]])
        mentions = self._named(texts, found, anchored, positions, datelines)
        if cues["prefix"]:
            known = {(start, end) for start, end, _, _ in mentions}
            unknown = self._unknown(texts, spaces, cues["prefix"], anchored, known)
            taken = _covered(mentions)
            # clubs no list knows, not the inner part of a known name ("Viktoria 1889 Berlin" of "FC Viktoria ...")
            new_clubs = [m for m in unknown if m[2] == "UNKNOWN"
                         and not any(start <= m[0] and m[1] <= end for start, end, _, _ in mentions)
                         and not any(start <= m[0] and m[1] <= end and (start, end) != m[:2]
                                     for start, end, _, _ in unknown)]  # not "Astoria Walldorf" of "FC Astoria ..."
            if new_clubs:
                mentions = self._compounds_of_unknown(texts, mentions, new_clubs)
                mentions += self._later_bare_names(texts, taken | datelines, new_clubs,
                                                   _headline_end(texts, spaces, cues["line_break"]))
            mentions += unknown
        if cues["place_suffix"]:
            # a known demonym may open a club no list knows: "der Bremer SV" is not Werder Bremen
            demonyms = {start for start, end, label, _ in mentions if label == "DEMONYM" and end - start == 1}
            taken = _covered(mentions) - demonyms
            place_named = self.place_named_clubs(texts, spaces, taken, cues["place_suffix"])
            if place_named:
                opened = {start for start, _, _, _ in place_named} & demonyms
                mentions = [m for m in mentions if m[0] not in opened] + place_named
        if cues["name_suffix"]:
            taken = _covered(mentions)
            mentions += [(i - 1, i + 1, "UNKNOWN", token_surface(texts, spaces, i - 1, i + 1)) for i in cues["name_suffix"]
                         if i and i not in taken and i - 1 not in taken and self._name_like(texts[i - 1])]
        if cues["preposition"]:
            taken = _covered(mentions)
            for start, end in self.opponents_by_context(texts, taken, cues["preposition"]):
                mentions.append((start, end, "UNKNOWN", token_surface(texts, spaces, start, end)))
        if cities:
            taken = _covered(mentions)
            mentions += self._cities(texts, spaces, cities, anchored, taken | datelines)
        if self.league_nouns.intersection(texts):  # "Regionalliga Bayern" is a league, not FC Bayern
            mentions = [m for m in mentions if not (m[0] and texts[m[0] - 1] in self.league_nouns)]
        mentions = self._without_surnames(texts, mentions)
        if not self.reserve_words.isdisjoint(texts):
            mentions = [self._reserve_team(texts, spaces, m) for m in mentions]
        stadiums = [(start, end, "VENUE", self._owner(self.index.stadiums[token_surface(texts, spaces, start, end)],
                                                      anchored))
                    for start, end in venues]
        if cues["prefix"]:
            mentions += self._bare_prefixes(texts, cues["prefix"], mentions + stadiums)
        self._set_group(doc, "clubs", _longest_first(mentions))
        self._set_group(doc, "venues", _longest_first(stadiums))
        return doc

    def _bare_prefixes(self, texts: list[str], at: list[int], named: list[Mention]) -> list[Mention]:
        """'der FC gewann 2:1', 'beim SV': a club prefix alone after an article is the club with that
        word in its name the paragraph named last (its stadium counts: 'Ein Drama erlebte das
        RheinEnergieStadion ... der FC'), else the article's only one. `at`: the prefixes' positions."""
        taken = _covered(named)
        found: list[Mention] = []
        for i in at:
            if i in taken or i == 0 or texts[i - 1] not in self.article_words \
                    or (i + 1 < len(texts) and (texts[i + 1][:1].isupper() or texts[i + 1][:1].isdigit())):
                continue  # "der FC Bayern", "der SV 07 Elversberg": a name the lists know or not
            owners = [(start, name) for start, _, label, name in named
                      if label != "UNKNOWN" and texts[i] in name.split()]
            before = [(start, name) for start, name in owners
                      if start < i and not any("\n\n" in text for text in texts[start:i])]  # the same paragraph
            if before:
                found.append((i, i + 1, "NAME", max(before)[1]))
            elif len({name for _, name in owners}) == 1:
                found.append((i, i + 1, "NAME", owners[0][1]))
        return found

    @staticmethod
    def _owner(owners: tuple[str, ...], anchored: set[str]) -> str:
        """The club of a stadium name several clubs have: the only one of them the article names ('auf
        dem Tivoli' in a report on Alemannia Aachen), else the first listed (where the article names
        both, as in a derby at a shared ground, that one may be the host or not: the match decides)."""
        named = [owner for owner in owners if owner in anchored]
        return named[0] if len(named) == 1 else owners[0]

    def _cue_positions(self, texts: list[str]) -> dict[str, list[int]]:
        """Where the tokens the rule loops start from are (the loops visit no others): words with a
        genitive or compound shape, line breaks, club prefixes, 'gegen'/'bei'/'beim'."""
        cues: dict[str, list[int]] = {kind: [] for kind in CUE_KINDS}
        kinds_at = list(map(self._cue_kinds.__getitem__, texts))
        for i in compress(count(), kinds_at):
            for kind in kinds_at[i]:
                cues[kind].append(i)
        return cues

    def _kinds_of_cue(self, word: str) -> tuple[str, ...]:
        """The kinds of cue (`CUE_KINDS`) a word is, in that order; () for most words."""
        genitive, compound = self._shapes[word]
        is_kind = {"shape": bool(genitive or compound), "line_break": "\n" in word and word.isspace(),
                   "prefix": word in self.prefixes, "preposition": word in self.context_prepositions,
                   "place_suffix": word in self.place_suffixes, "name_suffix": word in self.name_suffixes}
        return tuple(kind for kind in CUE_KINDS if is_kind[kind])

    def _matches(self, doc: Doc, texts: list[str], spaces: list[int]
                 ) -> tuple[list[Found], list[tuple[int, int]], list[tuple[int, int]]]:
        """Known club names, cities and stadiums, from one matcher pass."""
        found: list[Found] = []
        cities: list[tuple[int, int]] = []
        venues: list[tuple[int, int]] = []
        club_key, city_key, known = self.club_key, self.city_key, self.known
        for key, start, end in self.matcher(doc):
            if key == club_key:
                text = texts[start] if end - start == 1 else token_surface(texts, spaces, start, end)
                candidates, club = known.get(text, UNKNOWN_SURFACE)
                found.append((start, end, text, candidates, club))
            elif key == city_key:
                cities.append((start, end))
            else:
                venues.append((start, end))
        return found, cities, venues

    def _anchored(self, texts: list[str], found: list[Found]) -> tuple[set[str], dict[str, list[int]]]:
        """The clubs the article names unambiguously (or by a city it names), and where it names them."""
        anchored: set[str] = set()
        positions: dict[str, list[int]] = {}
        ambiguous: list[Candidates] = []
        longest_end: dict[int, int] = {}
        for start, end, _, _, _ in found:
            longest_end[start] = max(end, longest_end.get(start, end))
        inside = {k for start, end in longest_end.items() if end - start > 1 for k in range(start + 1, end)}
        for start, end, text, cands, club in found:
            if start in inside:
                continue  # "Zürich" in "Grasshopper Club Zürich" names no FC Zürich
            if club:
                positions.setdefault(club, []).append(start)
                if cands[0][1] in ("name", "alias") and text not in self.weak:
                    anchored.add(club)
            elif cands:
                ambiguous.append(cands)
        if ambiguous:
            anchored |= self._city_evidence(texts, ambiguous, anchored)
        return anchored, positions

    def _unknown(self, texts: list[str], spaces: list[int], prefixes: list[int], anchored: set[str],
                 known: set[tuple[int, int]]) -> list[Mention]:
        """Clubs by their shape where no name was found; `prefixes`: where the club prefixes are."""
        mentions: list[Mention] = []
        for start, end in self.unknown_clubs(texts, prefixes):
            if (start, end) not in known:
                inner = self._resolve(self.index.candidates(token_surface(texts, spaces, start + 1, end)), anchored) \
                    if end - start > 1 else None  # "SK Rapid": the known "Rapid"
                if inner and (start, start + 1) in known:
                    continue  # "hatte die Alemannia Hertha BSC geschlagen": two known clubs side by side
                if inner:
                    mentions.append((start, end, "NAME", inner))
                else:
                    mentions.append((start, end, "UNKNOWN", token_surface(texts, spaces, start, end)))
        return mentions

    def _compounds_of_unknown(self, texts: list[str], mentions: list[Mention], unknown: list[Mention]) -> list[Mention]:
        """'TuS-Kapitän', 'SVM-Schlussmann' in an article about 'TuS Hohenbergen' and 'SV Musterhausen':
        a compound's short form is the club the article names with that prefix (or those initials),
        not a known club the article never names."""
        short_forms: dict[str, set[str]] = {}
        for start, end, _, name in unknown:
            words = [texts[k] for k in range(start, end) if not texts[k].isdigit() and texts[k] != "1."]
            if len(words) == 2:
                short_forms.setdefault(words[0], set()).add(name)
                short_forms.setdefault(words[0] + words[1][0], set()).add(name)
        inside_unknown = {k for start, end, _, _ in unknown for k in range(start, end)}  # "TuS" of "TuS Hohenbergen"
        named = {name for start, _, label, name in mentions if label != "COMPOUND" and start not in inside_unknown}
        fixed: list[Mention] = []
        for mention in mentions:
            start, end, label, name = mention
            if label == "COMPOUND" and name not in named:
                owners = short_forms.get(texts[start].split("-", 1)[0], set())
                if len(owners) == 1:
                    mention = (start, end, label, next(iter(owners)))
                elif owners:
                    continue  # "SVB-Trainer" beside 'SV Brixlegg' and 'SV Bischofshofen': which one is unclear
            fixed.append(mention)
        starts = {start for start, _, _, _ in mentions}
        for i, text in enumerate(texts):  # only articles naming a club no list knows come here
            head, _, tail = text.partition("-")
            if tail and i not in starts and head in short_forms and len(short_forms[head]) == 1 \
                    and tail[:1].isupper() and not tail.startswith(self.not_team_tails):
                fixed.append((i, i + 1, "COMPOUND", next(iter(short_forms[head]))))  # "SVG-Torwart"
        return fixed

    def _later_bare_names(self, texts: list[str], taken: set[int], unknown: list[Mention],
                          headline_end: int) -> list[Mention]:
        """'SV Leobendorf ... Leobendorf übernimmt die Tabellenführung': after a club no list knows is
        named with its prefix, its place name alone means it too (when no other club has that name).
        A headline (the tokens before `headline_end`) sums the article up, so there it may come first."""
        owners: dict[str, set[str]] = {}
        joined: dict[str, str] = {}  # first place of a slash name -> its second: "Aich" -> "Dob"
        for start, end, _, name in unknown:
            place = [texts[k] for k in range(start + 1, end) if not texts[k].isdigit() and texts[k] not in self.prefixes]
            if len(place) == 1:  # "SV Leobendorf", "SV Musterhausen 09", "FC Astoria Walldorf"
                owners.setdefault(place[0], set()).add(name)
                if "-" in place[0]:  # "SV Brixlegg-Rattenberg ... Brixlegg"
                    owners.setdefault(place[0].split("-", 1)[0], set()).add(name)
            elif len(place) == 3 and place[1] == "/":  # "SK Aich/Dob ... Aich/Dob"
                owners.setdefault(place[0], set()).add(name)
                joined[place[0]] = place[2]
        if not owners:
            return []
        taken = taken | _covered(unknown)
        first: dict[str, int] = {}
        for start, _, _, name in unknown:
            first.setdefault(name, start)
        found: list[Mention] = []
        for i in positions_of(texts, owners):
            if i in taken or len(owners[texts[i]]) != 1:
                continue
            owner = next(iter(owners[texts[i]]))
            in_headline = i < headline_end and not (i and texts[i - 1] in self.city_prepositions)  # not "Sport in X"
            if i > first[owner] or in_headline:
                end = i + 3 if texts[i + 1:i + 3] == ["/", joined.get(texts[i])] else i + 1
                found.append((i, end, "UNKNOWN", owner))
        return found

    def _cities(self, texts: list[str], spaces: list[int], cities: list[tuple[int, int]],
                anchored: set[str], taken: set[int]) -> list[Mention]:
        """'in Bochum', 'nach Wien': a city stands for a club only when the article names that club too.
        Without a preposition ('Essen, das zuvor beim 0:4 ...', after 'die SGS Essen') the city is the
        club itself, when the article names exactly one club of that city."""
        mentions: list[Mention] = []
        for start, end in cities:
            canonical = self._anchored_club_in(self.index.cities[token_surface(texts, spaces, start, end)], anchored)
            if canonical is None:
                continue
            if start and texts[start - 1] in self.city_prepositions:
                mentions.append((start, end, "CITY", canonical))
            elif start not in taken and end < len(texts) and not texts[end][:1].isupper():
                mentions.append((start, end, "NAME", canonical))
        return mentions

    def _anchored_club_in(self, clubs, anchored: set[str]) -> str | None:
        """The one club of `clubs` (a city's) the article names."""
        return self._resolve(tuple((c, "city") for c in clubs if c in anchored), anchored)

    def _set_group(self, doc: Doc, group: str, mentions: list[Mention]) -> None:
        """`doc.spans[group]` from the mentions (which are also its `span_tuples`)."""
        labels = self.labels
        spans = [Span(doc, start, end, label=labels[label], kb_id=kb_id) for start, end, label, kb_id in mentions]
        set_span_group(doc, group, spans, mentions)

    def _by_shape(self, texts: list[str], at: list[int], found: list[Found]) -> list[Found]:
        """Single tokens whose shape names a club: genitives ("Bochums", "Österreichs") where no
        name matched, compounds ("FCK-Boss", "Bochum-Stürmer"). `at`: where the shaped words are."""
        matched = {i for start, end, _, _, _ in found for i in range(start, end)}
        shaped: list[Found] = []
        for i in at:
            text = texts[i]
            genitive, compound = self._shapes[text]
            if genitive and i not in matched:
                shaped.append((i, i + 1, text, genitive, _single_club(genitive)))
            elif compound:
                shaped.append((i, i + 1, text, compound, _single_club(compound)))
        return shaped

    def _shape(self, text: str) -> tuple[Candidates, Candidates]:
        """(genitive candidates, compound candidates) of one token text."""
        genitive: Candidates = ()
        compound: Candidates = ()
        if len(text) > 4 and text.endswith("s") and text[0].isupper():
            genitive = tuple(c for c in self.index.candidates(text[:-1]) if c[1] in ("name", "alias"))
        if "-" in text[1:-1]:
            head, tail = text.split("-", 1)
            if not tail.startswith(self.not_team_tails):
                compound = tuple((c, "compound") for c, _ in self.index.candidates(head))
        return genitive, compound

    def _reserve_team(self, texts: list[str], spaces: list[int], mention: Mention) -> Mention:
        """The mention widened to the club's second team when a reserve noun governs it: 'die Reserve von
        Borussia Dortmund', 'die zweite Mannschaft des FC' (the name the club list gives the team,
        'Young Violets Austria Wien' for 'Austria Wien II', else the club's name and 'II')."""
        start, end, label, club = mention
        if start < 2 or texts[start - 1] not in ("des", "von", "vom") or club.endswith(" II"):
            return mention
        for phrase in self.reserve_phrases:
            opening = start - 1 - len(phrase)
            if opening >= 0 and tuple(texts[opening:start - 1]) == phrase:
                names = (f"{token_surface(texts, spaces, start, end)} II", f"{club} II")
                known = next((team for name in names if (team := self.known.get(name, UNKNOWN_SURFACE)[1])), None)
                return opening, end, label, known or f"{club} II"
        return mention

    def _without_surnames(self, texts: list[str], mentions: list[Mention]) -> list[Mention]:
        """A one-word club right after a known first name is a surname: 'Niklas Jahn', not Jahn Regensburg."""
        first = self.first_names
        taken = _covered(mentions)
        return [m for m in mentions
                if not (m[1] - m[0] == 1 and m[0] and texts[m[0] - 1] in first and m[0] - 1 not in taken
                        and m[2] != "COMPOUND")]

    def _named(self, texts: list[str], found: list[Found], anchored: set[str], positions: dict[str, list[int]],
               datelines: set[int]) -> list[Mention]:
        """The found names that stand for one club in this article."""
        mentions: list[Mention] = []
        for start, end, text, cands, club in found:
            if start in datelines:
                continue  # "Hamburg (dpa) - ...": where the report was filed, not a club
            canonical = club or (cands[0][1] == "demonym" and self._topic_of(texts, cands, anchored, positions, start)) \
                or self._resolve(cands, anchored, positions, start)
            if canonical is None or (text in self.needs_anchor and canonical not in anchored):
                continue  # a weak alias or a region word ("die Rheinländer") for a club the article does not name
            how = cands[0][1]
            if how == "demonym" and canonical not in anchored:
                canonical = self._anchored_club_of_city(canonical, anchored) or canonical  # "Essener" for SGS Essen
            if how == "demonym" and end < len(texts) and texts[end] in self.street_nouns:
                continue  # "an der Hamburger Straße": an address, not the club
            if how == "demonym" and self.index.clubs[canonical].kind == "national" and \
                    self._after_singular_article(texts, start):
                continue  # "der Nigerianer traf", "der 23 Jahre alte Ghanaer": one player, not the national team
            mentions.append((start, end, "COMPOUND" if how == "compound" else HOW_TO_LABEL[how], canonical))
        return mentions

    def _topic_of(self, texts: list[str], cands: Candidates, anchored: set[str], positions: dict[str, list[int]],
                  at: int) -> str | None:
        """Of several named clubs a demonym fits ('die Niedersachsen'), the one named most often before
        it as a subject or object, not as a ground or opponent ('beim SV Meppen', 'gegen Hannover'):
        the club the article is about; None on a tie, and None when the club named last before it was
        named as a subject just before ('Hertha war beim 1. FC Magdeburg zu Gast. Die Berliner ...': that one)."""
        named = [c for c in dict.fromkeys(c for c, _ in cands) if c in anchored]
        if len(named) < 2:
            return None
        latest = max((p for c in named for p in positions.get(c, ()) if p < at), default=None)
        if latest is None or (at - latest <= RECENT_SUBJECT_TOKENS and not (latest and texts[latest - 1] in self.not_own_marks)):
            return None
        own = sorted(((sum(1 for p in positions.get(c, ()) if p < at and not (p and texts[p - 1] in self.not_own_marks)),
                       c) for c in named), reverse=True)
        return own[0][1] if own[0][0] > own[1][0] else None

    def _after_singular_article(self, texts: list[str], start: int) -> bool:
        """A singular article right before `start`, or before at most four lower-case words and
        numbers between ('der erst 19-jährige', 'der 23 Jahre alte')."""
        for k in range(start - 1, max(-1, start - 6), -1):
            text = texts[k]
            if text in self.singular_articles:
                return True
            if not (text[:1].isdigit() or text in self.age_words or text[:1].islower()
                    and text.endswith(("e", "en")) and text not in self.not_adjectives):
                return False
        return False

    def _anchored_club_of_city(self, club: str, anchored: set[str]) -> str | None:
        """The one club the article names from the city of `club` (a demonym the lists give one
        club of a city stands for the city's club the article is about)."""
        city = self.index.clubs[club].city
        return self._anchored_club_in(self.index.cities.get(city, ()), anchored) if city else None

    def _datelines(self, texts: list[str], line_starts: list[int]) -> set[int]:
        """Token positions of datelines: 'Köln/Karlsruhe (dpa) -', 'Wolfsburg. Der VfL ...' at a line start
        (`line_starts`: the tokens after line breaks)."""
        positions: set[int] = set()
        n = len(texts)
        for start in [0] + line_starts:
            k = start
            while k < n and k - start < 8 and (texts[k][:1].isupper() or texts[k] == "/"):
                k += 1
            if k == start or k >= n:
                continue
            agency = texts[k] == "(" and k + 2 < n and texts[k + 2] == ")" and texts[k + 1] in self.agencies
            # "Hamburg - Die deutsche Nationalmannschaft hat ...": a place, then the first sentence
            # (not "Hamburg - Bremen 2:1": the opening word of a sentence follows the dash)
            dashed = texts[k] in ("-", "–") and k + 1 < n and texts[k + 1][:1].isupper() \
                and texts[k + 1].lower() in self.dateline_openers
            if agency or (texts[k] == "." and k - start == 1) or (dashed and k - start <= 2):
                positions.update(range(start, k))
        return positions

    def _city_evidence(self, texts: list[str], ambiguous: list[Candidates], anchored: set[str]) -> set[str]:
        """Clubs an ambiguous name can only mean given the cities the article names:
        'das Wiener Derby gegen die Austria' -> Austria Wien. Where the article names the cities of
        two of its clubs, the city it names more often ('DÜSSELDORF. ... die Düsseldorfer ... die
        Fortuna' beside one 'Kölner Keller')."""
        extra: set[str] = set()
        counts = Counter(texts)
        for cands in ambiguous:
            names = {c for c, _ in cands}
            if names & anchored:
                continue
            cities = {n: city for n in names if (city := self.index.clubs[n].city)}
            named = {n: sum(counts.get(form, 0) for form in (city, city + "er", city + "ern", city.upper()))
                     for n, city in cities.items()}
            local = sorted((n for n in named if named[n]), key=named.get, reverse=True)
            if len(local) == 1 or (len(local) > 1 and named[local[0]] > named[local[1]]):
                extra.add(local[0])
        return extra

    def unknown_clubs(self, texts: list[str], at: list[int]):
        """Clubs by their shape: 'SV Musterstadt', 'FC Irgendwo 09', 'TSV 1860 Neustadt', '1. FC X',
        'FC Astoria Walldorf' (a second club word before the place).
        `at`: the positions of club prefixes ('SV', 'FC', 'TSV' ...)."""
        n = len(texts)
        for i in at:
            start = i - 1 if i and texts[i - 1] == "1." else i
            j = i + 1
            if j < n and texts[j].isdigit() and len(texts[j]) in (2, 4):
                j += 1
            if j < n and self._name_like(texts[j]):
                j += 1
                if j < n and texts[j - 1] in self.prefixes and self._name_like(texts[j]):
                    j += 1  # "FC Astoria Walldorf": a club word, then the place
                elif j + 1 < n and j - i == 2 and " ".join(texts[i:j]) not in self.known \
                        and self._second_place_word(texts, j):
                    j += 1  # "TSV Steinbach Haiger": a double place name (not "beim FC Basel Xhaka")
                if j + 1 < n and texts[j] == "/" and self._name_like(texts[j + 1]):
                    j += 2  # "SV Drochtersen/Assel": two places joined by a slash
                if j < n and texts[j].isdigit() and len(texts[j]) in (2, 4) and j - i == 2 \
                        and " ".join(texts[i:j]) not in self.known:
                    j += 1  # "FC Irgendwo 09", not the points after a known club: "SC Freiburg 20"
                if start < i and (start == 0 or "\n" in texts[start - 1]) and " ".join(texts[i:j]) in self.known:
                    continue  # a table's line "1. FC Bayern München 30 Punkte": a rank before a known club
                yield start, j

    def _second_place_word(self, texts: list[str], j: int) -> bool:
        """Whether the word at j, after a club prefix and one place word, is the second word of the
        place: name-like, no word or first name the lists know, and the end of the name before a
        lower-case word or punctuation."""
        word, after = texts[j], texts[j + 1]
        if word in self.known and not (word in self.index.cities and self._city_ends_the_name(texts, j)):
            return False  # "schlug der SV Todesfelde Kiel": the opponent, not part of the name
        return (self._name_like(word) and word not in self.vocabulary
                and not after[:1].isupper() and not after[:1].isdigit())

    def _city_ends_the_name(self, texts: list[str], j: int) -> bool:
        """'Der Oberligist TSV Schott Mainz', 'sorgte der TSV Schott Mainz.': a city after a club prefix
        and a place word belongs to the name where a noun stands before the club (or nothing) or
        punctuation after the city; not 'schlug der SV Todesfelde Kiel überraschend'."""
        k = j - 2  # the club prefix
        before = texts[k - 1] if k >= 1 else ""
        if before.lower() in self.article_words and k >= 2:
            before = texts[k - 2]
        return not before[:1].islower() or not texts[j + 1][:1].isalnum()

    def place_named_clubs(self, texts: list[str], spaces: list[int], taken: set[int], at: list[int]) -> list[Mention]:
        """'der Wiener Sport-Club', 'beim Kieler SV', '1. Göppinger SV': a place adjective in -er before a
        club noun names a club, also one no list knows; later 'der Sport-Club' alone is that club when the
        article names only one club with that noun. `at`: the positions of those club nouns."""
        named: list[Mention] = []
        bare: list[int] = []
        article_words = self.article_words
        for i in at:
            k = i - 1
            if k < 0 or i in taken:
                continue
            word = texts[k]
            before = texts[k - 1] if k else ""
            if k not in taken and (before.lower() in article_words or before in ("1.", "–")) and len(word) > 4 \
                    and word.endswith("er") and self._name_like(word) and word not in self.first_names:
                # not "Aber SV Ried"; "1. Göppinger SV" with its number, "– Göppinger SV" in a result line
                start = k - 1 if before == "1." else k
                named.append((start, i + 1, "UNKNOWN", token_surface(texts, spaces, start, i + 1)))
            elif word.lower() in article_words:
                bare.append(i)  # "der Sport-Club"
        first: dict[str, list[Mention]] = {}
        for mention in named:
            first.setdefault(texts[mention[1] - 1], []).append(mention)
        for i in bare:
            same_noun = first.get(texts[i], [])
            if len({name for _, _, _, name in same_noun}) == 1 and same_noun[0][0] < i:
                named.append((i, i + 1, "UNKNOWN", same_noun[0][3]))
        return named

    def opponents_by_context(self, texts: list[str], taken: set[int], at: list[int]):
        """'gewann gegen Musterstadt 2:1', 'verlor beim Musterstädter SV', 'dem 3:1-Heimsieg über Omonia
        Nikosia', 'dem torlosen Remis gegen die Shamrock Rovers': a capitalised word no list knows after
        'gegen'/'beim'/'bei'/'über' near a result. `at`: the positions of
        those prepositions."""
        scores = list(compress(count(), map(self._result_shaped.__getitem__, texts)))
        if not scores:
            return
        n = len(texts)
        for i in at:
            if texts[i] in self.after_win_prepositions and not self._after_win(texts, i):
                continue
            j = i + 1
            if j < n and texts[j] in ("den", "dem", "die", "das"):
                j += 1
            if j >= n or j in taken or not self._name_like(texts[j]) or texts[j] in self.vocabulary:
                continue
            if j + 1 in taken or texts[j].startswith(RANK_PREFIX):
                continue  # "beim Tabellenvorletzten Eintracht Braunschweig": a description of a named club
            end = j + 1
            if end < n and end not in taken and (texts[end] in self.suffixes or (
                    self._name_like(texts[end]) and texts[end] not in self.vocabulary)):
                end += 1  # "Musterstädter SV", "Bad Neustadt"
            if any(0 <= k - end <= 6 or 0 < i - k <= 8 for k in scores):  # "gegen Musterstadt 0:2" too
                yield j, end

    def _after_win(self, texts: list[str], i: int) -> bool:
        """Whether a win stands among the three words before `i`: 'Sieg über', 'dem knappen
        3:1-Heimsieg über', 'triumphierte 2:0 über'."""
        return any(word in self.win_words or word.lower().endswith(self.win_suffixes)
                   for word in texts[max(0, i - 3):i])

    def _name_like(self, text: str) -> bool:
        """A capitalised word that is no stop word; also a hyphenated one of such words that the
        rules do not know ('Schalding-Heining', not 'Vize-Weltmeister')."""
        if not text.istitle() or text in self.stop:
            return False
        if text.isalpha():
            return True
        parts = text.split("-")
        return len(parts) > 1 and all(p.isalpha() and p not in self.vocabulary and p not in self.stop for p in parts)

    @staticmethod
    def _resolve(candidates: Candidates, anchored: set[str],
                 positions: dict[str, list[int]] | None = None, at: int = 0) -> str | None:
        """The one candidate; else the one the article names; else the one it named last before `at`."""
        if len(candidates) < 2:
            return candidates[0][0] if candidates else None
        names = list(dict.fromkeys(c for c, _ in candidates))
        if len(names) == 1:
            return names[0]
        in_article = [n for n in names if n in anchored]
        if len(in_article) == 1:
            return in_article[0]
        if positions and in_article:
            latest, name = max((max((p for p in positions.get(n, ()) if p < at), default=-1), n) for n in in_article)
            if latest >= 0:
                return name
        return None


def _covered(mentions: list[Mention]) -> set[int]:
    """The token positions the mentions cover."""
    return {i for start, end, _, _ in mentions for i in range(start, end)}


def _headline_end(texts: list[str], spaces: list[int], line_breaks: list[int]) -> int:
    """Where the headline ends: the first line when a blank line follows it and it is short (as
    `article.Article` reads a title); 0 when the text opens without one."""
    if not line_breaks or texts[line_breaks[0]].count("\n") < 2:
        return 0
    end = line_breaks[0]
    return end if len(token_surface(texts, spaces, 0, end).strip()) <= HEADLINE_MAX_CHARS else 0


def _single_club(candidates: Candidates) -> str | None:
    """The club all candidates name (one club may be known under several forms), else None."""
    if not candidates:
        return None
    club = candidates[0][0]
    return club if all(c == club for c, _ in candidates) else None


LABEL_RANK = {"NAME": 0, "NICK": 1, "DEMONYM": 2, "COMPOUND": 3, "CITY": 4, "UNKNOWN": 5, "VENUE": 6}  # best first


def _longest_first(mentions: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions: the longest, then the first, then the better label (a NAME beats
    a CITY or UNKNOWN)."""
    return longest_first(mentions, rank=lambda mention: LABEL_RANK[mention[2]])
