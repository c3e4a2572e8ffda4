"""The same articles give the same facts in every run: no result may depend on Python's
per-process string hashing (set and dict order of words)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import FIXTURES, ROOT, SEEDS


def _extract_with_hash_seed(seed: str, out: Path) -> dict[str, str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    subprocess.run([sys.executable, "-m", "lib", "extract", str(FIXTURES / "articles"), str(SEEDS), "--out", str(out)],
                   cwd=ROOT, env=env, check=True, capture_output=True, timeout=300)
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(out.glob("*.csv"))}


def test_facts_do_not_depend_on_the_hash_seed(tmp_path):
    first = _extract_with_hash_seed("1", tmp_path / "one")
    second = _extract_with_hash_seed("2", tmp_path / "two")
    assert first.keys() == second.keys() and "coach_events.csv" in first
    for name in first:
        assert first[name] == second[name], f"{name} differs between two runs"
