"""Server start: do in advance what a fresh server process's first visitor would wait for.

The first script run of a new Streamlit process pays for one-time imports (pandas and its Arrow
strings, DuckDB, the dashboard modules, Streamlit's emoji table) and for reading the default store
into the process-wide caches (`data.read_store`, the sidebar's club list, the coach table). `serve.py` runs `warm_up` in a
background thread as the server starts, so the first page needs no longer than any later one.
It only reads: a store that does not exist yet is left to the first visit (which ingests the
sample corpus with a progress bar).
"""
from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path

THREAD_NAME = "fbkb-warm-up"


def _log() -> logging.Logger:
    from streamlit.logger import get_logger  # Streamlit's level and format (`--logger.level`)

    return get_logger(__name__)


class _NotInWarmUp(logging.Filter):
    """Drops Streamlit's "missing ScriptRunContext" warning of the warm-up thread: it reads the
    caches outside any script run on purpose (their spinners have nowhere to show)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.threadName != THREAD_NAME


def _quiet_context_warning() -> None:
    logger = logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context")
    if not any(isinstance(f, _NotInWarmUp) for f in logger.filters):
        logger.addFilter(_NotInWarmUp())


def default_store() -> Path:
    """The store a visitor without `?store=` sees ($FBKB_STORE, else data/kb.duckdb)."""
    from . import data

    return data.resolve_store(os.environ.get(data.STORE_ENV))


def warm_up(store: Path | None = None) -> dict[str, float]:
    """Import what every page imports and read `store` (default: `default_store()`) into the
    caches. Returns the seconds spent per step; never raises (a failed warm-up only means the
    first visitor waits as without one)."""
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    try:
        import duckdb  # noqa: F401 - imported for its one-time cost
        import pandas as pd

        pd.Series(["a"], dtype="string")  # pandas' Arrow string support is loaded on first use
        from streamlit import emojis  # noqa: F401 - st.Page icons look emojis up here

        from . import charts, data, highlight, quality, start, ui, views  # noqa: F401 - the pages' modules

        seconds["imports"] = time.perf_counter() - started
        path = store if store is not None else default_store()
        if path.exists():
            begun = time.perf_counter()
            loaded = data.loaded_from(path, data.DEFAULT_CORPUS)
            seconds["store"] = time.perf_counter() - begun
            begun = time.perf_counter()
            data.club_names(loaded)  # the sidebar's, as `ui.setup` asks for it
            data.coach_table(loaded)
            seconds["tables"] = time.perf_counter() - begun
    except Exception:  # noqa: BLE001 - the first visit reports whatever is wrong, with context
        _log().warning("warm-up failed; the first page visit does the work instead", exc_info=True)
    _log().info("warm-up: %s", ", ".join(f"{step} {s:.2f} s" for step, s in seconds.items()) or "nothing done")
    return seconds


def warm_up_in_background(store: Path | None = None) -> threading.Thread:
    """`warm_up` in a daemon thread (the server accepts visitors meanwhile)."""
    _quiet_context_warning()
    thread = threading.Thread(target=warm_up, args=(store,), name=THREAD_NAME, daemon=True)
    thread.start()
    return thread
