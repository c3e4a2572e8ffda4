"""Football knowledge base: German football articles -> pandas frames with provenance.

Entry points for analysts::

    import lib
    frames = lib.extract(["data/sample"])        # folders and/or files
    frames.matches.head()                          # one frame per fact type
    frames.goals.groupby("player").size()

`lib.extract_articles` takes already-read `Article` objects, `lib.extract_text` one text.
Columns and dtypes of every frame: `lib.schema.COLUMNS`.
"""
from __future__ import annotations

from .article import Article, article_from_text, season_of
from .extract import extract, extract_articles, extract_text
from .frames import Frames


def load_pipeline():
    """The process-wide spaCy pipeline (see `lib.pipeline`); spaCy is imported on first use."""
    from .pipeline import load_pipeline as load

    return load()


__all__ = ["Article", "Frames", "article_from_text", "extract", "extract_articles", "extract_text",
           "load_pipeline", "season_of"]
