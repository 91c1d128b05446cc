"""The device's Ed25519 signature over plan hash + consent, and checking it later.

What is signed (``signing_payload``) is canonical JSON, so any device can rebuild the same bytes. The
plan itself is bound through its hash, which lets ``verify`` tell two kinds of tampering apart: the plan
changed after signing (the signed hash no longer fits the plan), or the signed record itself changed
(a consent choice, a stroke, or the signature bytes).

``verify`` checks the record against the public key it carries. That proves the record is intact, not
who made it: whether that key belongs to a known device is for the caller to check.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from regie_desktop.domain.canonical import canonical_json
from regie_desktop.domain.consent import Consent, canonical_consent, strokes_hash
from regie_desktop.domain.plan import PlanContent, plan_hash

# Domain separation: these bytes can never be mistaken for a signature made for another purpose.
PURPOSE = "regie-plan-ondertekening/1"
KEY_BYTES = 32


class DeviceKey:
    """This device's signing key. Raw 32-byte form because the store keeps it inside the encrypted database."""

    def __init__(self, key: Ed25519PrivateKey) -> None:
        self._key = key

    @classmethod
    def generate(cls) -> DeviceKey:
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_private_bytes(cls, raw: bytes) -> DeviceKey:
        if len(raw) != KEY_BYTES:
            raise ValueError(f"an Ed25519 private key is {KEY_BYTES} bytes, got {len(raw)}")
        return cls(Ed25519PrivateKey.from_private_bytes(raw))

    def private_bytes(self) -> bytes:
        return self._key.private_bytes_raw()

    def public_bytes(self) -> bytes:
        return self._key.public_key().public_bytes_raw()

    def sign(self, payload: bytes) -> bytes:
        return self._key.sign(payload)

    def __repr__(self) -> str:  # never print key material, not even by accident in a traceback
        return f"DeviceKey(public={self.public_bytes().hex()[:16]}…)"


def signing_payload(plan: PlanContent, consent: Consent) -> bytes:
    """The exact bytes the device signs; refuses a consent that was given for another plan version."""
    if plan_hash(plan) != consent.plan_hash:
        raise ValueError("the consent was given for another plan version")
    return _payload(consent)


def _payload(consent: Consent) -> bytes:
    # Built from the hash the consent carries, not from the plan, so checking the signature does not
    # depend on the plan content; the plan is compared with that hash separately.
    return canonical_json(
        {
            "plan_hash": consent.plan_hash,
            "consent": canonical_consent(consent),
            "strokes": {
                "client": strokes_hash(consent.client_signature),
                "werker": strokes_hash(consent.worker_signature),
            },
            "purpose": PURPOSE,
        }
    ).encode("utf-8")


@dataclass(frozen=True)
class SignedRecord:
    """A signed plan version as stored: plan, consent (with raw strokes), device public key, signature."""

    plan: PlanContent
    consent: Consent
    device_public_key: bytes
    signature: bytes


def sign_record(key: DeviceKey, plan: PlanContent, consent: Consent) -> SignedRecord:
    """Sign ``consent`` for ``plan`` with this device's key."""
    return SignedRecord(plan, consent, key.public_bytes(), key.sign(signing_payload(plan, consent)))


class Verification(StrEnum):
    GELDIG = "geldig"
    PLAN_GEWIJZIGD = "plan_gewijzigd"
    HANDTEKENING_ONGELDIG = "handtekening_ongeldig"

    @property
    def message(self) -> str:
        """Dutch text fit to show as-is."""
        return _MESSAGES[self]


_MESSAGES = {
    Verification.GELDIG: "De handtekening is geldig en het plan is niet gewijzigd.",
    Verification.PLAN_GEWIJZIGD: "Het plan is gewijzigd na ondertekening.",
    Verification.HANDTEKENING_ONGELDIG: "De handtekening is ongeldig: de toestemming of de handtekening is gewijzigd.",
}


def verify(record: SignedRecord) -> Verification:
    """Check the record; the signature first, so a forged consent is never reported as just a changed plan.

    A record that cannot even be put in canonical form (wrong types after tampering) is not validly signed.
    """
    try:
        public_key = Ed25519PublicKey.from_public_bytes(record.device_public_key)
        public_key.verify(record.signature, _payload(record.consent))
    except (InvalidSignature, ValueError, TypeError):
        return Verification.HANDTEKENING_ONGELDIG
    try:
        current = plan_hash(record.plan)
    except (ValueError, TypeError):
        return Verification.PLAN_GEWIJZIGD
    if current != record.consent.plan_hash:
        return Verification.PLAN_GEWIJZIGD
    return Verification.GELDIG
