"""The council meeting's admin page in a real browser at a laptop's 1366×768: the agenda inline
fits without horizontal scrolling, moving an item renumbers the captions, its move buttons never
break a word, a meeting not yet held has no attendance filled in, and publishing asks for confirmation first."""

import pytest

from bra_council.models import MeetingStatus
from tests.bra_council.factories import (
    ActionFactory,
    AgendaItemFactory,
    CouncilMeetingFactory,
    CouncilMemberFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
LAPTOP = {"width": 1366, "height": 768}


@pytest.fixture
def meeting(db):
    meeting = CouncilMeetingFactory(status=MeetingStatus.PLANNED)
    for title in [
        "Mötets öppnande och val av justerare",
        "Gemensam lägesbild från EST",
        "Polisens lägesbild",
        "Trygghetsvandring i Guldkroken – resultat och fortsatt arbete",
    ]:
        AgendaItemFactory(meeting=meeting, title=title)
    AgendaItemFactory(meeting=meeting, title="Övriga frågor", is_closing=True)
    AgendaItemFactory(meeting=meeting, title="Mötets avslutande", is_closing=True)
    for n in range(11):
        CouncilMemberFactory(name=f"Ledamot {n:02d}", title="Förvaltningschef")
    return meeting


def overflow(page, selector):
    return page.evaluate(
        """(selector) => {
            const el = document.querySelector(selector);
            return {inner: el.scrollWidth, outer: el.clientWidth,
                    page: document.documentElement.scrollWidth, viewport: window.innerWidth};
        }""",
        selector,
    )


def captions(page):
    return page.locator(".agenda-inline tbody tr.has_original td.original p").all_inner_texts()


def test_agenda_inline_fits_a_laptop_and_moving_renumbers(
    page, login_browser, coordinator, meeting, assert_accessible
):
    page.set_viewport_size(LAPTOP)
    login_browser(coordinator)
    page.goto(f"/admin/bra_council/councilmeeting/{meeting.pk}/change/")
    sizes = overflow(page, ".agenda-inline")
    assert sizes["inner"] <= sizes["outer"], sizes
    assert sizes["page"] <= sizes["viewport"], sizes
    table = overflow(page, ".agenda-inline table")
    assert table["inner"] <= sizes["outer"], (table, sizes)
    title = page.locator("#id_items-0-title").bounding_box()
    assert title["width"] >= 150  # still a usable field

    # The move buttons' words never break ("Up p"): each is one line of text.
    lines = page.locator(".agenda-move").evaluate_all(
        "buttons => buttons.map(b => [b.scrollWidth <= b.clientWidth, b.getBoundingClientRect().height])"
    )
    assert all(fits for fits, _height in lines) and max(h for _f, h in lines) < 30, lines
    # A meeting not yet held has no attendance: nobody starts as "Närvarande".
    members = page.locator("select[name^='attendance-'][name$='-member']:not([name*='__prefix__'])")
    assert members.count() == 0

    assert captions(page)[2].startswith("3. Polisens lägesbild")
    page.get_by_role("button", name="Upp: Polisens lägesbild").click()
    texts = captions(page)
    assert texts[1].startswith("2. Polisens lägesbild")
    assert texts[2].startswith("3. Gemensam lägesbild från EST")
    assert page.locator("#id_items-2-position").input_value() == "2"
    assert_accessible(page)


def test_publishing_asks_for_confirmation(
    page, login_browser, coordinator, meeting, assert_accessible
):
    page.set_viewport_size(LAPTOP)
    login_browser(coordinator)
    page.goto("/admin/bra_council/councilmeeting/")
    page.locator("input[name='_selected_action']").first.check()
    page.locator("select[name='action']").select_option("publish_agenda")
    with page.expect_navigation():
        page.get_by_role("button", name="Utför").click()
    assert "Publicera dagordningen?" in page.locator("body").inner_text()
    assert_accessible(page)
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.PLANNED
    with page.expect_navigation():
        page.get_by_role("button", name="Ja, publicera dagordningen").click()
    assert "Dagordningen är publicerad för 1 möte." in page.locator("body").inner_text()
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.AGENDA_PUBLISHED


def test_agenda_item_with_actions_fits_a_laptop(
    page, login_browser, coordinator, meeting, org_a, assert_accessible
):
    item = meeting.items.get(title__startswith="Trygghetsvandring")
    for what in ("Starta grannsamverkan på Knektagatan", "Belysning vid garagen på Knektagatan"):
        ActionFactory(origin=item, what=what, responsible_organisation=org_a)
    page.set_viewport_size(LAPTOP)
    login_browser(coordinator)
    page.goto(f"/admin/bra_council/agendaitem/{item.pk}/change/")
    sizes = overflow(page, ".council-action-inline")
    assert sizes["inner"] <= sizes["outer"], sizes
    assert sizes["page"] <= sizes["viewport"], sizes
    assert_accessible(page)


def test_a_row_added_to_the_agenda_names_its_widgets(
    page, login_browser, coordinator, meeting, assert_accessible
):
    page.set_viewport_size(LAPTOP)
    login_browser(coordinator)
    page.goto(f"/admin/bra_council/councilmeeting/{meeting.pk}/change/")
    rows = page.locator(".agenda-inline tbody tr.form-row:not(.empty-form)")
    before = rows.count()
    page.locator(".agenda-inline .add-row a").click()
    assert rows.count() == before + 1
    new_row = rows.nth(before)
    box = new_row.locator(".select2-selection[role='combobox']").first
    box.wait_for()
    page.wait_for_function(
        "(row) => [...row.querySelectorAll(\".select2-selection[role='combobox']\")]"
        ".every((box) => box.getAttribute('aria-label') || box.getAttribute('aria-labelledby'))",
        arg=new_row.element_handle(),
    )
    assert_accessible(page)
