from regie_desktop.domain.passphrase import MIN_LENGTH, assess_passphrase


def test_strong_passphrase_is_accepted() -> None:
    verdict = assess_passphrase("boterham-fiets-regen-42")
    assert verdict.acceptable
    assert verdict.score >= 3
    assert verdict.reasons == ()


def test_empty_passphrase_is_refused() -> None:
    verdict = assess_passphrase("")
    assert not verdict.acceptable
    assert verdict.reasons == ("Vul een wachtwoord in.",)


def test_short_passphrase_gives_length_reason() -> None:
    verdict = assess_passphrase("Xq7#pL9!")
    assert not verdict.acceptable
    assert any(str(MIN_LENGTH) in r for r in verdict.reasons)


def test_common_password_gives_dictionary_reason() -> None:
    verdict = assess_passphrase("welkom12345678")
    assert not verdict.acceptable
    assert any("bekend woord" in r for r in verdict.reasons)


def test_keyboard_pattern_is_named() -> None:
    verdict = assess_passphrase("qwertyuiopasdfgh")
    assert not verdict.acceptable
    assert any("toetsenbord" in r or "bekend woord" in r for r in verdict.reasons)


def test_own_name_counts_as_guessable() -> None:
    verdict = assess_passphrase("jeroenbakker2024!", personal_words=["Jeroen", "Bakker"])
    assert not verdict.acceptable
    assert sum("eigen naam" in r for r in verdict.reasons) == 1


def test_very_long_input_stays_fast_and_strong() -> None:
    verdict = assess_passphrase("abc de" * 5000)
    assert verdict.score >= 0  # does not hang or crash on pasted text
