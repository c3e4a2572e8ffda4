"""Fußball-Wissensbasis: the Streamlit dashboard (`streamlit run app.py`).

This file is the navigation and the start page; the other pages live in `pages/`, their
logic in `lib/dashboard/`.
"""
from __future__ import annotations

import streamlit as st

st.set_page_config(page_title="Fußball-Wissensbasis", page_icon="⚽", layout="wide")


def start_page() -> None:
    from lib.dashboard import start

    start.render()


pages = [
    st.Page(start_page, title="Start", icon=":material/home:", default=True),
    st.Page("pages/1_Saisonergebnisse.py", title="Saisonergebnisse", icon=":material/scoreboard:",
            url_path="saisonergebnisse"),
    st.Page("pages/2_Torschützen.py", title="Torschützen", icon=":material/sports_soccer:",
            url_path="torschuetzen"),
    st.Page("pages/3_Trainer-Chronik.py", title="Trainer-Chronik", icon=":material/timeline:",
            url_path="trainer-chronik"),
    st.Page("pages/4_Artikel.py", title="Artikel", icon=":material/article:", url_path="artikel"),
    st.Page("pages/5_Datenqualität.py", title="Datenqualität", icon=":material/fact_check:",
            url_path="datenqualitaet"),
]
st.navigation(pages).run()
