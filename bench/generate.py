"""Deterministic synthetic libraries for the store benchmarks.

A library of ``n`` articles, one document each, in a realistic mix of languages:
about 80 % English (~1,500 words), the rest Chinese, Japanese, Arabic (some words with
diacritics), Thai (no spaces between words) and Russian. Words are drawn from a
Zipf-like (Zipf-Mandelbrot) distribution over a vocabulary of a few thousand
pseudo-words with real legal terms placed at chosen ranks, so that queries for
"court", "arbitration" or 法院 find what they would find in a real library, and a few
fixed collocations ("recognition and enforcement") make phrase queries meaningful.

Every article goes through the real ingest path: ``build_document`` (sanitizing and
text extraction), ``ArticleRecord`` and ``Store.write_article``, batched inside
``store.transaction()`` with a commit every ``batch`` articles, the way the pack
importer and a sync do.

Each article is generated from its own seeded ``random.Random``, so article ``i`` of a
seed is the same whatever the batch size or ``n``.
"""

from __future__ import annotations

import html
import itertools
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from reader.model import ArticleRecord, Term, TermKind
from reader.store import Store
from reader.sync.ingest import build_document

DEFAULT_SEED = 20250301
FETCHED = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
SOURCE_NAME = "bench"

# Share of articles per language (sums to 1).
LANGUAGE_MIX: tuple[tuple[str, float], ...] = (
    ("en", 0.80),
    ("zh-cn", 0.05),
    ("ja", 0.04),
    ("ar", 0.04),
    ("th", 0.03),
    ("ru", 0.04),
)

CATEGORIES: tuple[tuple[str, str], ...] = (
    ("news", "News"),
    ("insights", "Insights"),
    ("case-analysis", "Case Analysis"),
    ("legislation", "Legislation"),
    ("translations", "Translations"),
)
TOPICS: tuple[tuple[str, str], ...] = (
    ("arbitration", "Arbitration"),
    ("enforcement", "Enforcement of Judgments"),
    ("civil-procedure", "Civil Procedure"),
    ("intellectual-property", "Intellectual Property"),
    ("commercial-law", "Commercial Law"),
    ("maritime", "Maritime"),
    ("judicial-interpretation", "Judicial Interpretation"),
    ("cross-border", "Cross-border Disputes"),
)

_FIRST_DAY = date(2012, 1, 1)
_DAYS = (date(2025, 12, 31) - _FIRST_DAY).days


def _words(text: str) -> list[str]:
    """Space-separated inventory to list (keeps long inventories readable)."""
    return text.split()


# ---- vocabularies ------------------------------------------------------------------


@dataclass(frozen=True)
class Vocabulary:
    """Words in rank order with cumulative Zipf-Mandelbrot weights."""

    words: tuple[str, ...]
    cum_weights: tuple[float, ...]

    def sample(self, rng: random.Random, k: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self.cum_weights, k=k)


def zipf_vocabulary(
    fillers: Sequence[str],
    placed: dict[int, str],
    *,
    exponent: float = 1.0,
    shift: float = 2.7,
) -> Vocabulary:
    """Rank ``placed[r]`` at rank ``r`` (0-based) and fill the other ranks, in order,
    from ``fillers``; the weight of rank r is 1 / (r + shift) ** exponent."""
    taken = set(placed.values())
    unique = [w for w in dict.fromkeys(fillers) if w not in taken]
    size = len(unique) + len(placed)
    fill = iter(unique)
    words = [placed[rank] if rank in placed else next(fill) for rank in range(size)]
    weights = [1.0 / (r + shift) ** exponent for r in range(size)]
    return Vocabulary(tuple(words), tuple(itertools.accumulate(weights)))


