"""The words dates are written with (month and weekday names in many languages, range
words, English ordinal days: "the eighth day of October"), and the words around a date that
say what it is (completion, start, end, issue, expiry; pipeline.extract.date_roles)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from pipeline.text import loose

# Vocabulary

# Folded spellings (pipeline.text.loose) are matched, so unaccented variants need no entry.
_MONTH_NAMES: dict[int, str] = {
    1: "ianuarie january jan janvier janv januar jänner jaenner enero "
    "ene janeiro gennaio gen januari stycznia styczeń sty ocak "
    "январь января янв січня січень ιανουάριος ιανουαρίου ιαν leden ledna",
    2: "februarie february feb février févr fév februar febrero "
    "fevereiro fev febbraio februari lutego luty lut şubat "
    "февраль февраля фев лютого лютий φεβρουάριος φεβρουαρίου φεβ únor února",
    3: "martie march mar mars märz maerz mrz mär marzo março maart mrt marca marzec mart "
    "март марта мар березня березень μάρτιος μαρτίου μαρ březen března",
    4: "aprilie april apr avril avr abril abr aprile kwietnia kwiecień kwi nisan "
    "апрель апреля апр квітня квітень απρίλιος απριλίου απρ duben dubna",
    5: "may mai mayo maio maggio mag mei maja maj mayıs "
    "май мая травня травень μάιος μαΐου μαι květen května",
    6: "iunie june jun juin juni junio junho giugno giu czerwca czerwiec cze haziran "
    "июнь июня июн червня червень ιούνιος ιουνίου ιουν červen června",
    7: "iulie july jul juillet juil juli julio julho luglio lug lipca lipiec lip temmuz "
    "июль июля июл липня липень ιούλιος ιουλίου ιουλ červenec července",
    8: "august aug août augustus agosto ago sierpnia sierpień sie augusti ağustos "
    "август августа авг серпня серпень αύγουστος αυγούστου αυγ srpen srpna",
    9: "septembrie september sep sept septembre septiembre setiembre "
    "setembro set settembre sett września wrzesień wrz eylül "
    "сентябрь сентября сен сент вересня вересень σεπτέμβριος σεπτεμβρίου σεπ září",
    10: "octombrie october oct octobre oktober okt octubre "
    "outubro out ottobre ott października październik paź ekim "
    "октябрь октября окт жовтня жовтень οκτώβριος οκτωβρίου οκτ říjen října",
    11: "noiembrie november nov novembre noviembre novembro listopada listopad lis kasım "
    "ноябрь ноября ноя листопада листопад νοέμβριος νοεμβρίου νοε listopad listopadu",
    12: "decembrie december dec décembre déc dezember dez "
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

# Each weekday name's day (Monday 0 … Sunday 6): a weekday printed before a numeric date
# ("Friday, 3/8/2024") tells its day/month order.
WEEKDAY_OF: dict[str, int] = {
    name: day
    for names in (
        "monday tuesday wednesday thursday friday saturday sunday",
        "mon tue wed thu fri sat sun",
        "lundi mardi mercredi jeudi vendredi samedi dimanche",
        "montag dienstag mittwoch donnerstag freitag samstag sonntag",
        "lunes martes miércoles jueves viernes sábado domingo",
        "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
        "lunedì martedì mercoledì giovedì venerdì sabato domenica",
        "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    )
    for day, name in enumerate(names.split())
} | {"tues": 1, "thur": 3, "thurs": 3, "sonnabend": 5}

# Between a course's first and last day; two days joined by "and" ("los días 12 y 13 de
# septiembre") are its first and last day too.
RANGE_WORDS = (
    "to through thru until till bis au al a tot t/m até hasta do по до έως εως ως đến "
    "and y et und e i och og en и"
)


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


# Date context: which dates are course dates and which are not.
DATE_EXCLUDED = [
    r"print(?:ed)?(?:\s+(?:on|date))?",
    r"valid(?:ity)?\s*(?:until|through|thru|till|to|up\s+to)?",
    r"(?:current|good|active|in\s+good\s+standing)\s+(?:through|thru|until)",
    r"(?:(?:recording|replay|content|materials?|access)\s+)?(?:available|accessible|open|on\s+demand)\s+(?:until|through|thru|till|to)",
    # "… remain available in the learner portal until 17 September 2025"
    r"(?:available|accessible)(?:\s+[\w-]+){1,5}?\s+(?:until|through|thru|till)",
    r"access\s+(?:until|through|ends|expires)",
    r"expir\w*(?:\s+(?:on|date))?",
    r"(?:date\s+of\s+birth|birth\s*date|born(?:\s+on)?|d\.?o\.?b\.?)",
    r"geboren(?:\s+am)?|n[ée](?:\(e\)|e)?\s+le|nacid[oa]\s+el|nat[oa]\s+il|geboortedatum|date\s+de\s+naissance|fecha\s+de\s+nacimiento",
    r"(?:geboren|n[ée]e?|nacid[oa]|nat[oa]|nascid[oa]|urodzon[ya]|född)\s+(?:(?:in|à|a|en|em|w|i)\s+[\w'’.-]+(?:\s+[\w'’.-]+)?\s+)?(?:am|le|el|il|em|dnia|den)?",
    r"(?:generated|downloaded|exported|created)(?:\s+on)?",
    r"renew\w*(?:\s+(?:by|before|on|date))?",
    r"(?:submit|due)(?:\s+(?:by|before|date))?",
    r"enrol(?:l)?(?:ed|ment)(?:\s+(?:on|date))?",
    r"regist(?:ered|ration)(?:\s+(?:on|date))?",
    r"member\s+since",
    # What comes next, not what was done: "Advanced Python — starts on the 15th of April".
    r"(?:starts|begins|opens|will\s+(?:start|begin|open|run|take\s+place))(?:\s+on)?",
    r"(?:invoice|order|payment|purchase)\s+date",
    r"g[üu]ltig\s+bis|valable\s+jusqu'?\s*(?:au)?|v[aá]lido\s+hasta|valido\s+fino\s+al|geldig\s+tot",
    r"imprim[ée]\s+le|gedruckt\s+am|impreso\s+el",
    r"(?:recordings?|replays?|videos?|on[- ]demand|sessions?)\b[^.\n]{0,40}?\s(?:until|through|till)",
    # "Valid for CE submission until …", "valid for three years through …"
    r"valid\b[^.\n]{0,40}?\s(?:until|through|thru|till)",
    r"дата\s+рождения|год\s+рождения|ημερομηνία\s+γέννησης|doğum\s+tarihi|ngày\s+sinh|sinh\s+ngày|data\s+urodzenia",
]
DATE_ISSUED = [
    # An assessment's date beside the course's own completion: weaker evidence, as an issue
    # date is ("Final assessment passed", "Exam date").
    r"(?:final\s+)?(?:assessment|exam(?:ination)?|test|quiz)\s+(?:passed|taken|completed|date)(?:\s+on)?",
    r"issued(?:\s+on)?",
    r"(?:conferred|awarded|granted|signed|dated)(?:\s+on)?",
    r"(?:issue|issuance)\s+date",
    r"date\s+(?:of\s+)?issu(?:e|ance|ed)",
    r"ausgestellt\s+am|d[ée]livr[ée]\s+le|emitido\s+el|fecha\s+de\s+emisi[oó]n|rilasciato\s+il",
    r"emitido\s+em|data\s+de\s+emiss[aã]o|uitgegeven\s+op|afgegeven\s+op|rilasciato\s+in\s+data|fait\s+(?:à\s+[\w\s'-]+,\s*)?le",
    r"дата\s+выдачи|выдан[оа]?|ημερομηνία\s+έκδοσης|düzenleme\s+tarihi|veriliş\s+tarihi|ngày\s+cấp|data\s+wydania",
]
DATE_COMPLETION = [
    r"complet(?:ed|ion)(?:\s+(?:date|on))?",
    r"date\s+(?:of\s+)?complet(?:ion|ed)",
    r"date\s+of\s+(?:achievement|attendance|participation|award)|achievement\s+date|date\s+achieved",
    r"(?:finished|achieved|passed|earned|graduated)(?:\s+on)?",
    r"abgeschlossen\s+am|abschlussdatum|date\s+d'ach[eè]vement|termin[ée]\s+le|date\s+de\s+fin\s+de\s+formation",
    r"slutförd(?:es)?|avslutad|ukończon[oa]|data\s+ukończenia",
    r"fecha\s+de\s+finalizaci[oó]n|completado\s+el|data\s+di\s+completamento|afgerond\s+op|data\s+de\s+conclus[aã]o",
    r"conclu(?:iu|[ií]d[oa])|complet(?:ou|ó)|finaliz(?:ou|ó)|termin(?:ou|ó)",
]
DATE_START = [
    r"start(?:ed|ing)?(?:\s+(?:date|on))?|begin(?:ning|s)?(?:\s+date)?|began(?:\s+on)?|commenc\w*",
    r"from",
    r"date\s+de\s+d[ée]but|du|von|vom|ab|beginn|desde|dal|fecha\s+de\s+inicio|data\s+(?:di\s+)?inizio|data\s+de\s+in[ií]cio|in[ií]cio|startdatum|begindatum|van|od",
]
DATE_END = [
    r"end(?:ed|ing)?(?:\s+(?:date|on))?",
    r"to|until|through|till",
    r"date\s+de\s+fin|au|bis|ende|hasta|al|fecha\s+de\s+(?:fin|t[ée]rmino)|data\s+(?:di\s+)?fine|data\s+de\s+(?:t[ée]rmino|conclus[ãa]o)|einddatum|enddatum|do",
]
DATE_COURSE = [
    r"(?:course|training|class|event|session|webinar|program(?:me)?|workshop|seminar)\s*dates?",
    r"dates?\s+of\s+(?:the\s+)?(?:attendance|training|course|event|session|webinar)",
    # An academic term's months ("Term: January – March 2025").
    r"(?<![-\w])(?:academic\s+)?(?:term|semester|trimester)",
    r"period|duration\s+dates|zeitraum|p[ée]riode|periodo|periode|w\s+dniach|w\s+dniu",
    r"(?:held|delivered|attended|took\s+place|conducted)(?:\s+(?:on|from))?",
    r"tuvo\s+lugar(?:\s+(?:de|del|el|entre))?|took\s+place(?:\s+(?:on|from))?|realizad[oa](?:\s+(?:de|em|entre|del))?|celebrad[oa](?:\s+(?:del|el))?|tenue?(?:\s+du)?|svolt[oa](?:\s+dal)?|gehouden(?:\s+van|\s+op)?|durchgef[üu]hrt|stattgefunden|odbył[oa]?\s+się|desf[ăa][șşs]urat[ăa]?\s+(?:[îi]n\s+perioada|[îi]n\s+data|pe)|[îi]n\s+perioada|konan[ýáé]\s+(?:dne|ve\s+dnech)|ve\s+dnech|term[ií]n\s+kon(?:[aá]n[ií]|ania)|d[aá]tum\s+kon(?:[aá]n[ií]|ania)",
]
# A bare "Date" or "on": a course date unless the sentence around it says otherwise.
DATE_GENERIC = [
    r"dates?|date\(s\)|dated|datum|fecha|data|tarih|le|am|el|il|op|on",
]

# A single-date certificate of one of these is a one-day event: start and end are that day.
ONE_DAY_EVENT = [
    r"webinar|web\s+seminar|webcast|web\s+event",
    r"(?:live|breakout|technical|conference|keynote)\s+session",
    r"tech(?:nical)?\s+talk|one[- ]day|1[- ]day|half[- ]day",
    # "Duration: 60 minutes": what lasts minutes happens on one day.
    r"(?:duration|length|dura[cç][aã]o|duraci[oó]n|dur[ée]e|dauer)\s*:?\s*\d{1,3}\s*(?:minutes|mins?\.?|minutos|minuten|minuti)",
]
