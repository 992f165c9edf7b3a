"""Every endpoint of /api/v1, each role and each refusal, through aiohttp's test client."""

import json

import pytest

from ballotdesk.domain.count import CountFigures
from ballotdesk.domain.errors import DomainError
from ballotdesk.services import ballots as B
from ballotdesk.services import counting
from tests.host.conftest import CODE

# -- joining and tokens -------------------------------------------------------------------------


def test_join_gives_a_token_kept_only_as_a_hash(api, state):
    status, body = api.post("/api/v1/join", {"code": CODE, "device": "Overflow desk", "role": "desk"}, key=None)
    assert status == 200
    assert (body["device"], body["role"], body["box"], body["fingerprint"]) == (
        "Overflow desk", "desk", "Main hall", "AA:BB")
    token = body["token"]
    assert len(token) >= 40
    held = state.devices._devices
    assert token not in held and all(token not in repr(d) for d in held.values())


@pytest.mark.parametrize(("body", "status", "message"), [
    ({"code": "654321", "device": "Desk 2", "role": "desk"}, 403, "That is not the join code shown on the host."),
    ({"code": CODE, "device": "Desk 2", "role": "chair"}, 400, "The role must be one of: desk, teller."),
    ({"code": CODE, "device": "  ", "role": "desk"}, 400, "Give this device a name"),
    ({"code": CODE, "device": "Desk\u202e2", "role": "desk"}, 400, "name"),
    ({"code": CODE, "device": "Desk 2", "role": "desk", "box": "Shed"}, 400, "There is no box called 'Shed'"),
])
def test_join_refusals_say_why(api, body, status, message):
    got, answer = api.post("/api/v1/join", body, key=None)
    assert got == status and message in answer["error"]
    assert api.state.devices.devices() == []


def test_a_name_taken_by_a_device_of_another_role_is_refused(api):
    api.join("Ann Davies", "teller")
    status, body = api.post("/api/v1/join", {"code": CODE, "device": "ann davies", "role": "desk"}, key=None)
    assert status == 409 and "has joined as teller" in body["error"]


def test_joining_again_under_the_same_name_ends_the_earlier_token(api):
    first = api.join("Overflow desk")
    second = api.join("Overflow desk")
    assert api.get("/api/v1/attendance", token=first)[0] == 401
    assert api.get("/api/v1/attendance", token=second)[0] == 200
    assert [d.name for d in api.state.devices.devices()] == ["Overflow desk"]


@pytest.mark.parametrize("header", [None, "Bearer nonsense", "Basic abc", "Bearer "])
def test_every_other_call_needs_a_valid_bearer_token(api, header):
    headers = {"Authorization": header} if header else {}
    for method, path in (("GET", "/api/v1/state"), ("GET", "/api/v1/members?q=zoe"), ("GET", "/api/v1/attendance"),
                         ("GET", "/api/v1/events"), ("POST", "/api/v1/register"), ("POST", "/api/v1/undo"),
                         ("POST", "/api/v1/guest"), ("POST", "/api/v1/count")):
        status, body = api.request(method, path, {}, headers=headers, key="k")
        assert status == 401 and "join again" in body["error"], (method, path)


def test_calls_outside_the_role_are_403(api, ballot):
    desk, teller = api.join("Overflow desk"), api.join("Ann Davies", "teller")
    assert api.get("/api/v1/members?q=zoe", token=teller)[0] == 403
    for path in ("/api/v1/register", "/api/v1/undo", "/api/v1/guest"):
        status, body = api.post(path, {"number": "1001", "name": "X"}, token=teller)
        assert status == 403 and body["error"] == "A teller device cannot do this; it needs the desk role."
    status, body = api.post("/api/v1/count", {"ballot": ballot, "box": "Main hall", "papers": 0, "votes": {}},
                            token=desk)
    assert status == 403 and "needs the teller role" in body["error"]
    assert api.state.gate.service.attendees() == []


def test_a_disconnected_device_is_refused_at_once(api):
    token = api.join("Overflow desk")
    [device] = api.state.devices.devices()
    assert api.state.devices.disconnect(device.id)
    assert api.get("/api/v1/state", token=token)[0] == 401


