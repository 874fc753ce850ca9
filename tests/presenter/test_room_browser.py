"""The phone page in a real browser (Debian's chromium, driven by Selenium and chromium-driver).

The app's participation server runs on 127.0.0.1; the browser joins with the code,
answers each kind of activity, and sees what the leader reveals. The leader's panel,
the room's window, the record and the summary are checked on the way. The browser is
told that no other host exists, so nothing leaves loopback.
"""

from __future__ import annotations

import shutil
import struct
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from dialogtool.core.record import RoomActivityKind
from dialogtool.core.summary import SummaryOptions, build_summary, render_markdown
from dialogtool.ui.pages.data import DataPage

from .conftest import Running
from .test_room_participation import let_in, rows_are, start

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None or DRIVER is None,
    reason="needs Debian's chromium and chromium-driver (.ci/run installs them)",
)

if CHROMIUM and DRIVER:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support.ui import WebDriverWait


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[WebDriver]:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-default-apps",
        "--disable-extensions",
        "--window-size=360,740",
        "--force-device-scale-factor=1",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=str(DRIVER)))
    driver.set_page_load_timeout(15)
    # A headless window is at least 500 px wide; the phone's 360×740 is set as a device.
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": 360, "height": 740, "deviceScaleFactor": 1, "mobile": True},
    )
    try:
        yield driver
    finally:
        driver.quit()


def wait_for(driver: WebDriver, script: str, timeout: float = 10) -> object:
    return WebDriverWait(driver, timeout, poll_frequency=0.05).until(
        lambda d: d.execute_script(script)
    )


def question_is(driver: WebDriver, activity: str) -> None:
    """Wait until the phone shows the leader's new activity (pushed by server-sent events)."""
    wait_for(
        driver,
        f"const a = document.getElementById('activity'); "
        f"return !a.hidden && a.dataset.activity === {activity!r}",
    )


def send_text(driver: WebDriver, field: str, text: str) -> None:
    box = driver.find_element(By.ID, field)
    box.clear()
    box.send_keys(text)
    driver.find_element(By.ID, "send").click()
    wait_for(driver, "return document.getElementById('status').textContent.startsWith('Tak')")
    driver.execute_script("document.getElementById('status').textContent = ''")


def tap(driver: WebDriver, label: str) -> None:
    buttons = driver.find_elements(By.CSS_SELECTOR, "#choices button")
    next(b for b in buttons if b.text == label).click()
    wait_for(driver, "return document.getElementById('status').textContent.startsWith('Tak')")
    driver.execute_script("document.getElementById('status').textContent = ''")


