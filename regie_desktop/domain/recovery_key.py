"""The recovery key: 160 random bits a worker can write down, shown once at set-up.

Grouped base32 (``ABCD-EFGH-…``) because it survives being read aloud, typed, or written on paper:
no 0/1/8 that look like O/I/B, and parsing forgives those slips, case and spacing.
"""

from __future__ import annotations

import base64
import secrets

from regie_desktop.errors import WrongRecoveryKey

KEY_BYTES = 20  # 160 bits -> 32 base32 characters, no padding
GROUP = 4
_SLIPS = str.maketrans({"0": "O", "1": "I", "8": "B"})


def generate() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def format_key(raw: bytes) -> str:
    text = base64.b32encode(raw).decode("ascii").rstrip("=")
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def parse_key(text: str) -> bytes:
    """The raw key from what a worker typed; refuses anything of the wrong shape."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_SLIPS)
    if len(cleaned) != 32:
        raise WrongRecoveryKey("De herstelsleutel heeft 32 tekens in 8 groepen van 4; controleer wat u typte.")
    try:
        return base64.b32decode(cleaned, casefold=False)
    except ValueError as exc:
        raise WrongRecoveryKey("De herstelsleutel bevat tekens die er niet in kunnen voorkomen.") from exc
