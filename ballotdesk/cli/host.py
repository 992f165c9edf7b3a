"""``ballotdesk host``: serve the meeting to the hall's devices (desks, tellers) until stopped.

A command of its own module because it is the one that runs all evening (the aiohttp server
of :mod:`ballotdesk.host`, loaded only when it runs) rather than making one change and exiting.
"""

from __future__ import annotations

import argparse
from typing import Any

from ballotdesk.cli.base import _open, command, install_document_languages


def _port(text: str) -> int:
    """A TCP port, 0 (any free one) to 65535."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"'{text}' is not a port (a whole number from 0 to 65535)")
    return value


def cmd_host(args: argparse.Namespace) -> int:
    """Serve the meeting to the hall's devices until SIGINT/SIGTERM; the one writer all evening."""
    from ballotdesk.host.server import announcement, serve

    def announce(server: Any) -> None:
        if args.json:
            print(announcement(server), flush=True)
        else:
            print(f"Hosting at {server.url}\nJoin code: {server.join_code}\n"
                  + (f"Certificate fingerprint (SHA-256): {server.fingerprint}\n" if server.fingerprint else
                     "Plain HTTP: anyone on this network can read what the devices send.\n")
                  + "Stop with Ctrl+C.", flush=True)

    install_document_languages()  # a device that asks for Welsh is answered in Welsh (QtCore only, no screen)
    with _open(args, actor="host") as service:
        serve(service, port=args.port, bind=args.bind, https=not args.plain_http, announce=announce)
    if not args.json:
        print("Hosting stopped; every device is disconnected.")
    return 0


def add_host(p: argparse.ArgumentParser) -> None:
    command(p, cmd_host)
    p.add_argument("file")
    p.add_argument("--port", type=_port, default=8765, help="TCP port to listen on (default 8765; 0: any free one)")
    p.add_argument("--bind", default="0.0.0.0", metavar="ADDRESS",
                   help="address to listen on (default 0.0.0.0: every network of this computer)")
    p.add_argument("--plain-http", action="store_true",
                   help="serve plain HTTP instead of HTTPS (only on a private hotspot: traffic can be read)")
    p.add_argument("--json", action="store_true",
                   help="print one JSON line {url, join_code, fingerprint} once listening")