def pseudo_words(
    rng: random.Random,
    syllables: Sequence[str],
    count: int,
    *,
    min_syl: int = 1,
    max_syl: int = 3,
    avoid: frozenset[str] = frozenset(),
) -> list[str]:
    """``count`` distinct words of ``min_syl``..``max_syl`` syllables, shortest-ish first
    (short words are frequent in real text). When short words run out, longer ones
    are allowed, so this always ends."""
    out: list[str] = []
    seen: set[str] = set(avoid)
    shortest, misses = min_syl, 0
    while len(out) < count:
        # Bias towards short words for high ranks, longer ones further down.
        top = min_syl + (max_syl - min_syl) * min(1.0, 3 * len(out) / count)
        n = rng.randint(shortest, max(shortest, round(top)))
        word = "".join(rng.choice(syllables) for _ in range(n))
        if word in seen:
            misses += 1
            if misses > 50:
                shortest, misses = shortest + 1, 0
            continue
        seen.add(word)
        out.append(word)
        misses = 0
    return out


def _place(words_at: Sequence[tuple[int, str]]) -> dict[int, str]:
    return dict(words_at)


# English ------------------------------------------------------------------------------

_EN_FUNCTION = _words(
    "the of and to in a is that for on by with as was be it are this from which or has "
    "an not its shall were been have at such any may other their these than also into "
    "under where if more who all but upon"
)

# (rank, word): real legal vocabulary spread from very common to rare.
_EN_LEGAL = (
    (12, "court"),
    (30, "law"),
    (38, "party"),
    (45, "judgment"),
    (52, "parties"),
    (60, "arbitration"),
    (70, "enforcement"),
    (80, "chinese"),
    (90, "contract"),
    (100, "foreign"),
    (115, "award"),
    (130, "recognition"),
    (150, "dispute"),
    (170, "supreme"),
    (190, "civil"),
    (210, "procedure"),
    (240, "tribunal"),
    (270, "jurisdiction"),
    (300, "arbitral"),
    (340, "appeal"),
    (380, "ruling"),
    (420, "arbitrator"),
    (470, "evidence"),
    (520, "plaintiff"),
    (560, "defendant"),
    (640, "interpretation"),
    (720, "judicial"),
    (820, "convention"),
    (950, "treaty"),
    (1100, "arbitrators"),
    (1300, "reciprocity"),
    (1600, "arbitrary"),
    (2200, "comity"),
    (3000, "arbitrability"),
    (29990, "sequestration"),
)

_EN_ONSETS = _words(
    "b c d f g h j k l m n p r s t v w z br cr dr fr gr pr tr bl cl fl gl pl sl "
    "st sp sk sc sh ch th qu"
)
_EN_VOWELS = _words("a e i o u a e i o ai ea ou io ie")
_EN_CODAS = ["", "", "", "n", "r", "s", "t", "l", "m", "nd", "nt", "st", "rt", "ck", "x"]

_EN_SIZE = 30_000

# Fixed collocations inserted into sentences so phrase queries have real matches.
_EN_PHRASES = (
    "recognition and enforcement",
    "supreme people's court",
    "arbitral award",
    "foreign judgment",
    "judicial interpretation",
    "new york convention",
    "civil procedure law",
    "belt and road",
)


def _english_vocabulary() -> Vocabulary:
    rng = random.Random("en-vocabulary")
    syllables = [o + v + c for o in _EN_ONSETS for v in _EN_VOWELS for c in _EN_CODAS]
    placed = _place([*enumerate(_EN_FUNCTION), *_EN_LEGAL])
    real = frozenset(placed.values())
    # A few thousand common words and a long tail of rare ones, as in real text.
    fillers = pseudo_words(rng, syllables, _EN_SIZE - len(placed), avoid=real)
    return zipf_vocabulary(fillers, placed)


# Chinese ------------------------------------------------------------------------------

# A few hundred common characters (simplified), including 法 院 仲 裁 判 决 执 行.
_ZH_CHARS = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也"
    "能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实"
    "加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样"
    "与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情"
    "者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级"
    "少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色"
    "光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再"
    "采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马"
    "节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须"
    "际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准"
    "院仲裁判执审诉讼互惠承认外籍裁定申请管辖纠纷司释规则条款合同当事人案件涉民事商事协议"
)

