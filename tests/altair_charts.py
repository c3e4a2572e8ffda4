"""The dashboard's charts as they were built with Altair: the reference `lib.dashboard.charts`
(Vega-Lite specs written out, without Altair) is checked against in `test_dashboard_views`."""
from __future__ import annotations

import altair as alt
import pandas as pd

from lib.dashboard.charts import _plain  # the same data preparation as the specs
from lib.dashboard.labels import EVENT_LABELS, GOAL_KIND_LABELS

GOAL_KINDS = [GOAL_KIND_LABELS["goal"], GOAL_KIND_LABELS["penalty"], GOAL_KIND_LABELS["own_goal"]]
GOAL_COLOURS = ["#2563eb", "#f59e0b", "#9ca3af"]
DATE_AXIS = alt.Axis(format="%d.%m.%Y", labelAngle=-30)


def season_chart(standings: pd.DataFrame, fallback_points: pd.DataFrame | None = None) -> alt.Chart:
    """Points (left axis) and table position (right axis, 1 at the top) over the season."""
    if not standings.empty:
        data = _plain(standings[["Datum", "Platz", "Punkte", "Satz"]])
        base = alt.Chart(data).encode(x=alt.X("Datum:T", title="Datum", axis=DATE_AXIS))
        points = base.mark_line(point=True, color="#2563eb").encode(
            y=alt.Y("Punkte:Q", title="Punkte", axis=alt.Axis(titleColor="#2563eb")),
            tooltip=[alt.Tooltip("Datum:T", format="%d.%m.%Y"), "Punkte:Q", "Platz:Q", "Satz:N"])
        position = base.mark_line(point=True, strokeDash=[4, 3], color="#dc2626").encode(
            y=alt.Y("Platz:Q", title="Tabellenplatz", scale=alt.Scale(reverse=True, domainMin=1, nice=False),
                    axis=alt.Axis(titleColor="#dc2626", tickMinStep=1)),
            tooltip=[alt.Tooltip("Datum:T", format="%d.%m.%Y"), "Platz:Q", "Punkte:Q", "Satz:N"])
        return alt.layer(points, position).resolve_scale(y="independent").properties(
            height=300, title="Punkte und Tabellenplatz (aus den Tabellenständen der Artikel)")
    data = _plain(fallback_points if fallback_points is not None else pd.DataFrame(columns=["Datum", "Punkte"]))
    return alt.Chart(data).mark_line(point=True, color="#2563eb").encode(
        x=alt.X("Datum:T", title="Datum", axis=DATE_AXIS), y=alt.Y("Punkte:Q", title="Punkte (aus den Spielen berechnet)"),
        tooltip=[alt.Tooltip("Datum:T", format="%d.%m.%Y"), "Punkte:Q"],
    ).properties(height=300, title="Punkte (aus den Ergebnissen berechnet)")


def top_scorer_chart(long: pd.DataFrame) -> alt.Chart:
    """Stacked horizontal bars: goals per player, penalties and own goals in their own colours."""
    order = list(dict.fromkeys(long["Spieler"]))
    return alt.Chart(_plain(long)).mark_bar().encode(
        x=alt.X("sum(Tore):Q", title="Tore", axis=alt.Axis(tickMinStep=1)),
        y=alt.Y("Spieler:N", sort=order, title=None),
        color=alt.Color("Art:N", scale=alt.Scale(domain=GOAL_KINDS, range=GOAL_COLOURS), title="Art"),
        order=alt.Order("Art:N"),
        tooltip=["Spieler:N", "Verein:N", "Art:N", "Tore:Q", alt.Tooltip("Gesamt:Q", title="Tore gesamt")],
    ).properties(height=max(120, 24 * len(order)), title="Torjäger")


def minute_chart(bins: pd.DataFrame) -> alt.Chart:
    data = _plain(bins.assign(Zeitraum=bins["Zeitraum"].astype(str)))
    order = [str(c) for c in bins["Zeitraum"].cat.categories] if hasattr(bins["Zeitraum"], "cat") else None
    return alt.Chart(data).mark_bar().encode(
        x=alt.X("Zeitraum:N", sort=order, title="Spielminute", axis=alt.Axis(labelAngle=0)),
        y=alt.Y("sum(Tore):Q", title="Tore", axis=alt.Axis(tickMinStep=1)),
        color=alt.Color("Art:N", scale=alt.Scale(domain=GOAL_KINDS, range=GOAL_COLOURS), title="Art"),
        tooltip=["Zeitraum:N", "Art:N", "Tore:Q"],
    ).properties(height=260, title="Tore nach Spielminute (15-Minuten-Abschnitte)")


def home_away_chart(table: pd.DataFrame) -> alt.Chart:
    return alt.Chart(_plain(table)).mark_bar().encode(
        x=alt.X("Ort:N", title=None, sort=None, axis=alt.Axis(labelAngle=0)),
        y=alt.Y("Tore:Q", title="Tore", axis=alt.Axis(tickMinStep=1)),
        color=alt.Color("Ort:N", legend=None, scale=alt.Scale(domain=["Heim", "Auswärts", "unbekannt"],
                                                              range=["#16a34a", "#2563eb", "#9ca3af"])),
        tooltip=["Ort:N", "Tore:Q"],
    ).properties(height=260, title="Tore zu Hause und auswärts")


def coach_timeline(tenures: pd.DataFrame, events: pd.DataFrame) -> alt.LayerChart:
    """Tenures as bars (appointment -> departure, open ones to the newest date) and every dated
    event as a point with a tooltip (date, person, club, event, sentence)."""
    events = events[events["Datum"].notna()]
    people = list(dict.fromkeys([*tenures["Person"].dropna(), *events["Person"].dropna()]))
    y = alt.Y("Person:N", sort=people, title=None)
    layers = []
    if not tenures.empty:
        layers.append(alt.Chart(_plain(tenures)).mark_bar(opacity=0.45, height=14).encode(
            x=alt.X("Beginn:T", title="Datum", axis=DATE_AXIS), x2="Ende:T", y=y,
            color=alt.Color("Verein:N", title="Verein"),
            tooltip=["Person:N", "Verein:N", alt.Tooltip("Beginn:T", format="%d.%m.%Y"),
                     alt.Tooltip("Ende:T", format="%d.%m.%Y"), "Status:N"]))
    point_data = _plain(events[["Datum", "Person", "Verein", "Ereignis", "Satz"]])
    layers.append(alt.Chart(point_data).mark_point(filled=True, size=110, opacity=0.9).encode(
        x=alt.X("Datum:T", title="Datum", axis=DATE_AXIS), y=y,
        shape=alt.Shape("Ereignis:N", title="Ereignis",
                        scale=alt.Scale(domain=list(EVENT_LABELS.values()))),
        color=alt.value("#111827"),
        tooltip=[alt.Tooltip("Datum:T", format="%d.%m.%Y"), "Person:N", "Verein:N", "Ereignis:N",
                 alt.Tooltip("Satz:N", title="Quelle")]))
    return alt.layer(*layers).properties(height=max(140, 30 * len(people)), title="Trainer-Zeitleiste")