# -- the desk -----------------------------------------------------------------------------------


def test_members_search_is_the_desk_s_search(api, svc):
    token = api.join()
    svc.register("1001")
    status, body = api.get("/api/v1/members?q=obrien", token=token)
    assert status == 200
    first = body["members"][0]
    assert {k: first[k] for k in ("number", "name", "may_vote", "registered")} == {
        "number": "1001", "name": "Zoë O'Brien", "may_vote": True, "registered": True}
    assert first["reason"] == svc.search("obrien")[0].reason
    assert [m["number"] for m in api.get("/api/v1/members?q=smith", token=token)[1]["members"]] == [
        h.number for h in svc.search("smith", 20)]
    assert api.get("/api/v1/members?q=", token=token)[1] == {"members": []}
    assert api.get("/api/v1/members?q=x&limit=many", token=token)[0] == 400


def test_register_and_issue_into_the_device_s_box_logged_as_the_device(api, svc, ballot):
    own_actor = svc.actor
    token = api.join("Overflow desk", box="Overflow (outside)")
    status, body = api.post("/api/v1/register", {"number": "1001", "ballot": ballot}, token=token)
    assert status == 200
    assert {k: body[k] for k in ("status", "name", "may_vote", "paper")} == {
        "status": "registered", "name": "Zoë O'Brien", "may_vote": True,
        "paper": {"ballot": ballot, "box": "Overflow (outside)", "serial": ""}}
    event = svc.store.events(1)[0]
    assert (event["actor"], event["action"]) == ("Overflow desk (desk)", "attendee.register")
    assert svc.attendees()[0].registered_by == "Overflow desk (desk)"
    assert svc.actor == own_actor  # the host's own actor is put back after the call


@pytest.mark.parametrize(("number", "status", "paper"), [("1002", "registered", None), ("9999", "unknown", None)])
def test_register_statuses(api, ballot, number, status, paper):
    token = api.join()
    code, body = api.post("/api/v1/register", {"number": number, "ballot": ballot}, token=token)
    assert code == 200 and (body["status"], body["paper"]) == (status, paper)


def test_register_already_returned_and_refused(api, svc, ballot):
    token = api.join()
    api.post("/api/v1/register", {"number": "1001", "ballot": ballot}, token=token)
    _, again = api.post("/api/v1/register", {"number": "1001", "ballot": ballot}, token=token)
    assert again["status"] == "already" and again["paper"] is None
    assert again["paper_refused"].startswith("Zoë O'Brien already holds a paper for this ballot in Main hall")
    svc.set_departed([svc.attendees()[0].id], True)
    _, back = api.post("/api/v1/register", {"number": "1001"}, token=token)
    assert back["status"] == "returned"
    B.close_ballot(svc, ballot)
    _, refused = api.post("/api/v1/register", {"number": "1004", "ballot": ballot}, token=token)
    assert refused["status"] == "refused" and "papers are issued only while it is open" in refused["reason"]
    assert [a.number for a in svc.attendees()] == ["1001"]


@pytest.mark.parametrize(("body", "message"), [
    ({}, "Give the membership number as 'number'."),
    ({"number": "1001", "ballot": "one"}, "'ballot' must be a whole number of 0 or more."),
    ({"number": "1001", "box": 3}, "'box' must be text."),
])
def test_register_bad_input_is_400(api, svc, body, message):
    token = api.join()
    status, answer = api.post("/api/v1/register", body, token=token)
    assert (status, answer) == (400, {"error": message})
    assert svc.attendees() == []


def test_a_body_that_is_not_json_is_400(api):
    token = api.join()
    status, body = api.request("POST", "/api/v1/guest", None, token=token, key="k1",
                               headers={"Content-Type": "application/json"})
    assert status == 400 and body == {"error": "The request body is not JSON."}


