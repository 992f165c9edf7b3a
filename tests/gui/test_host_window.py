"""Meeting › Host on the Network…: the window the chair hosts from, driven as the chair would.

The HTTP server is replaced by a fake that records what the window asked of it (the real
server is exercised end to end by tests/browser/); here the window's own behaviour is checked:
the address and its QR code, the join code and changing it, the devices with their role and
last seen, disconnecting one, the plain-HTTP warning, and stopping on close.
"""

from __future__ import annotations

import json
import re
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from ballotdesk.services.meeting import MeetingService
from ballotdesk.ui.actions import ActionName
from ballotdesk.ui.context import MeetingContext
from ballotdesk.ui.desk.page import DeskPage
from ballotdesk.ui.host.devices import DevicesModel, JoinedDevice
from ballotdesk.ui.host.window import HostWindow, qr_image, valid_join_code
from ballotdesk.ui.shell.main_window import MainWindow

# Offscreen, a window cannot be raised: the window brings itself forward when shown again.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@dataclass
class FakeHost:
    """Stands in for ballotdesk.host's server: what the window reads and the calls it makes."""

    https: bool
    port: int
    on_change: Callable[[str], None]
    join_code: str = "482913"
    joined: list[JoinedDevice] = field(default_factory=list)
    calls: list[tuple[str, object]] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"{'https' if self.https else 'http'}://192.168.1.20:{self.port}/"

    @property
    def fingerprint(self) -> str | None:
        return "AB:CD:" * 15 + "EF:01" if self.https else None

    def set_join_code(self, code: str | None = None) -> str:
        self.calls.append(("code", code))
        self.join_code = code or "777111"
        return self.join_code

    def devices(self) -> list[JoinedDevice]:
        return list(self.joined)

    def disconnect(self, device_id: str) -> None:
        self.calls.append(("disconnect", device_id))
        self.joined = [d for d in self.joined if d.id != device_id]

    def stop(self) -> None:
        self.calls.append(("stop", None))


@pytest.fixture
def hosts(monkeypatch) -> list[FakeHost]:
    """Every fake host the window started, in order."""
    started: list[FakeHost] = []

    def start(_context: MeetingContext, https: bool, port: int, on_change: Callable[[str], None]) -> FakeHost:
        host = FakeHost(https, port, on_change)
        started.append(host)
        return host

    monkeypatch.setattr(HostWindow, "starter", staticmethod(start))
    return started


@pytest.fixture
def host_window(window: MainWindow, hosts, qtbot) -> Iterator[HostWindow]:
    window.action_map[ActionName.HOST].trigger()
    dialog = window.host_window
    assert dialog is not None and dialog.isVisible()
    yield dialog
    dialog.stop()


def test_the_meeting_menu_opens_the_host_window_and_start_shows_how_to_join(host_window, hosts, qtbot):
    assert not host_window.hosting
    assert host_window.address.text() == "Not hosting"
    assert not host_window.disconnect_button.isEnabled()
    qtbot.mouseClick(host_window.start_button, Qt.MouseButton.LeftButton)
    assert host_window.hosting and len(hosts) == 1 and hosts[0].https
    assert host_window.address.text() == "https://192.168.1.20:8765/"
    assert host_window.code.text() == "482913"
    assert host_window.fingerprint.text().startswith("AB:CD:")
    pixmap = host_window.qr.pixmap()
    assert not pixmap.isNull() and pixmap.width() == pixmap.height() >= 150
    assert not host_window.start_button.isEnabled() and host_window.stop_button.isEnabled()


def test_the_qr_code_holds_the_address_in_black_and_white_modules(qapp):
    image = qr_image("https://192.168.1.20:8765/", scale=4, border=4)
    assert image.width() == image.height() and image.width() % 4 == 0
    # The quiet zone is white; a finder pattern's corner module (just inside it) is black.
    assert image.pixelColor(0, 0).name() == "#ffffff"
    assert image.pixelColor(4 * 4 + 1, 4 * 4 + 1).name() == "#000000"
    longer = qr_image("https://192.168.1.20:8765/" + "x" * 120, scale=4)
    assert longer.width() > image.width()  # more data, more modules: the code really encodes the text
    assert isinstance(image, QImage)


def test_plain_http_is_chosen_with_a_sentence_saying_what_it_means(host_window, hosts, qtbot):
    assert "not encrypted" in host_window.plain_note.text()
    assert "anyone on the same network" in host_window.plain_note.text()
    host_window.plain.click()
    host_window.start()
    assert not hosts[0].https
    assert host_window.address.text().startswith("http://")
    assert host_window.fingerprint.text() == "None: plain HTTP is not encrypted."
    assert not host_window.https.isEnabled()  # the choice is made before hosting starts


def test_the_chair_changes_the_join_code_to_typed_digits_or_a_random_one(host_window, hosts, qtbot):
    host_window.start()
    qtbot.keyClicks(host_window.new_code, "123456")
    qtbot.keyClick(host_window.new_code, Qt.Key.Key_Return)
    assert hosts[0].calls[-1] == ("code", "123456")
    assert host_window.code.text() == "123456"
    host_window.change_button.click()
    assert hosts[0].calls[-1] == ("code", None)
    assert host_window.code.text() == "777111"


