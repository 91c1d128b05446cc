"""The ``regie-central`` command: set up the central store, manage teams, workers and devices, and serve.

The database comes from ``--db URL`` or ``REGIE_CENTRAL_DB``; without either it is a SQLite file in the
current directory. Messages are Dutch; an expected failure prints one line and exits non-zero.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from regie_desktop import __version__
from regie_desktop.central import admin
from regie_desktop.central.db import ENV_DB, default_url, make_engine, require_current, upgrade_to_head
from regie_desktop.central.errors import CentralError


@contextmanager
def _engine(args: argparse.Namespace) -> Iterator[Engine]:
    engine = make_engine(args.db or default_url())
    try:
        yield engine
    finally:
        engine.dispose()


@contextmanager
def _transaction(args: argparse.Namespace) -> Iterator[Session]:
    with _engine(args) as engine:
        require_current(engine)
        with Session(engine) as session, session.begin():
            yield session


def _when(moment: dt.datetime | None) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC") if moment is not None else "-"


def cmd_init(args: argparse.Namespace) -> int:
    with _engine(args) as engine:
        upgrade_to_head(engine)
    print("Database ingericht en bijgewerkt.")
    return 0


def cmd_team_add(args: argparse.Namespace) -> int:
    with _transaction(args) as session:
        team = admin.add_team(session, args.naam)
        print(f"Team '{team.name}' toegevoegd (id {team.id}).")
    return 0


def cmd_worker_add(args: argparse.Namespace) -> int:
    with _transaction(args) as session:
        worker = admin.add_worker(session, args.team, args.naam)
        print(f"Medewerker '{worker.name}' toegevoegd (id {worker.id}).")
    return 0


def cmd_enrol_code(args: argparse.Namespace) -> int:
    with _transaction(args) as session:
        issued = admin.issue_enrol_code(session, args.medewerker, dt.timedelta(hours=args.geldig_uren))
    # Printed after the commit: a code that was shown is a code that exists.
    print("AANMELDCODE — wordt maar één keer getoond, eenmalig te gebruiken:")
    print(f"    {issued.code}")
    print(f"Geldig tot {_when(issued.expires_at)}. Geef de code persoonlijk door, niet per e-mail.")
    return 0


def cmd_devices(args: argparse.Namespace) -> int:
    with _transaction(args) as session:
        rows = admin.list_devices(session, args.team)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": row.id,
                        "naam": row.name,
                        "medewerker": row.worker,
                        "team": row.team,
                        "aangemeld": row.enrolled_at.isoformat(),
                        "laatst_gezien": row.last_seen_at.isoformat() if row.last_seen_at else None,
                        "ingetrokken": row.revoked_at.isoformat() if row.revoked_at else None,
                    }
                    for row in rows
                ],
                indent=2,
                ensure_ascii=False,
            )
        )
        return 0
    if not rows:
        print("Nog geen apparaten aangemeld.")
        return 0
    print(f"{'APPARAAT':<37}{'TEAM':<20}{'MEDEWERKER':<24}{'LAATST GEZIEN':<22}STATUS")
    for row in rows:
        status = f"ingetrokken {_when(row.revoked_at)}" if row.revoked_at else "actief"
        print(f"{row.id:<37}{row.team[:19]:<20}{row.worker[:23]:<24}{_when(row.last_seen_at):<22}{status}")
    return 0


def cmd_quarantine(args: argparse.Namespace) -> int:
    with _transaction(args) as session:
        rows = admin.list_quarantine(session, args.team)
    if not rows:
        print("Geen geweigerde wijzigingen.")
        return 0
    for row in rows:
        print(f"{_when(row.received_at)}  {row.team}  apparaat {row.device_id}  wijziging {row.change_id or '-'}")
        print(f"    {row.reason}: {row.detail}")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    with _transaction(args) as session:
        device = admin.revoke_device(session, args.apparaat)
        print(f"Apparaat {device.id} is ingetrokken sinds {_when(device.revoked_at)}.")
    print("Bij het volgende contact weigert de server dit apparaat.")
    return 0


def cmd_openapi(args: argparse.Namespace) -> int:
    from regie_desktop.central.api import openapi_text

    sys.stdout.write(openapi_text())
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from regie_desktop.central.api import ENV_MAX_BODY, create_app
    from regie_desktop.central.nodelay import NoDelayHTTPProtocol

    if bool(args.certfile) != bool(args.keyfile):
        raise CentralError("Geef --certfile en --keyfile allebei, of geen van beide (achter een reverse proxy).")
    if args.workers < 1:
        raise CentralError("--workers is minstens 1.")
    url = args.db or default_url()
    engine = make_engine(url)
    require_current(engine)
    options: dict[str, Any] = {
        "host": args.host,
        "port": args.port,
        "ssl_certfile": args.certfile,
        "ssl_keyfile": args.keyfile,
        "proxy_headers": True,
        "forwarded_allow_ips": args.forwarded_allow_ips,
        "server_header": False,
        "log_level": "warning",
        "access_log": False,  # URLs and clients of a care system are not written to plain logs
        "http": NoDelayHTTPProtocol,  # see nodelay.py: without it --workers N answered 40 ms late
    }
    scheme = "https" if args.certfile else "http"
    print(f"regie-central luistert op {scheme}://{args.host}:{args.port} (stoppen met Ctrl+C)", file=sys.stderr)
    if args.workers == 1:
        uvicorn.run(create_app(engine, max_body=args.max_body), **options)
    else:
        # Several processes: each builds its own app from the environment (they share nothing but the
        # database, which is all the protocol needs; see protocol's docstring).
        engine.dispose()
        os.environ[ENV_DB] = url
        os.environ[ENV_MAX_BODY] = str(args.max_body)
        uvicorn.run("regie_desktop.central.api:app_from_environment", factory=True, workers=args.workers, **options)
    engine.dispose()
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="regie-central",
        description="Centrale opslag voor Regie: teams, medewerkers, apparaten en de synchronisatieserver.",
    )
    parser.add_argument("--version", action="version", version=f"regie-central {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        help="postgresql://gebruiker@host/database of sqlite:///pad (standaard: $REGIE_CENTRAL_DB of "
        "regie-central.sqlite in de huidige map)",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="OPDRACHT")

    def add(name: str, handler: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        cmd = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
        cmd.set_defaults(handler=handler)
        return cmd

    add("init", cmd_init, "Database inrichten of bijwerken naar dit schema.")

    team = sub.add_parser("team", help="Teams beheren.")
    team_sub = team.add_subparsers(dest="team_command", required=True, metavar="OPDRACHT")
    team_add = team_sub.add_parser("add", parents=[common], help="Een team toevoegen.")
    team_add.add_argument("naam")
    team_add.set_defaults(handler=cmd_team_add)

    worker = sub.add_parser("worker", help="Medewerkers beheren.")
    worker_sub = worker.add_subparsers(dest="worker_command", required=True, metavar="OPDRACHT")
    worker_add = worker_sub.add_parser("add", parents=[common], help="Een medewerker aan een team toevoegen.")
    worker_add.add_argument("--team", required=True, help="naam of id van het team")
    worker_add.add_argument("naam")
    worker_add.set_defaults(handler=cmd_worker_add)

    code = add("enrol-code", cmd_enrol_code, "Een eenmalige aanmeldcode voor een apparaat van een medewerker maken.")
    code.add_argument("medewerker", help="id of naam van de medewerker")
    code.add_argument(
        "--geldig-uren",
        type=float,
        default=admin.DEFAULT_CODE_HOURS,
        help=f"hoe lang de code geldig is (standaard {admin.DEFAULT_CODE_HOURS})",
    )

    devices = add("devices", cmd_devices, "Aangemelde apparaten tonen.")
    devices.add_argument("--team", help="alleen dit team (naam of id)")
    devices.add_argument("--json", action="store_true", help="als JSON")

    quarantine = add("quarantine", cmd_quarantine, "Wijzigingen tonen die de server weigerde (nieuwste eerst).")
    quarantine.add_argument("--team", help="alleen dit team (naam of id)")

    revoke = add("revoke", cmd_revoke, "De toegang van een apparaat intrekken.")
    revoke.add_argument("apparaat", metavar="DEVICE", help="id van het apparaat (zie 'devices')")

    serve = add("serve", cmd_serve, "De synchronisatieserver starten.")
    serve.add_argument("--host", default="127.0.0.1", help="adres om op te luisteren (standaard 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8443, help="poort (standaard 8443)")
    serve.add_argument("--certfile", help="TLS-certificaat (PEM); zonder: alleen achter een reverse proxy met TLS")
    serve.add_argument("--keyfile", help="sleutel bij het TLS-certificaat (PEM)")
    serve.add_argument("--max-body", type=int, default=8 * 1024 * 1024, help="grootste toegestane verzoek in bytes")
    serve.add_argument(
        "--workers", type=int, default=1, help="aantal serverprocessen (standaard 1; meer met PostgreSQL)"
    )
    serve.add_argument(
        "--forwarded-allow-ips",
        default="127.0.0.1",
        help="adressen van de reverse proxy waarvan X-Forwarded-*-koppen vertrouwd worden",
    )

    add("openapi", cmd_openapi, "Het OpenAPI-schema van de server afdrukken.")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except CentralError as exc:
        print(exc.message, file=sys.stderr)
        return exc.exit_code
    except OperationalError:
        print("De database is niet bereikbaar. Controleer --db en of de databaseserver draait.", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
