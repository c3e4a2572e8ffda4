"""End-to-end: `streamlit run serve.py` (the app as `make run` starts it) driven in Debian's headless chromium with Playwright.

Clicks through every page, searches the coach chronicle, uploads an article containing
`<script>` and `<img onerror>` and checks it shows as text (no dialog, no injected element).
Screenshots go to tests/artifacts/ (gitignored). No Playwright browser download: the system
chromium is used via `executable_path`.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
HOSTILE = ("Angriff auf die Anzeige\n\nDer 1. FC Kaiserslautern gewann am Samstag 2:0 gegen den VfL Bochum. "
           "<script>alert(1)</script> Dazu <img src=x onerror=alert(1)> im Text.")

sync_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} not installed "
                                "(apt-get install -y chromium)")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = free_port()
    # the app's store in a temporary folder: the test never writes data/kb.duckdb
    env = dict(os.environ, FBKB_STORE=str(tmp_path_factory.mktemp("e2e-store") / "kb.duckdb"))
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    log = open(ARTIFACTS / "streamlit.log", "w", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "serve.py", "--server.headless", "true", "--server.port",
         str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 90
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    if response.read().strip() == b"ok":
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.time() > deadline:
                raise RuntimeError(f"streamlit did not start (see {log.name})")
            time.sleep(0.5)
        yield url
    finally:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)
        log.close()


def test_the_server_warms_up_as_it_starts(server):
    log = ARTIFACTS / "streamlit.log"
    deadline = time.time() + 30
    while "warm-up: imports" not in log.read_text(encoding="utf-8") and time.time() < deadline:
        time.sleep(0.2)
    assert "warm-up: imports" in log.read_text(encoding="utf-8")
    assert "Traceback" not in log.read_text(encoding="utf-8")


def test_click_through_every_page(server):
    dialogs: list[str] = []
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.set_default_timeout(60_000)
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            expect = sync_api.expect

            def go(title: str, heading: str | None = None) -> None:
                page.locator('[data-testid="stSidebarNav"]').get_by_text(title, exact=True).click()
                expect(page.locator("h1").filter(has_text=heading or title).first).to_be_visible()

            def shot(name: str) -> None:
                page.wait_for_timeout(1200)  # let charts finish drawing
                page.screenshot(path=str(ARTIFACTS / name), full_page=True)

            page.goto(server)
            expect(page.get_by_text("Fußball-Wissensbasis").first).to_be_visible()
            expect(page.get_by_text("Fakten je Typ")).to_be_visible()
            expect(page.get_by_text("Artikel hinzufügen")).to_be_visible()
            shot("01_start.png")

            go("Saisonergebnisse")
            expect(page.get_by_text("Alle Ergebnisse der Saison").first).to_be_visible()
            expect(page.get_by_text("Punkte und Tabellenplatz im Saisonverlauf")).to_be_visible()
            expect(page.get_by_role("heading", name="1. FC Kaiserslautern – Saison")).to_be_visible()
            expect(page.locator('[data-testid="stSidebar"]')).to_contain_text("Korpus:")
            shot("02_saisonergebnisse.png")

            go("Torschützen")
            expect(page.get_by_text("Torjägerliste", exact=True)).to_be_visible()  # not the checkbox "Eigentore in der Torjägerliste zählen"
            expect(page.get_by_text("Alle Tore")).to_be_visible()
            shot("03_torschuetzen.png")

            go("Trainer-Chronik")
            search = page.get_by_label("Suche (Person, Verein, Ereignis, Satz)")
            search.fill("Schuster")
            search.press("Enter")
            expect(page.get_by_text("neueste zuerst")).to_be_visible()
            page.wait_for_url("**suche=Schuster**")
            shot("04_trainer_chronik.png")

            go("Artikel")
            expect(page.get_by_text("Fakten aus diesem Artikel")).to_be_visible()
            shot("05_artikel.png")

            # upload an article with markup: it must show as text
            go("Start", "Fußball-Wissensbasis")
            page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
                files=[{"name": "angriff.txt", "mimeType": "text/plain", "buffer": HOSTILE.encode("utf-8")}])
            page.get_by_role("button", name="Dateien auswerten").click()
            expect(page.get_by_text("Sie erscheinen jetzt auf allen Seiten")).to_be_visible()
            go("Artikel")
            search = page.get_by_label("Suche im Text")
            search.fill("onerror")
            search.press("Enter")
            expect(page.get_by_role("heading", name="Angriff auf die Anzeige")).to_be_visible()
            article = page.locator(".fbkb-article")
            expect(article).to_contain_text("<script>alert(1)</script>")
            expect(article).to_contain_text("<img src=x onerror=alert(1)>")
            shot("06_injection_as_text.png")
            assert page.locator("img[src='x']").count() == 0
            assert page.evaluate(
                "() => [...document.querySelectorAll('script')].filter(s => s.textContent.includes('alert(1)')).length"
            ) == 0
            assert page.evaluate("() => document.querySelectorAll('[onerror]').length") == 0
            assert dialogs == []
        finally:
            browser.close()
