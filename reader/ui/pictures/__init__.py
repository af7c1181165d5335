"""The pictures of the corpus: the timeline and the entity map (see
:mod:`reader.ui.pictures.controller`)."""

from reader.ui.pictures.controller import PicturesController

__all__ = ["PicturesController"]
