"""The cues of check-worthiness, as data: named word lists with weights.

A cue is found in a sentence when one of its **words** is a word of the sentence, one of its
**phrases** occurs there as whole words, its **suffix** ends a word (past tenses), or its
**pattern** matches. Words and phrases are compared in lower case unless the cue is
``case_sensitive``. Word and phrase lookups are set and substring tests: a sentence is split
into words once, and only the few cues that need a regular expression run one, after a cheap
substring ``hint`` says it can match; the standard ``re`` runs those it can, ``regex`` (slower
here) only what needs Unicode properties. (One case-insensitive regular expression per cue per
sentence cost 4 ms per article: 40 s for 10,000 articles.)

The words are general English news cues, plus the commonest attribution words of a few other
languages the tool's users read (es, fr, de, ru, uk). None names a topic, a place or a person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence indexed once for every cue: its distinct words, as written and lower-cased.

    Offsets are looked up only for the few words that turn out to be cues.
    """

    text: str
    lower: str
    as_written: frozenset[str]
    lowered: frozenset[str]

    @classmethod
    def of(cls, text: str) -> Sentence:
        lower = text.lower()
        return cls(text, lower, frozenset(_WORD.findall(text)), frozenset(_WORD.findall(lower)))


def _first_word(phrase: str) -> str:
    match = _WORD.match(phrase)
    if match is None:
        raise ValueError(f"a cue's phrase starts with a word: {phrase!r}")
    return match.group()


@dataclass(frozen=True, slots=True)
class Cue:
    name: str
    weight: float
    words: frozenset[str] = frozenset()
    phrases: tuple[str, ...] = ()
    suffix: str = ""
    not_suffixes: tuple[str, ...] = ()  # word endings (before the suffix) that do not count
    pattern: re.Pattern[str] | regex.Pattern[str] | None = None
    hints: tuple[str, ...] = ()  # the pattern runs only if one of these occurs (lower case)
    case_sensitive: bool = False
    min_length: int = 5  # of a word matched by its suffix
    _heads: tuple[tuple[str, str], ...] = field(init=False, default=())

    def __post_init__(self) -> None:
        # A phrase is looked for only when its first word is a word of the sentence.
        heads = tuple((_first_word(p), p) for p in self.phrases)
        object.__setattr__(self, "_heads", heads)

    def find(self, sentence: Sentence) -> str | None:
        """The earliest text of ``sentence`` that shows this cue, or None."""
        index = sentence.as_written if self.case_sensitive else sentence.lowered
        text = sentence.text if self.case_sensitive else sentence.lower
        found = list(self.words.intersection(index))
        if self.suffix:
            found += [
                word
                for word in index
                if len(word) >= self.min_length
                and word.endswith(self.suffix)
                and not word[: -len(self.suffix)].endswith(self.not_suffixes)
            ]
        found += [phrase for head, phrase in self._heads if head in index]
        hits = []
        for words in found:
            offset = _whole_phrase(text, words)
            if offset >= 0:
                hits.append((offset, sentence.text[offset : offset + len(words)]))
        if self.pattern is not None and (
            not self.hints or any(hint in sentence.lower for hint in self.hints)
        ):
            match = self.pattern.search(sentence.text)
            if match is not None:
                hits.append((match.start(), match.group()))
        return min(hits)[1] if hits else None


def _whole_phrase(text: str, phrase: str) -> int:
    start = text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        if (start == 0 or not _is_word(text[start - 1])) and (
            end == len(text) or not _is_word(text[end])
        ):
            return start
        start = text.find(phrase, start + 1)
    return -1


def _is_word(character: str) -> bool:
    return bool(_WORD.match(character))


def _set(words: str | Sequence[str]) -> frozenset[str]:
    return frozenset(words.split() if isinstance(words, str) else words)


_NUMBER_WORDS = (
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred hundreds thousand thousands million millions billion billions trillion trillions "
    "dozen dozens half percent"
)
_FRACTIONS = tuple(
    f"{count}-{part}{plural}"
    for count in ("one", "two", "three")
    for part in ("third", "quarter", "fourth", "fifth", "tenth")
    for plural in ("", "s")
)