def test_undo_takes_back_only_this_device_s_last_registration(api, svc, ballot):
    desk, other = api.join("Overflow desk"), api.join("Door desk")
    assert api.post("/api/v1/undo", token=desk)[0] == 409
    api.post("/api/v1/register", {"number": "1001", "ballot": ballot}, token=desk)
    status, body = api.post("/api/v1/undo", token=other)
    assert status == 409 and "only its own latest registration" in body["error"]
    api.post("/api/v1/register", {"number": "1004"}, token=other)
    status, body = api.post("/api/v1/undo", token=desk)  # someone registered since: not its to take back
    assert status == 409 and "no longer the latest registration" in body["error"]
    status, body = api.post("/api/v1/undo", token=other)
    assert status == 200 and body == {"undone": {"number": "1004", "name": "Łukasz Wójcik"}, "papers": []}
    status, body = api.post("/api/v1/undo", token=other)
    assert status == 409 and "Nothing to undo" in body["error"]
    assert [a.number for a in svc.attendees()] == ["1001"]


def test_a_desk_that_joined_again_can_still_undo_its_registration(api, svc):
    desk = api.join("Overflow desk")
    api.post("/api/v1/register", {"number": "1001"}, token=desk)
    desk = api.join("Overflow desk")  # the page was reloaded
    status, body = api.post("/api/v1/undo", token=desk)
    assert status == 200 and body["undone"]["number"] == "1001"
    assert svc.attendees() == []


def test_undo_takes_the_paper_back_too(api, svc, ballot):
    desk = api.join("Overflow desk")
    api.post("/api/v1/register", {"number": "1001", "ballot": ballot}, token=desk)
    status, body = api.post("/api/v1/undo", token=desk)
    assert status == 200 and body["papers"] == [{"ballot": "Motion 1", "box": "Main hall"}]
    assert svc.store.papers(ballot) == [] and svc.store.events(1)[0]["actor"] == "Overflow desk (desk)"


def test_guests_and_provisional_attendees(api, svc):
    desk = api.join()
    status, body = api.post("/api/v1/guest", {"name": "Carys Bevan", "note": "press"}, token=desk)
    assert status == 200 and (body["name"], body["kind"], body["may_vote"]) == ("Carys Bevan", "guest", False)
    status, body = api.post("/api/v1/guest", {"name": "Dylan Morgan", "provisional": True, "reason": ""}, token=desk)
    assert status == 409 and "Say why this person is admitted provisionally" in body["error"]
    status, body = api.post("/api/v1/guest", {"name": "Dylan Morgan", "provisional": True,
                                              "reason": "renewed last week"}, token=desk)
    assert status == 200 and body["kind"] == "provisional"
    assert [(a.kind, a.registered_by) for a in svc.attendees()] == [("guest", "Overflow desk (desk)"),
                                                                   ("provisional", "Overflow desk (desk)")]


def test_attendance_is_attendance_json(api, svc):
    token = api.join()
    svc.register("1001")
    status, body = api.get("/api/v1/attendance", token=token)
    assert status == 200 and body == svc.figures().as_json()


def test_state_tells_the_meeting_the_device_the_ballots_and_figures(api, svc, ballot):
    token = api.join("Overflow desk", box="Overflow (outside)")
    status, body = api.get("/api/v1/state", token=token)
    assert status == 200
    assert body["meeting"]["title"] == "Nominating meeting"
    assert body["device"] == {"name": "Overflow desk", "role": "desk", "box": "Overflow (outside)"}
    assert body["boxes"] == ["Main hall", "Overflow (outside)"]
    [shown] = body["ballots"]
    assert (shown["id"], shown["status"], shown["options"]) == (ballot, "open", ["For", "Against"])
    assert body["quorum"] == {"required": 3, "present": 0, "quorate": False}
    assert body["figures"] == svc.figures().as_json() and body["fingerprint"] == "AA:BB"
    events, head = svc.store.audit_head()
    assert body["record"] == {"events": events, "head": head, "key": svc.store.record_key.key_id}


def test_the_head_a_device_was_given_anchors_the_record(api, svc, tmp_path):
    """What a joined device keeps (the head) is what `verify FILE --head` checks the file against."""
    from ballotdesk.services.backup import verify_file

    token = api.join()
    svc.register("1001")
    held = api.get("/api/v1/state", token=token)[1]["record"]["head"]
    svc.register("1004")
    assert verify_file(svc.path, head=held).intact
    assert not verify_file(svc.path, head="0" * 64).intact


