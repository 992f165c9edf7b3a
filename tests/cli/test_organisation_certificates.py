"""An organisation's signing authority: ca init, ca issue, cert import, sheets signed with it, verify --trust."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from ballotdesk.__main__ import main
from ballotdesk.reports.identity import organisation_certificate

PIN = "24681357"
CA_PASSWORD = "authority-secret"
CHAIR_PASSWORD = "chair-secret-1"


def run(capsys, *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(autouse=True)
def _no_prompts(monkeypatch: pytest.MonkeyPatch) -> None:
    """No PIN in the environment, and any password prompt fails the test: nothing may wait for a person."""
    monkeypatch.delenv("BALLOTDESK_CHAIR_PIN", raising=False)
    monkeypatch.delenv("BALLOTDESK_CERT_PASSWORD", raising=False)
    monkeypatch.delenv("BALLOTDESK_CA_PASSWORD", raising=False)

    def no_prompt(prompt: str = "") -> str:
        raise AssertionError(f"asked at a terminal: {prompt}")

    monkeypatch.setattr("getpass.getpass", no_prompt)


@pytest.fixture
def declared(tmp_path: Path, capsys) -> Path:
    """A meeting with ballot 1 declared."""
    path = tmp_path / "branch.ballotdesk"
    roll = tmp_path / "roll.csv"
    roll.write_text("number,first_name,last_name\n10234,Ann,Smith\n10235,Bob,Jones\n", encoding="utf-8")
    steps = [
        ("new", path, "--title", "AGM", "--date", "2026-11-28", "--organisation", "Llanelli CLP", "--pin", PIN),
        ("roll", "import", path, roll),
        ("register", path, "10234", "10235"),
        ("ballot", "add", path, "--title", "Chair", "--option", "Ann", "--option", "Bob"),
        ("ballot", "open", path, "1"),
        ("issue", path, "1", "10234", "10235"),
        ("ballot", "close", path, "1"),
        ("count", path, "1", "--box", "Main hall", "--teller", "Ann", "--papers", "2", "Ann=2", "Bob=0"),
        ("count", path, "1", "--box", "Main hall", "--teller", "Bob", "--papers", "2", "Ann=2", "Bob=0"),
        ("declare", path, "1", "--chair", "Mary Jones", "--pin", PIN),
    ]
    for step in steps:
        code, _out, err = run(capsys, *step)
        assert code == 0, (step, err)
    return path


@pytest.fixture
def authority(tmp_path: Path, capsys) -> Path:
    folder = tmp_path / "ca"
    code, out, err = run(capsys, "ca", "init", folder, "--organisation", "Llanelli CLP", "--password", CA_PASSWORD)
    assert (code, err) == (0, "") and "Created the signing authority of Llanelli CLP" in out
    return folder


@pytest.fixture
def chair_p12(authority: Path, tmp_path: Path, capsys) -> Path:
    out_path = tmp_path / "chair.p12"
    code, out, err = run(capsys, "ca", "issue", authority, "--name", "Mary Jones", "-o", out_path,
                         "--password", CA_PASSWORD, "--cert-password", CHAIR_PASSWORD, "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["holder"] == "Mary Jones" and data["output"] == str(out_path)
    return out_path


def test_ca_init_keeps_the_root_key_encrypted_and_is_made_once(authority: Path, capsys) -> None:
    key = authority / "root-key.pem"
    assert b"ENCRYPTED PRIVATE KEY" in key.read_bytes()
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert b"BEGIN CERTIFICATE" in (authority / "root.pem").read_bytes()
    before = key.read_bytes(), (authority / "root.pem").read_bytes()
    code, out, err = run(capsys, "ca", "init", authority, "--organisation", "Other", "--password", CA_PASSWORD)
    assert (code, out) == (1, "")
    assert err == (f"ballotdesk ca init: {authority} already holds a signing authority; it is never replaced, as "
                   "every certificate it issued would stop verifying.\n")
    assert (key.read_bytes(), (authority / "root.pem").read_bytes()) == before


@pytest.mark.parametrize(("password", "message"), [
    ("short", "The authority's password is too short: use at least 8 characters."),
    ("        ", "The authority's password is empty; a key is protected only by a password."),
])
def test_ca_init_refuses_a_weak_password(tmp_path: Path, capsys, password: str, message: str) -> None:
    code, out, err = run(capsys, "ca", "init", tmp_path / "ca", "--organisation", "Llanelli CLP",
                         "--password", password)
    assert (code, out, err) == (1, "", f"ballotdesk ca init: {message}\n")
    assert not (tmp_path / "ca").exists()


def test_a_script_without_a_password_is_told_how_to_give_it(tmp_path: Path, capsys) -> None:
    code, out, err = run(capsys, "ca", "init", tmp_path / "ca", "--organisation", "Llanelli CLP")
    assert (code, out) == (1, "")
    assert err == ("ballotdesk ca init: The authority's new password is needed; give it with --password or set "
                   "BALLOTDESK_CA_PASSWORD\n")


def test_ca_issue_with_a_wrong_password_writes_nothing(authority: Path, tmp_path: Path, capsys) -> None:
    code, out, err = run(capsys, "ca", "issue", authority, "--name", "Mary Jones", "-o", tmp_path / "chair.p12",
                         "--password", "not-the-password", "--cert-password", CHAIR_PASSWORD)
    assert (code, out) == (1, "")
    assert err == "ballotdesk ca issue: The authority's password is wrong (or its key file is damaged).\n"
    assert not (tmp_path / "chair.p12").exists()


def test_ca_issue_needs_an_authority(tmp_path: Path, capsys) -> None:
    code, _out, err = run(capsys, "ca", "issue", tmp_path, "--name", "Mary Jones", "-o", tmp_path / "c.p12",
                          "--password", CA_PASSWORD, "--cert-password", CHAIR_PASSWORD)
    assert code == 1 and err == (f"ballotdesk ca issue: {tmp_path} holds no signing authority; create one with "
                                 "'ballotdesk ca init'.\n")


def test_the_issued_file_is_private_and_needs_its_password(chair_p12: Path, capsys) -> None:
    assert stat.S_IMODE(chair_p12.stat().st_mode) == 0o600
    code, out, err = run(capsys, "cert", "import", chair_p12, "--cert-password", "wrong-password")
    assert (code, out) == (1, "")
    assert err == ("ballotdesk cert import: chair.p12 could not be opened: the password is wrong, or it is not a "
                   "certificate file (PKCS#12, .p12).\n")
    assert organisation_certificate() is None


def test_a_root_certificate_or_a_pdf_is_not_imported(authority: Path, tmp_path: Path, capsys) -> None:
    code, _out, err = run(capsys, "cert", "import", authority / "root.pem", "--cert-password", CHAIR_PASSWORD)
    assert code == 1 and "root.pem could not be opened" in err
    assert organisation_certificate() is None


def test_sheets_signed_with_the_chairs_certificate_name_her_for_anyone_who_trusts_the_root(
        declared: Path, chair_p12: Path, authority: Path, tmp_path: Path, capsys,
        monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(capsys, "cert", "import", chair_p12, "--cert-password", CHAIR_PASSWORD)
    assert (code, err) == (0, "")
    assert out.startswith("Imported the certificate of Mary Jones, issued by Llanelli CLP.")
    imported = organisation_certificate()
    assert imported is not None and imported.organisation == "Mary Jones" and imported.issuer == "Llanelli CLP"

    sheet = tmp_path / "result.pdf"
    code, out, err = run(capsys, "sheet", declared, "1", "-o", sheet)
    assert (code, out) == (1, "")
    assert err == ("ballotdesk sheet: The password of the certificate of Mary Jones is needed; give it with "
                   "--cert-password or set BALLOTDESK_CERT_PASSWORD\n")
    assert not sheet.exists()
    code, _out, err = run(capsys, "sheet", declared, "1", "-o", sheet, "--cert-password", "wrong-password")
    assert code == 1 and "the password is wrong" in err and not sheet.exists()
    monkeypatch.setenv("BALLOTDESK_CERT_PASSWORD", CHAIR_PASSWORD)  # no PIN anywhere: printing changes nothing
    code, out, err = run(capsys, "sheet", declared, "1", "-o", sheet)
    assert (code, err) == (0, "") and sheet.stat().st_size > 1000

    code, out, err = run(capsys, "verify", sheet)
    assert (code, err) == (0, "") and "with this installation's certificate" in out

    monkeypatch.setenv("BALLOTDESK_DATA_DIR", str(tmp_path / "branch-officer"))  # another computer
    code, out, err = run(capsys, "verify", sheet, "--trust", authority / "root.pem", "--json")
    data = json.loads(out)
    assert (code, err) == (0, "")
    assert (data["outcome"], data["signer"], data["trusted_by"], data["issuer"]) == (
        "trusted", "Mary Jones", "certificate", "Llanelli CLP")
    assert data["fingerprint"] == imported.fingerprint and data["this_installation"] is False
    code, out, _ = run(capsys, "verify", sheet)
    assert code == 3 and "identity unknown" in out


def test_cert_remove_goes_back_to_the_installation_key(declared: Path, chair_p12: Path, tmp_path: Path,
                                                       capsys) -> None:
    run(capsys, "cert", "import", chair_p12, "--cert-password", CHAIR_PASSWORD)
    code, out, _ = run(capsys, "cert", "remove")
    assert code == 0 and out.startswith("Removed the organisation certificate")
    assert organisation_certificate() is None
    code, _out, err = run(capsys, "sheet", declared, "1", "-o", tmp_path / "r.pdf")  # neither password nor PIN
    assert (code, err) == (0, "")
    code, out, _ = run(capsys, "verify", tmp_path / "r.pdf", "--json")
    assert code == 0 and json.loads(out)["signer"] == "Llanelli CLP"


def test_a_sheet_of_a_declared_result_asks_for_no_pin(declared: Path, tmp_path: Path, capsys,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setattr(sys, "stdin", None)  # nothing to read a PIN from
    code, out, err = run(capsys, "sheet", declared, "1", "-o", tmp_path / "r.pdf")
    assert (code, err) == (0, "") and out == f"Wrote the signed result sheet to {tmp_path / 'r.pdf'}\n"


def test_an_installation_with_the_chairs_certificate_trusts_the_organisations_other_chairs(
        declared: Path, chair_p12: Path, authority: Path, tmp_path: Path, capsys,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Importing a certificate accepts the authority that issued it: another chair's sheet is trusted here too."""
    code, _out, err = run(capsys, "ca", "issue", authority, "--name", "John Smith", "-o", tmp_path / "john.p12",
                          "--password", CA_PASSWORD, "--cert-password", CHAIR_PASSWORD)
    assert (code, err) == (0, "")
    run(capsys, "cert", "import", tmp_path / "john.p12", "--cert-password", CHAIR_PASSWORD)  # the laptop at the AGM
    sheet = tmp_path / "johns.pdf"
    code, _out, err = run(capsys, "sheet", declared, "1", "-o", sheet, "--cert-password", CHAIR_PASSWORD)
    assert (code, err) == (0, "")
    monkeypatch.setenv("BALLOTDESK_DATA_DIR", str(tmp_path / "marys-laptop"))
    run(capsys, "cert", "import", chair_p12, "--cert-password", CHAIR_PASSWORD)
    code, out, err = run(capsys, "verify", sheet)
    assert (code, err) == (0, "")
    assert out.startswith("Intact and trusted: signed by John Smith on ")
    assert "with a certificate issued by Llanelli CLP, which you trust" in out


def test_trust_takes_der_too_and_is_refused_for_a_meeting_file(declared: Path, chair_p12: Path, authority: Path,
                                                               tmp_path: Path, capsys,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    run(capsys, "cert", "import", chair_p12, "--cert-password", CHAIR_PASSWORD)
    sheet = tmp_path / "result.pdf"
    assert run(capsys, "sheet", declared, "1", "-o", sheet, "--cert-password", CHAIR_PASSWORD)[0] == 0
    der = tmp_path / "root.cer"
    der.write_bytes(x509.load_pem_x509_certificate((authority / "root.pem").read_bytes()).public_bytes(
        serialization.Encoding.DER))
    monkeypatch.setenv("BALLOTDESK_DATA_DIR", str(tmp_path / "stranger"))
    code, out, err = run(capsys, "verify", sheet, "--trust", der)
    assert (code, err) == (0, "") and "issued by Llanelli CLP" in out
    code, out, err = run(capsys, "verify", declared, "--trust", der)
    assert (code, out) == (1, "")
    assert err == ("ballotdesk verify: --trust and --fingerprint check a signed result sheet (PDF), not a meeting "
                   "file\n")
