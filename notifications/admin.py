"""The outbox in the admin: coordinators see what was sent and what waits (read-only)."""

from django.contrib import admin

from hjo_safety.admin_mixins import CoordinatorOnlyAdmin
from notifications.models import OutboxMessage


@admin.register(OutboxMessage)
class OutboxMessageAdmin(CoordinatorOnlyAdmin):
    list_display = ["created_at", "kind", "to_address", "subject", "sent_at", "attempts"]
    list_filter = ["kind", ("sent_at", admin.EmptyFieldListFilter)]
    search_fields = ["to_address", "subject"]
    date_hierarchy = "created_at"
    fields = [
        "kind",
        "to_address",
        "subject",
        "body_text",
        "created_at",
        "sent_at",
        "attempts",
        "last_error",
        "event_key",
    ]
    readonly_fields = fields

    def has_add_permission(self, request, *args):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
