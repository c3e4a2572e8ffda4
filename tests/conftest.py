"""Shared test helpers: paths to the customer's material and the scorer."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
SEED_GOLD = SHARED / "eval" / "gold"
SCORER = SHARED / "eval" / "score.py"
FIXTURES = ROOT / "tests" / "fixtures"


def run_scorer(gold: Path, pred: Path) -> dict:
    """Scores of the CSVs in `pred` against gold files, as the customer's score.py computes them."""
    out = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold), "--pred", str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


@pytest.fixture(scope="session")
def nlp():
    import lib

    return lib.load_pipeline()
