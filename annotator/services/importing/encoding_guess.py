"""Which single-byte or East Asian encoding a file without a BOM is in, and how sure we are.

charset-normalizer proposes the encodings whose result is not a mess; among those it often
picks a wrong relative (ISO-8859-1 French as cp775, ISO-8859-2 Polish as iso8859_10, short
Spanish cp1252 as cp1250). Each proposal is therefore weighed by the language of
its result: a real text uses the letters of one alphabet ("zauważyli" is Polish), a wrong
reading mixes letters no language writes together ("zauwaŋyli") or puts symbols inside words
("zauwa±yli"). When two different readings fit equally well, the guess is uncertain and the
import report names the candidates.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

# Non-ASCII lower-case letters of the languages newsrooms most often receive in legacy
# encodings. A reading's fit is the share of its non-ASCII letters that one alphabet holds.
_ALPHABETS: dict[str, str] = {
    "French": "éèêëàâîïôûùüçœæÿ",
    "German": "äöüß",
    "Spanish": "áéíóúñü",
    "Portuguese": "áàâãéêíóôõúç",
    "Italian": "àèéìíîòóùú",
    "Catalan": "àèéíïòóúüç",
    "Polish": "ąćęłńóśźż",
    "Czech": "áčďéěíňóřšťúůýž",
    "Slovak": "áäčďéíĺľňóôŕšťúýž",
    "Croatian": "čćđšž",
    "Slovene": "čšž",
    "Hungarian": "áéíóöőúüű",
    "Turkish": "çğıöşüâîû",
    "Romanian": "ăâîșțşţ",
    "Danish/Norwegian": "æøåé",
    "Swedish/Finnish": "åäöé",
    "Icelandic": "áðéíóúýþæö",
    "Latvian": "āčēģīķļņšūž",
    "Lithuanian": "ąčęėįšųūž",
    "Estonian": "äöõüšž",
    "Dutch": "éëïöüè",
    "Albanian": "çë",
}
_SCRIPT_LANGUAGES = ("CYRILLIC", "GREEK", "HEBREW", "ARABIC", "THAI", "CJK", "HANGUL")

# Tie-break among readings that fit equally: the encodings newsrooms meet most come first.
_PREFERRED = [
    "cp1252",
    "iso8859_1",
    "iso8859_15",
    "cp1250",
    "iso8859_2",
    "cp1251",
    "koi8_r",
    "koi8_u",
    "iso8859_5",
    "mac_cyrillic",
    "cp1254",
    "iso8859_9",
    "cp1253",
    "iso8859_7",
    "cp1257",
    "iso8859_13",
    "cp1255",
    "iso8859_8",
    "cp1256",
    "iso8859_6",
    "cp874",
    "tis_620",
    "shift_jis",
    "cp932",
    "euc_jp",
    "gb18030",
    "gb2312",
    "big5",
    "euc_kr",
    "cp949",
    "mac_roman",
    "cp866",
    "cp855",
]
# Checked even when charset-normalizer does not propose them: the usual legacy encodings.
_ALWAYS_TRIED = ["cp1252", "cp1250", "iso8859_2", "cp1254", "iso8859_9", "cp1251", "koi8_r"]
_UNCERTAIN_MARGIN = 0.02
_ODD_CATEGORIES = {"So", "Sk", "No", "Co", "Cn", "Cs"}
_NON_LATIN_LETTER = r"[^\W\d_\x00-\u024f\u1e00-\u1eff]"
_MIXED_SCRIPTS = re.compile(rf"[A-Za-z]{_NON_LATIN_LETTER}|{_NON_LATIN_LETTER}[A-Za-z]")
_WORD_SYMBOL = re.compile(r"(?<=[^\W\d_])[^\w\s'’-](?=[^\W\d_])")


@dataclass(frozen=True, slots=True)
class EncodingGuess:
    text: str
    encoding: str
    confidence: float  # 0–1: how much better the chosen reading fits than the next one
    candidates: tuple[str, ...] = ()  # other encodings that read as well: the guess is unsure

    @property
    def uncertain(self) -> bool:
        return bool(self.candidates)


def guess_encoding(data: bytes) -> EncodingGuess | None:
    """The best reading of ``data``, or None when nothing reads as text."""
    # Here, not at the top: most files are UTF-8 and never get this far, and the window
    # decodes its demo articles at every start.
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return None
    if matches[0].encoding.startswith(("utf_16", "utf_32")) and matches[0].chaos < 0.1:
        # Byte-order-mark-less UTF-16/32: a whole-file structure no legacy reading rivals
        # (binary_content refuses the junk that only looks like it).
        top = matches[0]
        return EncodingGuess(str(top), codecs.lookup(top.encoding).name, round(1 - top.chaos, 2))
    readings: dict[str, tuple[float, float, str]] = {}  # text -> (score, fit, encoding)

    def weigh(encoding: str, text: str, coherence: float, chaos: float) -> None:
        fit = _fit(text)
        score = fit + 0.1 * coherence - chaos - 0.0005 * _preference(encoding)
        known = readings.get(text)
        if known is None:
            readings[text] = (score, fit, encoding)
        else:
            # The same text from two encodings: either is right; name the commoner one.
            commoner = min(known[2], encoding, key=_preference)
            readings[text] = (max(score, known[0]), fit, commoner)

    for match in matches:
        weigh(match.encoding, str(match), match.coherence, match.chaos)
    # The usual legacy encodings too: charset-normalizer leaves out a right one when the
    # text is short or a relative looked as clean; they win only on a clearly better fit.
    for encoding in _ALWAYS_TRIED:
        try:
            weigh(encoding, data.decode(encoding), 0.0, 0.01)
        except UnicodeDecodeError:
            continue
    ranked = sorted(
        ((score, fit, encoding, text) for text, (score, fit, encoding) in readings.items())
    )
    best_score, best_fit, best_encoding, best_text = ranked[-1]
    # Unsure: another reading, of a different text, fits the alphabets as well and is not
    # far behind on charset-normalizer's own measures.
    runners = [
        r
        for r in reversed(ranked[:-1])
        if best_fit - r[1] < _UNCERTAIN_MARGIN and best_score - r[0] < 0.15 and r[1] > 0.9
    ][:2]
    margin = best_score - ranked[-2][0] if len(ranked) > 1 else 1.0
    return EncodingGuess(
        text=best_text,
        encoding=codecs.lookup(best_encoding).name,
        confidence=round(max(0.0, min(1.0, best_fit)) * min(1.0, 0.5 + margin * 5), 2),
        candidates=tuple(codecs.lookup(r[2]).name for r in runners),
    )


def _preference(encoding: str) -> int:
    name = codecs.lookup(encoding).name.replace("-", "_")
    for number, preferred in enumerate(_PREFERRED):
        if codecs.lookup(preferred).name.replace("-", "_") == name:
            return number
    return len(_PREFERRED) + 10


def _fit(text: str) -> float:
    """1.0 when the non-ASCII letters all belong to one alphabet and no symbol sits inside a
    word; lower the more a reading mixes alphabets or breaks words."""
    sample = text[:65536]
    letters: dict[str, int] = {}
    odd = 0  # box drawing, superscripts, private use: what wrong readings are made of
    for char in set(sample):
        if ord(char) <= 127:
            continue
        if "\uff61" <= char <= "\uff9f" or "\ufb50" <= char <= "\ufeff":
            # Half-width katakana, Arabic presentation forms: wrong readings' favourites.
            odd += sample.count(char)
        elif char.isalpha():
            folded = char.lower()
            folded = folded if len(folded) == 1 else char  # İ lowers to two code points
            letters[folded] = letters.get(folded, 0) + sample.count(char)
        elif unicodedata.category(char) in _ODD_CATEGORIES:
            odd += sample.count(char)
    breaks = len(_WORD_SYMBOL.findall(sample)) + len(_MIXED_SCRIPTS.findall(sample))
    breaks += _case_flips(sample)
    total = sum(letters.values()) + odd
    if total == 0:
        return 1.0 - min(1.0, breaks / 10)
    best = max(_latin_fit(letters, total), _script_fit(letters, total))
    return best - min(0.5, breaks / max(total, 1))


def _case_flips(sample: str) -> int:
    """ "ИХЧУИзБчЙі": a wrong Cyrillic reading of Chinese flips case inside words."""
    flips = 0
    previous = ""
    for char in sample:
        if ord(char) > 127 and char.isupper() and previous.islower() and ord(previous) > 127:
            flips += 1
        previous = char
    return flips


def _latin_fit(letters: dict[str, int], total: int) -> float:
    return max(
        sum(count for letter, count in letters.items() if letter in alphabet) / total
        for alphabet in _ALPHABETS.values()
    )


def _script_fit(letters: dict[str, int], total: int) -> float:
    """Letters of a non-Latin script: the share of the commonest script among them."""
    scripts: dict[str, int] = {}
    for letter, count in letters.items():
        name = unicodedata.name(letter, "")
        script = next((s for s in _SCRIPT_LANGUAGES if name.startswith(s)), None)
        if script is None and ("HIRAGANA" in name or "KATAKANA" in name):
            script = "CJK"
        if script is not None:
            scripts[script] = scripts.get(script, 0) + count
    return max(scripts.values(), default=0) / total
