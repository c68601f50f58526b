"""The provinces and metropolitan cities a text names, in Korean or English.

One home for two users: the support judge (a claim naming 부산 where its source names 서울,
:mod:`drafter.citations.placement`) and search (a question about Gangwon looks in Gangwon's act
before Jeju's, :mod:`drafter.retrieval.fusion`).
"""

from __future__ import annotations

import re

from drafter.text.lazy_regex import lazy_compile

_PLACES: tuple[tuple[str, str, str], ...] = (
    # (key, Korean pattern, English pattern): the 17 시ㆍ도 by their names and short forms
    # (the Seoul Metropolitan Area is the capital region, 수도권, not the city: '수도권정비계획법')
    ("서울", r"서울(?!\s*(?:대도시|수도)권)", r"seoul(?!\s+(?:metropolitan|capital)\s+(?:area|region))"), ("부산", r"부산", r"busan|pusan"), ("대구", r"대구", r"daegu"),
    ("인천", r"인천", r"incheon"), ("광주", r"광주", r"gwangju"), ("대전", r"대전", r"daejeon"),
    ("울산", r"울산", r"ulsan"), ("세종", r"세종", r"sejong"), ("경기", r"경기(?:도|남부|북부|\s)", r"gyeonggi"),
    ("강원", r"강원", r"gangwon"), ("충북", r"충청북도|충북", r"north chungcheong|chungbuk|chungcheongbuk"),
    ("충남", r"충청남도|충남", r"south chungcheong|chungnam|chungcheongnam"),
    ("전북", r"전라북도|전북", r"north jeolla|jeonbuk|jeollabuk"),
    ("전남", r"전라남도|전남", r"south jeolla|jeonnam|jeollanam"),
    ("경북", r"경상북도|경북", r"north gyeongsang|gyeongbuk|gyeongsangbuk"),
    ("경남", r"경상남도|경남", r"south gyeongsang|gyeongnam|gyeongsangnam"),
    # ('the island's government': Jeju, the one island whose acts the corpus holds)
    ("제주", r"제주", r"jeju|(?:the|this|that)\s+island(?:'s)?(?!\s+(?:of|nation|country)\b)"),
)
_PLACE_KO = [(key, lazy_compile(ko)) for key, ko, _ in _PLACES]
_PLACE_EN = [(key, lazy_compile(rf"\b(?:{en})\b", re.IGNORECASE)) for key, _, en in _PLACES]


def places(text: str) -> frozenset[str]:
    """The provinces and metropolitan cities a text names ('부산광역시경찰청' → 부산, 'Busan' → 부산)."""
    return frozenset(key for key, pattern in [*_PLACE_KO, *_PLACE_EN] if pattern.search(text))
