"""Imported once by the ingest's fork server (`multiprocessing` "forkserver" start method):
the extraction workers forked from it start with spaCy imported and the pipeline built,
instead of each importing and building it again (about a second of CPU per worker).

`gc.freeze()` then moves everything built so far out of the garbage collector's sight, as the
Python docs advise before forking: the workers' full collections no longer walk the whole
pipeline again and again (about 10% of their CPU), and its memory pages stay shared."""
import gc

from .pipeline import load_pipeline

load_pipeline()
gc.freeze()
