"""Imported once by the ingest's fork server (`multiprocessing` "forkserver" start method):
the extraction workers forked from it start with spaCy imported and the pipeline built,
instead of each importing and building it again (about a second of CPU per worker)."""
from .pipeline import load_pipeline

load_pipeline()
