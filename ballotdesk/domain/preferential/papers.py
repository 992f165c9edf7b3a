"""Which papers count, and up to which preference: the rules' reading of a paper kept as marked.

Every rule implemented here reads a paper the same way, as the Scottish order (rule 40), the ERS97
glossary (6.9, 6.10, 6.12) and the PR Foundation's reference rule do:

- no first preference, or a first preference given to more than one candidate (void for uncertainty),
  makes the paper invalid: it is rejected, and the result counts it under that reason;
- the preferences are followed in order until a skipped number or a number given to more than one
  candidate: from there on the next preference is uncertain, so the paper stops (it is
  non-transferable when it gets there, never rejected);
- a candidate marked again further on adds nothing and is passed over;
- a withdrawn candidate is passed over as if never on the paper; a paper that named only withdrawn
  candidates has no preference for anyone standing, and is rejected for that reason.
"""

from __future__ import annotations

from ballotdesk.domain.preferential.blt import Paper

NO_FIRST = "no first preference"
EQUAL_FIRST = "first preference for more than one candidate"
ONLY_WITHDRAWN = "preferences only for withdrawn candidates"
REASONS = (NO_FIRST, EQUAL_FIRST, ONLY_WITHDRAWN)
"""Why a paper is rejected, in the order a result sheet lists them."""


def ranking(paper: Paper, withdrawn: frozenset[int] = frozenset()) -> tuple[int, ...] | str:
    """The candidates (numbered from 1) the paper ranks, in order, or the reason it is rejected."""
    marks = [tuple(c for c in group if c not in withdrawn) if group else () for group in paper.marks]
    # A preference that named only withdrawn candidates is dropped, not read as a gap.
    marks = [group for group, original in zip(marks, paper.marks, strict=True) if group or not original]
    if not marks or not marks[0]:
        return ONLY_WITHDRAWN if any(paper.marks) and not any(marks) else NO_FIRST
    if len(marks[0]) > 1:
        return EQUAL_FIRST
    order: list[int] = []
    for group in marks:
        if len(group) != 1:
            break
        if group[0] not in order:
            order.append(group[0])
    return tuple(order)
