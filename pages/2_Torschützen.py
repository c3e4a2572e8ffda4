"""Torschützen: top scorers, goals by minute, home vs away, every goal with its sentence."""
import pandas as pd
import streamlit as st

from lib.dashboard import charts, data, quality, ui, views
from lib.dashboard.labels import ALL

SCOPE = "tore"
ctx = ui.setup("Torschützen")
if not ui.empty_corpus(ctx):
    left, middle, right = st.columns([2, 2, 3])
    large = quality.large(ctx)  # a large store: goals are consolidated one season at a time
    seasons = ([] if large else [ALL]) + data.memo(ctx.state, "seasons", lambda: views.seasons(ctx.frames))
    season = ui.select("Saison", seasons, "saison", seasons[0] if large and seasons else ALL, scope=SCOPE,
                       container=left) or ALL
    clubs = [ALL] + ctx.clubs
    club = ui.select("Mannschaft", clubs, "mannschaft", ctx.club or ALL, scope=SCOPE, container=middle)
    with right:
        own = ui.checkbox("Eigentore in der Torjägerliste zählen", "eigentore", True, scope=SCOPE)
        top_n = ui.bound("slider", "Anzahl Spieler im Diagramm", "top", 15, scope=SCOPE, encode=str,
                         decode=lambda v: int(v) if str(v).isdigit() else None,
                         valid=lambda v: isinstance(v, int) and 5 <= v <= 50, min_value=5, max_value=50)
    season_ = None if season in (ALL, None) else season
    kb = quality.knowledge(ctx, season=season_)  # every goal once, however many articles report it
    goals = data.memo(ctx.state, "goal_table", lambda: views.goal_table(ctx.frames, season_, None if club == ALL
                                                                      else club, kb=kb),
                      season_, club, id(kb)) if kb is not None else pd.DataFrame(columns=views.GOAL_COLUMNS)
    if large:
        st.caption(f"Der Speicher enthält {views.count(ctx.frames, 'articles'):,} Artikel – die Tore werden je Saison "
                   "zusammengeführt.".replace(",", "."))
    scope_text = (f"{'alle Vereine' if club == ALL else club}, "
                  f"{'alle Saisons' if season == ALL else 'Saison ' + season}")
    if goals.empty:
        st.info(f"Keine Tore gefunden ({scope_text}). Wählen Sie eine andere Saison oder Mannschaft.")
    else:
        st.caption(f"{len(goals)} Tore ({scope_text}). Elfmeter und Eigentore sind farbig markiert.")
        long = views.top_scorers(goals, n=top_n, include_own_goals=own)
        if long.empty:
            st.info("Zu diesen Toren nennen die Artikel keine Torschützen.")
        else:
            st.vega_lite_chart(spec=charts.top_scorer_chart(long), width="stretch")
        c1, c2 = st.columns(2)
        with c1:
            st.vega_lite_chart(spec=charts.minute_chart(views.minute_bins(goals)), width="stretch")
            missing = views.goals_without_minute(goals)
            if missing:
                st.caption(f"{missing} Tor(e) ohne Minutenangabe sind hier nicht enthalten.")
        with c2:
            st.vega_lite_chart(spec=charts.home_away_chart(views.home_away(goals)), width="stretch")
        st.subheader("Torjägerliste")
        ranking = views.scorer_ranking(goals, include_own_goals=own)
        ui.table(ctx, ranking, ["Spieler", "Verein", "Tore", "Elfmeter", "Eigentore"], key="tore.ranking",
                 filename="torjaeger.csv", empty="Keine Torschützen.")
        st.subheader("Alle Tore")
        ui.table(ctx, goals, ["Spieler", "Verein", "Minute", "Art", "Heim/Auswärts", "Gegner", "Spiel", "Datum",
                              "Quellen", "Widerspruch", "Satz"], key="tore.goals", filename="tore.csv", empty="Keine Tore.")
