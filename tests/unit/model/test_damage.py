"""Finding what a machine translation did to numbers and dates, and pairing blocks."""

from __future__ import annotations

from reader.model.damage import align, ascii_digits, block_damage, count_damage, numbers


def test_xnumx_tokens_are_spots_with_the_english_numbers() -> None:
    english = "China acceded to the 1958 New York Convention, in force on 22 April 1987."
    arabic = "انضمت الصين إلى اتفاقية نيويورك لعام XNUMX، النافذة في XNUMX أبريل XNUMX."
    damage = block_damage(arabic, english)
    assert damage.damaged
    assert [arabic[s:e] for s, e in damage.spots] == ["XNUMX"] * 3
    assert damage.numbers == ("1958", "22", "1987")
    assert damage.dates == ("22 April 1987",)


def test_a_good_translation_is_not_damaged_even_with_other_digit_shapes() -> None:
    english = "On 1 September 2023 the Committee adopted Article 276; 60 days apply."
    chinese = "2023年9月1日，常委会通过了第276条；期间为60日。"
    arabic_digits = "في ١ سبتمبر ٢٠٢٣ اعتمدت اللجنة المادة ٢٧٦؛ تطبق ٦٠ يوماً."
    assert not block_damage(chinese, english).damaged
    assert not block_damage(arabic_digits, english).damaged
    assert ascii_digits("٢٠٢٣ २०२३ ๒๐๒๓ ２０２３") == "2023 2023 2023 2023"


def test_a_garbled_date_without_a_token_is_found() -> None:
    english = "The notice was issued on 28 August 1995."
    garbled = "El aviso se emitió el 8 de agosto de 1959."
    damage = block_damage(garbled, english)
    assert damage.damaged and not damage.spots
    assert damage.dates == ("28 August 1995",)
    assert damage.numbers == ("28", "1995")


def test_without_an_english_block_only_tokens_count() -> None:
    assert block_damage("Seit XNUMX", None).spots == ((5, 10),)
    assert not block_damage("Seit 1995", None).damaged


def test_document_count() -> None:
    english = "Since 1995.\nIn force on 1 January 2018.\nArticle 290."
    assert (
        count_damage("Depuis XNUMX.\nEn vigueur le XNUMX janvier XNUMX.\nArticle 290.", english)
        == 3
    )
    assert count_damage("Depuis 1995.\nEn vigueur le 1er janvier 2018.\nArticle 290.", english) == 0
    assert (
        count_damage("Depuis 1995.\nEn vigueur le 1er janvier 2081.", english) == 1
    )  # garbled year
    assert numbers("1,000 and 2.5") == ["1000", "25"]


def test_identical_structures_pair_one_to_one() -> None:
    kinds = ["p", "h2", "p", "li", "li", "h2", "p"]
    assert align(kinds, list(kinds)) == [(i, i) for i in range(7)]


def test_a_split_paragraph_pads_inside_its_heading_section_only() -> None:
    left = ["h2", "p", "p", "h2", "p", "li"]
    right = ["h2", "p", "p", "p", "h2", "p", "li"]  # the first paragraph split in two
    rows = align(left, right, [20, 300, 200, 20, 100, 50], [22, 150, 150, 210, 21, 95, 55])
    assert (0, 0) in rows and (2, 3) in rows  # the unsplit paragraph still pairs
    assert (3, 4) in rows and (4, 5) in rows and (5, 6) in rows  # nothing shifts later
    assert [r for r in rows if r[0] is None] in ([(None, 1)], [(None, 2)])
    # every block appears exactly once, in order
    assert [a for a, _ in rows if a is not None] == list(range(len(left)))
    assert [b for _, b in rows if b is not None] == list(range(len(right)))


def test_lengths_decide_which_paragraph_has_no_partner() -> None:
    left = ["p", "p", "p"]
    right = ["p", "p", "p", "p"]
    rows = align(left, right, [400, 100, 250], [410, 30, 95, 260])  # a short insert
    assert rows == [(0, 0), (None, 1), (1, 2), (2, 3)]


def test_different_heading_counts_fall_back_to_the_whole_sequence() -> None:
    left = ["h2", "p", "li", "li", "p"]
    right = ["p", "li", "li", "li", "p"]
    rows = align(left, right, [30, 200, 80, 90, 300], [210, 82, 15, 88, 290])
    assert [a for a, _ in rows if a is not None] == list(range(len(left)))
    assert [b for _, b in rows if b is not None] == list(range(len(right)))
    assert (0, None) in rows  # a heading is never put beside a paragraph
    assert (1, 0) in rows and (2, 1) in rows and (3, 3) in rows and (4, 4) in rows
