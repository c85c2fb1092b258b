"""Start the real server (``qa serve``) on scored samples; log in; fetch the list and a detail page."""

from __future__ import annotations

import http.cookiejar
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from qa.store import Store
from tests.conftest import SAMPLES

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory, scored_samples):
    data_dir = tmp_path_factory.mktemp("web-data")
    store = Store(f"sqlite:///{data_dir / 'callqa.db'}", data_dir / "audio")
    for entry, assessment in scored_samples.values():
        store.save_assessment(assessment, SAMPLES / entry["audio"], agent_id=entry["agent_id"])
    store.add_user("reviewer1", "secret-pass", "reviewer")
    store.add_user("agent1", "agent-pass", "agent", agent_id="A3072")
    port = free_port()
    env = {**os.environ, "QA_DATA_DIR": str(data_dir)}
    process = subprocess.Popen([sys.executable, "-m", "qa.cli", "serve", "--port", str(port)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base + "/auth/login", timeout=2)
            break
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail("the server did not start: " + process.stdout.read().decode(errors="replace"))
    yield base, store
    process.terminate()
    process.wait(timeout=10)


def login(base: str, username: str, password: str) -> urllib.request.OpenerDirector:
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    form = opener.open(base + "/auth/login").read().decode()
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', form).group(1)
    body = urllib.parse.urlencode({"csrf_token": token, "username": username, "password": password}).encode()
    opener.open(base + "/auth/login", data=body)
    return opener


def test_anonymous_is_sent_to_login(server):
    base, _ = server
    response = urllib.request.urlopen(base + "/calls/")
    assert response.url.startswith(base + "/auth/login")


def test_wrong_password_is_refused(server):
    base, _ = server
    page = login(base, "reviewer1", "wrong").open(base + "/calls/")
    assert "/auth/login" in page.url


def test_reviewer_sees_list_and_detail_with_real_data(server):
    base, store = server
    browser = login(base, "reviewer1", "secret-pass")
    listing = browser.open(base + "/calls/").read().decode()
    for call_id in ("call_stereo_8k_ulaw", "call_mono_16k", "call_problems"):
        assert call_id in listing
    call = next(c for c in store.list_calls() if c["call_id"] == "call_problems")
    response = browser.open(f"{base}/calls/{call['id']}")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    detail = response.read().decode()
    assert '<audio id="player"' in detail
    for text in ("沟通六步法", "感知情绪", "确认理解", "了解状况", "请问您什么问题", "后台", "不归我们管", "评分"):
        assert text in detail, text
    assert "缺失" in detail and "已做到" in detail
    audio = browser.open(f"{base}/calls/{call['id']}/audio")
    assert audio.read() == (SAMPLES / "call_problems.wav").read_bytes()


def test_agent_sees_only_own_calls(server):
    base, store = server
    browser = login(base, "agent1", "agent-pass")
    listing = browser.open(base + "/calls/").read().decode()
    assert "call_problems" in listing and "call_mono_16k" not in listing
    other = next(c for c in store.list_calls() if c["call_id"] == "call_mono_16k")
    with pytest.raises(urllib.error.HTTPError) as refused:
        browser.open(f"{base}/calls/{other['id']}")
    assert refused.value.code == 404
