"""HostServer on its own thread: the Python API the host window uses, HTTPS, and stopping cleanly."""

import json
import os
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from ballotdesk.host.cert import fingerprint_of
from ballotdesk.host.server import HostError, HostServer
from tests.host.conftest import CODE


def call(server, method, path, body=None, token=None, key=None, context=None):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if key:
        headers["Idempotency-Key"] = key
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(server.url.replace(server.url.split("/")[2], f"127.0.0.1:{server.port}")
                                     + path.lstrip("/"), data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10, context=context) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


@pytest.fixture
def server(svc):
    host = HostServer(svc, port=0, bind="127.0.0.1", https=False, join_code=CODE)
    host.start()
    yield host
    host.stop()


def join(server, name="Overflow desk", role="desk"):
    status, body = call(server, "POST", "/api/v1/join", {"code": CODE, "device": name, "role": role})
    assert status == 200, body
    return body["token"]


def test_the_host_window_s_api_join_code_devices_and_disconnect(server):
    assert server.url == f"http://127.0.0.1:{server.port}/" and server.fingerprint is None
    heard = []
    server.add_listener(lambda: heard.append(len(server.devices())))
    token = join(server)
    [device] = server.devices()
    assert (device.name, device.role, device.box, device.address) == ("Overflow desk", "desk", "Main hall",
                                                                      "127.0.0.1")
    assert heard == [1]
    first_seen = device.last_seen
    assert call(server, "GET", "/api/v1/attendance", token=token)[0] == 200
    assert server.devices()[0].last_seen >= first_seen
    new_code = server.set_join_code()
    assert new_code != CODE and len(new_code) == 6 and new_code.isdigit()
    assert call(server, "POST", "/api/v1/join", {"code": CODE, "device": "Late", "role": "desk"})[0] == 403
    assert call(server, "GET", "/api/v1/attendance", token=token)[0] == 200  # joined devices stay joined
    with pytest.raises(Exception, match="A join code is 6 digits"):
        server.set_join_code("12a456")
    assert server.set_join_code("246810") == "246810"
    assert server.disconnect(device.id) and not server.disconnect(device.id)
    assert call(server, "GET", "/api/v1/attendance", token=token)[0] == 401
    assert server.running


def _stream(server, token):
    connection = socket.create_connection(("127.0.0.1", server.port), timeout=5)
    connection.sendall(f"GET /api/v1/events HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n"
                       "Connection: close\r\n\r\n".encode())
    return connection.makefile("rb")


def _next_event(stream):
    event = None
    while True:
        line = stream.readline().decode()
        if not line:
            return None, None
        if line.startswith("event: "):
            event = line[7:].strip()
        elif line.startswith("data: ") and event:
            return event, json.loads(line[6:])


def test_changes_made_on_the_host_reach_the_streams(server, svc, ballot):
    from ballotdesk.services import ballots as B

    stream = _stream(server, join(server))
    assert _next_event(stream)[0] == "hello"
    # The chair closes the ballot in the Qt window (through the gate, as the window would) and says so.
    server.gate.call(lambda s: B.close_ballot(s, ballot)).result()
    server.notify()
    assert _next_event(stream)[0] == "changed"
    assert _next_event(stream) == ("ballots", {"ballots": [{"id": ballot, "title": "Motion 1", "status": "closed"}]})
    # A change nobody announces is found by the once-a-second poll.
    server.gate.call(lambda s: s.add_guest("Carys Bevan")).result()
    assert _next_event(stream)[0] == "changed"
    assert _next_event(stream)[1]["guests"] == 1


def test_disconnecting_a_device_ends_its_stream(server):
    token = join(server)
    stream = _stream(server, token)
    assert _next_event(stream)[0] == "hello"
    server.disconnect(server.devices()[0].id)
    assert _next_event(stream)[0] == "revoked"
    assert _next_event(stream) == (None, None)


def test_https_with_a_certificate_kept_for_the_meeting(svc):
    host = HostServer(svc, port=0, bind="127.0.0.1", join_code=CODE)
    host.start()
    try:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        with socket.create_connection(("127.0.0.1", host.port)) as raw, \
                context.wrap_socket(raw, server_hostname="127.0.0.1") as tls:
            assert fingerprint_of(tls.getpeercert(binary_form=True)) == host.fingerprint
        assert host.url.startswith("https://") and len(host.fingerprint.split(":")) == 32
        status, body = call(host, "POST", "/api/v1/join", {"code": CODE, "device": "Desk", "role": "desk"},
                            context=context)
        assert status == 200 and body["fingerprint"] == host.fingerprint
    finally:
        host.stop()
    [key] = (Path(os.environ["BALLOTDESK_DATA_DIR"]) / "host").glob("*.key")  # in the installation's data folder
    assert os.stat(key).st_mode & 0o777 == 0o600
    again = HostServer(svc, port=0, bind="127.0.0.1")  # restarted: the same certificate, the same fingerprint
    assert again.fingerprint == host.fingerprint


def test_a_port_in_use_or_a_wrong_address_is_refused_in_words(svc, server):
    with pytest.raises(HostError, match=f"Cannot listen on 127.0.0.1:{server.port}: .*another BallotDesk"):
        HostServer(svc, port=server.port, bind="127.0.0.1", https=False).start()
    with pytest.raises(HostError, match="'hall-laptop' is not an IP address of this computer"):
        HostServer(svc, port=0, bind="hall-laptop", https=False).start()
    with pytest.raises(HostError, match=r"Cannot listen on 192\.0\.2\.7:0: .*Is that an address of this computer\?"):
        HostServer(svc, port=0, bind="192.0.2.7", https=False).start()  # a documentation address: never ours


def test_stopping_finishes_the_request_in_flight_then_ends_every_token(svc, monkeypatch):
    host = HostServer(svc, port=0, bind="127.0.0.1", https=False, join_code=CODE)
    host.start()
    token = join(host)
    original = type(svc).register

    def slow(self, *args, **kwargs):
        time.sleep(1.0)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(type(svc), "register", slow)
    answers = []
    worker = threading.Thread(target=lambda: answers.append(
        call(host, "POST", "/api/v1/register", {"number": "1001"}, token=token, key="k")))
    worker.start()
    time.sleep(0.3)
    host.stop()
    worker.join(10)
    assert answers and answers[0][0] == 200 and answers[0][1]["status"] == "registered"
    assert [a.number for a in svc.attendees()] == ["1001"]
    assert host.devices() == [] and not host.running
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", host.port), timeout=1)
