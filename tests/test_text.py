"""The one text normaliser: letters of every script are kept, case/width/punctuation go."""

from __future__ import annotations

import pytest

from pipeline.duplicates import name_key, text_key
from pipeline.text import fold, loose, names_match, words


def test_fold_keeps_letters_of_every_script() -> None:
    assert fold("Анализ безопасности") != fold("Основы сетей")
    assert fold("Анализ  безопасности!") == fold("анализ безопасности")
    assert fold("Ασφάλεια Δικτύων") == "ασφάλεια δικτύων"
    assert fold("Ｃｉｓｃｏ U.") == "cisco u"
    assert fold("ﬁrewall") == "firewall"


def test_loose_drops_accents_but_not_letters() -> None:
    assert loose("José Müller") == loose("JOSE MULLER")
    assert loose("IŞIK Yılmaz") == loose("Isik Yilmaz")
    assert loose("Nguyễn Văn An") == "nguyen van an"
    assert words("Łukasz Żółć") == ["łukasz", "zołc"]


@pytest.mark.parametrize(
    ("owner", "printed"),
    [
        ("Иван Петров", "ИВАН ПЕТРОВ"),
        ("Γιώργος Παπαδόπουλος", "Γιωργος Παπαδοπουλος"),
        ("Nguyễn Văn An", "NGUYEN VAN AN"),
    ],
)
def test_owner_names_in_other_scripts_match_their_certificate(owner: str, printed: str) -> None:
    assert names_match(owner, printed)


def test_different_cyrillic_names_do_not_match() -> None:
    assert not names_match("Иван Петров", "Олег Сидоров")


def test_store_keys_tell_different_non_latin_courses_apart() -> None:
    assert text_key("Анализ безопасности") != text_key("Основы сетей")
    assert text_key("CCNA:  Introduction") == text_key("ccna introduction")
    assert name_key("Şükrü Öztürk") == name_key("SUKRU OZTURK")
