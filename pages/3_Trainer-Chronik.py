"""Trainer-Chronik: searchable coach timeline (tenures and events) with the source of each event."""
import streamlit as st

from lib.dashboard import charts, data, quality, ui, views
from lib.dashboard.labels import EVENT_LABELS, event_label

SCOPE = "trainer"
MAX_TIMELINE = 40  # persons on the timeline
ctx = ui.setup("Trainer-Chronik")
if not ui.empty_corpus(ctx):
    table = data.coach_table(ctx)
    if table.empty:
        st.info("In diesem Korpus wurden keine Trainer-Ereignisse (Verpflichtungen, Entlassungen, Rücktritte, "
                "Kandidaten …) gefunden.")
    else:
        query = ui.text("Suche (Person, Verein, Ereignis, Satz)", "suche", scope=SCOPE,
                        placeholder="z. B. Schuster oder entlassen")
        c1, c2, c3 = st.columns(3)
        club_options = sorted({str(c) for c in table["Verein"].dropna()})
        clubs = ui.multiselect("Verein", club_options, "verein_filter", [], scope=SCOPE, container=c1,
                               placeholder="alle Vereine")
        codes = [code for code in EVENT_LABELS if code in set(table["event"].dropna())]
        events = ui.multiselect("Ereignis", codes, "ereignis", [], scope=SCOPE, container=c2,
                                format_func=event_label, placeholder="alle Ereignisse")
        days = [d for d in (views.parse_day(v) for v in table["Datum"].dropna().unique()) if d]
        start = end = None
        if days:
            lo, hi = min(days), max(days)
            if lo < hi:
                start, end = ui.date_range("Zeitraum", "zeitraum", lo, hi, scope=SCOPE, container=c3)
        found = views.search_coach(table, query, clubs, events, start, end)
        if found.empty:
            hint = ""
            if clubs and not views.search_coach(table, query, None, events, start, end).empty:
                hint = " Ohne den Vereinsfilter gäbe es Treffer."
            st.info(f"Keine Trainer-Ereignisse passen zu Suche und Filtern.{hint}")
        else:
            st.caption(f"{len(found)} von {len(table)} Ereignissen, neueste zuerst.")
            dated = found[found["Datum"].notna()]
            if dated.empty:
                st.info("Die gefundenen Ereignisse haben kein Datum – keine Zeitleiste.")
            else:
                until = max(str(d) for d in table["Datum"].dropna())
                people = list(dict.fromkeys(dated["Person"].dropna()))
                shown = found
                if len(people) > MAX_TIMELINE:  # newest first: the persons of the newest events
                    shown = found[found["Person"].isin(people[:MAX_TIMELINE]).fillna(False).astype(bool)]
                    dated = shown[shown["Datum"].notna()]
                    st.caption(f"Die Zeitleiste zeigt die {MAX_TIMELINE} Personen mit den neuesten Ereignissen "
                               f"(von {len(people)}) – Suche und Filter grenzen ein.")
                # a large store: consolidated over the articles of the events found (if not too many)
                kb = quality.knowledge(ctx, article_ids=shown["article_id"]) if quality.large(ctx) \
                    else quality.knowledge(ctx)
                if kb is not None:
                    tenures = views.entity_tenures(ctx.frames, shown, until=until, kb=kb)
                else:
                    tenures = views.tenures(dated, until=until)
                st.vega_lite_chart(spec=charts.coach_timeline(tenures, dated), width="stretch")
                st.caption("Balken: Amtszeiten von der Verpflichtung bis zum Abschied (offene bis zum neuesten "
                           "Datum), aus den zusammengeführten Ereignissen aller Artikel; Punkte: Ereignisse "
                           "(Mauszeiger darauf zeigt den Quellsatz).")
            ui.table(ctx, found, ["Datum", "Person", "Verein", "Ereignis", "Satz"], key="trainer.events",
                     filename="trainer_chronik.csv", empty="Keine Ereignisse.",
                     column_config={"Datum": st.column_config.TextColumn(
                         "Datum", help="Ohne Datum im Text: das Datum des Artikels")})
