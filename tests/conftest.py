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


@pytest.fixture(autouse=True)
def _dashboard_store(tmp_path_factory, monkeypatch):
    """Every test gets its own dashboard store (FBKB_STORE) in a temporary folder, so tests never
    write data/kb.duckdb and never see each other's uploads. The store built from the sample
    corpus is made once per session and copied (the dashboard then finds it up to date)."""
    import shutil

    template = tmp_path_factory.getbasetemp() / "fbkb-sample-store" / "kb.duckdb"
    folder = tmp_path_factory.mktemp("fbkb-store")
    if template.exists():
        shutil.copyfile(template, folder / "kb.duckdb")
    monkeypatch.setenv("FBKB_STORE", str(folder / "kb.duckdb"))
    yield
    if not template.exists() and (folder / "kb.duckdb").exists() and not (folder / "kb.duckdb.wal").exists():
        template.parent.mkdir(parents=True, exist_ok=True)
        _copy_if_sample_only(folder / "kb.duckdb", template)


def _copy_if_sample_only(store: Path, template: Path) -> None:
    """Keep `store` as the template if it holds exactly the sample corpus (no uploads)."""
    import shutil

    import duckdb

    try:
        con = duckdb.connect(str(store), read_only=True)
        try:
            uploads = con.execute("SELECT count(*) FROM articles WHERE file IS NULL").fetchall()[0][0]
            sample = str((ROOT / "data" / "sample").resolve())
            files = con.execute("SELECT count(*) FROM files WHERE starts_with(path, ?)", [sample + "/"]).fetchall()[0][0]
        finally:
            con.close()
    except Exception:  # noqa: BLE001 - not a usable store: no template
        return
    if uploads == 0 and files == len(list((ROOT / "data" / "sample").glob("*.txt"))):
        shutil.copyfile(store, template)
