"""The key file: the database key, stored only wrapped, never in the clear.

The SQLCipher database is encrypted with a random 256-bit key. This file holds that key twice, each time
sealed with AES-256-GCM: once under a key derived from the worker's passphrase (Argon2id, slow on purpose)
and once under the recovery key. Changing the passphrase rewrites this small file, never the database.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import time
import unicodedata
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from regie_desktop.errors import KeyFileProblem, WrongPassphrase, WrongRecoveryKey
from regie_desktop.store.atomic import write_atomic

FORMAT = 1
KEY_BYTES = 32
DAMAGED = (
    "Het sleutelbestand van deze werkruimte is beschadigd. Zet een reservekopie van het bestand terug "
    "of neem contact op met de applicatiebeheerder; de database zelf is niet gewijzigd."
)


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost, stored beside the wrap so a later, faster laptop still derives the same key."""

    memory_kib: int
    iterations: int
    lanes: int

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
        kdf = Argon2id(
            salt=salt, length=KEY_BYTES, iterations=self.iterations, lanes=self.lanes, memory_cost=self.memory_kib
        )
        return kdf.derive(secret)


MINIMUM_KDF = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4)
MAX_ITERATIONS = 64


def calibrate(target_s: float = 0.5) -> KdfParams:
    """The cheapest parameters at or above the minimum that take about ``target_s`` on this machine.

    Memory stays at 64 MiB (a laptop runs other programs); extra cost goes into passes. A run costs a
    fixed part (allocating and filling the memory) plus a part per pass, so two timed runs with different
    pass counts give both and predict the rest.
    """
    salt = secrets.token_bytes(16)

    def timed(iterations: int) -> float:
        params = replace(MINIMUM_KDF, iterations=iterations)
        best = float("inf")
        for _ in range(2):  # the faster of two: the first run may pay for page faults
            start = time.perf_counter()
            params.derive("calibration", salt)
            best = min(best, time.perf_counter() - start)
        return best

    low, high = MINIMUM_KDF.iterations, 2 * MINIMUM_KDF.iterations
    t_low, t_high = timed(low), timed(high)
    per_pass = max((t_high - t_low) / (high - low), 1e-6)
    fixed = max(t_low - low * per_pass, 0.0)
    passes = round((target_s - fixed) / per_pass)
    return replace(MINIMUM_KDF, iterations=max(MINIMUM_KDF.iterations, min(passes, MAX_ITERATIONS)))


class MasterKey:
    """The raw database key in a mutable buffer, so locking can overwrite it instead of waiting for GC."""

    def __init__(self, raw: bytes | bytearray) -> None:
        if len(raw) != KEY_BYTES:
            raise ValueError("database key must be 32 bytes")
        self._buf = bytearray(raw)

    @classmethod
    def generate(cls) -> MasterKey:
        return cls(secrets.token_bytes(KEY_BYTES))

    def sqlcipher_pragma(self) -> str:
        """The ``PRAGMA key`` statement with the raw key (no SQLCipher KDF: ours ran already)."""
        if not any(self._buf):
            raise ValueError("key was wiped")
        return f"PRAGMA key = \"x'{self._buf.hex()}'\""

    def bytes_view(self) -> bytes:
        return bytes(self._buf)

    def wipe(self) -> None:
        for i in range(len(self._buf)):
            self._buf[i] = 0

    @property
    def wiped(self) -> bool:
        return not any(self._buf)


