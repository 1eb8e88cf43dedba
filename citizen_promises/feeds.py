"""The Atom feed of published promises and published follow-ups (``/medborgarloften/flode/``).

Drafts never appear: items come from ``CitizenPromise.objects.published()`` and
``FollowUp.objects.published()`` only, whoever asks (a feed reader has no login).
"""

from datetime import datetime, time
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.text import Truncator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from citizen_promises.models import CitizenPromise, FollowUp

FEED_ITEMS = 30


class TextSummaryAtomFeed(Atom1Feed):
    """Atom with each entry's summary as ``type="text"``: a feed reader never renders the
    promise text as HTML (Django's Atom feed marks it ``type="html"``)."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, {**item, "description": None})
        if item["description"] is not None:
            handler.addQuickElement("summary", item["description"], {"type": "text"})


class PromiseFeed(Feed):
    feed_type = TextSummaryAtomFeed
    title = _("Medborgarlöften i Hjo")
    subtitle = _("Polisens och Hjo kommuns medborgarlöften och hur de följs upp.")
    link = reverse_lazy("promises:list")
    feed_url = reverse_lazy("promises:feed")
    author_name = _("Hjo kommun och Polisen")

    def items(self):
        promises = list(
            CitizenPromise.objects.published()
            .with_last_revision()
            .order_by("-published_at")[:FEED_ITEMS]
        )
        follow_ups = list(
            FollowUp.objects.published()
            .select_related("promise")
            .order_by("-date", "-pk")[:FEED_ITEMS]
        )
        items = promises + follow_ups
        items.sort(key=self.item_pubdate, reverse=True)
        return items[:FEED_ITEMS]

    def item_title(self, item):
        if isinstance(item, FollowUp):
            return gettext("Uppföljning av %(promise)s, %(date)s") % {
                "promise": item.promise.title,
                "date": item.date.isoformat(),
            }
        return item.title

    def item_description(self, item):
        text = item.summary if isinstance(item, FollowUp) else item.background
        return Truncator(text).words(80)

    def item_link(self, item):
        return item.get_absolute_url()

    def item_pubdate(self, item):
        if isinstance(item, FollowUp):
            # A follow-up has a date only: publish it at noon, Swedish time (but a feed never
            # dates anything in the future: this morning's follow-up is "now", not noon).
            noon = datetime.combine(item.date, time(12), tzinfo=ZoneInfo(settings.TIME_ZONE))
            return min(noon, timezone.now())
        return min(item.published_at, timezone.now())

    def item_updateddate(self, item):
        if isinstance(item, CitizenPromise) and item.last_revised_at:
            return min(item.last_revised_at, timezone.now())
        return self.item_pubdate(item)
