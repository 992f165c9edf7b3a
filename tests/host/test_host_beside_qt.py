"""The server beside the Qt loop: the network's service calls run on the GUI thread, never inside its changes."""

import json
import threading
import urllib.request

from ballotdesk.host.qt_dispatch import QtDispatcher, stop_with_qt_running
from ballotdesk.host.server import HostServer
from tests.host.conftest import CODE


def post(server, path, body, token=None, key=None):
    headers = {"Content-Type": "application/json", **({"Authorization": f"Bearer {token}"} if token else {}),
               **({"Idempotency-Key": key} if key else {})}
    request = urllib.request.Request(f"http://127.0.0.1:{server.port}{path}", data=json.dumps(body).encode(),
                                     headers=headers, method="POST")
    with urllib.request.urlopen(request, timeout=20) as response:
        return json.loads(response.read())


def test_calls_from_the_network_run_on_the_gui_thread_and_wait_for_its_changes(qtbot, svc, ballot, monkeypatch):
    server = HostServer(svc, port=0, bind="127.0.0.1", https=False, join_code=CODE, dispatch=QtDispatcher(svc))
    server.start()
    threads = []
    original = type(svc).register

    def recording(self, *args, **kwargs):
        threads.append(threading.current_thread())
        return original(self, *args, **kwargs)

    monkeypatch.setattr(type(svc), "register", recording)
    answers = []

    def desk():
        token = post(server, "/api/v1/join", {"code": CODE, "device": "Overflow desk", "role": "desk"})["token"]
        answers.append(post(server, "/api/v1/register", {"number": "1001", "ballot": ballot}, token, "k1"))

    worker = threading.Thread(target=desk)
    try:
        # The GUI is in the middle of a change that lets events through (a progress dialog): the
        # device's registration waits until the change is over, rather than landing inside it.
        with svc.store.db.atomic():
            worker.start()
            qtbot.wait(600)
            assert answers == [] and threads == []
        qtbot.waitUntil(lambda: bool(answers), timeout=10_000)
        assert answers[0]["status"] == "registered"
        assert threads == [threading.main_thread()]
        assert svc.store.events(1)[0]["actor"] == "Overflow desk (desk)"
    finally:
        worker.join(20)
        stop_with_qt_running(server)
    assert server.devices() == []
