"""The language the ``reader`` command stores for an imported Traditional Chinese article:
Chinese (``zh-tw``), which langdetect's statistics alone called Korean."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.test_cli import as_json
from tests.unit.ingest.test_language import lines

pytestmark = pytest.mark.e2e


def test_imported_traditional_chinese_is_stored_as_chinese(tmp_path: Path) -> None:
    # A title, then one paragraph: the first six (hard-wrapped) lines of Lu Xun's text.
    paragraph = "".join(lines("zh.xiaoshuo.txt")[:6])
    article = tmp_path / "xiaoshuo.txt"
    article.write_text(f"中國小說史略\n\n{paragraph}\n", encoding="utf-8")
    data = tmp_path / "data"

    report = as_json(data, "import", str(article))
    assert report["imported"] == 1
    listed = {a["title"]: a["lang"] for a in as_json(data, "list")["articles"]}
    assert listed["中國小說史略"] == "zh-tw"
    # The index and its language facet see the same code.
    found = as_json(data, "search", "lang:zh-tw")
    assert [hit["title"] for hit in found["results"]] == ["中國小說史略"]
    assert found["facets"]["lang"] == {"zh-tw": 1}
