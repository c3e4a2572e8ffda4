"""Extraction entry points: articles in, `Frames` out.

One article's problem never stops the rest: an exception while extracting an article is
logged, recorded in `Frames.problems` and the article is kept without facts.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any

from .article import Article, article_from_text
from .frames import CSV_KINDS, Frames
from .reader import DEFAULT_MAX_BYTES, read_corpus
from .schema import FACT_KINDS

if TYPE_CHECKING:
    from spacy.language import Language

# spaCy and the rules are imported when the first article is extracted, not with `lib`: the
# dashboard and analysts reading a store never pay for them.

log = logging.getLogger(__name__)
Rows = dict[str, list[dict[str, Any]]]
BATCH_SIZE = 64


def extract(inputs: Iterable[str] | str, *, max_bytes: int | None = None,
            progress: Callable[[int], None] | None = None) -> Frames:
    """Read a corpus (folders searched recursively, and/or files) and extract every fact."""
    if isinstance(inputs, str):
        inputs = [inputs]
    corpus = read_corpus(inputs, max_bytes=max_bytes or DEFAULT_MAX_BYTES)
    rows = extract_rows(corpus.articles, progress=progress)
    rows["problems"].extend(
        {"source": p.source, "reason": p.reason, "action": p.action} for p in corpus.problems)
    return Frames.from_rows(rows)


def extract_articles(articles: Iterable[Article], *, nlp: Language | None = None,
                     progress: Callable[[int], None] | None = None) -> Frames:
    """Extract the facts of already-read articles."""
    return Frames.from_rows(extract_rows(articles, nlp=nlp, progress=progress))


def extract_text(text: str, article_id: str = "text", date: str | None = None) -> Frames:
    """Extract the facts of one raw text (the ` date` line and headline are parsed as in files)."""
    return extract_articles([article_from_text(text, article_id, date=date)])


def extract_rows(articles: Iterable[Article], *, nlp: Language | None = None,
                 progress: Callable[[int], None] | None = None) -> Rows:
    """Rows per kind for all articles, processed in `nlp.pipe` batches."""
    rows: Rows = {kind: [] for kind in CSV_KINDS}
    for article_rows in iter_article_rows(articles, nlp=nlp):
        for kind, items in article_rows.items():
            rows[kind].extend(items)
        if progress:
            progress(1)
    return rows


def iter_article_rows(articles: Iterable[Article], *, nlp: Language | None = None,
                      batch_size: int = BATCH_SIZE) -> Iterator[Rows]:
    """Yield the rows of each article in input order (one dict of kind -> rows per article)."""
    if nlp is None:
        from .pipeline import load_pipeline

        nlp = load_pipeline()
    iterator = iter(articles)
    while batch := list(islice(iterator, batch_size)):
        try:
            docs = list(nlp.pipe(article.text for article in batch))
        except Exception:  # a component failed on some text: fall back to one at a time
            log.exception("batch failed, retrying article by article")
            docs = [_safe_doc(nlp, article) for article in batch]
        for article, doc in zip(batch, docs):
            yield article_rows(article, doc)


def _safe_doc(nlp: Language, article: Article):
    try:
        return nlp(article.text)
    except Exception:
        log.exception("pipeline failed on %s", article.article_id)
        return None


def article_rows(article: Article, doc) -> Rows:
    """All rows of one article; never raises."""
    problems: list[dict[str, Any]] = []
    facts: Rows = {kind: [] for kind in FACT_KINDS}
    football = None
    if doc is None:
        problems.append({"source": article.source or article.article_id,
                         "reason": "language pipeline failed on this article", "action": "salvaged"})
    else:
        try:
            from .facts import extract_facts

            facts, football = extract_facts(doc, article)
        except Exception as error:  # one article's bug must not stop an ingest
            log.exception("extraction failed on %s", article.article_id)
            facts = {kind: [] for kind in FACT_KINDS}
            problems.append({"source": article.source or article.article_id,
                             "reason": f"extraction failed: {type(error).__name__}: {error}",
                             "action": "salvaged"})
    article_row = {
        "article_id": article.article_id, "source": article.source, "title": article.title,
        "date": article.date, "season": article.season, "football": football, "text": article.text,
        "warnings": "; ".join(article.warnings) or None,
        **{f"n_{kind}": len(facts.get(kind, ())) for kind in FACT_KINDS},
    }
    return {"articles": [article_row], "problems": problems, **facts}
