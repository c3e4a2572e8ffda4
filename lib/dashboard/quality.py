"""Datenqualität: conflicts between articles, results the reference contradicts, flagged date
lines, unlinked names, and the share of extracted results the reference confirms.

The consolidated entities come from `lib.consolidate` (via `views.knowledge`); the reference
(OpenLigaDB CSVs) from a folder the user names on this page (kept in the URL as
`?referenz=…` and in the session, so every page uses it). The tables are pure functions
(tested without Streamlit); `render` draws the page.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pandas as pd

from lib import derived

from . import views
from .views import val

REFERENCE_PARAM = "referenz"
REFERENCE_KEY = "_fbkb.shared.referenz"
SCOPE = "qualitaet"
LINK_COLUMNS = ["article_id", "sent_start", "sent_end"]
KIND_TEXT = {"Spiel": "Spiel", "Tor": "Tor", "Trainer": "Trainer-Ereignis"}


# --------------------------------------------------------------------------------------------
# Tables (pure)


def _first(sources: Any) -> str | None:
    sources = val(sources)
    return str(sources).split("; ")[0] if sources else None


class _Labels:
    """German labels of entity ids (match, goal or coach event) of `kb`; the first row of each
    id is found through a dictionary built once, not by a scan of the table per label."""

    def __init__(self, kb) -> None:
        self.rows = [(table, _first_rows(table[column])) for table, column in
                     ((kb.matches, "entity_id"), (kb.goals, "goal_entity_id"), (kb.coach_events, "event_id"))]

    def __call__(self, entity_id: Any) -> str:
        (matches, match_rows), (goals, goal_rows), (events, event_rows) = self.rows
        if entity_id in match_rows:
            r = matches.iloc[match_rows[entity_id]]
            return f"{views.game_label(r)} ({val(r['date']) or 'ohne Datum'})"
        if entity_id in goal_rows:
            r = goals.iloc[goal_rows[entity_id]]
            return f"{val(r['player']) or '?'} {views.minute_label(r['minute'], r['stoppage'])} – " \
                   f"{self(r['entity_id'])}"
        if entity_id in event_rows:
            r = events.iloc[event_rows[entity_id]]
            return f"{val(r['person'])} ({val(r['club']) or '?'}), {views.event_label(r['event'])}"
        return str(entity_id)


def _first_rows(ids: pd.Series) -> dict[Any, int]:
    """id -> position of its first row (NA ids are never looked up)."""
    first: dict[Any, int] = {}
    for position, value in enumerate(views.python_values(ids)):
        if value is not None:
            first.setdefault(value, position)
    return first


def conflict_table(kb) -> pd.DataFrame:
    """Every disagreement between sources, with the value shown and why."""
    columns = ["Art", "Was", "Feld", "Angaben der Quellen", "Angezeigt", "Grundlage", "Quellen", *LINK_COLUMNS]
    c = kb.conflicts
    if c.empty:
        return pd.DataFrame(columns=columns)
    labels = _Labels(kb)
    return pd.DataFrame({
        "Art": [KIND_TEXT.get(k, k) for k in c["kind"]], "Was": [labels(e) for e in c["entity_id"]],
        "Feld": c["field"].values, "Angaben der Quellen": c["values"].values, "Angezeigt": c["shown"].values,
        "Grundlage": c["basis"].values, "Quellen": c["sources"].values,
        "article_id": [_first(s) for s in c["sources"]], "sent_start": None, "sent_end": None,
    }, columns=columns)


def contradicted_table(kb) -> pd.DataFrame:
    """Consolidated results the reference contradicts."""
    columns = ["Spiel", "Datum", "Spieltag", "Ergebnis (Artikel)", "Ergebnis (Referenz)", "Ergebnis laut",
               "Quellen", "Hinweis", "Satz", *LINK_COLUMNS]
    m = kb.matches
    if m.empty or not kb.has_reference:
        return pd.DataFrame(columns=columns)
    m = m[m["ref_status"] == "widersprochen"]
    return pd.DataFrame({
        "Spiel": [f"{val(h)} – {val(a)}" for h, a in zip(m["home_team"], m["away_team"])],
        "Datum": m["date"].values, "Spieltag": m["matchday"].values,
        "Ergebnis (Artikel)": [views.score(h, a) for h, a in zip(m["home_goals"], m["away_goals"])],
        "Ergebnis (Referenz)": [views.score(h, a) for h, a in zip(m["ref_home_goals"], m["ref_away_goals"])],
        "Ergebnis laut": m["score_basis"].values, "Quellen": m["sources"].values, "Hinweis": m["ref_note"].values,
        "Satz": m["sentence"].values, "article_id": m["article_id"].values, "sent_start": m["sent_start"].values,
        "sent_end": m["sent_end"].values,
    }, columns=columns)


def date_flag_table(kb) -> pd.DataFrame:
    """Article date lines (and match dates) that contradict the content or the reference."""
    columns = ["Artikel", "Datumszeile", "Befund", "Beleg", "Datum laut Beleg", *LINK_COLUMNS]
    f = kb.date_flags
    if f.empty:
        return pd.DataFrame(columns=columns)
    return pd.DataFrame({
        "Artikel": f["article_id"].values, "Datumszeile": f["article_date"].values, "Befund": f["kind"].values,
        "Beleg": f["detail"].values, "Datum laut Beleg": f["evidence_date"].values,
        "article_id": f["article_id"].values, "sent_start": None, "sent_end": None,
    }, columns=columns)


def unlinked_table(kb) -> pd.DataFrame:
    """Names that could not be linked: short names without (or with several) full names,
    scorers the reference does not list for their match, matches without a reference match."""
    columns = ["Name", "Art", "Grund", "Kandidaten", "Quellen", *LINK_COLUMNS]
    rows = []
    for r in kb.unlinked_names.itertuples(index=False):
        rows.append({"Name": r.name, "Art": r.kind, "Grund": r.reason, "Kandidaten": val(r.candidates) or None,
                     "Quellen": r.sources, "article_id": r.article_id})
    if kb.has_reference and not kb.goals.empty:
        missing = kb.goals[kb.goals["ref_confirmed"].fillna(True).astype(bool) == False]  # noqa: E712
        labels = _Labels(kb)
        for r in missing.itertuples(index=False):
            rows.append({"Name": r.player, "Art": "Torschütze", "Grund": "nicht unter den Torschützen der Referenz",
                         "Kandidaten": labels(r.entity_id), "Quellen": r.sources, "article_id": r.article_id,
                         "sent_start": r.sent_start, "sent_end": r.sent_end})
    if kb.has_reference and not kb.matches.empty:
        for r in kb.matches[kb.matches["ref_status"] == "ohne Referenz"].itertuples(index=False):
            rows.append({"Name": f"{r.home_team} – {r.away_team}", "Art": "Spiel",
                         "Grund": "kein Spiel der Referenz passt" + (f" ({r.ref_note})" if val(r.ref_note) else ""),
                         "Kandidaten": None, "Quellen": r.sources, "article_id": r.article_id,
                         "sent_start": r.sent_start, "sent_end": r.sent_end})
    return pd.DataFrame(rows, columns=columns)


def summary(kb) -> dict[str, Any]:
    share = kb.confirmed_share()
    return {
        "Spiele": len(kb.matches), "Erwähnungen": len(kb.match_mentions), "Konflikte": len(kb.conflicts),
        "Widersprüche zur Referenz": share.get("contradicted", 0), "Datumszeilen": int(kb.date_flags["article_id"].nunique())
        if not kb.date_flags.empty else 0,
        "Nicht verknüpft": len(unlinked_table(kb)), "share": share,
    }


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f} %".replace(".", ",")


# --------------------------------------------------------------------------------------------
# The reference (Streamlit)


def reference_value() -> str:
    import streamlit as st

    return st.query_params.get(REFERENCE_PARAM) or st.session_state.get(REFERENCE_KEY) or ""


def set_reference_value(value: str) -> None:
    import streamlit as st

    value = (value or "").strip()
    st.session_state[REFERENCE_KEY] = value
    if value:
        st.query_params[REFERENCE_PARAM] = value
    elif REFERENCE_PARAM in st.query_params:
        del st.query_params[REFERENCE_PARAM]


def _files_key(path: Path) -> tuple:
    files = [path] if path.is_file() else sorted(path.rglob("*.csv"))
    return tuple((str(f), f.stat().st_mtime_ns, f.stat().st_size) for f in files[:200])


def _cached_reader():
    import streamlit as st

    @st.cache_resource(show_spinner="Referenzdaten werden gelesen …", max_entries=4)
    def read(path: str, key: tuple):
        from lib.reference import read_openligadb

        return read_openligadb([path])

    return read


_READ = None


def load_reference(value: str) -> tuple[Any, str | None]:
    """The reference of the folder/file `value` (None without one) and an error message."""
    global _READ
    value = (value or "").strip()
    if not value:
        return None, None
    path = Path(os.path.expanduser(value))
    if not path.exists():
        return None, f"Die Referenzdaten „{value}“ wurden nicht gefunden."
    if _READ is None:
        _READ = _cached_reader()
    try:
        ref = _READ(str(path.resolve()), _files_key(path))
    except Exception as error:  # a broken CSV: say so, never crash
        return None, f"Die Referenzdaten konnten nicht gelesen werden ({type(error).__name__}: {error})."
    if ref.empty:
        return None, f"In „{value}“ liegen keine OpenLigaDB-Ergebnisdateien (*_overall.csv)."
    return ref, None


_BY_CONTENT: dict[tuple, Any] = {}


def content_key(frames) -> tuple:
    """A cheap content hash of the frames (vectorised), so a page rerun with equal frames (the
    data layer hands out fresh copies) reuses the consolidation instead of recomputing it."""
    parts = []
    for kind in ("articles", "matches", "goals", "coach_events", "people", "quotes"):
        frame = getattr(frames, kind)
        columns = [c for c in frame.columns if c not in ("text", "sentence")]
        digest = int(pd.util.hash_pandas_object(frame[columns], index=False).sum()) if len(frame) else 0
        parts.append((kind, len(frame), digest))
    return tuple(parts)


CONSOLIDATE_LIMIT = derived.CONSOLIDATE_LIMIT  # articles consolidated at once; larger stores in scopes
SCOPE_LIMIT = 1_000  # articles of a search result consolidated on a large store (about a second)


def large(ctx) -> bool:
    """More articles than are consolidated at once (`lib.consolidate` is far from linear): the
    pages then consolidate one season (or the articles of a search result) at a time."""
    return views.count(ctx.frames, "articles") > CONSOLIDATE_LIMIT


def subset(frames, article_ids) -> Any:
    """`frames` limited to the articles `article_ids` (facts and problems of those articles);
    frames read from a store on demand read them from the store."""
    from lib.frames import Frames

    if hasattr(frames, "subset"):
        return frames.subset(article_ids)
    ids = pd.Series(list(article_ids), dtype=frames.articles["article_id"].dtype)
    return Frames(**{kind: (frame[frame["article_id"].isin(ids).fillna(False).astype(bool)]
                            if "article_id" in frame.columns else frame.iloc[:0])
                     for kind, frame in frames.items()})


def season_articles(frames, season: str | None) -> pd.Series:
    """Ids of the articles of `season` (by article date; "ohne Datum": undated articles)."""
    a = views.columns(frames, "articles", ["article_id", "season"])
    mask = a["season"].isna() if season == views.NO_SEASON else views.eq(a["season"], season)
    return a.loc[mask, "article_id"]


def knowledge(ctx, season: str | None = None, article_ids: Any = None) -> Any:
    """The consolidated entities of the page's frames, with the chosen reference if any:
    once per store state (and reference), shared by all pages and sessions.

    Stores with more than `CONSOLIDATE_LIMIT` articles are consolidated per scope: the
    articles of `season`, or the articles `article_ids` (e.g. a search result; at most the
    limit). Without a scope - or with one too large - such a store gives None: the caller then
    shows the single reports instead (see `large`)."""
    ref, _ = load_reference(reference_value())
    state = getattr(ctx, "state", None)
    if large(ctx):
        if season:
            ids = season_articles(ctx.frames, season)
            key: tuple = ("season", season)
            scope = derived.season_scope(None if season == views.NO_SEASON else season)
        elif article_ids is not None:
            ids = pd.Series(sorted({str(a) for a in article_ids}), dtype=object)
            key = ("articles", hash(tuple(ids)))
            scope = None
        else:
            return None
        if len(ids) > 4 * CONSOLIDATE_LIMIT or (season is None and len(ids) > SCOPE_LIMIT):
            return None
        compute = lambda: views.knowledge(subset(ctx.frames, ids), ref)  # noqa: E731
        if not state:
            return compute()
        from . import data

        return data.memo(state, "knowledge", lambda: _stored(ctx, scope, ref) or compute(), id(ref), *key)
    if state:
        from . import data

        return data.memo(state, "knowledge", lambda: _stored(ctx, derived.ALL, ref)
                         or views.knowledge(ctx.frames, ref), id(ref))
    key = (content_key(ctx.frames), id(ref))
    kb = _BY_CONTENT.get(key)
    if kb is None:
        kb = views.knowledge(ctx.frames, ref)
        if len(_BY_CONTENT) > 8:
            _BY_CONTENT.clear()
        _BY_CONTENT[key] = kb
    return kb


def _stored(ctx, scope: str | None, ref: Any) -> Any:
    """The consolidation of `scope` as stored in the store (`lib.derived`), when it is up to
    date and no reference data is chosen; else None."""
    if scope is None or ref is not None:
        return None
    from . import data

    return data.stored_knowledge(ctx, scope)


# --------------------------------------------------------------------------------------------
# The page


def render(ctx) -> None:
    import streamlit as st

    from . import ui

    value = st.text_input("Referenzdaten: Ordner oder Datei mit OpenLigaDB-CSV-Dateien (*_overall.csv)",
                          value=reference_value(), key="fbkb.qualitaet.referenz",
                          placeholder="z. B. ~/Downloads/openligadb",
                          help="Ergebnisse im OpenLigaDB-Format; alle Seiten gleichen die Spiele damit ab. "
                               "In einen Speicher importieren: python -m lib reference import PFAD --store DATEI")
    if value != reference_value():
        set_reference_value(value)
    ref, error = load_reference(value)
    if error:
        st.warning(error)
    season = None
    if large(ctx):  # consolidated one season at a time
        from . import data

        seasons = data.memo(ctx.state, "seasons", lambda: views.seasons(ctx.frames))
        season = ui.select("Saison", seasons, "saison", seasons[0] if seasons else None, scope=SCOPE)
        st.caption(f"Der Speicher enthält {views.count(ctx.frames, 'articles'):,} Artikel – die Quellen werden je Saison "
                   f"zusammengeführt und geprüft.".replace(",", "."))
    kb = knowledge(ctx, season=season)
    if kb is None:
        st.info("Für diese Auswahl sind es zu viele Artikel, um sie zusammenzuführen.")
        return
    s = summary(kb)
    cols = st.columns(6)
    cols[0].metric("Spiele", s["Spiele"], help="Zusammengeführte Spiele (ein Spiel, egal wie viele Artikel)")
    cols[1].metric("Erwähnungen", s["Erwähnungen"], help="Spielergebnisse, wie sie in den Artikeln stehen")
    cols[2].metric("Konflikte", s["Konflikte"])
    cols[3].metric("Von der Referenz bestätigt", percent(s["share"].get("share")) if ref is not None else "–")
    cols[4].metric("Widersprüche zur Referenz", s["Widersprüche zur Referenz"] if ref is not None else "–")
    cols[5].metric("Markierte Datumszeilen", s["Datumszeilen"])
    if ref is None:
        st.info("Ohne Referenzdaten werden nur die Artikel untereinander verglichen. Geben Sie oben einen Ordner "
                "mit OpenLigaDB-CSV-Dateien an, um die Ergebnisse abzugleichen.")
    else:
        share = s["share"]
        st.caption(f"{share['confirmed']} von {share['total']} Spielen ({percent(share['share'])}) bestätigt die "
                   f"Referenz, {share['contradicted']} widerspricht sie, {share['unlinked']} findet sie nicht "
                   f"(z. B. Pokalspiele oder Spielzeiten außerhalb der Referenz).")
    st.caption("Angezeigt wird überall der Wert der Mehrheit der Quellen, bei Gleichstand der der ausführlichsten "
               "Quelle; die Spalte „Grundlage“ bzw. „Ergebnis laut“ sagt, welcher. Widersprüche werden nie "
               "stillschweigend aufgelöst.")

    st.subheader("Widersprüche zwischen Artikeln")
    ui.table(ctx, conflict_table(kb), ["Art", "Was", "Feld", "Angaben der Quellen", "Angezeigt", "Grundlage",
                                       "Quellen"], key="qualitaet.konflikte", filename="konflikte.csv",
             empty="Die Artikel widersprechen sich nirgends.")
    st.subheader("Von der Referenz widersprochene Ergebnisse")
    if ref is None:
        st.info("Dafür werden Referenzdaten gebraucht.")
    else:
        ui.table(ctx, contradicted_table(kb), ["Spiel", "Datum", "Spieltag", "Ergebnis (Artikel)",
                                               "Ergebnis (Referenz)", "Ergebnis laut", "Quellen", "Hinweis", "Satz"],
                 key="qualitaet.referenz_widerspruch", filename="widersprochene_ergebnisse.csv",
                 empty="Die Referenz widerspricht keinem Ergebnis.")
    st.subheader("Markierte Datumszeilen")
    ui.table(ctx, date_flag_table(kb), ["Artikel", "Datumszeile", "Befund", "Beleg", "Datum laut Beleg"],
             key="qualitaet.datum", filename="datumszeilen.csv",
             empty="Keine Datumszeile widerspricht dem Inhalt ihres Artikels.")
    st.subheader("Nicht verknüpfte Namen")
    ui.table(ctx, unlinked_table(kb), ["Name", "Art", "Grund", "Kandidaten", "Quellen"], key="qualitaet.namen",
             filename="nicht_verknuepft.csv", empty="Alle Namen sind verknüpft.")
