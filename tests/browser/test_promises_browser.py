"""A citizen reads the citizen promises on a phone: axe finds no WCAG 2.1 A/AA violations.

One journey over one load of the demo data (a browser test's data is flushed after each test, and
loading the demo is most of such a test's time); each step is a function of its own.
"""

from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from tests.conftest import PHONE

LAPTOP = {"width": 1366, "height": 768}

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo_data(contact_info, est_reference_data):
    call_command("seed_demo", verbosity=0, stdout=StringIO())


def reads_the_current_promise_on_a_phone(page, assert_accessible):
    year = timezone.localdate().year
    page.set_viewport_size(PHONE)
    page.goto("/")
    page.get_by_role("button", name="Visa eller dölj menyn").click()
    page.get_by_role("link", name="Medborgarlöften", exact=True).click()
    page.wait_for_url("**/medborgarloften/")  # waits for the load event: styles applied
    expect(page.locator("h1")).to_have_text("Medborgarlöften")
    expect(page.get_by_role("heading", name="Gäller nu")).to_be_visible()
    assert page.get_by_text(f"Medborgarlöfte för Hjo {year + 1}").count() == 0  # the draft
    assert_accessible(page)

    page.get_by_role("link", name=f"Medborgarlöfte för Hjo {year}", exact=True).click()
    page.wait_for_url(f"**/medborgarloften/medborgarlofte-hjo-{year}/")
    expect(page.locator("h1")).to_have_text(f"Medborgarlöfte för Hjo {year}")
    progress = page.locator("progress")
    expect(progress).to_be_visible()
    assert progress.get_attribute("max") == "5"
    expect(page.get_by_text("2 av 5 aktiviteter är genomförda")).to_be_visible()
    expect(page.get_by_text("Ändrad").first).to_be_visible()
    # The evidence beside an activity opens on demand and is an accessible table.
    evidence = page.locator("details.evidence").first
    expect(evidence.get_by_role("table")).not_to_be_visible()
    evidence.locator("summary").click()
    table = evidence.get_by_role("table")
    expect(table).to_be_visible()
    expect(table.get_by_role("columnheader", name="Kvartal")).to_be_visible()
    # Three demo years: the year before the promise has real counts; any under 5 is a phrase,
    # and a quarter that would give a month away reads "visas inte".
    cells = table.locator("td").all_inner_texts()
    assert cells and all(text in ("färre än 5", "visas inte") or int(text) >= 5 for text in cells)
    # Nothing is wider than the phone's screen except inside a table.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert_accessible(page)

    page.get_by_role("link", name="Medborgarlöften", exact=True).first.click()
    page.wait_for_url("**/medborgarloften/")
    expect(page.locator("h1")).to_have_text("Medborgarlöften")


def reads_an_earlier_promise_with_follow_ups_on_a_laptop(page, assert_accessible):
    year = timezone.localdate().year
    page.set_viewport_size(LAPTOP)
    page.goto(f"/medborgarloften/medborgarlofte-hjo-{year - 1}/")
    expect(page.get_by_role("heading", name="Uppföljningar")).to_be_visible()
    assert page.get_by_role("table", name="Resultat per aktivitet vid uppföljningen").count() == 2
    assert_accessible(page)
    # The council's side of the promise (issue 26, 6): its agenda items lead to the meetings.
    council = page.locator("section").filter(
        has=page.get_by_role("heading", name="I brottsförebyggande rådet")
    )
    expect(council.get_by_text("Punkter på rådets dagordning om löftet")).to_be_visible()
    council.get_by_role("link").first.click()
    page.wait_for_url("**/bra/moten/*/")
    expect(page.get_by_text("Medborgarlöftet").first).to_be_visible()
    assert_accessible(page)


def does_not_find_a_draft(page):
    year = timezone.localdate().year
    response = page.goto(f"/medborgarloften/medborgarlofte-hjo-{year + 1}/")
    assert response.status == 404


