import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.store.segment import (
    _CJK,
    _RUN,
    _THAI,
    fts_query,
    normalize,
    parse_query,
    segment,
    tokens,
)


def test_chinese_runs_become_bigrams() -> None:
    assert tokens(segment("最高人民法院")) == ["最高", "高人", "人民", "民法", "法院"]


def test_latin_text_is_left_alone() -> None:
    assert segment("Civil Procedure Law") == "Civil Procedure Law"


def test_mixed_scripts_keep_word_boundaries() -> None:
    assert tokens(segment("the 法院 ruled")) == ["the", "法院", "ruled"]


def test_thai_run_is_bigrammed_with_its_marks() -> None:
    toks = tokens(segment("ศาลฎีกา"))
    assert toks[0] == "ศา" and len(toks) == len("ศาลฎีกา") - 1


def test_arabic_diacritics_and_tatweel_are_removed() -> None:
    assert normalize("مَحْكَمَة") == "محكمة"
    assert normalize("محـــكمة") == "محكمة"


def test_fullwidth_latin_is_folded() -> None:
    assert normalize("ＣＩＥＴＡＣ") == "CIETAC"


def test_query_forms() -> None:
    assert fts_query("法院") == '"法院"'
    assert fts_query("人民法院") == '"人民 民法 法院"'
    assert fts_query("法") == '"法"*'
    assert fts_query("arbitra*") == '"arbitra"*'
    assert fts_query('"civil procedure" law') == '"civil procedure" "law"'


def test_query_quotes_cannot_break_out() -> None:
    # A stray quote or FTS5 operator is treated as text, not syntax.
    assert fts_query('foo" OR bar') == '"foo" "OR" "bar"'
    assert fts_query("NEAR(a b)") == '"NEAR a" "b"'


def test_empty_and_punctuation_queries() -> None:
    assert fts_query("") is None
    assert fts_query("!!! ...") is None
    assert parse_query('""') == []


def _segment_step_by_step(text: str) -> str:
    """The definition: normalize, then bigram each Han/Kana/Hangul or Thai run."""

    def pairs(run: str) -> str:
        return " ".join(run[i : i + 2] for i in range(len(run) - 1)) if len(run) > 1 else run

    def bigrams(match: re.Match[str]) -> str:
        return " ".join(f" {pairs(part)} " for part in _RUN.findall(match.group(0)))

    return re.sub(f"[{_CJK}{_THAI}]+", bigrams, normalize(text))


# Text with what segmenting treats specially: Han, Kana, Hangul, Thai, Arabic letters,
# marks and tatweel, full-width forms and ligatures NFKC folds, line breaks (text is
# segmented a line at a time) and a combining accent that could follow one.
_MIXED = st.text(alphabet=st.sampled_from(list("ab 9,.-\n\u0301法院民ひカ한ศาลฎمحَـًٰﬁＡ１")))


@settings(max_examples=400)
@given(_MIXED | st.text())
def test_segmenting_in_one_pass_follows_the_definition(text: str) -> None:
    assert segment(text) == _segment_step_by_step(text)
