"""The preferential count on the result sheet: quota, the stage table, the elected in order, rejected papers.

Laid out from the :class:`~ballotdesk.domain.preferential.table.StageTable` the result page and the
projector draw too. Stages run across in chunks that fit the page beside a readable name column;
each cell gives the stage's transfer (small, signed) above the candidate's total, as the familiar
hand-written STV result sheet does.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from ballotdesk.domain.preferential.table import StageCell, StageTable
from ballotdesk.domain.words import translate
from ballotdesk.reports.base import BaseDocument, cell, esc, grid_table, header_width, markup, para

STAGE_WIDTH = 19 * mm
"""A stage column: room for "12345.67890" in the sheet's numeric cells."""
_KEEP = 34 * mm


def _cell_markup(value: StageCell) -> str:
    if value.state == "out":
        return "—"
    total = esc(value.total)
    if value.state == "elected":
        total = f"<b>{total}</b> ✔"
    elif value.state == "excluded":
        total = f"{total} ✘"
    change = f'<font size="6.5">{esc(value.change)}</font><br/>' if value.change else ""
    return change + total


def stages_story(table: StageTable, doc: BaseDocument) -> list[Flowable]:
    """The flowables of the count: heading, quota, the stage table(s), elected in order, rejected papers.

    The rules the count followed are named in the sheet's heading, where other ballots name their majority rule.
    """
    story: list[Flowable] = [CondPageBreak(_KEEP), para(translate("Reports", "The count, stage by stage"), "Heading"),
                             markup(translate("Reports", "<b>Quota:</b> {0}").format(esc(table.quota))),
                             Spacer(1, 2 * mm)]
    name_width = max(doc.width * 0.28, min(doc.width * 0.4, max((header_width(n) for n in table.candidates),
                                                                  default=30 * mm)))
    per_table = max(1, int((doc.width - name_width) // STAGE_WIDTH))
    columns = list(range(len(table.columns)))
    for start in range(0, len(columns), per_table):
        chunk = columns[start:start + per_table]
        widths = [(doc.width - name_width) / per_table] * len(chunk)
        rows: list[list[object]] = [[cell(translate("Reports", "Candidate"), "CellHead"), *(
            markup(translate("Reports", "Stage {0}").format(table.columns[i].number), "CellHeadNum") for i in chunk)]]
        rows.append([cell(translate("Reports", "Action"), "Small"),
                     *(cell(table.columns[i].action, "Small") for i in chunk)])
        for name, cells in zip(table.candidates, table.rows, strict=True):
            rows.append([cell(name + (" ✔" if name in table.elected else ""),
                              "CellBold" if name in table.elected else "Cell"),
                         *(markup(_cell_markup(cells[i]), "CellNum") for i in chunk)])
        rows.append([cell(translate("Reports", "Non-transferable"), "Cell"),
                     *(markup(_cell_markup(table.non_transferable[i]), "CellNum") for i in chunk)])
        rows.append([cell(translate("Reports", "Total"), "CellBold"),
                     *(cell(table.totals[i], "CellNumBold") for i in chunk)])
        story += [grid_table(rows, [name_width, *widths], header_rows=2, total_rows=[-1]), Spacer(1, 2 * mm)]
    for column in table.columns:
        if column.note:
            story.append(markup(translate("Reports", "<b>Stage {0}:</b> {1}").format(column.number, esc(column.note)),
                                "Small"))
    story.append(markup(translate("Reports", "<b>Elected, in order:</b> {0}").format(
        "; ".join(f"{i}. {esc(n)}" for i, n in enumerate(table.elected, 1)))))
    if table.rejected:
        story.append(markup(translate("Reports", "<b>Papers rejected:</b> {0}").format(
            "; ".join(f"{esc(translate('Preferential', reason))}: {n}" for reason, n in table.rejected.items()))))
    else:
        story.append(markup(translate("Reports", "<b>Papers rejected:</b> none")))
    return story
