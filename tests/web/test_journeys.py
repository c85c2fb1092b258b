"""Playwright (Debian's Chromium) against a real ``qa serve``: the three journeys of the review UI.

The store is seeded with the sample calls scored once by real Whisper (``scored_samples``), except the
two the supervisor uploads, which the server transcribes. Screenshots go to ``$CALLQA_SCREENSHOTS``
(``docs/screenshots`` when refreshing the user guide) or to a temporary folder.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from qa.filenames import CallMetadata
from qa.store import Store
from tests.conftest import SAMPLES
from tests.web.conftest import PASSWORD, USERS
from web.accounts import save_account

pytestmark = pytest.mark.slow
playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
UPLOADED = ("ecommerce_forbidden", "insurance_missing_confirmations")  # the two shortest not used elsewhere
REVIEWED_CALL, OTHER_CALL = "call_problems", "call_mono_16k"
AGENT_IDS = {"agent1": "A3072", "agent2": "A2048"}  # the agents of REVIEWED_CALL and OTHER_CALL
JOB_TIMEOUT_MS = 300_000


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(os.environ.get("CALLQA_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def live(tmp_path_factory, scored_samples):  # type: ignore[no-untyped-def]
    """Return (base URL, store, call id -> pk) of a real server on a seeded store."""
    data_dir = tmp_path_factory.mktemp("live")
    store = Store(f"sqlite:///{data_dir / 'callqa.db'}", data_dir / "audio")
    first_day = datetime(2026, 11, 16, 9, 0, tzinfo=timezone.utc)
    pks = {}
    for n, (call_id, (entry, assessment)) in enumerate(sorted(scored_samples.items())):
        if call_id in UPLOADED:
            continue
        when = first_day + timedelta(days=n % 5, hours=n)
        pks[call_id] = store.save_assessment(assessment, SAMPLES / entry["audio"], metadata=CallMetadata(
            call_id=call_id, agent_id=entry["agent_id"], call_time=when))
    with store.session() as session:
        for username, (role, _) in USERS.items():
            save_account(session, username, PASSWORD, role, AGENT_IDS.get(username))
    port = free_port()
    env = {**os.environ, "QA_DATA_DIR": str(data_dir), "QA_SECRET_KEY": "journeys"}
    server = subprocess.Popen([sys.executable, "-m", "qa.cli", "serve", "--port", str(port)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base + "/auth/login", timeout=2)
            break
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.3)
    else:
        server.kill()
        pytest.fail("the server did not start: " + server.stdout.read().decode(errors="replace"))
    yield base, store, pks
    server.terminate()
    server.wait(timeout=20)


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def open_as(browser, base: str, username: str):  # type: ignore[no-untyped-def]
    """Return a new page logged in as ``username``."""
    page = browser.new_context(viewport={"width": 1400, "height": 900}, locale="zh-CN").new_page()
    page.goto(base + "/auth/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_load_state()
    return page


def test_reviewer_reviews_and_overrides_a_call(live, browser, shots):  # type: ignore[no-untyped-def]
    base, _, pks = live
    page = open_as(browser, base, "review1")
    page.goto(base + "/calls/")
    assert page.locator("table.calls tbody tr").count() == len(pks)
    page.screenshot(path=shots / "reviewer-call-list.png", full_page=True)

    page.fill("input[name=q]", "后台")
    page.click("form.filters button[type=submit]")
    assert page.locator(f"table.calls a:text-is('{REVIEWED_CALL}')").count() == 1
    assert page.locator(f"table.calls a:text-is('{OTHER_CALL}')").count() == 0
    page.click(f"table.calls a:text-is('{REVIEWED_CALL}')")

    assert page.locator("svg.timeline rect.bar").count() >= 4
    assert page.locator(".seg mark").count() >= 1  # 后台 / 不归我们管 highlighted in the transcript
    line = page.locator(".seg[data-start]").nth(2)
    start = float(line.get_attribute("data-start"))
    line.click()
    assert abs(page.evaluate("document.getElementById('player').currentTime") - start) < 1.0
    page.keyboard.press("?")
    assert page.locator("#shortcut-help").is_visible()

    override = page.locator("tr.item[data-item='S3'] form.decision")
    override.locator("input[value=override]").check()
    override.locator("input[name=points]").fill("2")
    override.locator("button").click()
    assert "驳回和改分必须填写说明" in page.locator(".flash").inner_text()  # the comment is mandatory

    override = page.locator("tr.item[data-item='S3'] form.decision")
    override.locator("input[value=override]").check()
    override.locator("input[name=points]").fill("2")
    override.locator("input[name=comment]").fill("坐席问了订单号，算部分了解状况")
    override.locator("button").click()
    assert "已保存 S3 的复核" in page.locator(".ok").inner_text()
    assert "坐席问了订单号" in page.locator("tr.item[data-item='S3'] .decided").inner_text()

    page.keyboard.press("j")
    with page.expect_navigation():
        page.keyboard.press("c")  # confirm the selected (first) item from the keyboard
    assert page.locator("tr.item .decision-confirm").count() == 1

    page.click("#mark-reviewed button")
    assert page.locator("h1 .badge", has_text="已复核").count() == 1
    audit = page.locator("#audit").inner_text()
    assert "item S3" in audit and "review1" in audit and "override" in audit and "review status" in audit
    page.screenshot(path=shots / "reviewer-call-detail.png", full_page=True)

    audio = page.request.get(base + page.locator("#player").get_attribute("src"))
    assert audio.body() == (SAMPLES / f"{REVIEWED_CALL}.wav").read_bytes()

    page.click("text=English")
    assert page.locator("h2", has_text="Six communication steps").count() == 1
    page.screenshot(path=shots / "reviewer-call-detail-en.png")
    page.click("text=中文")


def test_agent_sees_only_own_calls_and_appeals(live, browser, shots):  # type: ignore[no-untyped-def]
    base, _, pks = live
    agent = open_as(browser, base, "agent1")
    assert agent.url.endswith("/me")
    rows = agent.locator("table.calls tbody tr")
    assert rows.count() == 1 and REVIEWED_CALL in rows.inner_text()
    assert agent.locator("svg.lines").count() == 1
    agent.screenshot(path=shots / "agent-my-calls.png", full_page=True)
    assert agent.goto(f"{base}/calls/{pks[OTHER_CALL]}").status == 404
    assert agent.goto(f"{base}/calls/").status == 403

    agent.goto(f"{base}/calls/{pks[REVIEWED_CALL]}")
    assert agent.locator("#coaching .coach").count() >= 1
    assert agent.locator("#coaching .examples").count() >= 1
    appeal = agent.locator("tr.item[data-item='S1'] form.appeal")
    appeal.locator("input[name=reason]").fill("客户没有表现出情绪，这一项不适用")
    appeal.locator("button").click()
    assert "已提交申诉" in agent.locator(".ok").inner_text()
    agent.screenshot(path=shots / "agent-call-coaching.png", full_page=True)

    reviewer = open_as(browser, base, "review1")
    reviewer.goto(base + "/appeals?status=open")
    reviewer.locator("form[action$='/forward'] input[name=note]").fill("同意：客户语气平静")
    reviewer.locator("form[action$='/forward'] button").click()
    assert "已提交主管" in reviewer.locator(".ok").inner_text()

    supervisor = open_as(browser, base, "super1")
    supervisor.goto(base + "/appeals?status=forwarded")
    assert "同意：客户语气平静" in supervisor.locator("table.appeals").inner_text()
    supervisor.screenshot(path=shots / "supervisor-appeal-queue.png", full_page=True)
    decide = supervisor.locator("form[action$='/decide']")
    decide.locator("input[name=note]").fill("接受申诉，给满分")
    decide.locator("input[name=points]").fill("6")
    decide.locator("button[value=accepted]").click()
    assert "已记录决定" in supervisor.locator(".ok").inner_text()

    agent.goto(base + "/appeals")
    outcome = agent.locator("table.appeals").inner_text()
    assert "已接受" in outcome and "接受申诉，给满分" in outcome
    agent.goto(f"{base}/calls/{pks[REVIEWED_CALL]}")
    assert "→ 6" in agent.locator("tr.item[data-item='S1'] strong.decision-override").inner_text()


def test_supervisor_uploads_watches_progress_and_sees_dashboard(live, browser, shots):  # type: ignore[no-untyped-def]
    base, store, pks = live
    page = open_as(browser, base, "super1")
    assert page.url.endswith("/dashboard")
    page.goto(base + "/uploads")
    page.set_input_files("input[name=files]", [str(SAMPLES / f"{name}.wav") for name in UPLOADED])
    page.fill("input[name=agent_id]", "A9001")
    page.click("#upload-form button[type=submit]")
    assert "/jobs/" in page.url
    assert page.locator("#job-progress progress").count() == 1
    page.screenshot(path=shots / "supervisor-upload-progress.png")
    # the page polls the job's JSON and reloads itself when the job is finished (no more polling URL)
    playwright_api.expect(page.locator("[data-progress-url]")).to_have_count(0, timeout=JOB_TIMEOUT_MS)
    playwright_api.expect(page.locator("#job-results a")).to_have_count(2)
    results = page.locator("#job-results").inner_text()
    assert all(name in results for name in UPLOADED)
    page.screenshot(path=shots / "supervisor-upload-done.png", full_page=True)

    page.goto(base + "/dashboard")
    assert page.locator("svg.chart").count() == 4
    assert "A9001" in page.locator(".dash").first.inner_text()
    page.screenshot(path=shots / "supervisor-dashboard.png", full_page=True)
    export = page.request.get(base + "/calls/export.csv?agent=A9001")
    assert export.status == 200 and export.body().decode("utf-8-sig").count("\n") == 3
