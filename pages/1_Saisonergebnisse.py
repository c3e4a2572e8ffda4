"""Saisonergebnisse: the club's games of a season, summary, points/position chart, all results."""
import streamlit as st

from lib.dashboard import charts, data, quality, ui, views

SCOPE = "saison"
ctx = ui.setup("Saisonergebnisse")
if not ui.empty_corpus(ctx):
    # one row per real match (consolidated), checked against the reference; a large store is
    # consolidated per season (below, once the season is chosen)
    kb = None if quality.large(ctx) else quality.knowledge(ctx)
    if not ctx.club:
        st.info("In diesem Korpus wurde noch kein Spiel und kein Verein erkannt.")
    club_seasons = data.memo(ctx.state, "club_seasons", lambda: views.seasons(ctx.frames, ctx.club, kb=kb),
                             ctx.club, id(kb))
    all_seasons = data.memo(ctx.state, "seasons", lambda: views.seasons(ctx.frames, kb=kb), id(kb))
    options = list(dict.fromkeys(club_seasons + all_seasons))
    season = ui.select("Saison", options, "saison", options[0] if options else None, scope=SCOPE)
    if kb is None and season:
        kb = quality.knowledge(ctx, season=season)
    if not options:
        st.info("Es wurden noch keine Spiele erkannt – also gibt es noch keine Saisonergebnisse.")
    elif ctx.club:
        st.header(f"{ctx.club} – Saison {season}")
        table = data.memo(ctx.state, "club_matches", lambda: views.club_matches(ctx.frames, ctx.club, season, kb=kb),
                          ctx.club, season, id(kb))
        if table.empty:
            st.info(f"Für {ctx.club} wurde in der Saison {season} kein Spiel gefunden. "
                    "Wählen Sie eine andere Saison oder einen anderen Verein.")
        else:
            s = views.season_summary(table)
            cols = st.columns(6)
            cols[0].metric("Spiele", s["Spiele"])
            cols[1].metric("S-U-N", f"{s['S']}-{s['U']}-{s['N']}")
            cols[2].metric("Tore", f"{s['Tore']}:{s['Gegentore']}")
            cols[3].metric("Tordifferenz", f"{s['Tordifferenz']:+d}")
            cols[4].metric("Punkte", s["Punkte"])
            cols[5].metric("Punkte je Spiel", f"{s['Punkte'] / s['Spiele']:.2f}".replace(".", ",")
                           if s["Spiele"] else "–")
            st.caption("S = Sieg (grün), U = Unentschieden (gelb), N = Niederlage (rot). Ergebnisse aus Sicht "
                       f"von {ctx.club}. Nur Spiele, über die ein Artikel berichtet – eine Zeile je Spiel, "
                       "„Quellen“ zählt die Artikel; bei Widersprüchen zeigt „Ergebnis laut“, welcher Wert gilt.")
            ui.table(ctx, table, ["Datum", "Gegner", "Heim/Auswärts", "Ergebnis", "Halbzeit", "S/U/N",
                                  "Wettbewerb", "Stadion", "Zuschauer", "Torschützen", "Quellen", "Ergebnis laut",
                                  "Widerspruch", "Spieltag", "Satz", "Quellartikel"],
                     key="saison.club", filename=f"spiele_{season}.csv".replace("/", "-"),
                     empty="Keine Spiele.", styler=views.style_results)
        standings = views.standings_series(ctx.frames, ctx.club, season)
        st.subheader("Punkte und Tabellenplatz im Saisonverlauf")
        if not standings.empty:
            st.vega_lite_chart(spec=charts.season_chart(standings), width="stretch")
            ui.table(ctx, standings, ["Datum", "Platz", "Punkte", "Satz"], key="saison.standings",
                     filename=f"tabellenstaende_{season}.csv".replace("/", "-"), empty="Keine Tabellenstände.")
        elif not table.empty and not views.points_from_matches(table).empty:
            st.info("Die Artikel nennen für diese Saison keinen Tabellenstand – gezeigt werden die aus den "
                    "Ergebnissen berechneten Punkte.")
            st.vega_lite_chart(spec=charts.season_chart(standings, views.points_from_matches(table)), width="stretch")
        else:
            st.info("Für diese Saison gibt es keine Tabellenstände mit Datum.")
    st.header(f"Alle Ergebnisse der Saison {season}" if season else "Alle Ergebnisse")
    everything = data.memo(ctx.state, "all_matches", lambda: views.all_matches(ctx.frames, season, kb=kb),
                           season, id(kb))
    ui.table(ctx, everything, ["Datum", "Heim", "Gast", "Ergebnis", "Halbzeit", "Wettbewerb", "Stadion",
                               "Zuschauer", "Torschützen", "Quellen", "Ergebnis laut", "Widerspruch", "Satz",
                               "Quellartikel"],
             key="saison.all", filename=f"alle_spiele_{season}.csv".replace("/", "-"),
             empty="In dieser Saison wurden keine Spiele erkannt.")
