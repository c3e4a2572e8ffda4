"""The dashboard's charts as Vega-Lite specs (built from the `views` tables; German axis titles),
for `st.vega_lite_chart(spec=...)`.

They are exactly the specs Altair wrote for these charts (same keys in the same order, the
data as named Arrow datasets as `st.altair_chart` sends them; `tests/test_charts.py` checks
them against Altair), written out as dictionaries: importing Altair and validating its
specs took a third of a second on a page's first visit.
"""
from __future__ import annotations

from typing import Any

import pandas as pd

from .labels import EVENT_LABELS, GOAL_KIND_LABELS

VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v6.4.1.json"  # what Altair 6.3 writes
GOAL_KINDS = [GOAL_KIND_LABELS["goal"], GOAL_KIND_LABELS["penalty"], GOAL_KIND_LABELS["own_goal"]]
GOAL_COLOURS = ["#2563eb", "#f59e0b", "#9ca3af"]
DATE_FORMAT = "%d.%m.%Y"
DATE_AXIS = {"format": DATE_FORMAT, "labelAngle": -30}
Spec = dict[str, Any]


def _plain(table: pd.DataFrame) -> pd.DataFrame:
    """Nullable pandas dtypes -> plain objects/floats (Vega-Lite friendly)."""
    out = table.copy()
    for column in out.columns:
        if str(out[column].dtype) in ("Int64", "Float64", "boolean"):
            out[column] = out[column].astype("object").where(out[column].notna(), None)
        elif str(out[column].dtype).startswith(("string", "str", "category")):
            out[column] = out[column].astype("object").where(out[column].notna(), None)
    return out


def _dataset(table: pd.DataFrame) -> tuple[str, bytes]:
    """(name, Arrow IPC bytes) of a chart's data, as `st.altair_chart` sends it: the bytes
    Streamlit makes of the frame, named by their hash."""
    from streamlit import dataframe_util
    from streamlit.util import calc_hash

    data = dataframe_util.convert_anything_to_arrow_bytes(_plain(table))
    return calc_hash(data), data


def _spec(body: Spec, *datasets: tuple[str, bytes]) -> Spec:
    return {**body, "$schema": VEGA_LITE_SCHEMA, "datasets": dict(datasets)}


def _field(name: str, kind: str, **options: Any) -> Spec:
    """An encoding channel (Altair's key order: aggregate, axis, field, ..., type)."""
    return dict(sorted({"field": name, "type": kind, **options}.items()))


def _date_tooltip(name: str) -> Spec:
    return _field(name, "temporal", format=DATE_FORMAT)


def _layer(layers: list[tuple[Spec, tuple[str, bytes]]], **properties: Any) -> Spec:
    """Altair's layer chart: the data once at the top when every layer has the same, else per layer."""
    names = {dataset[0] for _, dataset in layers}
    if len(names) == 1:
        body = {"layer": [layer for layer, _ in layers], "data": {"name": layers[0][1][0]}, **properties}
        return _spec(body, layers[0][1])
    body = {"layer": [{"data": {"name": dataset[0]}, **layer} for layer, dataset in layers], **properties}
    return _spec(body, *dict((dataset[0], dataset) for _, dataset in layers).values())


def season_chart(standings: pd.DataFrame, fallback_points: pd.DataFrame | None = None) -> Spec:
    """Points (left axis) and table position (right axis, 1 at the top) over the season."""
    x = _field("Datum", "temporal", axis=DATE_AXIS, title="Datum")
    if not standings.empty:
        data = _dataset(standings[["Datum", "Platz", "Punkte", "Satz"]])
        points = {"mark": {"type": "line", "color": "#2563eb", "point": True}, "encoding": {
            "tooltip": [_date_tooltip("Datum"), _field("Punkte", "quantitative"),
                        _field("Platz", "quantitative"), _field("Satz", "nominal")],
            "x": x, "y": _field("Punkte", "quantitative", axis={"titleColor": "#2563eb"}, title="Punkte")}}
        position = {"mark": {"type": "line", "color": "#dc2626", "point": True, "strokeDash": [4, 3]}, "encoding": {
            "tooltip": [_date_tooltip("Datum"), _field("Platz", "quantitative"),
                        _field("Punkte", "quantitative"), _field("Satz", "nominal")],
            "x": x, "y": _field("Platz", "quantitative", axis={"tickMinStep": 1, "titleColor": "#dc2626"},
                                scale={"domainMin": 1, "nice": False, "reverse": True}, title="Tabellenplatz")}}
        return _layer([(points, data), (position, data)], height=300, resolve={"scale": {"y": "independent"}},
                      title="Punkte und Tabellenplatz (aus den Tabellenständen der Artikel)")
    name, data = _dataset(fallback_points if fallback_points is not None
                          else pd.DataFrame(columns=["Datum", "Punkte"]))
    return _spec({"data": {"name": name}, "mark": {"type": "line", "color": "#2563eb", "point": True}, "encoding": {
        "tooltip": [_date_tooltip("Datum"), _field("Punkte", "quantitative")],
        "x": x, "y": _field("Punkte", "quantitative", title="Punkte (aus den Spielen berechnet)")},
        "height": 300, "title": "Punkte (aus den Ergebnissen berechnet)"}, (name, data))