_ZH_REAL = (
    (3, "法院"),
    (10, "仲裁"),
    (14, "判决"),
    (18, "执行"),
    (25, "中国"),
    (30, "当事人"),
    (36, "法律"),
    (42, "合同"),
    (50, "案件"),
    (60, "外国"),
    (70, "承认"),
    (85, "司法解释"),
    (100, "最高人民法院"),
    (130, "裁定"),
    (160, "申请"),
    (200, "管辖"),
    (260, "纠纷"),
    (400, "互惠"),
    (700, "仲裁裁决"),
)
_ZH_FUNCTION = _words("的 是 在 了 和 对 与 不 也 就 及 而")


def _chinese_vocabulary() -> Vocabulary:
    rng = random.Random("zh-vocabulary")
    placed = _place([(i * 2, w) for i, w in enumerate(_ZH_FUNCTION)])
    for rank, word in _ZH_REAL:
        while rank in placed:
            rank += 1
        placed[rank] = word
    fillers = pseudo_words(rng, list(_ZH_CHARS), 4000 - len(placed), min_syl=1, max_syl=3)
    return zipf_vocabulary(fillers, placed)


# Japanese -----------------------------------------------------------------------------

_JA_KANJI = (
    "日本人国会社年中大出事時行見月分後前生五間上東四今金九入学高円子外八六下来気小七山話女北午"
    "百書先名川千水半男西電校語土木聞食車何南万毎白天母火右読友左休父雨法院裁判所決執承認契約"
    "当者件司解釈申立管轄紛争権利義務規定条項審理訴訟請求手続効力外国仲"
)
_JA_KATAKANA_SYL = _words(
    "ア イ ウ エ オ カ キ ク ケ コ サ シ ス セ ソ タ チ ツ テ ト ナ ニ ヌ ネ ノ ハ ヒ フ ヘ ホ "
    "マ ミ ム メ モ ヤ ユ ヨ ラ リ ル レ ロ ワ ン ガ ギ グ ゲ ゴ ザ ジ ズ ゼ ゾ ダ デ ド バ ビ ブ "
    "ベ ボ パ ピ プ ペ ポ ー"
)
_JA_PARTICLES = _words("は が を に の で と も へ から まで について による")
_JA_ENDINGS = (
    "である",
    "した",
    "します",
    "された",
    "されている",
    "と考えられる",
    "を認めた",
    "となる",
    "ではない",
    "が必要である",
)
_JA_REAL = (
    (0, "裁判所"),
    (3, "仲裁"),
    (6, "判決"),
    (9, "執行"),
    (12, "中国"),
    (16, "当事者"),
    (20, "契約"),
    (25, "承認"),
    (30, "外国"),
    (40, "仲裁判断"),
    (55, "最高人民法院"),
    (70, "司法解釈"),
    (90, "管轄"),
    (120, "紛争"),
    (150, "ニューヨーク条約"),
    (200, "相互保証"),
)


def _japanese_vocabulary() -> Vocabulary:
    rng = random.Random("ja-vocabulary")
    placed = _place(_JA_REAL)
    kanji_words = pseudo_words(rng, list(_JA_KANJI), 2000, min_syl=2, max_syl=3)
    kana_words = pseudo_words(rng, _JA_KATAKANA_SYL, 800, min_syl=2, max_syl=5)
    # Interleave: mostly kanji compounds, a katakana loanword every fourth filler.
    fillers: list[str] = []
    kana = iter(kana_words)
    for i, word in enumerate(kanji_words):
        fillers.append(word)
        if i % 3 == 2:
            fillers.append(next(kana, word))
    return zipf_vocabulary(fillers, placed)


# Arabic -------------------------------------------------------------------------------

