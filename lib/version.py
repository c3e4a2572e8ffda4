"""The extractor version stamp.

Every article in a store (`lib.store`) records the version that extracted its facts. Bump
this whenever the extraction rules change in a way that changes facts: the next ingest then
re-extracts every article it reads whose stamp differs, even if its text is unchanged.
"""
from __future__ import annotations

EXTRACTOR_VERSION = "29"
