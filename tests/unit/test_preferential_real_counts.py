"""Published council counts (Glasgow, 3 May 2007) counted by Scottish STV give the official results.

The official results are listed in tests/data/blt/README.md with their sources; the stage figures
were also compared with Droop's reports for the same files (every candidate, every stage).
"""

from decimal import Decimal
from pathlib import Path

import pytest

from ballotdesk.domain.preferential import count, read_blt_file

DATA = Path(__file__).resolve().parents[1] / "data" / "blt"


def test_govan_2007_official_result():
    result = count(read_blt_file(DATA / "Govan-2007.blt"), "scottish")
    assert (result.papers, result.valid, result.quota) == (9560, 9560, Decimal(1913))
    assert sorted(result.elected) == ["Allison Hunter", "John Flanagan", "Shaukat Butt", "Stephen Dornan"]
    assert result.stages[0].votes["Allison Hunter"] == 2694 and result.stages[0].elected == ("Allison Hunter",)
    # Droop's report, stage 2 (Allison Hunter's surplus) and the last stage.
    assert str(result.stages[1].votes["John Flanagan"]) == "1705.12340"
    assert str(result.stages[-1].votes["Shaukat Butt"]) == "1675.73560"


def test_greater_pollok_2007_official_result():
    result = count(read_blt_file(DATA / "Greater-Pollock-2007.blt"), "scottish")
    first = {name: int(v) for name, v in result.stages[0].votes.items()}
    assert first == {"Keith Baldassara": 591, "Fleming Carswell": 393, "Patricia Duffy": 2173, "Alex Glass": 1637,
                     "Tommy Morrison": 1180, "Rory O'Brien": 549, "William O'Rourke": 1296, "Caroline Scott": 233,
                     "Alice Sheridan": 630}
    assert result.elected == ("Patricia Duffy", "Alex Glass", "Tommy Morrison", "William O'Rourke")
    counted_at = {name: stage.number for stage in result.stages for name in stage.elected}
    assert counted_at == {"Patricia Duffy": 1, "Alex Glass": 4, "Tommy Morrison": 8, "William O'Rourke": 8}
    assert str(result.stages[3].votes["Alex Glass"]) == "1801.36704"


@pytest.mark.parametrize("rules", ["scottish", "ers97", "meek"])
def test_every_stage_adds_up_to_the_valid_papers(rules):
    result = count(read_blt_file(DATA / "Govan-2007.blt"), rules)
    for stage in result.stages:
        assert sum(stage.votes.values()) + stage.non_transferable == result.valid, stage.action
    assert len(result.elected) == 4


@pytest.mark.parametrize(("rules", "places"), [("scottish", 5), ("ers97", 2), ("meek", 9), ("irv", 0)])
def test_values_are_exact_decimals_at_the_rules_precision(rules, places):
    result = count(read_blt_file(DATA / "Greater-Pollock-2007.blt"), rules, seats=1 if rules == "irv" else None)
    assert result.places == places
    values = [result.quota, *(v for s in result.stages for v in (*s.votes.values(), s.non_transferable))]
    assert all(isinstance(v, Decimal) and v == round(v, places) for v in values)
    first = result.as_json()["stages"][0]["votes"]["Alex Glass"]
    assert first == ("1637." + "0" * places if places else "1637")
