"""The staff loop end to end: a real server process, a real SQLite file, headless Chromium.

A patient sends a red-flag message -> staff see it, redacted, at the top of the staff page and
mark it seen. A patient asks what the documents cannot answer -> staff sign in, see it redacted and grouped,
attach it to a passage, rebuild the index -> the question and a paraphrase find that passage
(needs the variants index of issue #15). A question in a word the documents do not use -> the
queue names the word, staff give the documents' words for it (a glossary line), rebuild -> it is
answered. A thumbs-down shows in the staff counts. Signed out,
/staff and every write route refuse; a write without the CSRF token is refused.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from assistant.config import PROJECT_ROOT
from assistant.index.embedding import Embedder
from assistant.ingest.corpus import documents_digest, load_corpus
from assistant.ingest.indexing import ingest
from tests.helpers import copy_corpus, make_settings

from .browsers import ARTIFACTS, require_chromium
from .servers import assistant_server, wait_for

require_chromium()

pytestmark = pytest.mark.slow
PASSWORD = "staff loop password"
PRICES = (
    "# Prices\n\nA single microneedling session costs 200 pounds. "
    "A course of three sessions costs 540 pounds, paid at the first visit.\n"
)
# Not covered before the variant: a price asked in words the leaflet does not use, not all of
# them basic English ("would it break the bank?" is priced as it stands).
QUESTION = "will it empty my wallet?"
PLANTED_NAME, PLANTED_PHONE = "Harriet Lowe", "07700 900461"
# Written apart from QUESTION (another wording of the same worry), not tuned against it.
PARAPHRASE = "will this cost me a fortune"
# Not covered, and not the clinic's to answer: marked out of scope on the staff page.
DECLINED_QUESTION = "do you sell a voucher for a friend?"
URGENT = "my tongue has swollen up and i can hardly breathe"
# Not covered before a glossary line: a clinical word no document uses, and the model places
# near none of theirs. Staff say the documents' words for it on the staff page.
UNFAMILIAR = "contraindications"
GLOSSED_QUESTION = f"are there {UNFAMILIAR}?"


@pytest.fixture(scope="module")
def loop_server(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> Iterator[tuple[str, Path]]:
    root = tmp_path_factory.mktemp("loop")
    corpus = copy_corpus(root)
    (corpus / "prices.md").write_text(PRICES, encoding="utf-8")
    settings = make_settings(root)
    ingest(settings, embed=embedder.embed)
    env = {
        **os.environ,
        "ASSISTANT_CORPUS_DIR": str(corpus),
        "ASSISTANT_INDEX_DIR": str(root / "index"),
        "ASSISTANT_NEW_PASSWORD": PASSWORD,
        "PYTHONPATH": str(PROJECT_ROOT),
    }
    subprocess.run(
        [sys.executable, "-m", "assistant.clinic.cli", "add-user", "reception"],
        env=env,
        check=True,
        cwd=PROJECT_ROOT,
    )
    log = root / "server.log"
    with assistant_server(log, corpus_dir=str(corpus), index_dir=str(root / "index")) as base:
        wait_for(f"{base}/ready")
        yield base, log


def ask(page, message: str):  # type: ignore[no-untyped-def]
    page.locator("[data-testid=chat-input]").fill(message)
    page.locator("[data-testid=chat-send]").click()
    reply = page.locator("[data-testid=msg-bot]").nth(
        page.locator("[data-testid=msg-user]").count() - 1
    )
    reply.wait_for(timeout=30_000)
    return reply


def test_staff_loop_signed_out_refusals(loop_server: tuple[str, Path]) -> None:
    base, _ = loop_server
    with httpx.Client(base_url=base) as client:
        assert client.get("/staff").status_code == 401
        for path in ("/staff/queue", "/staff/feedback", "/staff/reviews", "/staff/ingest"):
            assert client.get(path).status_code == 401, path
        for path in (
            "/staff/ingest",
            "/staff/logout",
            "/staff/queue/1/attach",
            "/staff/queue/1/status",
        ):
            assert client.post(path, json={}).status_code in (401, 403, 422), path
        # Signed in, a write without the CSRF token is refused.
        csrf = client.get("/staff/session").json()["csrf"]
        login = client.post(
            "/staff/login",
            json={"name": "reception", "password": PASSWORD},
            headers={"X-CSRF-Token": csrf},
        )
        assert login.status_code == 200
        assert client.post("/staff/ingest").status_code == 403
        assert client.post("/staff/queue/1/status", json={"status": "open"}).status_code == 403


def test_staff_loop_in_the_browser(browser, loop_server: tuple[str, Path]) -> None:  # type: ignore[no-untyped-def]
    base, log = loop_server
    ARTIFACTS.mkdir(exist_ok=True)
    patient = browser.new_page(viewport={"width": 900, "height": 900})
    patient.goto(f"{base}/chat-ui")
    first = ask(patient, f"{QUESTION} I'm {PLANTED_NAME}, call me on {PLANTED_PHONE}")
    assert first.get_attribute("data-kind") == "not_found"
    assert ask(patient, QUESTION).get_attribute("data-kind") == "not_found"
    # Thumbs-down on an answer.
    answer = ask(patient, "how long does redness last")
    answer.locator("[data-testid=feedback-down]").click()
    answer.locator("[data-testid=feedback-status]").filter(has_text="Thank you").wait_for()
    assert answer.locator("[data-testid=feedback-down]").get_attribute("aria-pressed") == "true"
    assert ask(patient, DECLINED_QUESTION).get_attribute("data-kind") == "not_found"
    assert ask(patient, GLOSSED_QUESTION).get_attribute("data-kind") == "not_found"
    urgent = ask(patient, f"{URGENT}, it's {PLANTED_NAME} {PLANTED_PHONE}")
    assert urgent.get_attribute("data-kind") == "urgent"

    staff = browser.new_page(viewport={"width": 1280, "height": 1000})
    staff.goto(f"{base}/staff")
    staff.locator("[data-testid=login-name]").fill("reception")
    staff.locator("[data-testid=login-password]").fill(PASSWORD)
    staff.locator("[data-testid=login-submit]").click()
    # The urgent message heads the page, redacted, until someone marks it seen.
    alert = staff.locator("[data-testid=urgent-message]").filter(has_text=URGENT)
    alert.wait_for(timeout=30_000)
    assert PLANTED_NAME not in alert.inner_text() and PLANTED_PHONE not in alert.inner_text()
    assert staff.title().startswith("(1 urgent)")
    alert.locator("[data-testid=urgent-seen]").click()
    alert.filter(has_text="seen by reception").wait_for()
    assert not staff.title().startswith("(")
    group = staff.locator("[data-testid=queue-group]").filter(has_text="empty my wallet").first
    group.wait_for(timeout=30_000)
    shown = staff.locator("[data-testid=staff-queue]").inner_text()
    assert PLANTED_NAME not in shown and PLANTED_PHONE not in shown and "[PHONE]" in shown
    assert "(2 asked)" in group.inner_text()
    assert int(staff.locator("[data-testid=feedback-down-count]").first.inner_text()) >= 1
    # Out of scope: the question joins the clinic's declined questions (read at the next ingest).
    declined = (
        staff.locator("[data-testid=queue-group]").filter(has_text="voucher for a friend").first
    )
    declined.get_by_role("button", name="Out of scope").click()
    staff.locator("[data-testid=loop-status]").filter(has_text="marked out of scope").wait_for()
    lines = Path(log.parent, "corpus", "declined.jsonl").read_text().splitlines()
    documents = load_corpus(Path(log.parent, "corpus"), max_bytes=5_000_000)
    assert json.loads(lines[-1]) == {
        "question": DECLINED_QUESTION,
        "documents": documents_digest(documents),
    }
    group.locator("[data-testid=queue-find]").click()
    candidate = group.locator(".candidate").filter(has_text="pounds").first
    candidate.wait_for(timeout=30_000)
    candidate.locator("[data-testid=attach-here]").click()
    staff.locator("[data-testid=loop-status]").filter(has_text="Attached").wait_for()
    variants = [
        json.loads(line)
        for line in Path(log.parent, "corpus", "also-asked.jsonl").read_text().splitlines()
    ]
    assert variants[-1]["source"] == "corpus/prices.md" or variants[-1]["source"].endswith(
        "prices.md"
    )
    assert PLANTED_NAME not in json.dumps(variants)
    # A glossary line from the word the queue names.
    unfamiliar = staff.locator("[data-testid=queue-group]").filter(has_text=GLOSSED_QUESTION)
    unfamiliar.locator("[data-testid=unfamiliar-word]").filter(has_text=UNFAMILIAR).click()
    assert staff.locator("[data-testid=glossary-patient]").input_value() == UNFAMILIAR
    staff.locator("[data-testid=glossary-documents]").fill("zorbified")
    staff.locator("[data-testid=glossary-save]").click()
    staff.locator("[data-testid=loop-status]").filter(has_text="never use 'zorbified'").wait_for()
    staff.locator("[data-testid=glossary-documents]").fill("not recommended")
    staff.locator("[data-testid=glossary-save]").click()
    staff.locator("[data-testid=loop-status]").filter(has_text="Saved").wait_for()
    staff.locator("[data-testid=glossary-count]").click()  # the lines, folded away until asked
    staff.locator("[data-testid=glossary-line]").filter(has_text=UNFAMILIAR).wait_for()
    staff.locator("#queue-title").scroll_into_view_if_needed()
    staff.screenshot(path=str(ARTIFACTS / "staff-glossary.png"))
    staff.locator("[data-testid=glossary-count]").click()
    glossary = Path(log.parent, "corpus", "glossary.jsonl").read_text().splitlines()
    assert json.loads(glossary[-1]) == {"patient": UNFAMILIAR, "documents": "not recommended"}
    staff.locator("[data-testid=staff-ingest]").click()
    staff.locator("[data-testid=loop-status]").filter(has_text="Index rebuilt").wait_for(
        timeout=120_000
    )
    staff.screenshot(path=str(ARTIFACTS / "staff-loop.png"), full_page=True)

    # Nothing planted reaches the server's log.
    text = log.read_text(encoding="utf-8", errors="replace")
    assert PLANTED_NAME not in text and PLANTED_PHONE not in text and URGENT not in text

    patient.wait_for_timeout(2500)  # the server follows the new index version within 2 s
    paraphrase = ask(patient, PARAPHRASE)
    assert paraphrase.get_attribute("data-kind") == "answer"
    assert "prices.md" in paraphrase.locator("[data-testid=citation]").first.inner_text()
    same = ask(patient, QUESTION)
    assert same.get_attribute("data-kind") == "answer"
    assert "prices.md" in same.locator("[data-testid=citation]").first.inner_text()
    assert ask(patient, GLOSSED_QUESTION).get_attribute("data-kind") == "answer"

    # The glossary line's question, still on the list, is answered now (the list reloads itself
    # after the rebuild): staff close it as such.
    glossed = staff.locator("[data-testid=queue-group]").filter(has_text=GLOSSED_QUESTION)
    glossed.locator("[data-testid=queue-answered-now]").wait_for(timeout=30_000)
    assert staff.locator("[data-testid=queue-answered-now]").count() == 1
    glossed.locator("[data-testid=queue-done]").click()
    staff.locator("[data-testid=loop-status]").filter(has_text="marked answered").wait_for()
    assert staff.locator("[data-testid=queue-group]").filter(has_text=GLOSSED_QUESTION).count() == 0
