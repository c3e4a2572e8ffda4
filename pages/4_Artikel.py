"""Artikel: search the articles; one article with its entities and facts highlighted."""
import pandas as pd
import streamlit as st

from lib.dashboard import data, highlight, ui, views
from lib.dashboard.labels import ALL, md_escape
from lib.dashboard.params import decode_span

SCOPE = "artikel"
MAX_LISTED = 500  # rows in the list and the picker (the newest matches); the search narrows it
ctx = ui.setup("Artikel")
if not ui.empty_corpus(ctx):
    query = ui.text("Suche im Text", "suche", scope=SCOPE, placeholder="z. B. Betzenberg")
    c1, c2, c3 = st.columns(3)
    club = ui.select("Verein", [ALL] + ctx.clubs, "verein_filter", ALL, scope=SCOPE, container=c1)
    person = ui.text("Person", "person", scope=SCOPE, container=c2, placeholder="z. B. Ritter")
    # with texts; the folded search column only once someone searches (once per store state)
    index = data.article_index(ctx, searchable=bool(query or person or club != ALL))
    days = [d for d in (views.parse_day(v) for v in index["Datum"].dropna().unique()) if d]
    start = end = None
    if days and min(days) < max(days):
        with c3:
            start, end = ui.date_range("Zeitraum", "zeitraum", min(days), max(days), scope=SCOPE)
    found = views.search_articles(index, query, None if club == ALL else club, person or None, start, end)
    more = len(found) > MAX_LISTED
    st.caption(f"{len(found)} von {len(index)} Artikeln." + (f" Gezeigt werden die neuesten {MAX_LISTED} – "
                                                            "die Suche grenzt weiter ein." if more else ""))
    found = found.head(MAX_LISTED)
    ids = list(found["article_id"])
    wanted = st.query_params.get("article")
    linked = index[index["article_id"] == wanted] if wanted and wanted not in ids else index.iloc[:0]
    labels = {r.article_id: f"{views.val(r.Datum) or 'ohne Datum'} – {views.val(r.Titel) or r.article_id}"
              for r in pd.concat([found, linked]).itertuples()}
    if wanted and wanted in labels and wanted not in ids:
        ids = [wanted] + ids  # a linked article is shown even if the filters hide it
    if not ids:
        st.info("Kein Artikel passt zu Suche und Filtern.")
    else:
        shown = found[["Datum", "Titel", "Vereine", "Personen", "Fakten", "article_id"]].reset_index(drop=True)
        event = st.dataframe(shown, hide_index=True, key="artikel.list", on_select="rerun", placeholder="–",
                             selection_mode="single-row")
        ui.download(shown, "artikel.csv", "artikel.list")
        rows = list(getattr(getattr(event, "selection", None), "rows", []) or [])
        picked = shown.iloc[rows[0]]["article_id"] if rows and rows[0] < len(shown) else None
        if picked and picked != st.session_state.get("_fbkb.artikel.picked"):
            st.session_state["_fbkb.artikel.picked"] = picked
            st.session_state[ui.widget_key(SCOPE, "article")] = picked
            st.query_params["article"] = picked
        st.caption("Zeile anklicken oder unten auswählen, um einen Artikel zu lesen.")
        article_id = ui.select("Artikel", ids, "article", ids[0], scope=SCOPE,
                               format_func=lambda a: labels.get(a, a))
        row = index[index["article_id"] == article_id].iloc[0]
        title, date, source = (views.val(row[c]) for c in ("Titel", "Datum", "Quelle"))
        st.header(md_escape(title or article_id))
        st.caption(" · ".join(md_escape(x) for x in (date or "ohne Datum", source, article_id) if x))
        text = data.article_text(ctx, article_id)
        one = data.article_frames(ctx, article_id)  # the facts of this article only
        facts = views.article_facts(one, article_id)
        sentences = highlight.sentence_spans(zip(facts["sent_start"], facts["sent_end"], facts["kind"]),
                                             len(text))
        entities = highlight.entity_spans(text, views.article_entities(one, article_id))
        selected = decode_span(st.query_params.get("satz"))
        if not facts.empty:
            st.html(highlight.legend(dict.fromkeys(facts["kind"])))
        st.html(highlight.render_article(text, sentences, entities, selected=selected))
        st.subheader("Fakten aus diesem Artikel")
        if facts.empty:
            st.info("In diesem Artikel wurden keine Fakten erkannt.")
        else:
            st.dataframe(facts[["Art", "Fakt", "Satz"]], hide_index=True, placeholder="–",
                         column_config={"Satz": st.column_config.TextColumn("Satz", width="large")})
            ui.download(facts[["Art", "Fakt", "Satz", "sent_start", "sent_end"]],
                        f"fakten_{article_id}.csv".replace("/", "_"), "artikel.facts")
