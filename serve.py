"""The dashboard server: `streamlit run serve.py` serves `app.py` and warms up as it starts.

Streamlit finds the `st.App` below and runs it (its Starlette server); the lifespan hook starts
`lib.dashboard.warmup` in the background, so the first visitor of a freshly started server does
not wait for the one-time imports and the reading of the store. `streamlit run app.py` serves
the same app without the warm-up.
"""
from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

import streamlit as st


@asynccontextmanager
async def warm_up_at_start(_app):
    from lib.dashboard.warmup import warm_up_in_background

    warm_up_in_background()
    yield


app = st.App(Path(__file__).with_name("app.py"), lifespan=warm_up_at_start)
