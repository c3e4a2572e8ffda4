"""The Streamlit dashboard's logic, kept out of the pages so it can be tested.

- `labels`: German labels for events, fact kinds, results.
- `views`: pure pandas logic (season tables, summaries, scorers, minute bins, coach
  timeline, article search, fact lists) - no Streamlit.
- `highlight`: displaCy-style HTML of an article with every piece of text escaped.
- `charts`: Vega-Lite chart specs built from the `views` tables (as Altair wrote them).
- `params`: encoding of filter values in `st.query_params`.
- `data`: the ONE place the app loads data (corpus folder, uploads, pasted text), cached.
- `ui`: shared Streamlit widgets (sidebar, club picker, tables with CSV download and source).
"""
