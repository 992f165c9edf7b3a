"""The quorum as a safeguard: a ballot is opened and a result declared only while the meeting is quorate.

A chair may rule that the quorum applies only at the start of the meeting (many rule books do),
so an inquorate opening or declaration is not forbidden outright: the chair overrides it with the
PIN and a reason. Either way the figures are recorded (in the audit event, and in the declared
result) so the signed sheet can say how many were present and who decided what.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING, Any

from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate
from ballotdesk.services.roles import require_chair

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService


class InquorateError(DomainError):
    """Refused because the meeting is not quorate; the chair may override with the PIN and a reason."""


@dataclass(frozen=True)
class QuorumRecord:
    """The quorum at one moment (a ballot's opening or its declaration).

    Attributes:
        rule: The quorum as set for the meeting: "40" members or "10%" of the eligible members.
        needed: Members present and entitled to vote that the rule asks for.
        present: Members present and entitled to vote at that moment.
        override: The chair's reason for going ahead although the meeting was inquorate ("" if quorate).
    """

    rule: str
    needed: int
    present: int
    override: str = ""

    @property
    def quorate(self) -> bool:
        """Enough members present and entitled to vote."""
        return self.present >= self.needed

    def as_json(self) -> dict[str, Any]:
        """As kept in the audit event and the declared result."""
        return {**asdict(self), "quorate": self.quorate}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> QuorumRecord | None:
        """Read back what :meth:`as_json` wrote (None for a ballot opened before quorums were recorded)."""
        if not data:
            return None
        return cls(str(data["rule"]), int(data["needed"]), int(data["present"]), str(data.get("override") or ""))

    def rule_words(self) -> str:
        """The rule as the sheet and the refusals say it."""
        if self.rule.endswith("%"):
            return translate("Quorum", "{0} of the members entitled to vote").format(self.rule)
        return (translate("Quorum", "1 member") if self.rule == "1"
                else translate("Quorum", "{0} members").format(self.rule))


def quorum_now(svc: MeetingService) -> QuorumRecord:
    """The quorum as it stands now, from the desk's live figures."""
    figures = svc.figures()
    return QuorumRecord(str(svc.quorum()), figures.quorum, figures.may_vote_present)


_REFUSED = {
    "open": QT_TRANSLATE_NOOP("Quorum", "The meeting is not quorate ({0} present and entitled to vote, {1} needed): "
                                        "the ballot cannot be opened. The chair may go ahead with the PIN and a "
                                        "reason (e.g. the quorum applies only at the start of the meeting)."),
    "declare": QT_TRANSLATE_NOOP("Quorum", "The meeting is not quorate ({0} present and entitled to vote, {1} "
                                           "needed): the result cannot be declared. The chair may go ahead with the "
                                           "PIN and a reason (e.g. the quorum applies only at the start of the "
                                           "meeting)."),
}


def refusal(record: QuorumRecord, step: str) -> str:
    """Why ``step`` ("open" or "declare") is refused while inquorate, in words."""
    return translate("Quorum", _REFUSED[step]).format(f"{record.present:,}", f"{record.needed:,}")


def check_quorum(svc: MeetingService, step: str, reason: str | None, pin: str | None) -> QuorumRecord:
    """The quorum now, refused while inquorate unless the chair overrides it with the PIN and a reason.

    Raises:
        InquorateError: Inquorate and no reason was given.
        ChairPinError: Inquorate, a reason given, but not the chair's PIN.
    """
    record = quorum_now(svc)
    if record.quorate:
        return record
    reason = " ".join((reason or "").split())
    if not reason:
        raise InquorateError(refusal(record, step))
    require_chair(svc, pin, QT_TRANSLATE_NOOP("Roles", "go ahead although the meeting is not quorate"))
    return replace(record, override=reason)
