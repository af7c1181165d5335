"""An export names the entities as the window does: in the interface's language, or in
each article's own — not by the canonical names the library keeps for search."""

from __future__ import annotations

import yaml

from reader.entities.naming import NameRule
from reader.export.markdown import MarkdownExporter
from reader.services.exports import ExportScope
from reader.services.naming import named_document


def places(library, article_id: str, rule: NameRule, interface: str) -> list[str]:
    library.annotate(article_id, "Tencent", note="à vérifier")
    document = library.export_document(ExportScope(articles=(article_id,)))
    text = MarkdownExporter().render(named_document(document, rule, interface)).decode()
    return yaml.safe_load(text[4 : text.index("\n---\n", 4)])["places"]


def test_a_french_article_exported_from_an_english_window(library, seed_titles) -> None:
    tencent = next(v for k, v in seed_titles.items() if k.startswith("Tencent a révélé"))
    english = places(library, tencent, NameRule.INTERFACE, "en")
    assert "Beijing" in english and "China" in english and "Pékin" not in english
    french = places(library, tencent, NameRule.ARTICLE, "en")
    assert "Pékin" in french and "Chine" in french and "Beijing" not in french
    assert places(library, tencent, NameRule.INTERFACE, "fr") == french
