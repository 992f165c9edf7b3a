"""A phone or laptop joins a hosted meeting in a real browser and works the desk.

Driven as a steward would: the join code typed, "obrien s" typed, Enter, the panel read; the
keyboard alone on a laptop, a thumb's taps on a 360-pixel phone; and the page when the host is
gone. What the page said is then checked against the meeting file itself.
"""

from __future__ import annotations

import time
import urllib.parse
from pathlib import Path

import pytest
from browser_support import OPEN_BALLOT, Host, phone, shot, start_host
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from ballotdesk.services import ballots, papers
from ballotdesk.services.meeting import MeetingService

WAIT = 15
pytestmark = pytest.mark.slow  # a real browser and a host process per test: about ten seconds each


def wait(driver: WebDriver) -> WebDriverWait:
    return WebDriverWait(driver, WAIT)


def join(driver: WebDriver, host: Host, device: str, role: str = "desk", code: str | None = None) -> None:
    driver.get(host.url)
    driver.find_element(By.ID, "code").send_keys(code or host.join_code)
    driver.find_element(By.ID, "device").send_keys(device)
    driver.find_element(By.ID, f"role-{role}").click()
    driver.find_element(By.ID, "submit").click()
    if code is None:
        wait(driver).until(lambda d: f"{role}.html" in d.current_url)
        wait(driver).until(lambda d: d.find_element(By.ID, "connection").text == "Connected to the host.")


def panel(driver: WebDriver) -> str:
    return driver.find_element(By.ID, "panel").text


def results(driver: WebDriver) -> list[str]:
    return [li.text for li in driver.find_elements(By.CSS_SELECTOR, "#results li")]


def type_search(driver: WebDriver, text: str) -> None:
    search = driver.find_element(By.ID, "search")
    search.send_keys(text)
    wait(driver).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#results li")
                       or "No member matches" in d.find_element(By.ID, "hint").text)


def highlight(driver: WebDriver, name: str) -> None:
    """Down-arrow to ``name`` (the keyboard only), as the steward does."""
    search = driver.find_element(By.ID, "search")
    for _ in range(10):
        chosen = driver.find_elements(By.CSS_SELECTOR, '#results li[aria-selected="true"] .name')
        if chosen and chosen[0].text == name:
            return
        search.send_keys(Keys.ARROW_DOWN)
    raise AssertionError(f"{name} not in {results(driver)}")


def test_the_join_page_shows_the_fingerprint_and_refuses_a_wrong_code(browser, host: Host, tmp_path: Path):
    driver = browser()
    driver.get(host.url)
    if host.fingerprint:
        wait(driver).until(lambda d: d.find_element(By.ID, "fingerprint").text == host.fingerprint)
    wrong = "000000" if host.join_code != "000000" else "111111"
    join(driver, host, "Overflow desk", code=wrong)
    wait(driver).until(lambda d: d.find_element(By.ID, "problem").text)
    assert driver.find_element(By.ID, "problem").text == "That join code is wrong. Check the host laptop."
    assert driver.current_url.rstrip("/") == host.url.rstrip("/")
    shot(driver, "join_1280", tmp_path)


def test_a_desk_finds_sian_by_typing_obrien_s_and_registers_her_with_a_paper(browser, host: Host, tmp_path: Path):
    driver = browser()
    join(driver, host, "Overflow desk")
    wait(driver).until(lambda d: OPEN_BALLOT in d.find_element(By.ID, "issue").text)
    type_search(driver, "obrien s")
    assert any(row.startswith("Siân O'Brien\n10234") for row in results(driver))
    highlight(driver, "Siân O'Brien")
    shot(driver, "desk_search_1280", tmp_path)
    driver.find_element(By.ID, "search").send_keys(Keys.ENTER)
    wait(driver).until(lambda d: d.find_element(By.ID, "panel").get_attribute("data-kind") == "vote")
    words = panel(driver)
    assert words.startswith("REGISTERED — MAY VOTE\nSiân O'Brien (10234) — ")
    assert f"Ballot paper: {OPEN_BALLOT} — box Main hall" in words
    assert driver.find_element(By.ID, "search").get_attribute("value") == ""
    assert driver.switch_to.active_element == driver.find_element(By.ID, "search")  # ready for the next person
    wait(driver).until(lambda d: "Registered: 3" in d.find_element(By.ID, "figures").text)
    shot(driver, "desk_registered_1280", tmp_path)

    # Typing the next person greys the panel and says whom it was about.
    driver.find_element(By.ID, "search").send_keys("llyw")
    wait(driver).until(lambda d: panel(d).startswith("Previous: Siân O'Brien (10234)"))
    host.stop()
    with MeetingService.reading(host.path) as service:
        attendee = next(a for a in service.attendees() if a.number == "10234")
        assert attendee.may_vote
        assert attendee.registered_by.startswith("Overflow desk")  # the device's name is the actor


