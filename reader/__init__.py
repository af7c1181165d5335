"""Liseuse: read news corpora closely — search, entities, translation, annotations.

The import package is ``reader``; only :mod:`reader.ui` touches Qt.
"""

__version__ = "0.1.0"
APP_ID = "io.github.liseuse.Liseuse"
APP_NAME = "Liseuse"
