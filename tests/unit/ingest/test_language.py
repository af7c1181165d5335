"""Language detection: the script decides before langdetect's statistics, which labelled
Traditional Chinese news as Korean. Real text from ``../shared/corpora/langid-samples``."""

from __future__ import annotations

import pytest

from reader.ingest.language import detect_language
from reader.ingest.scripts import chinese_form, script_counts
from tests.conftest import corpus


def lines(name: str) -> list[str]:
    """A langid sample's lines, its comment header and blank lines removed."""
    found = (corpus("langid-samples") / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in found if line.strip() and not line.startswith("#")]


def sample(name: str, chars: int = 600) -> str:
    """The first ``chars`` characters of a langid sample: an article's first page."""
    return "\n".join(lines(name))[:chars]


def test_traditional_chinese_is_chinese_not_korean() -> None:
    # Lu Xun's 中國小說史略; langdetect called its first line (and 22 others) Korean.
    first = lines("zh.xiaoshuo.txt")[0]
    assert first.startswith("小說之名")
    assert detect_language(first) == "zh-tw"
    assert detect_language(sample("zh.xiaoshuo.txt")) == "zh-tw"


def test_simplified_chinese_keeps_langdetects_code() -> None:
    text = "国务院总理今天在北京会见了来访的法国外交部长，双方就经贸合作和气候变化交换了意见。"
    assert detect_language(text) == "zh-cn"


def test_chinese_form_counts_characters_one_form_alone_writes() -> None:
    assert chinese_form("這個問題說來話長，我們會後再談。") == "zh-tw"
    assert chinese_form("这个问题说来话长，我们会后再谈。") == "zh-cn"


def test_japanese_with_kana_is_japanese() -> None:
    assert detect_language(sample("ja.rashomon.txt")) == "ja"
    # One line of Rashōmon, with no spaces: too few words for statistics, yet kana.
    line = next(line for line in lines("ja.rashomon.txt") if line.startswith("えをたどり"))
    assert detect_language(line) == "ja"


def test_korean_is_korean() -> None:
    assert detect_language(sample("ko.wp-lang.txt")) == "ko"
    # Hangul with Vietnamese and Hanja in it: langdetect answered Vietnamese.
    line = next(line for line in lines("ko.wp-lang.txt") if line.startswith("'남쩨우띠엔'"))
    assert detect_language(line) == "ko"


@pytest.mark.parametrize(
    ("name", "lang"),
    [("el.days-of-attica.txt", "el"), ("he.hatsofe.txt", "he"), ("th.wp-lang.txt", "th")],
)
def test_a_script_one_language_writes_names_it(name: str, lang: str) -> None:
    assert detect_language(sample(name)) == lang


def test_armenian_and_georgian_are_not_estonian() -> None:
    # langdetect knows neither, and answered "et" for both.
    assert detect_language(sample("hy.wp-lang.txt")) == "hy"
    assert detect_language(sample("ka.wp-lang.txt")) == "ka"


def test_french_article_quoting_a_chinese_name_stays_french() -> None:
    text = (
        "Le président chinois Xi Jinping (习近平) a reçu mardi à Pékin son homologue "
        "français, avec qui il a parlé du commerce, du climat et de la guerre en Ukraine. "
        "Le journal 人民日報 en a fait sa une."
    )
    assert detect_language(text) == "fr"


def test_english_article_quoting_a_korean_name_stays_english() -> None:
    text = (
        "The president, Lee Jae-myung (이재명), said on Tuesday that the talks with "
        "Japan would resume after the summer, according to a statement from his office."
    )
    assert detect_language(text) == "en"


def test_one_line_titles() -> None:
    # No spaces: never the three words that statistics need, yet plainly Chinese.
    assert detect_language("台灣總統大選投票率創新高　執政黨宣布勝選") == "zh-tw"
    assert detect_language("东京奥运会闭幕 中国代表团金牌数创新高") == "zh-cn"
    assert detect_language("東京都知事選、現職が3選を果たす") == "ja"
    assert detect_language("서울시장 선거 투표율 역대 최고") == "ko"
    # A bare name is too little to say anything.
    assert detect_language("東京") is None


def test_no_text_without_hangul_is_korean_nor_without_kana_japanese() -> None:
    # Every line, and every 600-character piece, of every sample that writes Han characters.
    wrong = []
    for path in sorted(corpus("langid-samples").glob("*.txt")):
        text = sample(path.name, 100_000)
        if not script_counts(text)["han"]:
            continue
        pieces = [text[start : start + 600] for start in range(0, len(text), 600)]
        for piece in pieces + lines(path.name):
            counts = script_counts(piece)
            lang = detect_language(piece)
            if (lang == "ko" and not counts["hangul"]) or (lang == "ja" and not counts["kana"]):
                wrong.append((path.name, piece[:20], lang))
    assert wrong == []


def test_an_article_quoting_its_neighbours_language_keeps_its_own() -> None:
    # Slovak Wikipedia quoting a Czech law at length: langdetect alone says Czech (2 to 1);
    # read again without the quotation, the text's own words are Slovak.
    found = lines("sk.wp-lang.txt")
    start = next(i for i, line in enumerate(found) if line.startswith("jazykov, bez prekladateľa"))
    text = "\n".join(found[start : start + 9])
    assert '"V řízení se jedná' in text
    assert detect_language(text) == "sk"
    # the quotation alone is Czech, as it is
    quoted = text[text.index('"') + 1 : text.rindex('"')]
    assert detect_language(quoted) == "cs"


def test_danish_and_norwegian_are_told_apart_by_the_words_they_spell_differently() -> None:
    # two lines of the Bokmål samples that langdetect alone called Danish: "ble", "meg"
    # are Norwegian's forms (Danish writes "blev", "mig")
    bokmal = [*lines("nb.wp-lang.txt"), *lines("nb.anansi.txt")]
    for line in ("skuespillere, men det ble kritisert for å ha hentet", "spise aftensmat med meg"):
        text = next(found for found in bokmal if found.startswith(line))
        assert detect_language(text) == "no"
    # Hamsun's Sult (1890) is written in the Danish spelling of its time: mig, af, efter
    assert detect_language(sample("no.sult.txt")) == "da"
    assert detect_language(sample("da.hyld-og-humle.txt")) == "da"
    assert detect_language(sample("nb.wp-lang.txt")) == "no"
    assert detect_language(sample("nn.wp-lang.txt")) == "no"  # Nynorsk: langdetect's "no"