_AR_LETTERS = list("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")
_AR_HARAKAT = ("\u064e", "\u064f", "\u0650", "\u0652", "\u0651")  # fatha damma kasra sukun shadda
_AR_REAL = (
    (0, "في"),
    (1, "من"),
    (2, "على"),
    (3, "أن"),
    (4, "إلى"),
    (6, "المحكمة"),
    (9, "التحكيم"),
    (12, "الحكم"),
    (15, "تنفيذ"),
    (18, "الصين"),
    (22, "القانون"),
    (26, "محكمة"),
    (30, "تحكيم"),
    (35, "العقد"),
    (40, "الأطراف"),
    (48, "الأجنبي"),
    (56, "الاعتراف"),
    (66, "الشعبية"),
    (76, "العليا"),
    (90, "قرار"),
    (110, "نزاع"),
    (150, "بالمثل"),
    (200, "المعاملة"),
)


def _arabic_vocabulary() -> Vocabulary:
    rng = random.Random("ar-vocabulary")
    syllables = [a + b for a in _AR_LETTERS for b in ("", "ا", "و", "ي")]
    fillers = pseudo_words(rng, syllables, 3500, min_syl=2, max_syl=4)
    fillers = [("ال" + w if i % 3 == 0 else w) for i, w in enumerate(fillers)]
    return zipf_vocabulary(fillers, _place(_AR_REAL))


def vocalize(word: str, rng: random.Random) -> str:
    """Add harakat after most letters (and sometimes a tatweel), as in vowelled text."""
    out: list[str] = []
    for ch in word:
        out.append(ch)
        if ch in "اوىي" or rng.random() < 0.25:
            continue
        if rng.random() < 0.04:
            out.append("\u0640")  # tatweel
        out.append(rng.choice(_AR_HARAKAT))
    return "".join(out)


# Thai ---------------------------------------------------------------------------------

_TH_CONSONANTS = list("กขคงจฉชซญดตถทธนบปผพฟมยรลวศสหอฮ")
_TH_FINALS = ["", "", "", "น", "ง", "ม", "ก", "ด", "บ", "ย"]
_TH_TONES = ["", "", "", "\u0e48", "\u0e49"]
_TH_PATTERNS = (
    "{c}า{f}",
    "{c}ิ{f}",
    "เ{c}",
    "{c}ั{f}",
    "{c}ุ",
    "โ{c}{f}",
    "{c}ี",
    "{c}ำ",
    "แ{c}{f}",
    "ไ{c}",
)
_TH_REAL = (
    (0, "การ"),
    (1, "ที่"),
    (2, "ใน"),
    (3, "และ"),
    (4, "ของ"),
    (5, "ศาล"),
    (7, "เป็น"),
    (9, "ได้"),
    (11, "มี"),
    (13, "อนุญาโตตุลาการ"),
    (16, "คำพิพากษา"),
    (20, "การบังคับคดี"),
    (24, "กฎหมาย"),
    (28, "ประเทศจีน"),
    (33, "สัญญา"),
    (40, "คู่กรณี"),
    (50, "ต่างประเทศ"),
    (60, "การรับรอง"),
    (75, "ข้อพิพาท"),
    (95, "คำสั่ง"),
    (130, "การอุทธรณ์"),
    (260, "ต่างตอบแทน"),
)


def _thai_syllables(rng: random.Random) -> list[str]:
    out: list[str] = []
    for _ in range(900):
        pattern = rng.choice(_TH_PATTERNS)
        c = rng.choice(_TH_CONSONANTS)
        tone = rng.choice(_TH_TONES)
        syl = pattern.format(c=c + tone if "{f}" not in pattern else c, f=rng.choice(_TH_FINALS))
        out.append(syl)
    return out


def _thai_vocabulary() -> Vocabulary:
    rng = random.Random("th-vocabulary")
    fillers = pseudo_words(rng, _thai_syllables(rng), 3000, min_syl=1, max_syl=3)
    return zipf_vocabulary(fillers, _place(_TH_REAL))


# Russian ------------------------------------------------------------------------------

