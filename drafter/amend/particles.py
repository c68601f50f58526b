"""Particles (조사) chosen by how the quoted text ends when read aloud.

Rules (reference §2–3):

* object particle: ``을`` after a final consonant (받침), ``를`` after a vowel;
* directional particle: ``으로`` after a 받침 other than ㄹ, ``로`` after a
  vowel or ㄹ.

What counts as "the end" of a text:

* a trailing parenthetical with words before it is an aside: the particle
  follows the word before the ``(`` (``"경찰관(국가경찰공무원만 해당한다. 이하 같다)"을``,
  ``"비상임(非常任)"을``); a text that is only a parenthetical is read inside
  (``"(예산)"을``);
* trailing closing brackets and quotes (``) ] } 」 』 〉 》 ” ’ " '``),
  spaces and sentence punctuation (``. , ; : ·``) are skipped, so the
  particle follows the last Hangul syllable or digit before them
  (``"(예산)"을``, ``"…같다)"를``);
* Hanja are skipped the same way (``"비상임(非常任)"을`` reads 임): a Hanja is
  a gloss of the Hangul word beside it;
* a number is read aloud by its last spoken unit: the last non-zero digit
  (0 영, 1 일, 2 이, 3 삼, 4 사, 5 오, 6 육, 7 칠, 8 팔, 9 구) or, when it ends
  in zeros, its largest trailing unit: 10 십, 100 백, 1000 천, 10000 만
  (also 십만/백만/천만 → 만), 10^8 억, 10^12 조, 10^16 경; ``0`` alone is 영.
  Thousands separators are ignored (``1,000`` is 천). A decimal is read by
  its last digit (``0.5`` → 오);
* a Latin letter is read by its English letter name, as Korean drafters read
  abbreviations letter by letter (``CCTV`` → 브이): L (엘) ends in ㄹ;
  M (엠) and N (엔) end in another 받침; every other letter name ends in a
  vowel (에이, 비, 씨, 디, 이, 에프, 지, 에이치, 아이, 제이, 케이, 오, 피, 큐,
  아르, 에스, 티, 유, 브이, 더블유, 엑스, 와이, 제트);
* ``%`` is read 퍼센트 (vowel); a compatibility jamo (``ㄱ``…``ㅎ``) is read as
  a final consonant (ㄹ for ``ㄹ``);
* a text with nothing readable (empty, only symbols) is treated as ending in
  a vowel.
"""

from __future__ import annotations

from enum import Enum

__all__ = [
    "FinalSound",
    "final_sound",
    "object_particle",
    "directional_particle",
    "conjunctive_particle",
    "with_object",
    "with_directional",
    "ALTERNATING_PARTICLES",
    "alternating_pair",
    "fitting_particle",
    "particle_fits",
]


class FinalSound(str, Enum):
    """How a word ends when read aloud."""

    vowel = "vowel"  # no 받침
    rieul = "rieul"  # 받침 ㄹ
    consonant = "consonant"  # any other 받침


_SKIPPED = set(")]}」』〉》>”’\"'`.,;:!?·ㆍ…~ \t\r\n\u3000") | {"\u00a0"}
_DIGIT_SOUND = {
    "0": FinalSound.consonant,  # 영
    "1": FinalSound.rieul,  # 일
    "2": FinalSound.vowel,  # 이
    "3": FinalSound.consonant,  # 삼
    "4": FinalSound.vowel,  # 사
    "5": FinalSound.vowel,  # 오
    "6": FinalSound.consonant,  # 육
    "7": FinalSound.rieul,  # 칠
    "8": FinalSound.rieul,  # 팔
    "9": FinalSound.vowel,  # 구
}
# number of trailing zeros -> sound of the largest unit that ends the reading
_TRAILING_UNIT = {
    1: FinalSound.consonant,  # 십
    2: FinalSound.consonant,  # 백
    3: FinalSound.consonant,  # 천
    4: FinalSound.consonant,  # 만
    5: FinalSound.consonant,  # 십만
    6: FinalSound.consonant,  # 백만
    7: FinalSound.consonant,  # 천만
    8: FinalSound.consonant,  # 억
    9: FinalSound.consonant,
    10: FinalSound.consonant,
    11: FinalSound.consonant,
    12: FinalSound.vowel,  # 조
    13: FinalSound.vowel,
    14: FinalSound.vowel,
    15: FinalSound.vowel,
    16: FinalSound.consonant,  # 경
}
_LETTER_SOUND = {"L": FinalSound.rieul, "M": FinalSound.consonant, "N": FinalSound.consonant}
_JAMO_CONSONANTS = set("ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")


def _syllable_sound(ch: str) -> FinalSound:
    final = (ord(ch) - 0xAC00) % 28
    if final == 0:
        return FinalSound.vowel
    return FinalSound.rieul if final == 8 else FinalSound.consonant


def _is_hanja(ch: str) -> bool:
    code = ord(ch)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF


def _number_sound(text: str, end: int) -> FinalSound:
    """Sound of the number whose last digit is ``text[end]``."""
    start = end
    while start > 0 and (text[start - 1].isdigit() or (text[start - 1] == "," and start > 1 and text[start - 2].isdigit())):
        start -= 1
    digits = text[start : end + 1].replace(",", "")
    if set(digits) == {"0"}:
        return FinalSound.consonant  # 영
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros == 0:
        return _DIGIT_SOUND[digits[-1]]
    return _TRAILING_UNIT.get(zeros, FinalSound.consonant)