def test_unknown_api_paths_answer_in_json(api):
    status, body = api.get("/api/v1/nothing")
    assert status == 404 and "There is no GET /api/v1/nothing" in body["error"]


# -- tellers ------------------------------------------------------------------------------------


def _closed_with_papers(svc, ballot):
    for number in ("1001", "1004"):
        svc.register(number, ballot)
    B.close_ballot(svc, ballot)


def test_two_tellers_on_two_devices_make_a_box_definitive_blind(api, svc, ballot):
    _closed_with_papers(svc, ballot)
    ann, bob = api.join("Ann Davies", "teller"), api.join("Bob Evans", "teller")
    entry = {"ballot": ballot, "box": "Main hall", "papers": 2, "votes": {"For": 1, "Against": 1}}
    status, body = api.post("/api/v1/count", entry, token=ann)
    assert status == 200 and body["state"] == "second entry"
    _, seen = api.get("/api/v1/state", token=bob)
    box = seen["ballots"][0]["boxes"][0]
    assert box == {"name": "Main hall", "state": "second entry", "entries": 1, "tellers": ["Ann Davies"]}
    assert "1" not in json.dumps(seen["ballots"][0]["boxes"]).replace('"entries": 1', "")  # no figures at all
    status, body = api.post("/api/v1/count", entry, token=ann)
    assert status == 409 and body["error"] == ("The second count of Main hall must be entered on another device "
                                               "than the first, by another teller.")
    status, body = api.post("/api/v1/count", entry, token=bob)
    assert status == 200 and body["state"] == "definitive"
    assert [e["actor"] for e in svc.store.events(2)] == ["Bob Evans (teller)", "Ann Davies (teller)"]


def test_a_second_entry_that_differs_names_the_fields_not_the_figures(api, svc, ballot):
    _closed_with_papers(svc, ballot)
    ann, bob = api.join("Ann Davies", "teller"), api.join("Bob Evans", "teller")
    api.post("/api/v1/count", {"ballot": ballot, "box": "Main hall", "papers": 2, "votes": {"For": 2, "Against": 0}},
             token=ann)
    status, body = api.post("/api/v1/count", {"ballot": ballot, "box": "Main hall", "papers": 2,
                                              "votes": {"For": 1, "Against": 1}}, token=bob)
    assert status == 200 and body["state"] == "differs"
    assert "2" not in body["message"] and "chair" in body["message"]


@pytest.mark.parametrize(("entry", "status", "message"), [
    ({"box": "Main hall", "papers": 2, "votes": {"For": 2}}, 409, "Give a figure for every option (0 if none): 'Against' missing."),
    ({"box": "Main hall", "papers": 2, "votes": {"For": 2, "Against": 0, "Maybe": 1}}, 409, "has no option 'Maybe'"),
    ({"box": "Shed", "papers": 2, "votes": {"For": 2, "Against": 0}}, 409, "There is no box called 'Shed'"),
    ({"box": "Main hall", "papers": -1, "votes": {"For": 2, "Against": 0}}, 400, "'papers' must be a whole number"),
    ({"box": "Main hall", "papers": 2, "votes": {"For": True, "Against": 0}}, 400, "'votes' must map each option"),
    ({"papers": 2, "votes": {"For": 2, "Against": 0}}, 400, "Give the box's name as 'box'."),
])
def test_count_refusals(api, svc, ballot, entry, status, message):
    _closed_with_papers(svc, ballot)
    teller = api.join("Ann Davies", "teller")
    got, body = api.post("/api/v1/count", {"ballot": ballot, **entry}, token=teller)
    assert got == status and message in body["error"]
    assert svc.store.count_entries(ballot) == []


def test_a_count_on_an_open_ballot_is_refused_by_the_service(api, ballot):
    teller = api.join("Ann Davies", "teller")
    status, body = api.post("/api/v1/count", {"ballot": ballot, "box": "Main hall", "papers": 0,
                                              "votes": {"For": 0, "Against": 0}}, token=teller)
    assert status == 409 and "counts are entered once it is closed" in body["error"]


