"""The start page: what the corpus holds, the corpus folder, uploads and pasted articles."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from . import data, ui, views
from .labels import ACTION_LABELS, KIND_LABELS, md_escape


def _date(value: str | None) -> str:
    if not value:
        return "–"
    parts = value.split("-")
    return ".".join(reversed(parts)) if len(parts) == 3 else f"{parts[1]}/{parts[0]}" if len(parts) == 2 else value


def overview(ctx: ui.Context) -> None:
    summary = data.memo(ctx.state, "corpus_summary", lambda: views.corpus_summary(ctx.frames, ctx.clubs))
    cols = st.columns(4)
    cols[0].metric("Artikel", summary["articles"])
    if summary["first"]:
        cols[1].metric("Zeitraum", f"{_date(summary['first'])} – {_date(summary['last'])}")
    else:
        cols[1].metric("Zeitraum", "–")
    cols[2].metric("Saisons", len(summary["seasons"]))
    cols[3].metric("Vereine", len(summary["clubs"]))
    if summary["articles"] and not summary["first"]:
        st.info("Keiner der Artikel hat eine Datumszeile (` date JJJJ-MM-TT`) – Saisons und Zeitleisten "
                "bleiben deshalb leer.")
    if summary["articles"] and not summary["clubs"]:
        st.info("In diesen Artikeln wurden noch keine Vereine erkannt.")
    left, right = st.columns(2)
    with left:
        st.subheader("Fakten je Typ")
        facts = pd.DataFrame({"Faktentyp": list(summary["facts"]), "Anzahl": list(summary["facts"].values())})
        st.dataframe(facts, hide_index=True)
        ui.download(facts, "fakten_je_typ.csv", "facts")
    with right:
        st.subheader("Saisons")
        seasons = data.memo(ctx.state, "seasons_overview", lambda: views.seasons_overview(ctx.frames))
        if seasons.empty:
            st.info("Keine Artikel mit Datum – keine Saisons.")
        else:
            st.dataframe(seasons, hide_index=True)
            ui.download(seasons, "saisons.csv", "seasons")
    if summary["clubs"]:
        st.subheader("Vereine")
        counts = data.club_counts(ctx)
        clubs = pd.DataFrame({"Verein": counts.index, "Erwähnungen in Fakten": counts.values})
        st.dataframe(clubs, hide_index=True, height=min(400, 38 + 35 * len(clubs)))
        ui.download(clubs, "vereine.csv", "clubs")
    problems = ctx.frames.problems if views.count(ctx.frames, "problems") else None
    if problems is not None and len(problems):
        with st.expander(f"{len(problems)} Hinweise beim Einlesen"):
            shown = pd.DataFrame({"Quelle": problems["source"], "Grund": problems["reason"],
                                  "Aktion": problems["action"].map(lambda a: ACTION_LABELS.get(a, a))})
            st.dataframe(shown, hide_index=True)
            ui.download(shown, "hinweise.csv", "problems")


def corpus_form() -> None:
    st.subheader("Artikelordner")
    with st.form("korpus"):
        value = st.text_input("Ordner mit Artikeln (.txt, .jsonl, .csv)", value=data.corpus_value(),
                              help="Absoluter Pfad oder relativ zum Projektordner. Standard: data/sample. "
                                   "Der Ordner wird in der Adresse (?korpus=…) gemerkt und in einen eigenen "
                                   "Wissensspeicher neben dem Hauptspeicher eingelesen (nur neue oder geänderte "
                                   "Artikel werden ausgewertet).",
                              key="fbkb.start.korpus_input")
        store = st.text_input("Wissensspeicher (DuckDB-Datei)", value=data.store_value(),
                              help="Standard: data/kb.duckdb (oder die Umgebungsvariable FBKB_STORE); wird in der "
                                   "Adresse (?store=…) gemerkt. Ein neuer Speicher wird aus der Beispielsammlung "
                                   "aufgebaut.", key="fbkb.start.store_input")
        if st.form_submit_button("Ordner laden"):
            if store.strip() != data.store_value():
                data.set_store(store)
            data.set_corpus(value)
            st.rerun()
    if data.corpus_value() != data.DEFAULT_CORPUS and st.button("Zurück zur Beispielsammlung"):
        data.set_corpus(data.DEFAULT_CORPUS)
        st.rerun()


def _report(entry) -> None:
    if entry.error:
        st.error(entry.error)
    elif entry.ids:
        counts = ", ".join(f"{entry.facts.get(k, 0)} {KIND_LABELS[k]}"
                           for k in ("matches", "goals", "standings", "coach_events", "quotes"))
        again = f" ({entry.unchanged} davon waren schon im Speicher)" if entry.unchanged else ""
        st.success(f"{len(entry.ids)} Artikel aus „{md_escape(entry.label)}“ ausgewertet und gespeichert "
                   f"({counts}){again}. Sie erscheinen jetzt auf allen Seiten.")
    for problem in entry.problems:
        action = ACTION_LABELS.get(problem["action"], problem["action"])
        (st.warning if problem["action"] == "skipped" else st.info)(
            f"{md_escape(problem['source'])}: {md_escape(problem['reason'])} ({action})")


def upload_form(ctx: ui.Context) -> None:
    st.subheader("Artikel hinzufügen")
    tab_upload, tab_paste = st.tabs(["Dateien hochladen", "Artikel einfügen"])
    with tab_upload:
        files = st.file_uploader(
            f"Dateien (.txt, .jsonl, .csv; höchstens {data.MAX_UPLOAD_BYTES // (1024 * 1024)} MB je Datei)",
            type=data.UPLOAD_TYPES, accept_multiple_files=True, key="fbkb.start.upload")
        if files and st.button("Dateien auswerten", type="primary", key="fbkb.start.upload_go"):
            bar = st.progress(0.0, text="Artikel werden ausgewertet …")
            for file in files:
                raw = file.getvalue()
                corpus = data.read_uploaded_file(file.name, raw)
                entry = data.add_articles(corpus, corpus.articles[0].source if corpus.articles else file.name,
                                          progress=lambda f, t: bar.progress(f, text=t))
                _report(entry)
            bar.progress(1.0, text="Fertig.")
    with tab_paste:
        with st.form("paste", clear_on_submit=False):
            title = st.text_input("Überschrift (optional)", key="fbkb.start.paste_title")
            date = st.text_input("Datum (optional, JJJJ-MM-TT)", key="fbkb.start.paste_date")
            body = st.text_area("Artikeltext", height=200, max_chars=data.MAX_PASTE_CHARS,
                                key="fbkb.start.paste_text")
            submitted = st.form_submit_button("Artikel auswerten", type="primary")
        if submitted:
            if not body.strip():
                st.warning("Bitte zuerst einen Artikeltext einfügen.")
            else:
                corpus = data.read_pasted(body, title=title, date=date)
                bar = st.progress(0.0, text="Artikel wird ausgewertet …")
                entry = data.add_articles(corpus, "eingefügter Text", pasted=True,
                                          progress=lambda f, t: bar.progress(f, text=t))
                _report(entry)
                if entry.ids:
                    st.page_link(ui.ARTICLE_PAGE, label=f"Artikel ansehen: {md_escape(entry.ids[0])}",
                                 query_params={"article": entry.ids[0]}, icon=":material/article:")
    if ctx.upload_ids:
        ids = list(ctx.upload_ids)
        shown = ", ".join(md_escape(i) for i in ids[:20]) + (" …" if len(ids) > 20 else "")
        st.caption(f"Im Speicher: {len(ids)} hochgeladene oder eingefügte Artikel ({shown}).")
        if st.button("Hinzugefügte Artikel entfernen", key="fbkb.start.clear"):
            error = data.remove_uploads(ctx)
            if error:
                st.error(error)
            else:
                st.rerun()


def render() -> None:
    ctx = ui.setup("Fußball-Wissensbasis",
                   "Spiele, Tore, Tabellenstände, Trainerwechsel und Zitate – automatisch aus deutschen "
                   "Fußballnachrichten gewonnen, jeder Fakt mit seinem Quellsatz.")
    if ctx.club:
        st.markdown(f"Im Blick: **{ctx.club}** – den Verein in der Seitenleiste wechseln.")
    if not views.count(ctx.frames, "articles"):
        st.info("Noch keine Artikel geladen. Wählen Sie unten einen Ordner, laden Sie Dateien hoch oder fügen "
                "Sie einen Artikel ein.")
    else:
        overview(ctx)
    st.divider()
    left, right = st.columns(2)
    with left:
        corpus_form()
    with right:
        upload_form(ctx)
