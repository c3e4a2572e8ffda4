"""spaCy components of the football pipeline (registered with `@Language.factory`)."""
from . import anchors, clubs, people, sentences, sport  # noqa: F401  (registration side effects)
