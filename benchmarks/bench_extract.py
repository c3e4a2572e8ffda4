"""Benchmark: extraction speed against bare spaCy tokenisation of the same corpus.

Prints articles/second for `spacy.blank("de")` tokenisation (the floor), for the project's
pipeline (components only), and for full extraction (pipeline + fact finders + frames), and
their ratio. The issue's target: extraction within 3x of tokenisation.

    python benchmarks/bench_extract.py [--articles N] [CORPUS ...]

Without a corpus it uses the bundled sample and the test fixtures, repeated to N articles.
"""
from __future__ import annotations

import argparse
import sys
import time
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402

import lib  # noqa: E402
from lib.extract import extract_articles  # noqa: E402
from lib.reader import read_corpus  # noqa: E402


def timed(label: str, n: int, func) -> float:
    started = time.perf_counter()
    func()
    seconds = time.perf_counter() - started
    print(f"{label:<38}{n / seconds:>10.0f} articles/s  ({seconds:.2f} s)")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="*", default=[str(ROOT / "data" / "sample"),
                                                      str(ROOT / "tests" / "fixtures" / "articles")])
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()

    base = read_corpus(args.corpus).articles
    articles = list(islice(cycle(base), args.articles))
    texts = [a.text for a in articles]
    chars = sum(map(len, texts))
    print(f"{len(articles)} articles ({len(base)} distinct), {chars / len(articles):.0f} characters on average")

    blank = spacy.blank("de")
    nlp = lib.load_pipeline()
    list(nlp.pipe(texts[:50]))  # warm-up: lexicons, matchers
    extract_articles(articles[:50])

    floor = timed('spacy.blank("de") tokenisation', len(texts), lambda: list(blank.pipe(texts, batch_size=64)))
    timed("pipeline components (no facts)", len(texts), lambda: list(nlp.pipe(texts, batch_size=64)))
    full = timed("full extraction (lib.extract_articles)", len(texts), lambda: extract_articles(articles))
    print(f"extraction / tokenisation time: {full / floor:.1f}x (target: within 3x)")


if __name__ == "__main__":
    main()