# Ukrainian and Russian: reporting verbs in the past tense (all genders and numbers), the
# number words of figures, harm, and dates (weekdays in the accusative, months in the genitive,
# as a date is written: "у понеділок", "22 червня").
_UK_ATTRIBUTION = (
    "заявив заявила заявили повідомив повідомила повідомили сказав сказала сказали "
    "зазначив зазначила зазначили підтвердив підтвердила підтвердили стверджує стверджують "
    "стверджував наголосив наголосила додав додала визнав визнала розповів розповіла "
    "оголосив оголосила заперечив спростував"
)
_RU_ATTRIBUTION = (
    "заявил заявила заявили сообщил сообщила сообщили сказал сказала сказали отметил "
    "отметила отметили подтвердил подтвердила подтвердили утверждает утверждают утверждал "
    "подчеркнул добавил добавила признал признала рассказал рассказала объявил опроверг "
    "опровергла"
)
_CYRILLIC_NUMBER_WORDS = (
    "двоє троє четверо п'ятеро десятки сотні тисяча тисячі тисяч мільйон мільйони мільйонів "
    "мільярд мільярдів відсоток відсотки відсотків двое трое десятков сотни тысяча тысячи "
    "тысяч миллион миллиона миллионов миллиард миллиардов процент процента процентов"
)
_CYRILLIC_CASUALTY = (
    "загинув загинула загинули загиблих поранено поранені поранених вбито вбили "
    "постраждали постраждалих зруйновано знищено пошкоджено обстріл обстріляли удару удар "
    "атака атаки евакуйовано полонених затримано погиб погибла погибли погибших ранены "
    "раненых убиты убито пострадали пострадавших разрушено уничтожено повреждено повреждена "
    "обстрел обстреляли удара атаки атаке эвакуированы пленных задержаны"
)
_CYRILLIC_DATES = (
    "понеділок вівторок середу четвер п'ятницю суботу неділю січня лютого березня квітня "
    "травня червня липня серпня вересня жовтня листопада грудня вчора "
    "понедельник вторник среду четверг пятницу субботу воскресенье января февраля марта "
    "апреля мая июня июля августа сентября октября ноября декабря вчера"
)