def _kind_colour() -> Spec:
    return _field("Art", "nominal", scale={"domain": GOAL_KINDS, "range": GOAL_COLOURS}, title="Art")


def top_scorer_chart(long: pd.DataFrame) -> Spec:
    """Stacked horizontal bars: goals per player, penalties and own goals in their own colours."""
    order = list(dict.fromkeys(long["Spieler"]))
    name, data = _dataset(long)
    return _spec({"data": {"name": name}, "mark": {"type": "bar"}, "encoding": {
        "color": _kind_colour(), "order": _field("Art", "nominal"),
        "tooltip": [_field("Spieler", "nominal"), _field("Verein", "nominal"), _field("Art", "nominal"),
                    _field("Tore", "quantitative"), _field("Gesamt", "quantitative", title="Tore gesamt")],
        "x": _field("Tore", "quantitative", aggregate="sum", axis={"tickMinStep": 1}, title="Tore"),
        "y": _field("Spieler", "nominal", sort=order, title=None)},
        "height": max(120, 24 * len(order)), "title": "Torjäger"}, (name, data))


def minute_chart(bins: pd.DataFrame) -> Spec:
    order = [str(c) for c in bins["Zeitraum"].cat.categories] if hasattr(bins["Zeitraum"], "cat") else None
    name, data = _dataset(bins.assign(Zeitraum=bins["Zeitraum"].astype(str)))
    return _spec({"data": {"name": name}, "mark": {"type": "bar"}, "encoding": {
        "color": _kind_colour(),
        "tooltip": [_field("Zeitraum", "nominal"), _field("Art", "nominal"), _field("Tore", "quantitative")],
        "x": _field("Zeitraum", "nominal", axis={"labelAngle": 0}, sort=order, title="Spielminute"),
        "y": _field("Tore", "quantitative", aggregate="sum", axis={"tickMinStep": 1}, title="Tore")},
        "height": 260, "title": "Tore nach Spielminute (15-Minuten-Abschnitte)"}, (name, data))


def home_away_chart(table: pd.DataFrame) -> Spec:
    name, data = _dataset(table)
    return _spec({"data": {"name": name}, "mark": {"type": "bar"}, "encoding": {
        "color": _field("Ort", "nominal", legend=None, scale={"domain": ["Heim", "Auswärts", "unbekannt"],
                                                              "range": ["#16a34a", "#2563eb", "#9ca3af"]}),
        "tooltip": [_field("Ort", "nominal"), _field("Tore", "quantitative")],
        "x": _field("Ort", "nominal", axis={"labelAngle": 0}, sort=None, title=None),
        "y": _field("Tore", "quantitative", axis={"tickMinStep": 1}, title="Tore")},
        "height": 260, "title": "Tore zu Hause und auswärts"}, (name, data))


def coach_timeline(tenures: pd.DataFrame, events: pd.DataFrame) -> Spec:
    """Tenures as bars (appointment -> departure, open ones to the newest date) and every dated
    event as a point with a tooltip (date, person, club, event, sentence)."""
    events = events[events["Datum"].notna()]
    people = list(dict.fromkeys([*tenures["Person"].dropna(), *events["Person"].dropna()]))
    y = _field("Person", "nominal", sort=people, title=None)
    x = _field("Datum", "temporal", axis=DATE_AXIS, title="Datum")
    layers = []
    if not tenures.empty:
        layers.append(({"mark": {"type": "bar", "height": 14, "opacity": 0.45}, "encoding": {
            "color": _field("Verein", "nominal", title="Verein"),
            "tooltip": [_field("Person", "nominal"), _field("Verein", "nominal"), _date_tooltip("Beginn"),
                        _date_tooltip("Ende"), _field("Status", "nominal")],
            "x": _field("Beginn", "temporal", axis=DATE_AXIS, title="Datum"), "x2": {"field": "Ende"}, "y": y}},
            _dataset(tenures)))
    layers.append(({"mark": {"type": "point", "filled": True, "opacity": 0.9, "size": 110}, "encoding": {
        "color": {"value": "#111827"},
        "shape": _field("Ereignis", "nominal", scale={"domain": list(EVENT_LABELS.values())}, title="Ereignis"),
        "tooltip": [_date_tooltip("Datum"), _field("Person", "nominal"), _field("Verein", "nominal"),
                    _field("Ereignis", "nominal"), _field("Satz", "nominal", title="Quelle")],
        "x": x, "y": y}}, _dataset(events[["Datum", "Person", "Verein", "Ereignis", "Satz"]])))
    return _layer(layers, height=max(140, 30 * len(people)), title="Trainer-Zeitleiste")