def test_a_phone_joins_with_the_code_answers_every_activity_and_sees_the_reveal(
    qtbot: QtBot, running: Running, browser: WebDriver, tmp_path: Path
) -> None:
    view = running.view
    view.go_to("data")
    page = view.pages["data"]
    assert isinstance(page, DataPage)
    page.indicator_view.setCurrentIndex(page.indicator_model.index(0, 0))
    room = let_in(qtbot, running)
    assert room.server is not None and room.state is not None
    panel, screen = room.panel, room.screen

    browser.get(room.server.page_url)
    assert browser.find_element(By.CSS_SELECTOR, "label[for=code]").text == "Koden fra skærmen"
    browser.find_element(By.ID, "code").send_keys(room.state.code.lower())
    browser.find_element(By.CSS_SELECTOR, "#join button").click()
    wait_for(browser, "return !document.getElementById('wait').hidden")

    activity = start(qtbot, room, RoomActivityKind.GUESS_VALUE)
    question_is(browser, activity)
    browser.save_screenshot(str(tmp_path / "guess.png"))
    send_text(browser, "number", "1.234,5")
    qtbot.waitUntil(partial(rows_are, room, 1), timeout=3000)
    assert panel.model.item(0).text() == "1234.5"

    activity = start(qtbot, room, RoomActivityKind.GUESS_DIRECTION)
    question_is(browser, activity)
    tap(browser, "Op")
    for typed in ("up", "down"):  # two more said aloud, typed by the leader
        qtbot.mouseClick(
            panel.findChild(QPushButton, f"roomTyped_{typed}"), Qt.MouseButton.LeftButton
        )
    qtbot.waitUntil(partial(rows_are, room, 3), timeout=3000)
    qtbot.mouseClick(panel.reveal, Qt.MouseButton.LeftButton)
    assert "Op: 2 · Uændret: 0 · Ned: 1" in screen.answers.text()
    wait_for(browser, "return document.getElementById('lines').textContent.includes('Op: 2')")

    activity = start(qtbot, room, RoomActivityKind.NOTICE)
    question_is(browser, activity)
    browser.find_element(By.ID, "text").send_keys("Flere virksomhedspraktikker end sidst")
    shot = tmp_path / "phone-360x740.png"  # looked at by hand; see docs/reliability.md
    browser.save_screenshot(str(shot))
    assert struct.unpack(">II", shot.read_bytes()[16:24]) == (360, 740)
    browser.find_element(By.ID, "text").clear()
    send_text(browser, "text", "Flere virksomhedspraktikker end sidst")
    send_text(browser, "text", "<img src=x onerror=\"document.title='pwned'\">")
    qtbot.waitUntil(partial(rows_are, room, 2), timeout=3000)
    assert screen.answers.isHidden(), "nothing on the room's screen before the leader picks"
    for row in (0, 1):
        panel.model.item(row).setCheckState(Qt.CheckState.Checked)
    assert "• <img src=x" in screen.answers.text(), "shown as the text it is"
    wait_for(browser, "return document.querySelectorAll('#lines li').length === 2")
    assert browser.execute_script("return document.title") == "Rummet deltager"
    assert browser.find_elements(By.CSS_SELECTOR, "#lines img") == []

    activity = start(qtbot, room, RoomActivityKind.CARDS)
    question_is(browser, activity)
    send_text(browser, "text", "Ny sagsbehandler i teamet")
    qtbot.waitUntil(partial(rows_are, room, 1), timeout=3000)
    panel.answers.setCurrentIndex(panel.model.index(0, 0))
    qtbot.mouseClick(
        panel.findChild(QPushButton, "roomPlace_internal_individual"), Qt.MouseButton.LeftButton
    )

    view.go_to("checkin")
    activity = start(qtbot, room, RoomActivityKind.CHECKIN)
    question_is(browser, activity)
    send_text(browser, "text", "Spændt på tallene")
    for typed in ("Træt", "Klar"):
        room.type_answer({"text": typed})
    qtbot.waitUntil(partial(rows_are, room, 3), timeout=3000)
    qtbot.mouseClick(panel.reveal, Qt.MouseButton.LeftButton)
    assert "• Spændt på tallene" in screen.answers.text()

    view.go_to("checkout")
    activity = start(qtbot, room, RoomActivityKind.RATING)
    question_is(browser, activity)
    tap(browser, "4")
    wait_for(
        browser, "return document.getElementById('given').textContent.startsWith('Du har givet')"
    )
    buttons = browser.find_elements(By.CSS_SELECTOR, "#choices button")
    assert not any(b.is_enabled() for b in buttons), "one rating per phone"
    for typed in ("5", "3"):
        room.type_answer({"choice": typed})
    qtbot.mouseClick(panel.reveal, Qt.MouseButton.LeftButton)
    wait_for(
        browser, "return document.getElementById('lines').textContent.includes('Gennemsnit 4')"
    )
    assert "Gennemsnit 4" in screen.answers.text()

    # The page at 360×740: nothing wider than the phone, every field labelled.
    assert browser.execute_script("return document.documentElement.scrollWidth") <= 360
    unlabelled = browser.execute_script(
        "return [...document.querySelectorAll('input, textarea')]"
        ".filter(e => !e.hidden && e.labels.length === 0).map(e => e.id)"
    )
    assert unlabelled == []
    browser.save_screenshot(str(tmp_path / "rating.png"))

    record = view.session.record
    kinds = {r.kind for r in record.room_answers}
    assert kinds == set(RoomActivityKind) - {RoomActivityKind.CHECKOUT}
    kept = {r.kind: r for r in record.room_answers}
    assert kept[RoomActivityKind.GUESS_VALUE].numbers == [1234.5]
    assert any(e.text == "Ny sagsbehandler i teamet" for e in record.explanations)
    summary = render_markdown(build_summary(record, "da", SummaryOptions()))
    assert "Rummets svar" in summary and "Spændt på tallene" in summary
    assert room.state.secret not in record.model_dump_json()


def test_the_page_joins_from_the_qr_address_speaks_english_and_reconnects_by_itself(
    browser: WebDriver,
) -> None:
    from dialogtool.core.room.state import RoomState
    from dialogtool.room.server import RoomServer

    state = RoomState()
    server = RoomServer(state, "127.0.0.1")
    server.start()
    try:
        browser.get(server.join_url)  # what the QR code carries: the code after '#'
        wait_for(browser, "return !document.getElementById('wait').hidden")
        assert "#" not in browser.current_url, "the code does not stay in the address bar"
        browser.find_element(By.ID, "language").click()
        assert browser.find_element(By.ID, "title").text == "The room takes part"
        assert browser.execute_script("return document.documentElement.lang") == "en"
        port = server.port
        server.stop()  # the laptop's server goes away for a moment
        wait_for(browser, "return document.getElementById('status').textContent.includes('lost')")
        state.start("again", RoomActivityKind.NOTICE)
        server = RoomServer(state, "127.0.0.1", port)
        server.start()
        question_is(browser, "again")  # EventSource came back by itself, still joined
        assert browser.find_element(By.ID, "question").text == "What do you notice?"
    finally:
        server.stop()
