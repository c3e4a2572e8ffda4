"""Datenqualität: conflicts between articles, results the reference contradicts, flagged date
lines, unlinked names, share of results the reference confirms (logic in lib/dashboard/quality.py)."""
from lib.dashboard import quality, ui

ctx = ui.setup("Datenqualität")
if not ui.empty_corpus(ctx):
    quality.render(ctx)