def test_chair_actions_have_no_endpoint(api, svc, ballot):
    teller = api.join("Ann Davies", "teller")
    _closed_with_papers(svc, ballot)
    counting.enter_count(svc, ballot, "Main hall", "X", CountFigures(2, (1, 1)))
    for path in ("/api/v1/declare", "/api/v1/resolve", "/api/v1/open", "/api/v1/close"):
        assert api.post(path, {"ballot": ballot}, token=teller)[0] == 404


# -- failures in words --------------------------------------------------------------------------


def test_a_number_too_big_for_the_file_is_bad_input(api, svc):
    token = api.join()
    status, body = api.post("/api/v1/register", {"number": "1001", "ballot": 10**30}, token=token)
    assert (status, body) == (400, {"error": "'ballot' must be a whole number of 0 or more."})
    assert svc.attendees() == []


def test_a_meeting_file_that_fails_is_503_and_nothing_is_saved(api, svc, monkeypatch):
    from ballotdesk.store.meeting_store import MeetingFileError

    def full(*_args, **_kwargs):
        raise MeetingFileError("the disk is full")

    token = api.join()
    monkeypatch.setattr(type(svc), "register", full)
    status, body = api.post("/api/v1/register", {"number": "1001"}, token=token, key="r1")
    assert (status, body) == (503, {"error": "Nothing was saved: the disk is full"})
    monkeypatch.undo()
    status, body = api.post("/api/v1/register", {"number": "1001"}, token=token, key="r1")  # a retry may succeed
    assert status == 200 and body["status"] == "registered"


def test_an_unexpected_failure_is_one_sentence_in_json(api, svc, monkeypatch, caplog):
    def broken(*_args, **_kwargs):
        raise KeyError("surprise")

    token = api.join()
    monkeypatch.setattr(type(svc), "search", broken)
    status, body = api.get("/api/v1/members?q=zoe", token=token)
    assert status == 500 and body == {"error": "The host could not do that (KeyError); nothing was saved. "
                                               "Tell the chair."}
    assert "GET /api/v1/members failed" in caplog.text  # the traceback stays in the host's log


def test_one_device_or_one_address_never_makes_both_entries_for_a_box(svc, ballot):
    from ballotdesk.host.payloads import enter_count, same_device, second_device_entry

    assert same_device((1, "192.168.1.30"), (1, "192.168.1.30"))
    assert same_device((1, "192.168.1.30"), (2, "192.168.1.30"))  # another name typed on the same laptop
    assert not same_device((1, "192.168.1.30"), (2, "192.168.1.31"))
    assert not same_device((1, "127.0.0.1"), (2, "127.0.0.1"))  # the host's own screen is not a hall device
    _closed_with_papers(svc, ballot)
    firsts = {}

    def entry(teller, device):
        return second_device_entry(svc, firsts, device, lambda: enter_count(
            svc, ballot, "Main hall", teller, 2, {"For": 1, "Against": 1}, 0, 0), ballot, "Main hall")

    assert entry("Ann Davies", (1, "192.168.1.30")).state == "second entry"
    with pytest.raises(DomainError, match="must be entered on another device than the first"):
        entry("Bob Evans", (2, "192.168.1.30"))
    assert entry("Bob Evans", (3, "192.168.1.31")).state == "definitive"


def test_a_device_that_asks_for_welsh_is_answered_in_welsh(api, svc, ballot):
    from ballotdesk.domain import words
    from ballotdesk.ui.i18n import install_document_words

    install_document_words()
    words.language_words("cy")  # as HostServer.start does: Qt's translator made on the main thread
    try:
        B.close_ballot(svc, ballot)
        token = api.join()
        _, english = api.post("/api/v1/register", {"number": "1001", "ballot": ballot}, token=token)
        _, welsh = api.request("POST", "/api/v1/register", {"number": "1001", "ballot": ballot}, token=token,
                               key="cy-1", headers={"Accept-Language": "cy-GB,cy;q=0.9,en;q=0.5"})
    finally:
        words.set_language_provider(None)
    assert english["reason"] == f"Ballot {ballot} is closed; papers are issued only while it is open."
    assert welsh["status"] == "refused" and "dim ond tra bo'r bleidlais ar agor y dosberthir papurau" in welsh["reason"]