def test_a_second_enter_for_the_same_person_says_already_registered(browser, host: Host):
    driver = browser()
    join(driver, host, "Main desk")
    type_search(driver, "10235")  # registered before the meeting was hosted, with a paper for the motion
    driver.find_element(By.ID, "search").send_keys(Keys.ENTER)
    wait(driver).until(lambda d: d.find_element(By.ID, "panel").get_attribute("data-kind") == "already")
    assert panel(driver).startswith("ALREADY REGISTERED at ")
    assert "Sean O'Brien-Jones (10235) — may vote" in panel(driver)


def test_undo_and_guest_from_the_keyboard_alone(browser, host: Host):
    driver = browser()
    join(driver, host, "Door desk")
    type_search(driver, "llywelyn")
    search = driver.find_element(By.ID, "search")
    search.send_keys(Keys.ESCAPE)
    assert search.get_attribute("value") == "" and results(driver) == []
    type_search(driver, "wojcik")  # accent-blind: Łukasz Wójcik, lapsed, may attend but not vote
    search.send_keys(Keys.ENTER)
    wait(driver).until(lambda d: d.find_element(By.ID, "panel").get_attribute("data-kind") == "no_vote")
    assert panel(driver).startswith("REGISTERED — MAY ATTEND BUT NOT VOTE\nŁukasz Wójcik (10412) because ")
    search.send_keys(Keys.CONTROL, "z")
    wait(driver).until(lambda d: panel(d).startswith("UNDONE"))
    assert panel(driver) == "UNDONE\nregistration of Łukasz Wójcik (10412) taken back."
    search.send_keys(Keys.CONTROL, "g")
    name = driver.find_element(By.ID, "guest-name")
    assert driver.switch_to.active_element == name
    name.send_keys("Rhodri Morgan (press)", Keys.ENTER)
    wait(driver).until(lambda d: panel(d).startswith("GUEST REGISTERED"))
    assert panel(driver) == "GUEST REGISTERED — MAY ATTEND, NEVER VOTES\nRhodri Morgan (press)"
    assert driver.switch_to.active_element == driver.find_element(By.ID, "search")


def test_on_a_360_pixel_phone_a_thumb_registers_and_nothing_scrolls_sideways(browser, host: Host, tmp_path: Path):
    driver = browser()
    phone(driver)
    join(driver, host, "Overflow desk")
    type_search(driver, "obrien s")
    row = next(li for li in driver.find_elements(By.CSS_SELECTOR, "#results li") if li.text.startswith("Siân"))
    assert row.size["height"] >= 44  # a thumb's target
    row.click()
    button = driver.find_element(By.ID, "register")
    assert button.size["height"] >= 44
    assert driver.execute_script("return document.documentElement.scrollWidth") <= 360
    shot(driver, "desk_search_360", tmp_path)
    button.click()
    wait(driver).until(lambda d: d.find_element(By.ID, "panel").get_attribute("data-kind") == "vote")
    assert driver.execute_script("return document.documentElement.scrollWidth") <= 360
    shot(driver, "desk_registered_360", tmp_path)


