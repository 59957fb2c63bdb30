"""The words dates are written with: month and weekday names in many languages, range
words, and English ordinal days ("the eighth day of October")."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from pipeline.text import loose

# Vocabulary

# Folded spellings (pipeline.text.loose) are matched, so unaccented variants need no entry.
_MONTH_NAMES: dict[int, str] = {
    1: "january jan janvier janv januar jänner jaenner enero "
    "ene janeiro gennaio gen januari stycznia styczeń sty ocak "
    "январь января янв січня січень ιανουάριος ιανουαρίου ιαν leden ledna",
    2: "february feb février févr fév februar febrero "
    "fevereiro fev febbraio februari lutego luty lut şubat "
    "февраль февраля фев лютого лютий φεβρουάριος φεβρουαρίου φεβ únor února",
    3: "march mar mars märz maerz mrz mär marzo março maart mrt marca marzec mart "
    "март марта мар березня березень μάρτιος μαρτίου μαρ březen března",
    4: "april apr avril avr abril abr aprile kwietnia kwiecień kwi nisan "
    "апрель апреля апр квітня квітень απρίλιος απριλίου απρ duben dubna",
    5: "may mai mayo maio maggio mag mei maja maj mayıs "
    "май мая травня травень μάιος μαΐου μαι květen května",
    6: "june jun juin juni junio junho giugno giu czerwca czerwiec cze haziran "
    "июнь июня июн червня червень ιούνιος ιουνίου ιουν červen června",
    7: "july jul juillet juil juli julio julho luglio lug lipca lipiec lip temmuz "
    "июль июля июл липня липень ιούλιος ιουλίου ιουλ červenec července",
    8: "august aug août augustus agosto ago sierpnia sierpień sie augusti ağustos "
    "август августа авг серпня серпень αύγουστος αυγούστου αυγ srpen srpna",
    9: "september sep sept septembre septiembre setiembre "
    "setembro set settembre sett września wrzesień wrz eylül "
    "сентябрь сентября сен сент вересня вересень σεπτέμβριος σεπτεμβρίου σεπ září",
    10: "october oct octobre oktober okt octubre "
    "outubro out ottobre ott października październik paź ekim "
    "октябрь октября окт жовтня жовтень οκτώβριος οκτωβρίου οκτ říjen října",
    11: "november nov novembre noviembre novembro listopada listopad lis kasım "
    "ноябрь ноября ноя листопада листопад νοέμβριος νοεμβρίου νοε listopad listopadu",
    12: "december dec décembre déc dezember dez "
    "diciembre dic dezembro dicembre grudnia grudzień gru aralık "
    "декабрь декабря дек грудня грудень δεκέμβριος δεκεμβρίου δεκ prosinec prosince",
}

# Only recognised as an optional prefix of a date. Non-English abbreviations are left out
# because several of them ("mar", "mer") collide with month abbreviations.
WEEKDAY_NAMES = """
    monday tuesday wednesday thursday friday saturday sunday
    mon tue tues wed thu thur thurs fri sat sun
    lundi mardi mercredi jeudi vendredi samedi dimanche
    montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
    lunes martes miércoles jueves viernes sábado domingo
    segunda-feira terça-feira quarta-feira quinta-feira sexta-feira
    lunedì martedì mercoledì giovedì venerdì sabato domenica
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
"""

RANGE_WORDS = "to through thru until till bis au al a tot t/m até hasta do по до έως εως ως đến"


def _word_pattern(word: str) -> str:
    """Regex for word; an accented letter may also be decomposed or left unaccented."""
    parts: list[str] = []
    for ch in word:
        decomposed = unicodedata.normalize("NFD", ch)
        if len(decomposed) > 1:
            alternatives = (ch, decomposed, decomposed[0])
            parts.append("(?:" + "|".join(re.escape(a) for a in alternatives) + ")")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of words (accents optional), longest first."""
    # Longest first, so that "sept" is not cut to "sep" (a lookahead also forbids a cut word).
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(_word_pattern(w) for w in unique) + ")"


MONTHS: dict[str, int] = {
    loose(name): month for month, names in _MONTH_NAMES.items() for name in names.split()
}
MONTH_NAMES_FLAT = " ".join(_MONTH_NAMES.values()).split()


# Formal English writes the day in words: "on the eighth day of October, 2025".
_ORDINAL_UNITS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
ORDINAL_DAYS: dict[str, int] = {word: n for n, word in enumerate(_ORDINAL_UNITS, 1)}
ORDINAL_DAYS |= {"twentieth": 20, "thirtieth": 30, "thirty-first": 31, "thirty first": 31}
ORDINAL_DAYS |= {
    f"twenty{sep}{w}": 20 + n for n, w in enumerate(_ORDINAL_UNITS[:9], 1) for sep in ("-", " ")
}