@dataclass(frozen=True)
class Sealed:
    nonce: bytes
    ciphertext: bytes

    def to_json(self) -> dict[str, str]:
        return {"nonce": _b64(self.nonce), "ciphertext": _b64(self.ciphertext)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Sealed:
        return cls(_unb64(data["nonce"]), _unb64(data["ciphertext"]))


@dataclass(frozen=True)
class KeyFile:
    workspace_id: str
    kdf: KdfParams
    passphrase_salt: bytes
    passphrase_wrap: Sealed
    recovery_salt: bytes
    recovery_wrap: Sealed

    # --- creating and changing -------------------------------------------------------------------
    @classmethod
    def create(
        cls, workspace_id: str, master: MasterKey, passphrase: str, recovery_raw: bytes, kdf: KdfParams
    ) -> KeyFile:
        p_salt, r_salt = secrets.token_bytes(16), secrets.token_bytes(16)
        p_wrap = _seal(kdf.derive(passphrase, p_salt), master, _aad(workspace_id, "passphrase", kdf))
        r_wrap = _seal(_recovery_kek(recovery_raw, r_salt), master, _aad(workspace_id, "recovery", None))
        return cls(workspace_id, kdf, p_salt, p_wrap, r_salt, r_wrap)

    def with_new_passphrase(self, master: MasterKey, passphrase: str, kdf: KdfParams) -> KeyFile:
        """Rewrap under a new passphrase; the recovery wrap and the database stay as they are."""
        salt = secrets.token_bytes(16)
        wrap = _seal(kdf.derive(passphrase, salt), master, _aad(self.workspace_id, "passphrase", kdf))
        return replace(self, kdf=kdf, passphrase_salt=salt, passphrase_wrap=wrap)

    # --- opening ---------------------------------------------------------------------------------
    def unwrap_with_passphrase(self, passphrase: str) -> MasterKey:
        kek = self.kdf.derive(passphrase, self.passphrase_salt)
        try:
            return _open(kek, self.passphrase_wrap, _aad(self.workspace_id, "passphrase", self.kdf))
        except InvalidTag:
            raise WrongPassphrase() from None

    def unwrap_with_recovery(self, recovery_raw: bytes) -> MasterKey:
        kek = _recovery_kek(recovery_raw, self.recovery_salt)
        try:
            return _open(kek, self.recovery_wrap, _aad(self.workspace_id, "recovery", None))
        except InvalidTag:
            raise WrongRecoveryKey() from None

    # --- file ------------------------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        body = {
            "format": FORMAT,
            "workspace_id": self.workspace_id,
            "kdf": {"name": "argon2id", **asdict(self.kdf)},
            "passphrase": {"salt": _b64(self.passphrase_salt), **self.passphrase_wrap.to_json()},
            "recovery": {"kdf": "hkdf-sha256", "salt": _b64(self.recovery_salt), **self.recovery_wrap.to_json()},
        }
        # A plain checksum tells accidental damage (truncation, a bad sector) from a wrong passphrase.
        body["sha256"] = _checksum(body)
        return (json.dumps(body, indent=2, sort_keys=True) + "\n").encode("ascii")

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        try:
            body = json.loads(data.decode("ascii"))
            if body.get("format") != FORMAT or body.pop("sha256") != _checksum(body):
                raise KeyFileProblem(DAMAGED)
            kdf_json = body["kdf"]
            kdf = KdfParams(int(kdf_json["memory_kib"]), int(kdf_json["iterations"]), int(kdf_json["lanes"]))
            if (
                kdf_json["name"] != "argon2id"
                or kdf.memory_kib < MINIMUM_KDF.memory_kib
                or kdf.iterations < MINIMUM_KDF.iterations
                or kdf.iterations > MAX_ITERATIONS
                or not 1 <= kdf.lanes <= 16
            ):
                raise KeyFileProblem(DAMAGED)
            return cls(
                workspace_id=str(body["workspace_id"]),
                kdf=kdf,
                passphrase_salt=_unb64(body["passphrase"]["salt"]),
                passphrase_wrap=Sealed.from_json(body["passphrase"]),
                recovery_salt=_unb64(body["recovery"]["salt"]),
                recovery_wrap=Sealed.from_json(body["recovery"]),
            )
        except KeyFileProblem:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
            raise KeyFileProblem(DAMAGED) from exc

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise KeyFileProblem(
                "Het sleutelbestand van deze werkruimte ontbreekt. Zonder dit bestand kan de database niet "
                "worden geopend; zet een reservekopie terug of neem contact op met de applicatiebeheerder."
            ) from None
        except OSError as exc:
            raise KeyFileProblem("Het sleutelbestand kan niet worden gelezen (geen toegang).") from exc
        return cls.from_bytes(data)

    def save(self, path: Path) -> None:
        write_atomic(path, self.to_bytes())


def _aad(workspace_id: str, kind: str, kdf: KdfParams | None) -> bytes:
    """Binds a wrap to its workspace, its purpose and its KDF cost, so none can be swapped unnoticed."""
    cost = f"{kdf.memory_kib}/{kdf.iterations}/{kdf.lanes}" if kdf else "-"
    return f"regie-keyfile/{FORMAT}/{workspace_id}/{kind}/{cost}".encode("ascii")


def _recovery_kek(recovery_raw: bytes, salt: bytes) -> bytes:
    # The recovery key has 160 bits of entropy: a fast KDF is enough, nobody can guess it.
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"regie recovery wrap").derive(
        recovery_raw
    )


def _seal(kek: bytes, master: MasterKey, aad: bytes) -> Sealed:
    nonce = secrets.token_bytes(12)
    return Sealed(nonce, AESGCM(kek).encrypt(nonce, master.bytes_view(), aad))


def _open(kek: bytes, sealed: Sealed, aad: bytes) -> MasterKey:
    raw = AESGCM(kek).decrypt(sealed.nonce, sealed.ciphertext, aad)
    return MasterKey(raw)


def _checksum(body: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode("ascii")).hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
