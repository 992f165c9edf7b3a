"""A whole evening through the services: the branch of 4,625, 370 voters, the overflow box."""

import csv
import datetime as dt
import random

from ballotdesk.domain.ballot import BallotSpec, Kind, Rule
from ballotdesk.domain.count import CountFigures
from ballotdesk.services import ballots as B
from ballotdesk.services import counting, papers, results
from ballotdesk.services.meeting import MeetingService

CUTOFF = dt.date(2016, 1, 12)


def write_roll(path, rng):
    rows = []
    for i in range(4625):
        late = i < 1600
        joined = CUTOFF + dt.timedelta(days=rng.randint(1, 3000)) if late else CUTOFF - dt.timedelta(
            days=rng.randint(0, 9000))
        rows.append([f"{100000 + i}", f"First{i}", f"Surname{i}", "Ward", "SA15 1AA", joined.strftime("%d/%m/%Y"),
                     "Current"])
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Membership Number", "Forename", "Surname", "Branch", "Postcode", "Join Date", "Status"])
        writer.writerows(rows)


def test_nominating_meeting_end_to_end(tmp_path):
    rng = random.Random(7)
    write_roll(tmp_path / "roll.csv", rng)
    svc = MeetingService.create(tmp_path / "branch", title="Nominating meeting", date=dt.date(2026, 11, 28),
                                cutoff=CUTOFF, quorum="5%", voting_statuses=["Current"])
    summary = svc.import_roll(tmp_path / "roll.csv")
    assert (summary.imported, summary.skipped) == (4625, [])
    assert svc.eligible_on_roll() == 3025

    eligible = [f"{100000 + i}" for i in range(1600, 4625)]
    late = [f"{100000 + i}" for i in range(0, 1600)]
    voters = rng.sample(eligible, 370)
    for number in voters:
        assert svc.register(number).may_vote
    for number in late[:30]:  # joined after the cut-off: may attend, may not vote
        registration = svc.register(number)
        assert registration.registered and not registration.may_vote
    figures = svc.figures()
    assert (figures.registered, figures.may_vote_present, figures.quorum, figures.quorate) == (400, 370, 152, True)

    B.add_box(svc, "Overflow (outside)")
    spec = BallotSpec(title="Nomination", question="Who shall the branch nominate?", kind=Kind.ELECTION,
                      options=("Jeremy Corbyn", "Another Candidate"), rule=Rule.ABSOLUTE, elected_word="nominated")
    bid = B.create_ballot(svc, spec)
    B.open_ballot(svc, bid)
    for i, number in enumerate(voters):
        box = "Main hall" if i < 300 else "Overflow (outside)"
        papers.issue_paper(svc, bid, papers.attendee_for_member(svc, number), box)
    # The member who voted in the hall cannot also vote outside.
    try:
        papers.issue_paper(svc, bid, papers.attendee_for_member(svc, voters[0]), "Overflow (outside)")
        raise AssertionError("a second paper was issued")
    except Exception as error:
        assert "already holds a paper for this ballot in Main hall" in str(error)
    B.close_ballot(svc, bid)

    main = CountFigures(300, (215, 82), 3, 0)
    overflow = CountFigures(70, (51, 18), 1, 0)
    for teller in ("Ann", "Bob"):
        counting.enter_count(svc, bid, "Main hall", teller, main)
        counting.enter_count(svc, bid, "Overflow (outside)", teller, overflow)
    result = results.result_json(svc, bid)
    assert result["status"] == "counted"
    jc, other = result["options"]
    assert (jc["votes"], other["votes"], result["abstentions"], result["rejected"]) == (266, 100, 4, 0)
    assert jc["per_box"] == {"Main hall": 215, "Overflow (outside)": 51}
    assert (result["votes_cast"], result["necessary"]) == (366, 184)
    assert result["winners"] == ["Jeremy Corbyn"]
    assert [(b["name"], b["issued"], b["found"], b["variance"]) for b in result["boxes"]] == [
        ("Main hall", 300, 300, 0), ("Overflow (outside)", 70, 70, 0)]

    declared = results.declare(svc, bid, "Mary Jones")
    assert declared["status"] == "declared" and declared["declared_by"] == "Mary Jones"
    assert "Jeremy Corbyn" in declared["outcome"] and "nominated" in declared["outcome"]
    svc.close()
    again = MeetingService.open(tmp_path / "branch.ballotdesk")
    assert results.result_json(again, bid)["status"] == "declared"
    again.close()
