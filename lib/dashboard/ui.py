"""Shared Streamlit building blocks of the pages: setup (data + sidebar club picker),
widgets whose values live in `st.query_params` (shareable links) and the session
(kept across page switches), tables with CSV download and source sentences."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd
import streamlit as st

from . import data, views
from .highlight import entity_spans, render_sentence
from .labels import md_escape
from .params import article_links, decode_date_range, encode_date_range

ARTICLE_PAGE = "pages/4_Artikel.py"
SHARED = "shared"
_MISSING = object()


@dataclass
class Context:
    frames: Any
    club: str | None
    clubs: list[str]
    corpus: str
    uploads: int
    store: str = ""  # the store file shown
    state: tuple = ()  # the store's state (cache key of everything derived from it)
    upload_ids: tuple = ()


# --------------------------------------------------------------------------------------------
# Widgets bound to query parameters and the session


def _store_key(scope: str, name: str) -> str:
    return f"_fbkb.{scope}.{name}"


def widget_key(scope: str, name: str) -> str:
    return f"fbkb.{scope}.{name}"


def _resolve(name: str, scope: str, default: Any, decode: Callable, valid: Callable, multi: bool) -> Any:
    raw = (st.query_params.get_all(name) or None) if multi else st.query_params.get(name)
    if raw is not None:
        value = decode(raw)
        if value is not None and valid(value):
            return value
    stored = st.session_state.get(_store_key(scope, name), _MISSING)
    if stored is not _MISSING and valid(stored):
        return stored
    return default


def _publish(name: str, scope: str, value: Any, default: Any, encode: Callable, multi: bool) -> None:
    st.session_state[_store_key(scope, name)] = value
    if value is None or value == default or (multi and not value):
        if name in st.query_params:
            del st.query_params[name]
        return
    encoded = encode(value)
    current = st.query_params.get_all(name) if multi else st.query_params.get(name)
    if encoded is not None and current != encoded:
        st.query_params[name] = encoded


def bound(widget: str, label: str, name: str, default: Any, *, scope: str, container: Any = None,
          encode: Callable = str, decode: Callable = lambda v: v, valid: Callable = lambda v: True,
          multi: bool = False, **kwargs: Any) -> Any:
    """A widget (`st.<widget>`) whose value is kept in `?name=` and in the session."""
    container = container or st
    value = _resolve(name, scope, default, decode, valid, multi)
    key = widget_key(scope, name)
    # Always (re)seed the widget: on another page the same key belongs to a new widget, which
    # would otherwise start from its default instead of the shared value.
    st.session_state[key] = value

    def changed() -> None:
        _publish(name, scope, st.session_state.get(key), default, encode, multi)

    result = getattr(container, widget)(label, key=key, on_change=changed, **kwargs)
    _publish(name, scope, result, default, encode, multi)
    return result


def select(label: str, options: Sequence[str], name: str, default: str | None, *, scope: str,
           container: Any = None, **kwargs: Any) -> str | None:
    options = list(options)
    if not options:
        return None
    if default not in options:
        default = options[0]
    return bound("selectbox", label, name, default, scope=scope, container=container,
                 valid=lambda v: v in options, options=options, **kwargs)


def multiselect(label: str, options: Sequence[str], name: str, default: Sequence[str] = (), *, scope: str,
                container: Any = None, **kwargs: Any) -> list[str]:
    options = list(options)
    default = [d for d in default if d in options]
    return bound("multiselect", label, name, default, scope=scope, container=container, multi=True,
                 encode=list, decode=list, valid=lambda v: all(x in options for x in v),
                 options=options, **kwargs)


def text(label: str, name: str, *, scope: str, container: Any = None, **kwargs: Any) -> str:
    return bound("text_input", label, name, "", scope=scope, container=container,
                 valid=lambda v: isinstance(v, str), **kwargs) or ""


def checkbox(label: str, name: str, default: bool, *, scope: str, container: Any = None) -> bool:
    return bool(bound("checkbox", label, name, default, scope=scope, container=container,
                      encode=lambda v: "1" if v else "0", decode=lambda v: v == "1",
                      valid=lambda v: isinstance(v, bool)))


def date_range(label: str, name: str, lo: dt.date, hi: dt.date, *, scope: str,
               container: Any = None) -> tuple[dt.date | None, dt.date | None]:
    """A date range picker; returns (None, None) while the whole range is selected."""
    def valid(v: Any) -> bool:
        return isinstance(v, tuple) and len(v) == 2 and lo <= v[0] <= v[1] <= hi

    value = bound("date_input", label, name, (lo, hi), scope=scope, container=container,
                  encode=encode_date_range, decode=decode_date_range, valid=valid,
                  min_value=lo, max_value=hi, format="DD.MM.YYYY")
    if not isinstance(value, tuple) or len(value) != 2 or value == (lo, hi):
        return None, None
    return value[0], value[1]


# --------------------------------------------------------------------------------------------
# Page setup


def setup(title: str, intro: str | None = None) -> Context:
    """Load the data, draw the title and the sidebar (club picker shared by all pages)."""
    st.title(title)
    if intro:
        st.caption(intro)
    loaded = data.load()
    for error in loaded.errors:
        st.warning(error)
    frames = loaded.frames
    names = data.club_names(loaded)
    club = None
    with st.sidebar:
        if names:
            default = views.DEFAULT_CLUB if views.DEFAULT_CLUB in names else names[0]
            club = select("Verein", names, "verein", default, scope=SHARED,
                          help="Der Verein, um den es auf allen Seiten geht.")
        else:
            st.info("Noch keine Vereine erkannt.")
        n = views.count(frames, "articles")
        extra = f", davon {loaded.uploads} hochgeladen" if loaded.uploads else ""
        st.caption(f"Korpus: {md_escape(loaded.corpus)} – {n} Artikel{extra}. "
                   f"Speicher: {md_escape(loaded.store)}")
    return Context(frames=frames, club=club, clubs=names, corpus=loaded.corpus, uploads=loaded.uploads,
                   store=loaded.store, state=loaded.state, upload_ids=tuple(loaded.upload_ids))


def corpus_param(ctx: Context) -> str | None:
    return None if ctx.corpus == data.DEFAULT_CORPUS else ctx.corpus


# --------------------------------------------------------------------------------------------
# Tables


def download(table: pd.DataFrame, filename: str, key: str) -> None:
    st.download_button("Als CSV herunterladen", table.to_csv(index=False).encode("utf-8"), file_name=filename,
                       mime="text/csv", key=f"dl.{key}", on_click="ignore", icon=":material/download:")


def table(ctx: Context, frame: pd.DataFrame, columns: list[str], *, key: str, filename: str,
          empty: str, styler: Callable[[pd.DataFrame], Any] | None = None,
          column_config: dict | None = None) -> None:
    """A table with a link to each row's source article, a CSV download, and - for the
    selected row - its source sentence right below."""
    if frame.empty:
        st.info(empty)
        return
    view = frame[columns].reset_index(drop=True)
    has_source = "article_id" in frame.columns
    config = dict(column_config or {})
    if has_source:
        view["Quelle"] = article_links(*(views.python_values(frame[c]) for c in ("article_id", "sent_start", "sent_end")),
                                       corpus_param(ctx))
        config["Quelle"] = st.column_config.LinkColumn(
            "Quelle", display_text="Artikel öffnen", help="Der Artikel, aus dem diese Zeile stammt")
    for column in ("Satz",):
        if column in view.columns:
            config.setdefault(column, st.column_config.TextColumn(column, width="large"))
    order = list(view.columns)
    if has_source:  # the link right after the first column, so it is visible without scrolling
        order = [order[0], "Quelle", *[c for c in order[1:] if c != "Quelle"]]
    event = st.dataframe(styler(view) if styler else view, hide_index=True, column_config=config, key=key,
                         column_order=order, placeholder="–",
                         on_select="rerun" if has_source else "ignore", selection_mode="single-row")
    export = frame[[c for c in columns + ["Satz", "article_id"] if c in frame.columns]]
    export = export.loc[:, ~export.columns.duplicated()]
    download(export, filename, key)
    if has_source:
        rows = list(getattr(getattr(event, "selection", None), "rows", []) or [])
        if rows and rows[0] < len(frame):
            source_panel(ctx, frame.iloc[rows[0]])
        else:
            st.caption("Zeile anklicken, um den Quellsatz zu sehen.")


def source_panel(ctx: Context, row: pd.Series) -> None:
    """The source sentence of a fact, with a link to the full article."""
    aid = views.val(row.get("article_id"))
    if aid is None:
        return
    one = data.article_frames(ctx, aid)  # the article's own rows
    sentence = views.source_sentence(one, aid, row.get("sent_start"), row.get("sent_end"), row.get("Satz"))
    st.markdown("**Quelle**")
    if sentence:
        names = views.article_entities(one, aid)
        st.html(render_sentence(sentence, entity_spans(sentence, names)))
    articles = one.articles
    meta = articles[views.eq(articles["article_id"], aid)]
    title = views.val(meta.iloc[0]["title"]) if not meta.empty else None
    date = views.val(meta.iloc[0]["date"]) if not meta.empty else None
    params = {"article": aid}
    span = (views.val(row.get("sent_start")), views.val(row.get("sent_end")))
    if span[0] is not None and span[1] is not None:
        params["satz"] = f"{span[0]}-{span[1]}"
    label = f"Ganzen Artikel zeigen: {md_escape(title or aid)}" + (f" ({date})" if date else "")
    try:
        st.page_link(ARTICLE_PAGE, label=label, query_params=params, icon=":material/article:")
    except Exception:  # page run on its own (no navigation registered)
        st.caption(f"Artikel: {md_escape(aid)}")


def empty_corpus(ctx: Context) -> bool:
    if not views.count(ctx.frames, "articles"):
        st.info("Der Korpus enthält noch keine Artikel. Auf der Startseite können Sie einen Ordner wählen, "
                "Dateien hochladen oder einen Artikel einfügen.")
        return True
    return False
