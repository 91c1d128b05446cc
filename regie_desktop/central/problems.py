"""HTTP problem details (RFC 9457) for everything the central store refuses.

``type`` is a stable URN a client can branch on (``urn:regie:probleem:apparaat-ingetrokken`` means: try
once to upload, then wipe); ``title`` and ``detail`` are Dutch, fit to show a worker, and never carry
personal data or a traceback.
"""

from __future__ import annotations

from typing import Any

PROBLEM_MEDIA_TYPE = "application/problem+json"
TYPE_PREFIX = "urn:regie:probleem:"


class ProblemError(Exception):
    """Raised anywhere in the server; the API turns it into a problem+json response."""

    def __init__(
        self, status: int, slug: str, title: str, detail: str, headers: dict[str, str] | None = None, **extra: Any
    ) -> None:
        super().__init__(f"{status} {slug}")
        self.headers = headers or {}
        self.status = status
        self.slug = slug
        self.title = title
        self.detail = detail
        self.extra = extra

    def body(self) -> dict[str, Any]:
        return problem_body(self.status, self.slug, self.title, self.detail, **self.extra)


def problem_body(status: int, slug: str, title: str, detail: str, **extra: Any) -> dict[str, Any]:
    return {"type": TYPE_PREFIX + slug, "title": title, "status": status, "detail": detail, **extra}


def unauthenticated(detail: str = "Dit apparaat is niet aangemeld bij de centrale opslag.") -> ProblemError:
    return ProblemError(401, "niet-aangemeld", "Niet aangemeld", detail, headers={"WWW-Authenticate": "Bearer"})


def revoked() -> ProblemError:
    return ProblemError(
        403,
        "apparaat-ingetrokken",
        "Apparaat ingetrokken",
        "De toegang van dit apparaat is ingetrokken door de beheerder van uw team.",
    )


def body_too_large(limit: int) -> ProblemError:
    return ProblemError(
        413,
        "te-groot",
        "Verzoek te groot",
        f"Het verzoek is groter dan {limit} bytes. Verstuur de wijzigingen in kleinere delen.",
        max_bytes=limit,
    )


def bad_json(detail: str = "De inhoud van het verzoek is geen geldige JSON.") -> ProblemError:
    return ProblemError(400, "ongeldige-json", "Ongeldige JSON", detail)
