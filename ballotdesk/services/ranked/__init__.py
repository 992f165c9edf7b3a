"""Preferential ballots in a meeting: papers keyed batch by batch, four eyes, counted by the published rules.

A preferential ballot is an ordinary ballot (draft, open, closed, counting, counted, declared; papers
issued into boxes) with a method: ``irv`` (the alternative vote, one seat) or ``stv`` with its rules
(Scottish STV, ERS97, Meek). Instead of a figure per candidate, each box's papers are keyed one by one
in batches; each batch is keyed twice by two tellers who do not see each other's keying; equal
keyings make the batch definitive, and keyings that differ go to the chair, who settles the papers
that differ (PIN and reason, as for a count dispute). When the last batch of a box is definitive the
box is: its first preferences become the box's definitive count, so the ballot paper account, the
"counted" state and the declaration work as for every other ballot. The count itself is
:func:`ballotdesk.domain.preferential.count`, the very code of ``ballotdesk stv``.

Every function that changes the meeting is one ``store.change`` with one audit event. No Qt here.

The package is the public face (``from ballotdesk.services import ranked``, then ``ranked.enter_batch``);
its modules split the work: ``methods`` (the method and rules, the ballot), ``keying`` (batches keyed
twice), ``settle`` (the chair's decision on keyings that differ), ``blt_files`` (papers in and out as
``.blt`` files) and ``result`` (the count, its outcome, the lot).
"""

from __future__ import annotations

from ballotdesk.services.ranked.blt_files import ballot_file, import_blt
from ballotdesk.services.ranked.keying import (
    BatchOutcome,
    BatchState,
    BoxProgress,
    KeyingStart,
    box_progress,
    definitive_papers,
    enter_batch,
    next_keying,
    tellers,
)
from ballotdesk.services.ranked.methods import (
    METHOD_LINES,
    METHODS,
    PURPOSE_WORDS,
    RULES_LINES,
    STV_RULES,
    RankedBallot,
    create_ballot,
    lot_words,
    method_line,
    method_rules_label,
    method_spec,
    ranked_ballot,
    ranked_methods,
    require_ranked,
    rules_line,
)
from ballotdesk.services.ranked.result import (
    RankedCount,
    check_declarable,
    count_ballot,
    outcome_text,
    record_lot,
    result_fields,
)
from ballotdesk.services.ranked.settle import Dispute, disputes, settle_batch

__all__ = ["METHODS", "METHOD_LINES", "PURPOSE_WORDS", "RULES_LINES", "STV_RULES", "BatchOutcome",
           "BatchState", "BoxProgress", "Dispute", "KeyingStart", "RankedBallot", "RankedCount",
           "ballot_file", "box_progress", "check_declarable", "count_ballot", "create_ballot",
           "definitive_papers", "disputes", "enter_batch", "import_blt", "lot_words", "method_line",
           "method_rules_label", "method_spec", "next_keying", "outcome_text", "ranked_ballot",
           "ranked_methods", "record_lot", "require_ranked", "result_fields", "rules_line", "settle_batch",
           "tellers"]