def _before_parenthetical(text: str) -> str | None:
    """``경찰관(국가경찰공무원만 해당한다. 이하 같다)`` → ``경찰관``: a trailing parenthetical is an aside,
    the particle follows the word before it (real 개정문: ``"경찰관(…이하 같다)"을``). None when the
    text does not end in a parenthetical that has words before it (``(예산)``, ``…같다)``)."""
    end = len(text.rstrip(" \t\r\n\u3000"))
    if end == 0 or text[end - 1] != ")":
        return None
    depth = 0
    for j in range(end - 1, -1, -1):
        ch = text[j]
        if ch == ")":
            depth += 1
        elif ch == "(":
            depth -= 1
            if depth == 0:
                head = text[:j].rstrip()
                return head if any(c.isalnum() for c in head) else None
    return None


def final_sound(text: str) -> FinalSound:
    """How ``text`` ends when read aloud (see the module docstring for the rules)."""
    head = _before_parenthetical(text)
    if head is not None:
        return final_sound(head)
    i = len(text) - 1
    while i >= 0:
        ch = text[i]
        if "\uac00" <= ch <= "\ud7a3":
            return _syllable_sound(ch)
        if ch in "0123456789":
            return _number_sound(text, i)
        if ch.isascii() and ch.isalpha():
            return _LETTER_SOUND.get(ch.upper(), FinalSound.vowel)
        if ch == "%":
            return FinalSound.vowel  # 퍼센트
        if ch in _JAMO_CONSONANTS:
            return FinalSound.rieul if ch == "ㄹ" else FinalSound.consonant
        if ch in _SKIPPED or _is_hanja(ch) or ch in "([{「『〈《“‘<":
            i -= 1
            continue
        # any other symbol: not read; keep looking left
        i -= 1
    return FinalSound.vowel


def object_particle(text: str) -> str:
    """``을`` or ``를`` for ``text`` (``"예산"을``, ``"시ㆍ도지사가"를``, ``제4항을``, ``제35조의2를``)."""
    return "를" if final_sound(text) is FinalSound.vowel else "을"


def directional_particle(text: str) -> str:
    """``으로`` or ``로`` for ``text`` (``"예산ㆍ인력"으로``, ``"의결"로``, ``"100분의 7"로``)."""
    return "으로" if final_sound(text) is FinalSound.consonant else "로"


def conjunctive_particle(text: str) -> str:
    """``과`` or ``와`` (``제3항과``, ``제16호와``), as in ``(현행 제17호와 같음)``."""
    return "와" if final_sound(text) is FinalSound.vowel else "과"


def with_object(text: str, open_quote: str = '"', close_quote: str = '"') -> str:
    """``"text"을/를`` (quoted) — the particle follows the quoted text."""
    return f"{open_quote}{text}{close_quote}{object_particle(text)}"


def with_directional(text: str, open_quote: str = '"', close_quote: str = '"') -> str:
    """``"text"으로/로`` (quoted)."""
    return f"{open_quote}{text}{close_quote}{directional_particle(text)}"


# -- particles that alternate with the final sound of the word before them -----------------
# (form after a final consonant, form after a vowel). 으로-forms take the vowel form after ㄹ
# as well (서울로); the others take the consonant form after ㄹ (법률은, 법률이나). Longer forms
# first, so that a lookup by prefix finds 으로서 before 으로 and 이나 before 이.
ALTERNATING_PARTICLES: tuple[tuple[str, str], ...] = (
    ("으로부터", "로부터"),
    ("으로써", "로써"),
    ("으로서", "로서"),
    ("으로", "로"),
    ("이라는", "라는"),
    ("이라고", "라고"),
    ("이라", "라"),
    ("이란", "란"),
    ("이나", "나"),
    ("이며", "며"),
    ("이고", "고"),
    ("은", "는"),
    ("이", "가"),
    ("을", "를"),
    ("과", "와"),
)


def alternating_pair(particle: str) -> tuple[str, str] | None:
    """The (after-consonant, after-vowel) pair ``particle`` belongs to, or None (의, 에, 도 …)."""
    for pair in ALTERNATING_PARTICLES:
        if particle in pair:
            return pair
    return None


def fitting_particle(particle: str, word: str) -> str:
    """The form of ``particle`` that fits after ``word`` read aloud (see :func:`final_sound`):
    ``fitting_particle("은", "위원회") == "는"``, ``fitting_particle("로", "경찰청장") == "으로"``,
    ``fitting_particle("으로", "법률") == "로"``. A particle that does not alternate comes back as is."""
    pair = alternating_pair(particle)
    if pair is None:
        return particle
    sound = final_sound(word)
    if pair[0].startswith("으로"):
        return pair[0] if sound is FinalSound.consonant else pair[1]
    return pair[1] if sound is FinalSound.vowel else pair[0]


def particle_fits(particle: str, word: str) -> bool:
    """Does ``particle`` read right after ``word`` (``"위원회"`` + ``"은"`` does not)?"""
    return fitting_particle(particle, word) == particle
