"""Does a draft read as heated?  Rules and a small model, German and English, pure Python.

``assess`` is the stable entry point (``clientjournal.core.tone.assess``); the rules and the
model load on its first call, never at import.
"""

from clientjournal.core.tone.detector import ToneAssessment, ToneContext, assess

__all__ = ["ToneAssessment", "ToneContext", "assess"]
