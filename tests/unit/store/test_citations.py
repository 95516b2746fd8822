"""Citation extraction on sentences as the articles write them."""

from __future__ import annotations

from reader.store.citations import CASE, INTERPRETATION, LAW, TREATY, extract, label, merge


def keys(text: str, *, english: bool = True) -> dict[str, tuple[str, str, tuple[str, ...]]]:
    return {c.key: (c.kind, c.name, c.provisions) for c in extract(text, english=english)}


def test_spellings_of_one_law_group_together() -> None:
    text = (
        "The PRC Civil Procedure Law was amended in 2023. Under the Civil Procedure Law of "
        "the People's Republic of China, a court may refuse. China's Civil Procedure Law "
        "also says so, and the 《中华人民共和国民事诉讼法》 agrees with the 《民事诉讼法》."
    )
    found = extract(text)
    assert [c.key for c in found] == ["civil procedure law"]
    (cpl,) = found
    assert (cpl.kind, cpl.name, cpl.native_name) == (LAW, "Civil Procedure Law", "民事诉讼法")
    assert cpl.mentions == 5


def test_provision_attached_to_its_law() -> None:
    text = (
        "Article 289 of the Civil Procedure Law lets a court refuse recognition. "
        "See Company Law of the People's Republic of China, Article 33. "
        "Article 7 says something else entirely."
    )
    found = keys(text)
    assert found["civil procedure law"][2] == ("289",)
    assert found["company law"][2] == ("33",)
    assert "7" not in found["civil procedure law"][2] + found["company law"][2]


def test_chinese_title_with_english_name_in_parentheses() -> None:
    text = (
        "The Supreme People's Court issued the 《最高人民法院关于设立国际商事法庭若干问题的规定》 "
        "(Provisions on Several Issues Regarding the Establishment of the International "
        "Commercial Courts) in 2018."
    )
    (c,) = extract(text)
    assert c.kind == INTERPRETATION
    assert c.key == "关于设立国际商事法庭若干问题的规定"  # the short form groups with it
    assert c.name.startswith("Provisions on Several Issues Regarding")


def test_english_name_before_the_chinese_title() -> None:
    text = (
        "Civil Procedure Law of the People's Republic of China (《中华人民共和国民事诉讼法》), "
        "Article 275 in the numbering of the 2023 amendment."
    )
    (c,) = extract(text)
    assert c.key == "civil procedure law"
    assert c.provisions == ("275",)


def test_case_numbers_in_both_bracket_forms() -> None:
    text = (
        "The court's judgment (2019) 最高法民终 123号 followed （2014）沪一中民四(商)初字第12号 "
        "and (2019)京0105民初12345号."
    )
    found = keys(text)
    assert set(found) == {
        "(2019)最高法民终123号",
        "(2014)沪一中民四(商)初字第12号",
        "(2019)京0105民初12345号",
    }
    assert {v[0] for v in found.values()} == {CASE}


def test_chinese_text_and_parenthesised_titles() -> None:
    text = "《承认及执行外国仲裁裁决公约》（纽约公约）要求法院承认仲裁裁决。另见《仲裁法》。"
    found = keys(text, english=False)
    assert found["new york convention"][0] == TREATY
    assert found["arbitration law"][0] == LAW


def test_translations_read_chinese_titles_only() -> None:
    text = "La Ley de Procedimiento Civil 《民事诉讼法》 y el Artículo XNUMX."
    assert list(keys(text, english=False)) == ["civil procedure law"]


def test_generic_words_are_not_citations() -> None:
    text = (
        "Under Article 15 of the Provisions, the Law applies. The Convention and the "
        "judicial interpretation are discussed; Several Provisions matter. Its Unified "
        "Social Credit Code is printed on the licence. Private International Law is a field."
    )
    assert extract(text) == []


def test_merge_adds_mentions_and_provisions() -> None:
    a = extract("Article 35 of the Civil Procedure Law applies.")
    b = extract("《民事诉讼法》 is the statute.", english=False)
    (m,) = merge([a, b])
    assert (m.mentions, m.provisions, m.native_name) == (2, ("35",), "民事诉讼法")


def test_reason_labels() -> None:
    assert label(LAW, "Civil Procedure Law", ["289"]) == "Article 289 of the Civil Procedure Law"
    assert label(LAW, "Civil Code") == "the Civil Code"
    assert label(CASE, "(2019)京0105民初12345号") == "case (2019)京0105民初12345号"


def test_amendments_cite_the_law_they_amend() -> None:
    text = (
        "The Amendment to the Civil Procedure Law took effect. Revising the Arbitration Law "
        "took years. The Hague Conference on Private International Law drafted it."
    )
    assert set(keys(text)) == {"civil procedure law", "arbitration law"}