def test_cymraeg_on_one_device_leaves_the_other_in_english(browser, host: Host):
    welsh, english = browser(), browser()
    join(welsh, host, "Desg y gorlif")
    join(english, host, "Main desk")
    welsh.find_element(By.ID, "language").click()
    wait(welsh).until(lambda d: d.find_element(By.ID, "connection").text == "Wedi cysylltu â'r gwesteiwr.")
    type_search(welsh, "10234")
    welsh.find_element(By.ID, "search").send_keys(Keys.ENTER)
    wait(welsh).until(lambda d: d.find_element(By.ID, "panel").get_attribute("data-kind") == "vote")
    assert panel(welsh).startswith("WEDI COFRESTRU — YN GYMWYS I BLEIDLEISIO\nSiân O'Brien (10234)")
    # The figures come by the event stream, a moment after the answer (the host tells a burst at once).
    wait(welsh).until(lambda d: d.find_element(By.ID, "figures").text.startswith("Wedi cofrestru: 3"))
    wait(english).until(lambda d: "Registered: 3" in d.find_element(By.ID, "figures").text)  # live, in English


def test_when_the_host_is_gone_the_page_says_so_and_registers_nothing(browser, host: Host, tmp_path: Path):
    driver = browser()
    join(driver, host, "Overflow desk")
    type_search(driver, "obrien s")
    host.kill()
    started = time.monotonic()
    wait(driver).until(lambda d: d.find_element(By.ID, "offline").is_displayed())
    assert time.monotonic() - started < 5
    assert driver.find_element(By.ID, "offline").text.startswith("CANNOT REACH THE HOST: nothing can be registered")
    assert driver.find_element(By.ID, "connection").text == "Connecting to the host…"
    assert not driver.find_element(By.ID, "register").is_enabled()
    driver.find_element(By.ID, "search").send_keys(Keys.ENTER)
    wait(driver).until(lambda d: d.find_element(By.ID, "panel").get_attribute("data-kind") == "error")
    assert panel(driver).startswith("NOT REGISTERED\nthe host cannot be reached. Nothing was sent")
    shot(driver, "desk_offline_1280", tmp_path)
    with MeetingService.reading(host.path) as service:
        assert "10234" not in {a.number for a in service.attendees()}

    # The chair starts hosting again: the page finds the host by itself, and since every token ended
    # with the old host, it asks to join again rather than carrying on unnoticed.
    port = urllib.parse.urlsplit(host.url).port
    assert port is not None
    again = start_host(host.path, port)
    try:
        wait(driver).until(lambda d: d.current_url.rstrip("/") == again.url.rstrip("/"))
        assert driver.find_element(By.ID, "problem").text.startswith("This device was disconnected by the chair")
    finally:
        again.stop()


LOSE_FIRST_REPLY = """
window.sentKeys = [];
const realFetch = window.fetch;
let lost = false;
window.fetch = async (url, options) => {
  if (!String(url).includes("/api/v1/register")) return realFetch(url, options);
  window.sentKeys.push(options.headers["Idempotency-Key"]);
  const reply = await realFetch(url, options);
  if (!lost) { lost = true; throw new TypeError("Failed to fetch"); }  // the host acted; its reply never arrived
  return reply;
};
"""


def test_a_reply_lost_on_the_way_back_is_retried_with_the_same_key_and_registers_once(browser, host: Host):
    driver = browser()
    join(driver, host, "Overflow desk")
    wait(driver).until(lambda d: OPEN_BALLOT in d.find_element(By.ID, "issue").text)
    driver.execute_script(LOSE_FIRST_REPLY)
    type_search(driver, "10234")
    driver.find_element(By.ID, "search").send_keys(Keys.ENTER)
    wait(driver).until(lambda d: d.find_element(By.ID, "panel").get_attribute("data-kind") == "vote")
    # The retry was told the first outcome (registered, with the paper), not "already registered".
    assert panel(driver).startswith("REGISTERED — MAY VOTE\nSiân O'Brien (10234)")
    assert f"Ballot paper: {OPEN_BALLOT} — box Main hall" in panel(driver)
    keys = driver.execute_script("return window.sentKeys")
    assert len(keys) == 2 and keys[0] == keys[1] and len(keys[0]) == 32
    host.stop()
    with MeetingService.reading(host.path) as service:
        assert [a.number for a in service.attendees()].count("10234") == 1
        nomination = next(b for b in ballots.ballot_list(service) if b.title == OPEN_BALLOT)
        assert papers.papers_held(service, nomination.id) == 1