CUES: tuple[Cue, ...] = (
    # Who says so: the core of a claim a fact-checker can trace to its source.
    Cue(
        "attribution",
        0.3,
        words=_set(
            "said says say told tells stated states announced confirmed claimed denied denies "
            "insisted maintain maintains maintained reported estimated warned added noted "
            "mentioned admitted acknowledged revealed disclosed testified explained wrote "
            "tweeted según dijo afirmó declaró selon laut sagte erklärte"
        )
        | _set(_UK_ATTRIBUTION)
        | _set(_RU_ATTRIBUTION),
        phrases=(
            *("according to", "a déclaré", "a affirmé"),
            *("по данным", "по словам", "по информации", "согласно данным", "как сообщает"),
            *("по сведениям", "за даними", "за словами", "за інформацією", "як повідомляє"),
            *("за його словами", "за її словами", "по его словам", "по ее словам"),
        ),
        # "claims that …" is a verb; "these claims remain unverified" is not
        pattern=re.compile(
            r"(?<!\w)(?:claims?(?= (?:that|to|in|on|the|an?|he|she|they|it|we|its|their|his|"
            r"her)\b)|(?:report|study|survey|data|figures) (?:found|shows?|showed|suggests?))"
            r"(?!\w)",
            re.IGNORECASE,
        ),
        hints=("claim", "found", "show", "suggest"),
    ),
    # Numbers are what fact-checks most often turn on.
    Cue(
        "figure",
        0.3,
        words=_set(_NUMBER_WORDS) | _set(_CYRILLIC_NUMBER_WORDS),
        phrases=("per cent", *_FRACTIONS),
        pattern=re.compile(r"[$€£¥₴₽]?\d(?:[\d,.]*\d)?%?"),
    ),
    # Harm and its counts: casualty claims are the most consequential to get wrong.
    Cue(
        "casualty",
        0.2,
        words=_set(
            "killed dead died death deaths injured wounded casualties victim victims destroyed "
            "captured arrested detained missing evacuated displaced eliminated hospitalised "
            "hospitalized executed shot prisoner prisoners attack attacked attacks strike "
            "strikes plundered looted seized burned bombed shelled raided stolen stole"
        )
        | _set(_CYRILLIC_CASUALTY),
        phrases=("death toll", "war crime", "war crimes"),
    ),
    # Quantity phrases: someone committed to a size, a direction or a record.
    Cue(
        "quantity",
        0.15,
        words=_set(
            "nearly almost roughly approximately double doubled triple tripled twice rose fell "
            "increased decreased dropped declined grew record highest lowest largest biggest "
            "worst понад щонайменше близько майже вдвічі рекордний найбільший найвищий "
            "более свыше около почти вдвое рекордный крупнейший самый"
        ),
        phrases=(
            *("more than", "at least", "at most", "as many as", "up to", "fewer than"),
            *("less than", "first time", "більше ніж", "менше ніж", "не менше", "не менее"),
            *("больше чем", "меньше чем", "впервые"),
        ),
        pattern=re.compile(r"(?<!\w)(?:about|around|over) (?=\d)", re.IGNORECASE),
        hints=("about", "around", "over"),
    ),
    # Hedged reports are exactly the unverified statements worth checking.
    Cue(
        "hedge",
        0.25,
        words=_set(
            "reportedly allegedly alleged purportedly unconfirmed suspected perhaps нібито "
            "імовірно ймовірно начебто якобы предположительно вероятно"
        ),
        phrases=("believed to", "is said to", "are said to"),
    ),
    # Absolute statements (all, every, never) are easy to prove wrong.
    Cue(
        "absolute", 0.1, words=_set("all every always never none nobody only"), phrases=("no one",)
    ),
    # Quoted speech of some length: words someone can be held to.
    Cue(
        "quotation",
        0.1,
        pattern=re.compile(r"[“\"«„][^“”\"«»„]{12,}[”\"»“]|(?<!\w)'[^']{12,}'"),
        hints=("“", '"', "«", "„", "'"),
    ),
    # A dated event is a checkable one.
    Cue(
        "date",
        0.1,
        words=_set(
            "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March "
            "April May June July August September October November December yesterday ago"
        )
        | _set(_CYRILLIC_DATES),
        phrases=tuple(
            f"last {period}"
            for period in ("week", "month", "year", "summer", "winter", "spring", "autumn")
        ),
        case_sensitive=True,
    ),
    # Someone named (a capitalised word inside the sentence) did something (a past tense).
    Cue("named", 0.1, pattern=regex.compile(r"(?<=[\w,;:)]\s+)\p{Lu}\p{Ll}+")),
    Cue(
        "event",
        0.1,
        words=_set(
            "took won lost fell left sent began hit struck fled stole made held gave met went"
        ),
        suffix="ed",
        # not the reporting verbs and hedges counted above, nor words that merely end in -ed
        not_suffixes=(
            *("need", "seed", "feed", "speed", "hundr", "confirm", "claim", "alleg", "report"),
            *("estimat", "deni", "warn", "add", "not", "mention", "admitt", "acknowledg"),
            *("reveal", "disclos", "testifi", "explain", "stat", "attribut"),
        ),
        case_sensitive=True,
    ),
    # Not claims: where the sentence argues, predicts or wonders instead of reporting.
    Cue(
        "speculation",
        -0.2,
        words=_set("would could might potentially можливо мабуть возможно наверное"),
        phrases=(
            *("if true", "if confirmed", "remains to be seen", "remain to be seen"),
            *("is expected to", "are expected to", "is likely to", "are likely to", "will likely"),
        ),
    ),
    Cue(
        "commentary",
        -0.3,
        words=_set("underscores underscore highlights highlight signals increasingly"),
        phrases=(
            *("paints a picture", "paint a picture", "sheds light", "shed light"),
            *("focal point", "layer of complexity", "it remains", "the question is"),
        ),
        pattern=re.compile(
            r"(?<!\w)(?:raises?|raising|raised) (?:serious |critical |new )?(?:questions|concerns)"
            r"(?!\w)",
            re.IGNORECASE,
        ),
        hints=("rais",),
    ),
    Cue(
        "opinion",
        -0.3,
        phrases=(
            *(
                f"{who} {verb}"
                for who in ("i", "we")
                for verb in ("believe", "think", "feel", "hope")
            ),
            *("in my opinion", "in my view", "на мою думку", "на наш погляд", "як нам здається"),
            *("на мой взгляд", "на наш взгляд", "я считаю", "я вважаю", "мы считаем"),
        ),
    ),
)
