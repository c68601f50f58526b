"""Particles after quoted text and addresses: every rule of the reference §2–3."""

from __future__ import annotations

import pytest

from drafter.amend.particles import (
    FinalSound,
    conjunctive_particle,
    directional_particle,
    final_sound,
    object_particle,
    with_directional,
    with_object,
)


@pytest.mark.parametrize(
    ("text", "obj", "dirn"),
    [
        # 받침 / no 받침 / ㄹ (reference examples)
        ("예산", "을", "으로"),
        ("시ㆍ도지사가", "를", "로"),
        ("예산ㆍ인력", "을", "으로"),
        ("시ㆍ도자치경찰위원회가", "를", "로"),
        ("3년 이내의 기간", "을", "으로"),
        ("시ㆍ도의회", "를", "로"),
        ("자치경찰본부", "를", "로"),
        ("시ㆍ도 경찰관", "을", "으로"),
        ("지방자치단체의 장", "을", "으로"),
        ("시ㆍ도의 규칙", "을", "으로"),
        ("의결", "을", "로"),
        ("경찰공무원", "을", "으로"),
        ("경찰공무원에게", "를", "로"),
    ],
)
def test_hangul_final_consonant(text: str, obj: str, dirn: str) -> None:
    assert object_particle(text) == obj
    assert directional_particle(text) == dirn


@pytest.mark.parametrize(
    ("text", "obj", "dirn"),
    [
        ("2년", "을", "으로"),
        ("7명", "을", "으로"),
        ("9명", "을", "으로"),
        ("100분의 6", "을", "으로"),  # 육
        ("100분의 7", "을", "로"),  # 칠: ㄹ
        ("제3항", "을", "으로"),
        ("3", "을", "으로"),  # 삼
        ("4", "를", "로"),  # 사
        ("2", "를", "로"),  # 이
        ("6", "을", "으로"),  # 육
        ("1", "을", "로"),  # 일: ㄹ
        ("7", "을", "로"),  # 칠
        ("8", "을", "로"),  # 팔
        ("5", "를", "로"),  # 오
        ("9", "를", "로"),  # 구
        ("0", "을", "으로"),  # 영
        ("10", "을", "으로"),  # 십
        ("20", "을", "으로"),  # 이십
        ("100", "을", "으로"),  # 백
        ("1000", "을", "으로"),  # 천
        ("10000", "을", "으로"),  # 만
        ("1,000", "을", "으로"),  # 천 (separator ignored)
        ("1000000000000", "를", "로"),  # 조
        ("101", "을", "로"),  # 백일
        ("110", "을", "으로"),  # 백십
        ("2.5", "를", "로"),  # 이 점 오
        ("50%", "를", "로"),  # 퍼센트
    ],
)
def test_numbers_read_aloud(text: str, obj: str, dirn: str) -> None:
    assert object_particle(text) == obj
    assert directional_particle(text) == dirn


@pytest.mark.parametrize(
    ("text", "obj", "dirn"),
    [
        ("(예산)", "을", "으로"),
        ("(자치경찰 예산)", "을", "으로"),
        # a trailing parenthetical is an aside: the word before it (관) takes the particle, as in the
        # real police-act.md:511 "경찰관(국가경찰공무원만 해당한다. 이하 같다)"을 "경찰관(…)"으로
        ("경찰관(경찰공무원만 해당한다. 이하 같다)", "을", "으로"),
        ("…이하 같다)", "를", "로"),  # no "(": read inside (다)
        ("「경찰법」", "을", "으로"),  # 법
        ("“시ㆍ도”", "를", "로"),
        ('"시ㆍ도의회"', "를", "로"),
        ("비상임(非常任)", "을", "으로"),  # Hanja skipped: 임
        ("제3조 [별표 1]", "을", "로"),  # 일 (ㄹ)
        ("예산.", "을", "으로"),
    ],
)
def test_closing_brackets_quotes_and_hanja_are_skipped(text: str, obj: str, dirn: str) -> None:
    assert object_particle(text) == obj
    assert directional_particle(text) == dirn


@pytest.mark.parametrize(
    ("text", "sound"),
    [
        ("CCTV", FinalSound.vowel),  # 브이
        ("URL", FinalSound.rieul),  # 엘
        ("GPS", FinalSound.vowel),  # 에스
        ("SNS 계정", FinalSound.consonant),
        ("KTX", FinalSound.vowel),  # 엑스
        ("IoT", FinalSound.vowel),  # 티
        ("PM", FinalSound.consonant),  # 엠
        ("LAN", FinalSound.consonant),  # 엔
        ("ㄹ", FinalSound.rieul),
        ("", FinalSound.vowel),
        ("※", FinalSound.vowel),
    ],
)
def test_latin_letters_and_edge_cases(text: str, sound: FinalSound) -> None:
    assert final_sound(text) is sound


@pytest.mark.parametrize(
    ("address", "obj"),
    [("제35조의2", "를"), ("제4항", "을"), ("제18호", "를"), ("제35조", "를"), ("같은 항", "을"), ("마목", "을"),
     ("제10항", "을"), ("제6호의2", "를"), ("제17조의10", "을")],
)
def test_object_particle_after_addresses(address: str, obj: str) -> None:
    assert object_particle(address) == obj


def test_quoted_helpers_and_conjunctive() -> None:
    assert with_object("7명") == '"7명"을'
    assert with_directional("9명", "“", "”") == "“9명”으로"
    assert conjunctive_particle("제17호") == "와"
    assert conjunctive_particle("제3항") == "과"
