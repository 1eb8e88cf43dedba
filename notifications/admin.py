"""The outbox in the admin: coordinators see what was sent and what waits (read-only).

It shows who got which mail, when, and its state; never a mail's text, which is composed when
the mail is sent and not kept."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from hjo_safety.admin_mixins import CoordinatorOnlyAdmin
from notifications.models import Bulletin, OutboxMessage


@admin.register(OutboxMessage)
class OutboxMessageAdmin(CoordinatorOnlyAdmin):
    list_display = ["created_at", "kind", "to_address", "subject", "state", "sent_at", "attempts"]
    list_filter = ["kind", ("sent_at", admin.EmptyFieldListFilter), "drop_reason"]
    search_fields = ["to_address", "subject"]
    date_hierarchy = "created_at"
    fields = [
        "kind",
        "to_address",
        "subject",
        "state",
        "created_at",
        "sent_at",
        "dropped_at",
        "drop_reason",
        "attempts",
        "last_error",
        "event_key",
    ]
    readonly_fields = fields

    @admin.display(description=_("status"))
    def state(self, obj):
        return obj.state

    def has_add_permission(self, request, *args):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Bulletin)
class BulletinAdmin(CoordinatorOnlyAdmin):
    """The bulletins sent (issue 25.2): coordinators read them and may delete one sent by
    mistake (its queued mail is then stopped: the object is gone). Not editable once sent."""

    list_display = ["sent_at", "kind", "title", "sent_by", "to_all"]
    list_filter = ["kind", "to_all"]
    search_fields = ["title"]
    date_hierarchy = "sent_at"
    fields = ["kind", "title", "text", "to_all", "organisations", "sent_by", "sent_at"]
    readonly_fields = fields

    def has_add_permission(self, request, *args):
        return False

    def has_change_permission(self, request, obj=None):
        return False