# Every element of the page that reaches past the phone's right edge, unless it sits in a
# scroll box (overflow-x auto/scroll). Every table wider than its box: that box must be a
# labelled region a keyboard can focus, and show a visible cue (the scroll shadow).
OVERFLOW_PROBE = """() => {
  const width = document.documentElement.clientWidth;
  const scrolls = (el) => ["auto", "scroll"].includes(getComputedStyle(el).overflowX);
  const clipped = [];
  for (const el of document.querySelectorAll("main *")) {
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.right <= width + 0.5) continue;
    let box = el.parentElement, inScroll = false;
    while (box && box !== document.body) {
      if (scrolls(box)) { inScroll = true; break; }
      box = box.parentElement;
    }
    if (!inScroll) clipped.push(el.tagName + "." + el.className + ": " + Math.round(rect.right));
  }
  const tables = [];
  for (const table of document.querySelectorAll("main table")) {
    const box = table.parentElement;
    if (table.getBoundingClientRect().width === 0) continue;
    const wide = table.scrollWidth > box.clientWidth + 0.5;
    const label = document.getElementById(box.getAttribute("aria-labelledby") || "");
    tables.push({
      caption: table.caption ? table.caption.innerText.trim() : "",
      wide: wide,
      scrolls: scrolls(box),
      region: box.getAttribute("role") === "region" && !!label && !!label.innerText.trim(),
      focusable: box.tabIndex === 0,
      cue: getComputedStyle(box).backgroundImage.includes("gradient"),
    });
  }
  return {scrollWidth: document.documentElement.scrollWidth, width, clipped, tables};
}"""


def sees_the_tables_of_a_promise_on_a_phone_without_clipping(page, years_back):
    year = timezone.localdate().year - years_back
    page.set_viewport_size(PHONE)
    page.goto(f"/medborgarloften/medborgarlofte-hjo-{year}/")
    for summary in page.locator("details.evidence > summary").all():
        summary.click()
    found = page.evaluate(OVERFLOW_PROBE)
    assert found["scrollWidth"] <= PHONE["width"], found
    assert found["clipped"] == [], found["clipped"]
    assert found["tables"], "the promise shows its evidence and follow-up tables"
    for table in found["tables"]:
        assert table["region"] and table["focusable"], table  # reachable and named
        if table["wide"]:
            assert table["scrolls"] and table["cue"], table  # scrolls inside, with a cue
    if page.locator(".follow-up__table").count():  # the follow-up table also says it in words
        expect(page.get_by_text("svep i sidled för att se alla kolumner").first).to_be_visible()


def reads_the_cooperation_agreement_on_a_phone(page, assert_accessible):
    """Issue 26.4: from the promises to the agreement's summary, and to a promise of an area."""
    year = timezone.localdate().year
    page.set_viewport_size(PHONE)
    page.goto("/medborgarloften/")
    page.get_by_role("link", name="samverkansöverenskommelsen", exact=False).click()
    page.wait_for_url("**/samverkan/")
    assert "Samverkansöverenskommelse" in page.locator("h1").inner_text()
    expect(page.get_by_role("heading", name="Trafiksäkerhet vid skolorna")).to_be_visible()
    expect(page.get_by_text("Magnus Olsson, Kommundirektör")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert_accessible(page)
    page.get_by_role("link", name=f"Medborgarlöfte för Hjo {year}", exact=True).click()
    page.wait_for_url(f"**/medborgarloften/medborgarlofte-hjo-{year}/")
    expect(page.get_by_role("link", name="Trafiksäkerhet vid skolorna")).to_be_visible()


def test_a_citizen_reads_the_promises(page, demo_data, assert_accessible):
    reads_the_current_promise_on_a_phone(page, assert_accessible)
    for years_back in (0, 1):
        sees_the_tables_of_a_promise_on_a_phone_without_clipping(page, years_back)
    reads_an_earlier_promise_with_follow_ups_on_a_laptop(page, assert_accessible)
    does_not_find_a_draft(page)
    reads_the_cooperation_agreement_on_a_phone(page, assert_accessible)
