import json

import pytest

from regie_desktop.errors import KeyFileProblem, WrongPassphrase, WrongRecoveryKey
from regie_desktop.store.keyfile import MINIMUM_KDF, KdfParams, KeyFile, MasterKey, calibrate

PASS = "boterham-fiets-regen-42"


@pytest.fixture(scope="module")
def made() -> tuple[KeyFile, MasterKey, bytes]:
    master = MasterKey.generate()
    recovery = b"r" * 20
    return KeyFile.create("ws-1", master, PASS, recovery, MINIMUM_KDF), master, recovery


def test_unwraps_with_passphrase_and_with_recovery_key(made: tuple[KeyFile, MasterKey, bytes]) -> None:
    keyfile, master, recovery = made
    assert keyfile.unwrap_with_passphrase(PASS).bytes_view() == master.bytes_view()
    assert keyfile.unwrap_with_recovery(recovery).bytes_view() == master.bytes_view()


def test_wrong_secrets_are_told_apart(made: tuple[KeyFile, MasterKey, bytes]) -> None:
    keyfile, _, _recovery = made
    with pytest.raises(WrongPassphrase, match="Wachtwoord onjuist"):
        keyfile.unwrap_with_passphrase(PASS + "x")
    with pytest.raises(WrongRecoveryKey):
        keyfile.unwrap_with_recovery(bytes(20))


def test_file_holds_no_key_material_in_the_clear(made: tuple[KeyFile, MasterKey, bytes]) -> None:
    keyfile, master, recovery = made
    data = keyfile.to_bytes()
    for secret in (master.bytes_view(), master.bytes_view().hex().encode(), recovery, PASS.encode()):
        assert secret not in data


def test_round_trip_through_bytes(made: tuple[KeyFile, MasterKey, bytes]) -> None:
    keyfile, _, _ = made
    assert KeyFile.from_bytes(keyfile.to_bytes()) == keyfile


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],
        lambda b: b.replace(b'"iterations": 3', b'"iterations": 4'),
        lambda b: b"not json at all",
        lambda b: b"",
        lambda b: bytes([0xFF]) + b,
    ],
)
def test_damage_is_reported_as_damage(made: tuple[KeyFile, MasterKey, bytes], damage) -> None:  # type: ignore[no-untyped-def]
    keyfile, _, _ = made
    with pytest.raises(KeyFileProblem, match="beschadigd"):
        KeyFile.from_bytes(damage(keyfile.to_bytes()))


def test_weakened_parameters_are_refused_even_with_valid_checksum(made: tuple[KeyFile, MasterKey, bytes]) -> None:
    keyfile, _, _ = made
    body = json.loads(keyfile.to_bytes())
    body.pop("sha256")
    body["kdf"]["memory_kib"] = 1024
    from regie_desktop.store.keyfile import _checksum

    body["sha256"] = _checksum(body)
    with pytest.raises(KeyFileProblem):
        KeyFile.from_bytes(json.dumps(body).encode())


def test_rewrap_keeps_recovery_and_drops_old_passphrase(made: tuple[KeyFile, MasterKey, bytes]) -> None:
    keyfile, master, _recovery = made
    new = keyfile.with_new_passphrase(master, "ander-wachtwoord-lang-99", MINIMUM_KDF)
    assert new.recovery_wrap == keyfile.recovery_wrap
    assert new.unwrap_with_passphrase("ander-wachtwoord-lang-99").bytes_view() == master.bytes_view()
    with pytest.raises(WrongPassphrase):
        new.unwrap_with_passphrase(PASS)


def test_wraps_cannot_be_moved_to_another_workspace(made: tuple[KeyFile, MasterKey, bytes]) -> None:
    keyfile, _, _ = made
    from dataclasses import replace

    with pytest.raises(WrongPassphrase):
        replace(keyfile, workspace_id="ws-2").unwrap_with_passphrase(PASS)


def test_master_key_wipe_zeroes_the_buffer() -> None:
    key = MasterKey.generate()
    key.wipe()
    assert key.wiped
    with pytest.raises(ValueError):
        key.sqlcipher_pragma()


def test_calibration_respects_the_minimum() -> None:
    params = calibrate(target_s=0.0)
    assert params == MINIMUM_KDF
    slower = calibrate(target_s=0.5)
    assert slower.memory_kib >= 64 * 1024 and slower.iterations >= 3
    assert isinstance(slower, KdfParams)
