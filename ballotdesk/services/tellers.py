"""Tellers and their codes: the chair names each teller and hands out a short code.

Once the chair has named tellers, every count entry is made under a named teller's own name
with that teller's code (the window asks for it when the teller sits down; ``count --code`` on
the command line), so one person cannot make both entries for a box under two names. Before any
teller is named, entries are taken under the name given, as before. The code is kept only as a
slow hash, like the chair's PIN, and is shown once, when it is handed out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ballotdesk.domain import tellers as rules
from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.text import check_text
from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate
from ballotdesk.services.roles import hash_pin, pin_matches, require_chair

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService

@dataclass(frozen=True)
class TellerCode:
    """A teller's name and the code to hand to them (shown once)."""

    name: str
    code: str


def teller_names(svc: MeetingService) -> list[str]:
    """The tellers the chair has named, in order."""
    return [row["name"] for row in svc.store.tellers()]


def codes_required(svc: MeetingService) -> bool:
    """Whether count entries need a teller's code (once the chair has named any teller)."""
    return bool(svc.store.tellers())


def add_teller(svc: MeetingService, name: str, *, pin: str | None = None) -> TellerCode:
    """Name a teller (or give a named teller a new code, the old one then no longer works).

    Raises:
        DomainError: No name, or a name that cannot be printed on the sheet.
        ChairPinError: Without the chair's PIN.
    """
    require_chair(svc, pin, QT_TRANSLATE_NOOP("Roles", "hand out a teller's code"))
    name = " ".join(name.split())
    if not name:
        raise DomainError(translate("Tellers", "The teller needs a name."))
    check_text("teller", name)
    known = next((row["name"] for row in svc.store.tellers() if rules.same_name(row["name"], name)), None)
    name = known or name
    code = rules.new_code()
    with svc.store.change(svc.actor, "teller.code", {"teller": name, "new": known is None}):
        svc.store.upsert_teller(name, hash_pin(code))
    return TellerCode(name, code)


def check_teller(svc: MeetingService, name: str, code: str | None) -> str:
    """The teller's name as the chair named them, once their code is right.

    Raises:
        DomainError: Naming what is wrong: not a named teller, no code, or the wrong code.
    """
    name = " ".join(name.split())
    rows = svc.store.tellers()
    if not rows:
        return name
    row = next((r for r in rows if rules.same_name(r["name"], name)), None)
    if row is None:
        raise DomainError(translate(
            "Tellers", "{0} is not one of the tellers the chair has named ({1}); the chair hands out a code "
                       "to each teller.").format(name, ", ".join(r["name"] for r in rows)))
    if not code or not code.strip():
        raise DomainError(translate("Tellers", "{0} must give the teller's code the chair handed out.").format(
            row["name"]))
    if not pin_matches(rules.typed_code(code), row["code_hash"]):
        raise DomainError(translate("Tellers", "That is not {0}'s teller code.").format(row["name"]))
    return str(row["name"])