_RU_ONSETS = _words("б в г д ж з к л м н п р с т ф х ц ч ш щ пр ст тр кр вл гр")
_RU_VOWELS = _words("а е и о у ы я ю ё э")
_RU_ENDINGS = ["", "", "ый", "ая", "ое", "ие", "ого", "ом", "ть", "ет", "ами", "ов"]
_RU_REAL = (
    (0, "и"),
    (1, "в"),
    (2, "не"),
    (3, "на"),
    (4, "что"),
    (5, "с"),
    (7, "суд"),
    (10, "суда"),
    (13, "решение"),
    (17, "арбитраж"),
    (21, "исполнение"),
    (25, "Китая"),
    (30, "закон"),
    (35, "договор"),
    (40, "стороны"),
    (48, "иностранного"),
    (56, "признание"),
    (66, "спор"),
    (76, "Верховный"),
    (90, "народный"),
    (130, "арбитражного"),
    (300, "взаимность"),
)


def _russian_vocabulary() -> Vocabulary:
    rng = random.Random("ru-vocabulary")
    syllables = [o + v for o in _RU_ONSETS for v in _RU_VOWELS]
    stems = pseudo_words(rng, syllables, 3500, min_syl=1, max_syl=3)
    fillers = [s + rng.choice(_RU_ENDINGS) for s in stems]
    return zipf_vocabulary(fillers, _place(_RU_REAL))


_VOCABULARIES: dict[str, Vocabulary] = {}


def vocabulary(lang: str) -> Vocabulary:
    if not _VOCABULARIES:
        _VOCABULARIES.update(
            {
                "en": _english_vocabulary(),
                "zh-cn": _chinese_vocabulary(),
                "ja": _japanese_vocabulary(),
                "ar": _arabic_vocabulary(),
                "th": _thai_vocabulary(),
                "ru": _russian_vocabulary(),
            }
        )
    return _VOCABULARIES[lang]


# ---- sentences and documents -------------------------------------------------------