def test_a_join_code_that_is_not_six_digits_is_refused_in_words(host_window, hosts, qtbot):
    host_window.start()
    qtbot.keyClicks(host_window.new_code, "12a45")
    host_window.change_button.click()
    assert host_window.problem.isVisibleTo(host_window)
    assert host_window.problem.text() == "A join code is exactly 6 digits: '12a45' is not."
    assert host_window.code.text() == "482913"
    assert ("code", "12a45") not in hosts[0].calls
    assert not valid_join_code("１２３４５６")  # full-width digits are not what the join page accepts


def test_devices_are_listed_with_role_and_last_seen_and_one_is_disconnected(host_window, hosts, qtbot):
    host_window.start()
    hosts[0].joined = [JoinedDevice("d1", "Overflow desk", "desk", "2026-03-21T19:42:05", "192.168.1.31"),
                       JoinedDevice("d2", "Ann Davies", "teller", "2026-03-21T19:43:00", "192.168.1.32")]
    hosts[0].on_change("host.device")
    qtbot.waitUntil(lambda: host_window.model.rowCount() == 2)
    model = host_window.model
    assert [model.index(0, c).data() for c in range(4)] == ["Overflow desk", "Desk", "19:42", "192.168.1.31"]
    assert model.index(1, 1).data() == "Teller"
    host_window.devices.selectRow(1)
    assert host_window.disconnect_button.isEnabled()
    qtbot.mouseClick(host_window.disconnect_button, Qt.MouseButton.LeftButton)
    assert hosts[0].calls[-1] == ("disconnect", "d2")
    assert model.rowCount() == 1 and model.index(0, 0).data() == "Overflow desk"


def test_the_devices_model_passes_the_model_tester(qtmodeltester):
    model = DevicesModel()
    model.set_items([JoinedDevice("d1", "Overflow desk", "desk", "2026-03-21T19:42:05"),
                     JoinedDevice("d2", "Ann Davies", "teller", None)])
    qtmodeltester.check(model)
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Last seen"


def test_a_change_made_by_a_device_redraws_the_desk_figures(window, host_window, hosts, service: MeetingService,
                                                           qtbot):
    desk = window.page(DeskPage)
    host_window.start()
    before = desk.figures.text()
    service.register("10234")  # as the server does, through the same service, in its own transaction
    hosts[0].on_change("attendee.register")
    qtbot.waitUntil(lambda: desk.figures.text() != before)
    assert re.search(r"Registered: 1\b", desk.figures.text())


def test_closing_the_window_or_the_meeting_stops_hosting(window, host_window, hosts, qtbot):
    host_window.start()
    host_window.close()
    assert hosts[0].calls[-1] == ("stop", None) and not host_window.hosting
    window.action_map[ActionName.HOST].trigger()
    host_window.start()
    window.context.set_service(None)
    assert hosts[1].calls[-1] == ("stop", None) and not host_window.hosting


def test_a_server_that_cannot_start_is_said_in_the_window(host_window, monkeypatch):
    def refuse(*_args):
        raise OSError("[Errno 98] Address already in use")

    monkeypatch.setattr(HostWindow, "starter", staticmethod(refuse))
    assert not host_window.start()
    assert host_window.problem.text() == "Hosting could not start: [Errno 98] Address already in use"
    assert host_window.start_button.isEnabled()


def _call(url: str, path: str, body: dict | None = None, token: str = "", key: str = "") -> tuple[int, dict]:
    """One HTTP call, as a device makes it (from a thread: the server's calls run on the GUI thread)."""
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if key:
        headers["Idempotency-Key"] = key
    request = urllib.request.Request(url.rstrip("/") + path, data=json.dumps(body).encode() if body is not None
                                     else None, headers=headers, method="POST" if body is not None else "GET")
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def _in_thread(qtbot, fn):
    """Run ``fn`` on a thread while the Qt loop keeps running (it serves the call), and return its result."""
    out: list = []
    worker = threading.Thread(target=lambda: out.append(fn()))
    worker.start()
    qtbot.waitUntil(lambda: bool(out), timeout=20_000)
    worker.join()
    return out[0]


