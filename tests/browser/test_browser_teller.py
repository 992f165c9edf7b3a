"""Two tellers on two devices enter one box's count blind, in a real browser against the real host."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser_support import COUNT_BALLOT, Host, free_port, phone, shot, start_host
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import Select, WebDriverWait

from ballotdesk.domain.count import CountFigures
from ballotdesk.services import ballots, counting
from ballotdesk.services.meeting import MeetingService

WAIT = 15
pytestmark = pytest.mark.slow  # a real browser and a host process per test: about ten seconds each


def join_teller(driver: WebDriver, host: Host, name: str) -> None:
    driver.get(host.url)
    driver.find_element(By.ID, "code").send_keys(host.join_code)
    driver.find_element(By.ID, "device").send_keys(name)
    driver.find_element(By.ID, "role-teller").click()
    driver.find_element(By.ID, "submit").click()
    WebDriverWait(driver, WAIT).until(lambda d: "teller.html" in d.current_url)
    WebDriverWait(driver, WAIT).until(lambda d: [o.text for o in d.find_elements(By.CSS_SELECTOR, "#ballot option")])


def choose(driver: WebDriver, box: str) -> None:
    assert Select(driver.find_element(By.ID, "ballot")).first_selected_option.text == COUNT_BALLOT
    Select(driver.find_element(By.ID, "box")).select_by_visible_text(box)


def figures(driver: WebDriver, values: dict[str, str]) -> None:
    for field, value in values.items():
        box = driver.find_element(By.ID, field)
        box.clear()
        box.send_keys(value)


def outcome(driver: WebDriver) -> str:
    return driver.find_element(By.ID, "outcome").text


def test_two_tellers_enter_a_box_blind_and_matching_entries_make_it_definitive(browser, host: Host, tmp_path: Path):
    ann, bob = browser(), browser()
    phone(ann)
    join_teller(ann, host, "Ann Davies")
    # Only ballots that can be counted are offered: the open nomination is not.
    assert [o.text for o in ann.find_elements(By.CSS_SELECTOR, "#ballot option")] == [COUNT_BALLOT]
    choose(ann, "Main hall")
    assert ann.find_element(By.ID, "note").text == "First entry for Main hall."
    assert [label.text for label in ann.find_elements(By.CSS_SELECTOR, "#options label")] == ["For", "Against"]

    # A figure left empty is a figure nobody counted, not a zero: refused in words, nothing sent.
    figures(ann, {"option-0": "2", "papers": "2", "abstain": "0", "rejected": "0"})
    ann.find_element(By.ID, "save").click()
    assert outcome(ann) == "NOT SAVED: Enter a figure for every line (0 if none): Against."  # in the order typed
    assert ann.switch_to.active_element == ann.find_element(By.ID, "option-1")
    ann.find_element(By.ID, "option-1").send_keys("0", Keys.ENTER)  # Enter moves on; in the last field it saves
    ann.find_element(By.ID, "rejected").send_keys(Keys.ENTER)
    WebDriverWait(ann, WAIT).until(lambda d: outcome(d).startswith("Entry saved"))
    assert outcome(ann) == "Entry saved. Main hall now waits for a second teller's entry."
    WebDriverWait(ann, WAIT).until(lambda d: d.find_element(By.ID, "note").text.startswith("You (Ann Davies)"))
    assert not ann.find_element(By.ID, "count").is_displayed()  # the same teller cannot enter the second count
    assert ann.execute_script("return document.documentElement.scrollWidth") <= 360
    shot(ann, "teller_saved_360", tmp_path)

    join_teller(bob, host, "Bob Hughes")
    choose(bob, "Main hall")
    assert bob.find_element(By.ID, "note").text.startswith("Second entry for Main hall, entered blind")
    # Blind: nothing of Ann's figures is on Bob's page.
    assert [i.get_attribute("value") for i in bob.find_elements(By.CSS_SELECTOR, "#count input")] == [""] * 5
    figures(bob, {"option-0": "2", "option-1": "0", "papers": "2", "abstain": "0", "rejected": "0"})
    shot(bob, "teller_second_1280", tmp_path)
    bob.find_element(By.ID, "save").click()
    WebDriverWait(bob, WAIT).until(lambda d: outcome(d).startswith("The entries match"))
    assert outcome(bob) == "The entries match: the count of Main hall is definitive."

    host.stop()
    with MeetingService.reading(host.path) as service:
        motion = next(b for b in ballots.ballot_list(service) if b.title == COUNT_BALLOT)
        main = next(s for s in counting.box_states(service, motion.id) if s.name == "Main hall")
        assert main.state == "definitive"
        assert main.figures is not None and main.figures.votes == (2, 0) and main.figures.papers == 2


def test_a_blocked_box_is_said_in_words_and_offers_no_form(browser, meeting: Path, tmp_path: Path):
    """Two matching entries that found more papers than were issued: the box is blocked, as the host's count page says."""
    with MeetingService.open(meeting) as service:
        motion = next(b for b in ballots.ballot_list(service) if b.title == COUNT_BALLOT)
        for teller in ("Ann Davies", "Bob Hughes"):
            counting.enter_count(service, motion.id, "Main hall", teller, CountFigures(3, (3, 0)))
        main = next(s for s in counting.box_states(service, motion.id) if s.name == "Main hall")
        assert main.state == "blocked"
    host = start_host(meeting, free_port())
    try:
        cara = browser()
        phone(cara)
        join_teller(cara, host, "Cara Evans")
        choose(cara, "Main hall")
        assert cara.find_element(By.ID, "note").text == (
            "The count of Main hall is blocked: more papers were found than issued; the chair must order a recount "
            "of Main hall.")
        assert not cara.find_element(By.ID, "count").is_displayed()
        shot(cara, "teller_blocked_360", tmp_path)
    finally:
        host.stop()