def _english_sentence(rng: random.Random, voc: Vocabulary, n: int) -> str:
    words = voc.sample(rng, n)
    if rng.random() < 0.12:
        words.insert(rng.randrange(len(words) + 1), rng.choice(_EN_PHRASES))
    sentence = " ".join(words)
    if n > 12 and rng.random() < 0.5:
        cut = sentence.find(" ", len(sentence) // 2)
        if cut > 0:
            sentence = sentence[:cut] + "," + sentence[cut:]
    return sentence[0].upper() + sentence[1:] + "."


def _chinese_sentence(rng: random.Random, voc: Vocabulary, n: int) -> str:
    words = voc.sample(rng, n)
    parts = ["".join(words[i : i + 6]) for i in range(0, len(words), 6)]
    return "，".join(parts) + "。"


def _japanese_sentence(rng: random.Random, voc: Vocabulary, n: int) -> str:
    nouns = voc.sample(rng, max(2, n // 2))
    pieces = [w + rng.choice(_JA_PARTICLES) for w in nouns[:-1]]
    if len(pieces) > 3:
        pieces[len(pieces) // 2] += "、"
    return "".join(pieces) + nouns[-1] + rng.choice(_JA_ENDINGS) + "。"


def _arabic_sentence(rng: random.Random, voc: Vocabulary, n: int) -> str:
    words = voc.sample(rng, n)
    vowelled = rng.random() < 0.3  # some passages are vowelled, as in quotations
    if vowelled:
        words = [vocalize(w, rng) if rng.random() < 0.6 else w for w in words]
    sentence = " ".join(words)
    return sentence + ("،" if rng.random() < 0.2 else ".")


def _thai_sentence(rng: random.Random, voc: Vocabulary, n: int) -> str:
    # Thai writes a clause without spaces; a space separates clauses and sentences.
    return "".join(voc.sample(rng, n))


def _russian_sentence(rng: random.Random, voc: Vocabulary, n: int) -> str:
    sentence = " ".join(voc.sample(rng, n))
    return sentence[0].upper() + sentence[1:] + "."


@dataclass(frozen=True)
class _Script:
    sentence: Callable[[random.Random, Vocabulary, int], str]
    joiner: str  # between sentences
    words: tuple[int, int]  # words per document
    sentence_words: tuple[int, int]
    dir_rtl: bool = False


_SCRIPTS: dict[str, _Script] = {
    "en": _Script(_english_sentence, " ", (1100, 1900), (8, 30)),
    "zh-cn": _Script(_chinese_sentence, "", (1300, 2100), (10, 30)),
    "ja": _Script(_japanese_sentence, "", (1300, 2000), (8, 24)),
    "ar": _Script(_arabic_sentence, " ", (1000, 1600), (8, 26), dir_rtl=True),
    "th": _Script(_thai_sentence, " ", (1000, 1600), (5, 14)),
    "ru": _Script(_russian_sentence, " ", (1000, 1600), (8, 24)),
}


def _paragraphs(rng: random.Random, lang: str, total_words: int) -> list[str]:
    script = _SCRIPTS[lang]
    voc = vocabulary(lang)
    paragraphs: list[str] = []
    written = 0
    while written < total_words:
        sentences: list[str] = []
        target = rng.randint(50, 130)
        count = 0
        while count < target:
            n = rng.randint(*script.sentence_words)
            sentences.append(script.sentence(rng, voc, n))
            count += n
        paragraphs.append(script.joiner.join(sentences))
        written += count
    return paragraphs


def _title(rng: random.Random, lang: str) -> str:
    script = _SCRIPTS[lang]
    text = script.sentence(rng, vocabulary(lang), rng.randint(5, 10))
    return text.rstrip(".。،")


def _inline_markup(rng: random.Random, text: str, lang: str, index: int) -> str:
    """Escape a paragraph and sometimes add the inline markup real articles carry."""
    escaped = html.escape(text, quote=False)
    if lang in ("zh-cn", "ja", "th") or rng.random() > 0.3:
        return escaped
    words = escaped.split(" ")
    if len(words) > 8:
        i = rng.randrange(1, len(words) - 3)
        kind = rng.random()
        if kind < 0.4:
            words[i] = f"<strong>{words[i]}</strong>"
        elif kind < 0.7:
            words[i] = f'<a href="https://example.org/en/a/ref-{index}-{i}">{words[i]}</a>'
        else:
            words[i] = f'<span style="color:red" onclick="x()">{words[i]}</span>'
    return " ".join(words)


def body_html(rng: random.Random, lang: str, index: int) -> str:
    script = _SCRIPTS[lang]
    paragraphs = _paragraphs(rng, lang, rng.randint(*script.words))
    attrs = ' dir="rtl"' if script.dir_rtl else ""
    parts: list[str] = []
    for i, text in enumerate(paragraphs):
        if i % rng.randint(3, 5) == 0:
            parts.append(f"<h2>{html.escape(_title(rng, lang), quote=False)}</h2>")
        parts.append(f"<p{attrs}>{_inline_markup(rng, text, lang, index)}</p>")
    if rng.random() < 0.05:
        parts.insert(1, "<script>track('view')</script>")
    if rng.random() < 0.1:
        items = "".join(f"<li>{html.escape(_title(rng, lang))}</li>" for _ in range(4))
        parts.insert(len(parts) // 2, f"<ul>{items}</ul>")
    if rng.random() < 0.1:
        parts.insert(
            len(parts) // 2, f"<blockquote><p>{html.escape(paragraphs[0][:300])}</p></blockquote>"
        )
    return "\n".join(parts)


@dataclass(frozen=True)
class RawArticle:
    """One generated article before ingest: what a feed would deliver."""

    slug: str
    lang: str
    title: str
    summary: str
    html: str
    published: date
    categories: tuple[str, ...]
    topics: tuple[str, ...]


def _pick_language(rng: random.Random) -> str:
    x = rng.random()
    for lang, share in LANGUAGE_MIX:
        x -= share
        if x < 0:
            return lang
    return LANGUAGE_MIX[0][0]


def raw_article(seed: int, index: int) -> RawArticle:
    """Article ``index`` of the library generated from ``seed`` (deterministic)."""
    rng = random.Random(f"{seed}:{index}")
    lang = _pick_language(rng)
    title = _title(rng, lang)
    summary = _SCRIPTS[lang].sentence(rng, vocabulary(lang), rng.randint(18, 32))
    return RawArticle(
        slug=f"bench-{index:07d}",
        lang=lang,
        title=title,
        summary=summary,
        html=body_html(rng, lang, index),
        published=_FIRST_DAY + timedelta(days=rng.randrange(_DAYS + 1)),
        categories=(rng.choice(CATEGORIES)[0],),
        topics=tuple(slug for slug, _ in rng.sample(TOPICS, rng.choice((0, 1, 1, 2)))),
    )


def to_record(raw: RawArticle) -> ArticleRecord:
    """The real ingest path: sanitize, extract text, build the record."""
    doc, assets, _ = build_document(
        lang=raw.lang,
        title=raw.title,
        summary=raw.summary,
        raw_html=raw.html,
        url=f"https://example.org/{raw.lang}/a/{raw.slug}",
        fetched_at=FETCHED,
    )
    return ArticleRecord(
        slug=raw.slug,
        published=raw.published,
        documents=(doc,),
        categories=raw.categories,
        topics=raw.topics,
        assets=assets,
    )


# ---- building a library ------------------------------------------------------------


@dataclass
class BuildStats:
    articles: int = 0
    documents: int = 0
    generate_s: float = 0.0  # producing the raw HTML (not part of ingest)
    build_document_s: float = 0.0  # sanitizing + text extraction
    write_s: float = 0.0  # Store.write_article + commits (segmentation, FTS, SQL)
    wall_s: float = 0.0
    langs: dict[str, int] = field(default_factory=dict)

    @property
    def ingest_s(self) -> float:
        return self.build_document_s + self.write_s

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.ingest_s if self.ingest_s else 0.0


def ensure_source(store: Store) -> int:
    src = store.source(SOURCE_NAME)
    if src is None:
        src = store.add_source(
            SOURCE_NAME,
            "pack",
            "bench:synthetic",
            title="Synthetic benchmark library",
            base_url="https://example.org",
        )
    terms = [Term(TermKind.CATEGORY, slug, name) for slug, name in CATEGORIES]
    terms += [Term(TermKind.TOPIC, slug, name) for slug, name in TOPICS]
    store.upsert_terms(src.id, terms)
    return src.id


def build_library(
    path: Path,
    n: int,
    *,
    seed: int = DEFAULT_SEED,
    batch: int = 50,
    progress: Callable[[BuildStats], None] | None = None,
) -> BuildStats:
    """Create a library of ``n`` synthetic articles at ``path`` (which must not exist).

    Generation of the raw HTML is timed apart; the ingest time covers
    ``build_document`` and ``write_article`` including the commits.
    """
    if path.exists():
        raise FileExistsError(path)
    stats = BuildStats()
    started = time.perf_counter()
    with Store.open(path) as store:
        source_id = ensure_source(store)
        for start in range(0, n, batch):
            t0 = time.perf_counter()
            raws = [raw_article(seed, i) for i in range(start, min(n, start + batch))]
            t1 = time.perf_counter()
            stats.generate_s += t1 - t0
            build = write = 0.0
            with store.transaction():
                for raw in raws:
                    a = time.perf_counter()
                    record = to_record(raw)
                    b = time.perf_counter()
                    store.write_article(source_id, record)
                    write += time.perf_counter() - b
                    build += b - a
                    stats.langs[raw.lang] = stats.langs.get(raw.lang, 0) + 1
                c = time.perf_counter()
            write += time.perf_counter() - c  # the COMMIT
            stats.build_document_s += build
            stats.write_s += write
            stats.articles += len(raws)
            stats.documents += len(raws)
            if progress is not None:
                progress(stats)
    stats.wall_s = time.perf_counter() - started
    return stats


if __name__ == "__main__":
    # A quick look at what the generator produces.
    for i in range(6):
        art = raw_article(DEFAULT_SEED, i)
        print(art.slug, art.lang, art.published, art.categories, art.topics)
        print("  ", art.title)
        print("  ", art.html[:300].replace("\n", " "), "...")
