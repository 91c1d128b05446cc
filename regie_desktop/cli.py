"""The ``regie`` command: set up, inspect and repair a workspace from a terminal (Dutch messages).

For scripted set-up and tests, secrets can come from the environment instead of a prompt:
``REGIE_PASSPHRASE`` (current), ``REGIE_NEW_PASSPHRASE`` (for passwd and recover), ``REGIE_RECOVERY_KEY``.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import time
from collections.abc import Callable, Sequence

from regie_desktop import __version__
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.errors import RegieError
from regie_desktop.selftest import SelfTestAction


class CliError(RegieError):
    exit_code = 1


def _secret(env: str, prompt: str, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise CliError(f"Geen terminal om het wachtwoord te vragen; zet {env} voor gebruik in scripts.")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Nogmaals ter controle: ") != first:
        raise CliError("De twee wachtwoorden zijn niet gelijk. Er is niets gewijzigd.")
    return first


def _wait_if_throttled(service: WorkspaceService) -> None:
    wait = service.unlock_wait_s()
    if wait > 0:
        print(f"Na mislukte pogingen even wachten ({wait:.0f} s)…", file=sys.stderr)
        time.sleep(wait)


def _unlocked(service: WorkspaceService) -> WorkspaceService:
    service.require_present()
    passphrase = _secret("REGIE_PASSPHRASE", "Wachtwoord: ")
    _wait_if_throttled(service)
    service.unlock(passphrase)
    return service


def cmd_init(args: argparse.Namespace, service: WorkspaceService) -> int:
    service.acquire()
    if service.exists():
        raise CliError(f"Er staat al een werkruimte in {service.home}. Er is niets gewijzigd.")
    passphrase = _secret("REGIE_PASSPHRASE", "Kies een wachtwoord: ", confirm=True)
    print("Werkruimte maken (de sleutelafleiding wordt op deze computer afgesteld)…", file=sys.stderr)
    recovery = service.create(args.naam, passphrase, team=args.team)
    print(f"Werkruimte gemaakt in {service.home}")
    print()
    print("HERSTELSLEUTEL — wordt maar één keer getoond:")
    print(f"    {recovery}")
    print("Schrijf deze sleutel op of print hem, en bewaar hem op een veilige plek, niet bij de laptop.")
    print("Met deze sleutel kunt u een nieuw wachtwoord instellen als u het oude vergeet ('regie recover').")
    return 0


def cmd_status(args: argparse.Namespace, service: WorkspaceService) -> int:
    status = _unlocked(service).status()
    if args.json:
        print(json.dumps(status.to_json(), indent=2, sort_keys=True))
        return 0
    print(f"Werkruimte:     {status.workspace}")
    print(f"Regie-versie:   {status.app_version}")
    print(f"Schemaversie:   {status.schema_version} (nieuwste: {status.schema_head})")
    for name, count in status.counts.items():
        print(f"{name + ':':<16}{count}")
    print(f"{'nog te versturen:':<16}{status.outbox}")
    return 0


def cmd_check(args: argparse.Namespace, service: WorkspaceService) -> int:
    report = _unlocked(service).check()
    for check in report.checks:
        print(f"gecontroleerd: {check}")
    for problem in report.problems:
        print(f"PROBLEEM: {problem}", file=sys.stderr)
    print("Alles in orde." if report.ok else "Er zijn problemen gevonden; neem contact op met de beheerder.")
    return 0 if report.ok else 9


def cmd_passwd(args: argparse.Namespace, service: WorkspaceService) -> int:
    service.require_present()
    old = _secret("REGIE_PASSPHRASE", "Huidig wachtwoord: ")
    new = _secret("REGIE_NEW_PASSPHRASE", "Nieuw wachtwoord: ", confirm=True)
    _wait_if_throttled(service)
    service.change_passphrase(old, new)
    print("Wachtwoord gewijzigd. Het oude wachtwoord werkt niet meer; de herstelsleutel blijft geldig.")
    return 0


def cmd_recover(args: argparse.Namespace, service: WorkspaceService) -> int:
    service.require_present()
    key = _secret("REGIE_RECOVERY_KEY", "Herstelsleutel: ")
    new = _secret("REGIE_NEW_PASSPHRASE", "Nieuw wachtwoord: ", confirm=True)
    _wait_if_throttled(service)
    service.recover(key, new)
    print("Nieuw wachtwoord ingesteld met de herstelsleutel. De herstelsleutel blijft geldig.")
    return 0


def cmd_demo_data(args: argparse.Namespace, service: WorkspaceService) -> int:
    if args.households < 1:
        raise CliError("Geef een aantal huishoudens van minstens 1.")

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total} huishoudens", end="", file=sys.stderr, flush=True)

    from regie_desktop.app.demo_data import fill_demo_data  # Faker is slow to import; only here

    stored = fill_demo_data(_unlocked(service), args.households, args.seed, progress)
    print(file=sys.stderr)
    print(f"{stored} huishoudens met fictieve gegevens toegevoegd (seed {args.seed}).")
    return 0


def cmd_instrument(args: argparse.Namespace, service: WorkspaceService) -> int:
    from regie_desktop.app import catalog
    from regie_desktop.app.settings import (
        choose_instrument,
        instrument_policy_warning,
        locked_instrument,
        team_instrument,
    )

    _unlocked(service)
    with service.unit_of_work() as (session, actor):
        if args.kies:
            choose_instrument(session, actor, args.kies)
        current = team_instrument(session)
    for instrument in catalog.instruments().values():
        mark = "*" if instrument.id == current else " "
        print(f"{mark} {instrument.id:<24} {instrument.name} ({len(instrument.leefgebieden)} leefgebieden)")
    locked = " (vastgelegd door uw organisatie)" if locked_instrument() is not None else ""
    print(f"Nieuwe casussen gebruiken: {current}{locked}")
    warning = instrument_policy_warning()
    if warning:
        print(f"Let op: {warning}", file=sys.stderr)
    return 0


def cmd_werkgebied(args: argparse.Namespace, service: WorkspaceService) -> int:
    from regie_desktop.app.werkgebied import set_werkgebied, werkgebied_locked, werkgebied_text

    _unlocked(service)
    with service.unit_of_work() as (session, actor):
        if args.set is not None:
            set_werkgebied(session, actor, args.set)
        current = werkgebied_text(session)
    if current:
        locked = " (vastgelegd door uw organisatie)" if werkgebied_locked() else ""
        print(f"Werkgebied: {current}{locked}")
    else:
        print("Geen werkgebied ingesteld: Regie waarschuwt niet bij adressen buiten het werkgebied.")
    return 0


def cmd_export_plan(args: argparse.Namespace, service: WorkspaceService) -> int:
    from pathlib import Path

    from regie_desktop.app.documents import export_plan
    from regie_desktop.reports.plan_pdf import write_pdf_atomically

    target = Path(args.uit).expanduser()
    if target.suffix.lower() != ".pdf":
        raise CliError("Geef een bestandsnaam die eindigt op .pdf. Er is niets geschreven.")
    if target.exists() and not args.overschrijven:
        raise CliError(
            "Het bestand bestaat al. Kies een andere naam of gebruik --overschrijven. Er is niets geschreven."
        )
    if not target.parent.is_dir():
        raise CliError("De map voor het bestand bestaat niet. Er is niets geschreven.")
    _unlocked(service)
    with service.unit_of_work() as (session, actor):
        data = export_plan(session, actor, args.casus_id, args.variant)
        # Written inside the unit of work: when the file cannot be written, the log entry is rolled back.
        try:
            write_pdf_atomically(target, data)
        except PermissionError as exc:
            raise CliError("Geen toestemming om in deze map te schrijven. Er is niets geschreven.") from exc
    soort = "volledige versie" if args.variant == "volledig" else "versie voor de aanbieder"
    print(f"Plan ({soort}) opgeslagen in {target}.")
    return 0


def cmd_enrol(args: argparse.Namespace, service: WorkspaceService) -> int:
    from regie_desktop.app.sync import enrol

    _unlocked(service)
    done = enrol(service, args.server, args.code, device_name=args.apparaat)
    print(f"Aangemeld bij {done.server_url}: team {done.team_name}, werker {done.worker_name}.")
    print("Synchroniseer met 'regie sync'.")
    return 0


def cmd_sync(args: argparse.Namespace, service: WorkspaceService) -> int:
    from regie_desktop.app.sync import sync_now, sync_status

    _unlocked(service)
    if args.status:
        with service.unit_of_work() as (session, _actor):
            status = sync_status(session)
        if not status.enrolled:
            print("Niet gekoppeld: meld dit apparaat aan met 'regie enrol --server URL --code CODE'.")
            return 0
        when = status.last_sync_at.astimezone().strftime("%d-%m-%Y %H:%M") if status.last_sync_at else "nog nooit"
        print(f"Centrale opslag: {status.server_url} (team {status.team_name})")
        print(f"Laatst gesynchroniseerd: {when}")
        print(f"Nog te versturen: {status.outbox}; open conflicten: {status.open_conflicts}")
        if status.last_error:
            print(f"Laatste fout: {status.last_error}")
        return 0

    def progress(phase: str, done: int, total: int) -> None:
        if total >= 1000 or (phase == "bijlagen" and total >= 5):  # attachment chunks are 1 MiB each
            print(f"{phase}: {done} van {total}", file=sys.stderr)

    report = sync_now(service, progress=progress)
    upload = report.upload
    print(
        f"Gesynchroniseerd: {upload.stored} wijziging(en) verstuurd"
        + (f" ({upload.duplicates} waren er al)" if upload.duplicates else "")
        + f", {report.pulled} opgehaald."
    )
    for refusal in upload.refused:
        print(f"Geweigerd door de centrale opslag: {refusal.detail}")
    if report.refetched:
        print("Deze computer week af van de centrale opslag; alles is opnieuw opgehaald (niets verstuurds is weg).")
    if report.parked:
        print(f"{report.parked} opgehaalde wijziging(en) wachten nog op gegevens die hier ontbreken.")
    if report.new_conflicts:
        print(f"{report.new_conflicts} nieuw(e) conflict(en): bekijk en kies met 'regie conflicten'.")
    blobs = report.attachments
    if blobs.uploaded or blobs.downloaded:
        print(f"Bijlagen: {blobs.uploaded} verstuurd, {blobs.downloaded} opgehaald.")
    if blobs.waiting or blobs.damaged:
        print(
            f"{blobs.waiting + blobs.damaged} bijlage(n) nog niet uitgewisseld; Regie probeert het bij de volgende "
            "synchronisatie opnieuw."
        )
    return 0


def cmd_conflicten(args: argparse.Namespace, service: WorkspaceService) -> int:
    from regie_desktop.app.sync import list_conflicts, resolve_conflict

    _unlocked(service)
    with service.unit_of_work() as (session, actor):
        if args.kies:
            conflict_id, keuze = args.kies
            if keuze not in ("eerder", "later"):
                raise CliError("Kies 'eerder' of 'later'. Er is niets gewijzigd.")
            resolve_conflict(session, actor, conflict_id, "earlier" if keuze == "eerder" else "later")
            print("Conflict opgelost; de keuze gaat mee met de volgende synchronisatie.")
            return 0
        conflicts = list_conflicts(session)
    if not conflicts:
        print("Geen open conflicten.")
        return 0
    for c in conflicts:
        dossier = c.dossier_label or "dossier niet op deze computer"
        casus = f" (casus {c.casus_label})" if c.casus_label else ""
        print(f"{c.id}  {dossier}{casus} - {c.entity_label}, {c.field_label}:")
        print(f"    eerder: {c.earlier.text}  ({c.earlier.author}, {c.earlier.at.astimezone():%d-%m-%Y %H:%M})")
        later = f"{c.later.author}, {c.later.at.astimezone():%d-%m-%Y %H:%M}; nu in gebruik"
        print(f"    later:  {c.later.text}  ({later})")
    print("Kies met: regie conflicten --kies ID eerder|later")
    return 0


def cmd_opruimen(args: argparse.Namespace, service: WorkspaceService) -> int:
    """Closed, fully synced casussen off this laptop (they stay on the central store); see app.bewaartermijnen."""
    from regie_desktop.app.bewaartermijnen import clear_synced, compact

    if args.na_dagen is not None and args.na_dagen < 0:
        raise CliError("Geef een aantal dagen van 0 of meer.")
    svc = _unlocked(service)
    with svc.unit_of_work() as (session, actor):
        result = clear_synced(session, actor, svc.today(), args.na_dagen)
    if result.opgeruimd:
        compact(svc)
    count = len(result.opgeruimd)
    print(f"{count} afgesloten casus(sen) van deze laptop verwijderd; ze staan nog in de centrale opslag.")
    if result.wacht_op_sync:
        print(
            f"{result.wacht_op_sync} casus(sen) nog niet verwijderd: er zijn wijzigingen die nog niet zijn verstuurd. "
            "Synchroniseer eerst (regie sync)."
        )
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="regie",
        description="Regie: beheer van de versleutelde werkruimte op deze computer.",
        epilog="Werkruimte: map uit REGIE_HOME, anders de standaard gebruikersmap van Regie.",
    )
    parser.add_argument("--version", action="version", version=f"Regie {__version__}")
    parser.add_argument("--self-test", action=SelfTestAction)
    sub = parser.add_subparsers(dest="command", required=True, metavar="opdracht")

    p = sub.add_parser("init", help="maak een nieuwe versleutelde werkruimte")
    p.add_argument("--naam", required=True, help="naam van de sociaal werker")
    p.add_argument("--team", default="", help="naam van het team (optioneel)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("status", help="toon versies en aantallen (nooit persoonsgegevens)")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("check", help="controleer versleuteling, database en sleutelbestand")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("passwd", help="wijzig het wachtwoord (de database wordt niet herschreven)")
    p.set_defaults(func=cmd_passwd)

    p = sub.add_parser("recover", help="stel een nieuw wachtwoord in met de herstelsleutel")
    p.set_defaults(func=cmd_recover)

    p = sub.add_parser("instrument", help="toon de instrumenten en kies dat van het team")
    p.add_argument("--kies", metavar="ID", help="instrument voor nieuwe casussen, bijvoorbeeld zrm-regio-10")
    p.set_defaults(func=cmd_instrument)

    p = sub.add_parser("werkgebied", help="toon of stel de postcodegebieden van het team in")
    p.add_argument(
        "--set",
        metavar="TEKST",
        help='postcodes van vier cijfers en reeksen, bijvoorbeeld "3500-3599, 3611"; "" wist het werkgebied',
    )
    p.set_defaults(func=cmd_werkgebied)

    p = sub.add_parser("export-plan", help="sla het plan van een casus op als PDF (volledig of voor de aanbieder)")
    p.add_argument("casus_id", metavar="CASUS_ID", help="id van de casus")
    p.add_argument(
        "--variant",
        choices=("volledig", "aanbieder"),
        default="volledig",
        help="volledig (voor de cliënt) of aanbieder (zonder achtergehouden leefgebieden); standaard volledig",
    )
    p.add_argument("--uit", required=True, metavar="PAD.pdf", help="het PDF-bestand om te maken")
    p.add_argument("--overschrijven", action="store_true", help="vervang een bestaand bestand")
    p.set_defaults(func=cmd_export_plan)

    p = sub.add_parser("enrol", help="meld dit apparaat aan bij de centrale opslag met een eenmalige code")
    p.add_argument("--server", help="adres van de centrale opslag (standaard: uit het beleid van uw organisatie)")
    p.add_argument("--code", required=True, help="de eenmalige aanmeldcode van de beheerder")
    p.add_argument("--apparaat", default="", help="naam van dit apparaat voor de beheerder (optioneel)")
    p.set_defaults(func=cmd_enrol)

    p = sub.add_parser("sync", help="synchroniseer nu met de centrale opslag")
    p.add_argument("--status", action="store_true", help="toon alleen de stand, zonder te synchroniseren")
    p.set_defaults(func=cmd_sync)

    p = sub.add_parser("conflicten", help="toon de conflicten uit de synchronisatie en kies een waarde")
    p.add_argument("--kies", nargs=2, metavar=("ID", "eerder|later"), help="houd de eerdere of de latere waarde")
    p.set_defaults(func=cmd_conflicten)

    p = sub.add_parser("opruimen", help="verwijder afgesloten, gesynchroniseerde casussen van deze laptop")
    p.add_argument(
        "--na-dagen",
        type=int,
        default=None,
        help="dagen na het afsluiten (standaard: opruimen_na_dagen uit bewaartermijnen.json)",
    )
    p.set_defaults(func=cmd_opruimen)

    p = sub.add_parser("demo-data", help="vul de werkruimte met fictieve huishoudens (Faker nl_NL)")
    p.add_argument("--households", type=int, default=50, help="aantal huishoudens (standaard 50)")
    p.add_argument("--seed", type=int, default=1, help="startwaarde: dezelfde seed geeft dezelfde gegevens")
    p.set_defaults(func=cmd_demo_data)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    service = WorkspaceService()
    func: Callable[[argparse.Namespace, WorkspaceService], int] = args.func
    try:
        return func(args, service)
    except RegieError as exc:
        print(f"Fout: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("\nAfgebroken. Wat niet was opgeslagen is teruggedraaid.", file=sys.stderr)
        return 130
    except Exception as exc:
        if os.environ.get("REGIE_DEBUG"):
            raise
        # No message text: a driver error can quote data. The type is enough to file a bug.
        print(
            f"Fout: onverwachte fout ({type(exc).__name__}). Er is niets half opgeslagen. "
            "Zet REGIE_DEBUG=1 voor details.",
            file=sys.stderr,
        )
        return 1
    finally:
        service.close()
