"""Finding the laws, regulations, judicial interpretations, treaties and cases an
article cites. Pure functions over plain text: no SQLite, no I/O.

What is recognised:

* English names of statutes and other instruments: a run of capitalised words ending
  in Law, Code, Convention, Regulations, Provisions, Rules, Measures, Interpretation(s)
  ("the PRC Civil Procedure Law", "Civil Procedure Law of the People's Republic of
  China", "New York Convention");
* Chinese titles in 《》 (from text in any language), and Chinese titles in
  parentheses that end like a law ("(民事诉讼法)");
* a provision ("Article 289") when it is attached to its law: "Article 289 of the
  Civil Procedure Law" or "Civil Procedure Law …, Article 289" in the same sentence;
* case numbers such as ``(2019) 最高法民终 123号`` or ``（2014）沪一中民四(商)初字第12号``.

Different spellings of one instrument share a key: the English name without "the",
"PRC", "China's", "of the People's Republic of China"; a Chinese title without
中华人民共和国 and without trailing notes such as （修订）; a Chinese title with a known
English name (a built-in table of common laws, or the English name written right after
it in parentheses) takes the English key.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

LAW = "law"
INTERPRETATION = "interpretation"
REGULATION = "regulation"
TREATY = "treaty"
CASE = "case"
DOCUMENT = "document"
KINDS = (LAW, INTERPRETATION, REGULATION, TREATY, CASE, DOCUMENT)

# Chinese titles of common laws (without 中华人民共和国) and their usual English names.
CHINESE_NAMES: dict[str, str] = {
    "民事诉讼法": "Civil Procedure Law",
    "刑事诉讼法": "Criminal Procedure Law",
    "行政诉讼法": "Administrative Litigation Law",
    "民法典": "Civil Code",
    "民法通则": "General Principles of the Civil Law",
    "民法总则": "General Provisions of the Civil Law",
    "合同法": "Contract Law",
    "物权法": "Property Law",
    "担保法": "Guarantee Law",
    "侵权责任法": "Tort Law",
    "刑法": "Criminal Law",
    "宪法": "Constitution",
    "仲裁法": "Arbitration Law",
    "公司法": "Company Law",
    "合伙企业法": "Partnership Enterprise Law",
    "企业破产法": "Enterprise Bankruptcy Law",
    "证券法": "Securities Law",
    "外商投资法": "Foreign Investment Law",
    "反垄断法": "Anti-Monopoly Law",
    "反不正当竞争法": "Anti-Unfair Competition Law",
    "劳动法": "Labor Law",
    "劳动合同法": "Labor Contract Law",
    "著作权法": "Copyright Law",
    "专利法": "Patent Law",
    "商标法": "Trademark Law",
    "海商法": "Maritime Code",
    "律师法": "Lawyers Law",
    "法官法": "Judges Law",
    "检察官法": "Public Procurators Law",
    "立法法": "Legislation Law",
    "人民法院组织法": "Organic Law of the People's Courts",
    "人民陪审员法": "People's Assessors Law",
    "外国国家豁免法": "Foreign State Immunity Law",
    "反外国制裁法": "Anti-Foreign Sanctions Law",
    "对外关系法": "Foreign Relations Law",
    "涉外民事关系法律适用法": "Law on the Application of Laws to Foreign-Related Civil Relations",
    "个人信息保护法": "Personal Information Protection Law",
    "数据安全法": "Data Security Law",
    "网络安全法": "Cybersecurity Law",
    "电子商务法": "E-Commerce Law",
    "民事强制执行法": "Civil Enforcement Law",
    "人民法院在线诉讼规则": "Online Litigation Rules",
    "取消外国公文书认证要求的公约": "Apostille Convention",
    "承认及执行外国仲裁裁决公约": "New York Convention",
    "纽约公约": "New York Convention",
    "海牙送达公约": "Hague Service Convention",
    "选择法院协议公约": "Hague Choice of Court Convention",
    # Traditional characters and Japanese forms of the same titles.
    "民事訴訟法": "Civil Procedure Law",
    "刑事訴訟法": "Criminal Procedure Law",
    "紐約公約": "New York Convention",
    "ニューヨーク条約": "New York Convention",
    "律師法": "Lawyers Law",
}
# Words in 《》 or parentheses that are not the title of one instrument.
_NOT_TITLES = frozenset(
    [
        "纪要",
        "规定",
        "解释",
        "意见",
        "通知",
        "决定",
        "办法",
        "条例",
        "公约",
        "法",
        "法律",
        "最高法",
        "最高院",
        "司法解释",
        "法律解释",
        "若干规定",
        "实施细则",
        "会议纪要",
        "征求意见稿",
        "人民日报",
        "人民法院报",
        "法制日报",
        "光明日报",
        "中国日报",
    ]
)

ENGLISH_NAMES = frozenset(CHINESE_NAMES.values())

# English spellings that name the same instrument as another spelling.
ENGLISH_ALIASES: dict[str, str] = {
    "civil procedure code": "civil procedure law",
    "code of civil procedure": "civil procedure law",
    "law of civil procedure": "civil procedure law",
    "administrative procedure law": "administrative litigation law",
    "hague apostille convention": "apostille convention",
    "convention on recognition and enforcement of foreign arbitral awards": "new york convention",
    "online litigation rules of people's courts": "online litigation rules",
    "lawyers' law": "lawyers law",
    "judges' law": "judges law",
    "arbitration law (revised)": "arbitration law",
}

_ENDINGS = {
    "Law": LAW,
    "Code": LAW,
    "Constitution": LAW,
    "Convention": TREATY,
    "Regulations": REGULATION,
    "Regulation": REGULATION,
    "Measures": REGULATION,
    "Provisions": INTERPRETATION,
    "Rules": INTERPRETATION,
    "Interpretation": INTERPRETATION,
    "Interpretations": INTERPRETATION,
}

# Words that say nothing about which instrument is meant: a name made only of these
# (after the ending) is generic ("the Law", "Several Provisions", "the Convention").
_GENERIC = {
    "the",
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "our",
    "a",
    "an",
    "several",
    "general",
    "detailed",
    "implementing",
    "relevant",
    "such",
    "new",
    "old",
    "same",
    "above",
    "said",
    "model",
    "basic",
    "foreign",
    "legal",
    "judicial",
    "organic",
    "domestic",
    "national",
    "local",
    "chinese",
    "china's",
    "prc",
    "spc's",
    "spc",
    "supreme",
    "people's",
    "court's",
    "court",
    "amended",
    "revised",
    "draft",
    "current",
    "former",
    "latest",
    "first",
    "second",
    "third",
    "civil",
    "international",
    "private",
    "public",
    "common",
    "case",
    "law",
    "code",
    "convention",
    "rules",
    "provisions",
    "regulations",
    "regulation",
    "measures",
    "interpretation",
    "interpretations",
    "in",
    "under",
    "by",
    "after",
    "before",
    "when",
    "while",
    "since",
    "although",
    "if",
    "special",
    "procedural",
    "substantive",
    "statutory",
    "written",
    "article",
    "articles",
    "of",
    "on",
    "for",
    "and",
    "to",
    "concerning",
    "regarding",
    "notes",
    "note",
    "see",
    "i",
    "ii",
    "iii",
    "iv",
    "v",
    "vi",
    "vii",
    "viii",
    "ix",
    "x",
    "part",
    "chapter",
    "section",
}
_HEAD_KIND = {
    "Provisions": INTERPRETATION,
    "Interpretation": INTERPRETATION,
    "Rules": INTERPRETATION,
    "Opinions": INTERPRETATION,
    "Guiding": INTERPRETATION,
    "Notice": INTERPRETATION,
    "Minutes": INTERPRETATION,
    "Resolution": INTERPRETATION,
    "Decision": INTERPRETATION,
    "Reply": INTERPRETATION,
    "Several": INTERPRETATION,
    "Conference": INTERPRETATION,
    "Detailed": INTERPRETATION,
    "Regulations": REGULATION,
    "Measures": REGULATION,
    "Convention": TREATY,
    "Arrangement": TREATY,
    "Treaty": TREATY,
    "Agreement": TREATY,
}
# Things named like a law that are not one.
_NOT_CITATIONS = {"unified social credit code", "postal code", "country code", "zip code"}
_DROP_PREFIX = {
    "the",
    "this",
    "a",
    "an",
    "prc",
    "china's",
    "chinese",
    "new",
    "amended",
    "revised",
    "draft",
    "current",
    "former",
    "old",
    "under",
    "in",
    "by",
    "of",
    "and",
    "see",
    "notes",
    "note",
    "issue",
    "issues",
    "its",
    "their",
    "whereas",
    "while",
    "although",
    "when",
}
_KEEP_NEW = ("New York",)

_CAP = r"(?:[A-Z][A-Za-z'’]*(?:-[A-Za-z]+)*|PRC|SPC)"
_JOIN = r"(?:[ ]+(?:of|on|for|the|and|to|in|concerning|regarding)){0,3}"
_ENDING = "|".join(sorted(_ENDINGS, key=len, reverse=True))
# Every name starts with a capital (a capitalised word or an ending): the lookahead
# lets the scanner skip to capitals instead of trying the pattern at every character
# (twice as fast on an article; the matches are the same).
_ENGLISH = re.compile(
    rf"(?=[A-Z])(?<![A-Za-z])((?:{_CAP}{_JOIN}[ ]+){{0,9}}(?:{_ENDING}))(?![A-Za-z])"
    r"(?![ ]+(?:Firms?|Society|Societies|School|Schools|Office|Offices|Association|Review|"
    r"Journal|Professor|Cent(?:er|re)|Committee|Department|Faculty)\b)"
    r"((?:[ ]+of[ ]+the[ ]+(?:People's|People’s)[ ]+Republic[ ]+of[ ]+China|[ ]+of[ ]+the[ ]+PRC"
    r"|[ ]+of[ ]+China)?)"
)
_CHINESE_TITLE = re.compile(r"《([^《》\n]{2,80})》")
_CHINESE_PAREN = re.compile(
    r"[(（]([\u4e00-\u9fff]{2,40}(?:法典|法|条例|规定|解释|规则|办法|公约))[)）,，]"
)
_PAIRED_ENGLISH = re.compile(
    r"[ ]*[(（]([A-Z](?:[^()（）\n]|\([^()\n]{1,20}\)){2,160}?)(?:,[ ]*[A-Z][a-z]+(?:[ ]+[A-Z]?[a-z]+)*)?[)）]"
)
# "English Name (《中文》": the English name written before the Chinese title.
_AMENDING = re.compile(
    r"^(?:(?:Draft|Proposed|Fifth|Fourth|Third|Second|First)\s+)?"
    r"(?:Amendments?|Revisions?|Revising|Amending)\s+(?:to\s+|of\s+)?(?:the\s+)?(.+)$"
)
_BEFORE_PAREN = re.compile(r"[ ]*[(（][ ]*$")
_CASE = re.compile(
    r"[(（]\s*((?:19|20)\d{2})\s*[)）]\s*"
    r"([\u4e00-\u9fff\d]{1,14}(?:[(（][\u4e00-\u9fff]{1,3}[)）])?[\u4e00-\u9fff\d]{0,10}?)"
    r"\s*(第?)\s*(\d{1,6})\s*号"
)
_ARTICLE_OF = re.compile(
    r"Articles?\s+(\d{1,4})(?:\s*\(\d+\))?\s+of\s+(?:the\s+)?(?:(?:19|20)\d{2}\s+|amended\s+|revised\s+)?$"
)
_ARTICLE_AFTER = re.compile(r"[^.;:!?]{0,120}?,\s*Articles?\s+(\d{1,4})")
_SENTENCE_END = re.compile(r"[.;!?。；](?:\s|$)")
_PRC_PREFIX = re.compile(r"^(?:中华人民共和国|中國|中华人民共和国)")
_TRAILING_NOTE = re.compile(r"(?:[(（][^()（）]{1,12}[)）])+$")


@dataclass(frozen=True)
class CitationMention:
    """One cited instrument or case, merged over every mention in a text."""

    key: str
    """Grouping key: the lower-case English name, or the Chinese title, or the case number."""
    kind: str
    name: str
    native_name: str = ""
    provisions: tuple[str, ...] = ()
    mentions: int = 1


@dataclass
class _Acc:
    kind: str
    name: str
    native: str = ""
    provisions: set[str] = field(default_factory=set)
    mentions: int = 0


def _kind_of_english(name: str) -> str:
    head = name.split(" ", 1)[0]
    if " " in name and head in _HEAD_KIND:
        return _HEAD_KIND[head]
    last = name.rsplit(" ", 1)[-1]
    return _ENDINGS.get(last, DOCUMENT)


def _kind_of_chinese(title: str) -> str:
    if title.endswith(("公约", "条约", "协定", "声明")):
        return TREATY
    if "最高人民法院" in title or title.endswith(
        ("解释", "规定", "批复", "规则", "意见", "纪要", "通知", "决定")
    ):
        return INTERPRETATION
    if title.endswith(("条例", "办法", "细则")):
        return REGULATION
    if title.endswith(("法", "法典", "总则", "通则")):
        return LAW
    return DOCUMENT


def normalise_english(raw: str) -> str | None:
    """The display name of an English mention, or None when it names nothing specific."""
    words = raw.replace("’", "'").split()
    while words and words[0].lower() in _DROP_PREFIX and not raw.startswith(_KEEP_NEW):
        words = words[1:]
    name = " ".join(words)
    # "the Amendment to the Civil Procedure Law" cites the Civil Procedure Law.
    inner = _AMENDING.match(name)
    if inner:
        return normalise_english(inner.group(1))
    if " Conference on " in name or name.startswith("Hague Conference"):
        return None  # an organisation
    if not name:
        return None
    meaningful = [w for w in words if w.lower() not in _GENERIC]
    if not meaningful:
        return None
    if name.lower() in _NOT_CITATIONS:
        return None
    # A run that starts mid-sentence with a capitalised function word ("In", "Under").
    return name


def english_key(name: str) -> str:
    """Lower case, "the" dropped, known aliases folded: one key for one instrument."""
    words = [w for w in name.lower().replace("’", "'").split() if w != "the"]
    key = " ".join(words)
    return ENGLISH_ALIASES.get(key, key)


def normalise_chinese(title: str) -> str:
    """A Chinese title without the state name and without trailing notes (（修订）)."""
    t = unicodedata.normalize("NFC", title.strip())
    t = t.replace("〈", "《").replace("〉", "》")
    t = _PRC_PREFIX.sub("", t)
    t = _TRAILING_NOTE.sub("", t)
    if t.startswith("最高人民法院关于"):  # the short form leaves the court out
        t = t[len("最高人民法院") :]
    return t.strip() or title.strip()


def normalise_case(year: str, body: str, di: str, number: str) -> str:
    body = body.replace("（", "(").replace("）", ")")
    return f"({year}){body}{di}{int(number)}号"


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def extract(text: str, *, english: bool = True) -> list[CitationMention]:
    """Every instrument and case cited in ``text``, most mentioned first.

    With ``english`` False (a translation), only Chinese titles and case numbers are
    read: the English-name patterns would find nothing reliable in other languages.
    """
    found: dict[str, _Acc] = {}

    def add(key: str, kind: str, name: str, native: str = "") -> _Acc:
        acc = found.get(key)
        if acc is None:
            acc = found[key] = _Acc(kind, name, native)
        if native and not acc.native:
            acc.native = native
        acc.mentions += 1
        return acc

    # English names: (start, end, display name).
    names: list[tuple[int, int, str]] = []
    if english:
        for m in _ENGLISH.finditer(text):
            name = normalise_english(m.group(1))
            if name is not None:
                names.append((m.start(1), m.end(), name))
    paired: set[int] = set()  # starts of English names read as part of a pair
    spans: list[tuple[int, int, str]] = []  # (start, end, key) of laws, for provisions

    for m in _CHINESE_TITLE.finditer(text):
        native = normalise_chinese(m.group(1))
        if len(native) < 2 or native in _NOT_TITLES:
            continue
        english_name = CHINESE_NAMES.get(native)
        display = ""
        if english:
            after = _PAIRED_ENGLISH.match(text, m.end())
            if after is not None:
                display = " ".join(after.group(1).split())
                for s, _e, name in names:
                    if after.start(1) <= s < after.end(1):
                        paired.add(s)
                        english_name = english_name or name
            elif _BEFORE_PAREN.search(text, max(0, m.start() - 4), m.start()):
                for s, e, name in names:
                    if e <= m.start() and not text[e : m.start()].strip(" (（"):
                        paired.add(s)
                        english_name = english_name or name
        if english_name:
            key = english_key(english_name)
            add(key, _kind_of_chinese(native), english_name, native)
            spans.append((m.start(), m.end(), key))
        else:
            # No known English name: grouped by the Chinese title, shown in English
            # when the article gave a translation of the title.
            acc = add(native, _kind_of_chinese(native), display or native, native)
            if display and acc.name == native:
                acc.name = display
    # (Each pattern needs a character that most English articles lack: look first.)
    paren_titles = any(ch in text for ch in "法例定释则约")
    for m in _CHINESE_PAREN.finditer(text) if paren_titles else ():
        native = normalise_chinese(m.group(1))
        if native in _NOT_TITLES:
            continue
        english_name = CHINESE_NAMES.get(native)
        if english_name:
            add(english_key(english_name), _kind_of_chinese(native), english_name, native)
        elif len(native) >= 3 and native.endswith(("法", "法典", "条例")):
            add(native, _kind_of_chinese(native), native, native)
    for m in _CASE.finditer(text) if "号" in text else ():
        number = normalise_case(m.group(1), m.group(2), m.group(3), m.group(4))
        add(number, CASE, number)

    for s, e, name in names:
        key = english_key(name)
        if s in paired:
            spans.append((s, e, key))
            continue
        add(key, _kind_of_english(name), found[key].name if key in found else name)
        spans.append((s, e, key))

    # Provisions attached to their law.
    spans.sort()
    starts = [s for s, _e, _k in spans]
    for s, e, key in spans:
        if found[key].kind == CASE:
            continue
        art = _ARTICLE_OF.search(text[max(0, s - 60) : s])
        if art:
            found[key].provisions.add(art.group(1))
        after = _ARTICLE_AFTER.match(text, e)
        # "…, Article 63" belongs to this law unless a sentence ends or another law
        # comes first.
        if (
            after
            and not _SENTENCE_END.search(text, e, after.start(1))
            and not any(e < s2 < after.start(1) for s2 in starts)
        ):
            found[key].provisions.add(after.group(1))
    return _result(found)


def _result(found: dict[str, _Acc]) -> list[CitationMention]:
    out = [
        CitationMention(
            key=k,
            kind=a.kind,
            name=a.name,
            native_name=a.native,
            provisions=tuple(sorted(a.provisions, key=int)),
            mentions=a.mentions,
        )
        for k, a in found.items()
    ]
    out.sort(key=lambda c: (-c.mentions, c.key))
    return out


def merge(groups: Iterable[Iterable[CitationMention]]) -> list[CitationMention]:
    """One list from several texts (an article's languages): mentions add up."""
    acc: dict[str, _Acc] = {}
    for group in groups:
        for c in group:
            a = acc.get(c.key)
            if a is None:
                a = acc[c.key] = _Acc(c.kind, c.name, c.native_name)
            if c.native_name and not a.native:
                a.native = c.native_name
            a.provisions.update(c.provisions)
            a.mentions += c.mentions
    return _result(acc)


def label(kind: str, name: str, provisions: Iterable[str] = ()) -> str:
    """How a reason names a citation: "the Civil Procedure Law", "Article 275 of the …"."""
    if kind == CASE:
        return f"case {name}"
    arts = list(provisions)
    base = name if _has_cjk(name) else f"the {name}"
    if len(arts) == 1:
        return f"Article {arts[0]} of {base}"
    return base
