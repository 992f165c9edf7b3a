"""``ballotdesk sheet``, ``papers`` and ``register-sheet``: the PDFs a meeting prints.

Their table entries say ``documents=True``: the dispatcher installs the meeting's language
(Qt's catalogues, read with QtCore) before they run, so they print in English or Welsh.
"""

from __future__ import annotations

import argparse

from ballotdesk.cli.base import _open, cert_password, command, emit, output_path


def cmd_sheet(args: argparse.Namespace) -> int:
    from ballotdesk.services import documents

    out = output_path(args, args.output)
    secret = cert_password(args)
    with _open(args) as svc:
        pdf = documents.signed_result_sheet(svc, args.ballot, args.page_size, secret)
    documents.write_bytes(out, pdf)
    emit(args, {"output": str(out)}, f"Wrote the signed result sheet to {args.output}")
    return 0


def add_sheet(p: argparse.ArgumentParser) -> None:
    command(p, cmd_sheet)
    p.add_argument("file")
    p.add_argument("ballot", type=int)
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    p.add_argument("--page-size", choices=["A4", "Letter"], default="A4")
    p.add_argument("--cert-password", help="the organisation certificate's password, when one is imported "
                                           "(or set BALLOTDESK_CERT_PASSWORD); no PIN is needed")
    p.add_argument("--json", action="store_true")


def cmd_papers(args: argparse.Namespace) -> int:
    from ballotdesk.services import documents

    out = output_path(args, args.output)
    with _open(args) as svc:
        pdf = documents.ballot_papers(svc, args.ballot, args.box, args.count, args.first, args.prefix or "")
    documents.write_bytes(out, pdf)
    emit(args, {"output": str(out), "count": args.count}, f"Wrote {args.count} ballot papers to {args.output}")
    return 0


def add_papers(p: argparse.ArgumentParser) -> None:
    command(p, cmd_papers)
    p.add_argument("file")
    p.add_argument("ballot", type=int)
    p.add_argument("--box")
    p.add_argument("--count", type=int, required=True)
    p.add_argument("--first", type=int, default=1, help="serial number of the first paper")
    p.add_argument("--prefix", help="printed before each serial, e.g. OF-")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    p.add_argument("--json", action="store_true")


def cmd_register_sheet(args: argparse.Namespace) -> int:
    from ballotdesk.services import documents

    out = output_path(args, args.output)
    with _open(args) as svc:
        pdf = documents.register_pdf(svc) if args.attendance else documents.signin_sheet(svc)
    documents.write_bytes(out, pdf)
    emit(args, {"output": str(out)},
         f"Wrote {'the attendance register' if args.attendance else 'the sign-in sheet'} to {args.output}")
    return 0


def add_register_sheet(p: argparse.ArgumentParser) -> None:
    command(p, cmd_register_sheet)
    p.add_argument("file")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    p.add_argument("--attendance", action="store_true", help="print the attendance register instead")
    p.add_argument("--json", action="store_true")