def test_the_real_server_serves_devices_whose_changes_reach_the_desk_and_the_window(window, qtbot):
    desk = window.page(DeskPage)
    window.action_map[ActionName.HOST].trigger()
    dialog = window.host_window
    assert dialog is not None
    dialog.port = 0  # any free port: tests run side by side
    dialog.plain.click()
    assert dialog.start(), dialog.problem.text()
    try:
        url = dialog.address.text().replace(urllib.parse.urlsplit(dialog.address.text()).hostname, "127.0.0.1")
        code = dialog.code.text()
        assert valid_join_code(code)
        status, joined = _in_thread(qtbot, lambda: _call(url, "/api/v1/join", {"code": code, "device": "Overflow desk",
                                                                               "role": "desk"}))
        assert status == 200
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
        assert [dialog.model.index(0, c).data() for c in (0, 1)] == ["Overflow desk", "Desk"]
        status, registered = _in_thread(qtbot, lambda: _call(url, "/api/v1/register", {"number": "10234"},
                                                             joined["token"], "k-1"))
        assert (status, registered["status"], registered["name"]) == (200, "registered", "Zoë O'Brien")
        qtbot.waitUntil(lambda: re.search(r"Registered: 1\b", desk.figures.text()) is not None)
        assert window.context.service is not None
        assert window.context.service.attendees()[0].registered_by == "Overflow desk (desk)"

        dialog.devices.selectRow(0)
        dialog.disconnect_button.click()
        assert dialog.model.rowCount() == 0
        status, refused = _in_thread(qtbot, lambda: _call(url, "/api/v1/register", {"number": "10388"},
                                                          joined["token"], "k-2"))
        assert status == 401 and "join again" in refused["error"]
    finally:
        dialog.close()
    assert not dialog.hosting
    with pytest.raises(urllib.error.URLError, match="Connection refused"):
        urllib.request.urlopen(url, timeout=5)


def test_closing_with_devices_joined_asks_first_and_no_keeps_hosting(window, host_window, hosts, qtbot):
    host_window.start()
    hosts[0].joined = [JoinedDevice("d1", "Overflow desk", "desk", "2026-03-21T19:42:05")]
    asked: list[str] = []
    answers = iter([False, True])

    def confirm(_title: str, message: str) -> bool:
        asked.append(message)
        return next(answers)

    window.dialogs.confirm = confirm
    qtbot.keyClick(host_window, Qt.Key.Key_Escape)  # an Esc meant for something else
    assert host_window.hosting and host_window.isVisible()
    assert asked == ["Stop hosting? The 1 device(s) joined are disconnected at once and must join again "
                     "with a new code."]
    host_window.close()
    assert not host_window.hosting and ("stop", None) in hosts[0].calls


def test_closing_the_meeting_stops_hosting_before_its_file_is_closed(window, host_window, hosts, monkeypatch):
    host_window.start()
    service = window.context.service
    assert service is not None
    open_when_stopped: list[bool] = []
    monkeypatch.setattr(FakeHost, "stop", lambda self: open_when_stopped.append(_usable(service)))
    window.context.set_service(None)
    assert open_when_stopped == [True]


def _usable(service: MeetingService) -> bool:
    try:
        service.figures()
    except Exception:
        return False
    return True


def test_after_a_language_switch_the_host_window_opens_in_the_new_language(window, qapp, qtbot):
    from ballotdesk.ui import i18n

    window.action_map[ActionName.HOST].trigger()
    assert window.host_window is not None and window.host_window.start_button.text() == "&Start hosting"
    window.host_window.hide()
    old = window.action_map[ActionName.NEW]
    try:
        window.language_menu.language_actions["cy"].trigger()  # View › Language › Cymraeg
        qtbot.waitUntil(lambda: window.action_map[ActionName.NEW] is not old)
        window.action_map[ActionName.HOST].trigger()
        assert window.host_window is not None
        assert window.host_window.start_button.text() == "De&chrau gwesteio"
    finally:
        i18n.install_language(qapp, "en")


def test_a_tellers_entry_from_a_device_shows_on_the_hosts_count_page(window, service: MeetingService, qtbot):
    from ballotdesk.domain.ballot import BallotSpec, Kind
    from ballotdesk.services import ballots, papers
    from ballotdesk.ui.count.page import CountPage

    motion = ballots.create_ballot(service, BallotSpec("Motion 1", "Buy a banner", Kind.MOTION, ("For", "Against")))
    attendee = service.register("10234").attendee_id
    service.register("10652")  # quorate (2 who may vote): a ballot opens only then
    assert attendee is not None
    ballots.open_ballot(service, motion)
    papers.issue_paper(service, motion, attendee)
    ballots.close_ballot(service, motion)
    window.context.notify("ballot.close")
    count = window.page(CountPage)
    window.show_page(CountPage)
    window.action_map[ActionName.HOST].trigger()
    dialog = window.host_window
    assert dialog is not None
    dialog.port = 0
    dialog.plain.click()
    assert dialog.start(), dialog.problem.text()
    try:
        url = dialog.address.text().replace(urllib.parse.urlsplit(dialog.address.text()).hostname, "127.0.0.1")
        code = dialog.code.text()
        _, joined = _in_thread(qtbot, lambda: _call(url, "/api/v1/join", {"code": code, "device": "Ann Davies",
                                                                          "role": "teller"}))
        status, entered = _in_thread(qtbot, lambda: _call(
            url, "/api/v1/count", {"ballot": motion, "box": "Main hall", "papers": 1, "votes": {"For": 1, "Against": 0}},
            joined["token"], "c-1"))
        assert (status, entered["state"]) == (200, "second entry"), entered

        def main_hall_state() -> str | None:
            rows = count.states_model.rows()
            return next((s.state for s in rows if s.name == "Main hall"), None)

        qtbot.waitUntil(lambda: main_hall_state() == "second entry")
    finally:
        dialog.stop_button.click()  # the teller is still joined: Stop hosting, as the chair would
    assert not dialog.hosting
