"""Apertium routes ranked by chrF, best first ("" is the direct pair); written by
``python -m benchmarks.translation`` (do not edit by hand)."""

RANKED: dict[str, tuple[str, ...]] = {
    "en-fr": ("ca", "es"),
    "fr-en": ("es", "ca", "eo"),
}
