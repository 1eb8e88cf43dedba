"""Admin of the fact base: coordinators only. Both models feed /trygghet-i-siffror/, so every
change empties the public page cache."""

from django.contrib import admin

from hjo_safety.admin_mixins import CoordinatorOnlyAdmin
from hjo_safety.public_cache import InvalidatesPublicPagesAdmin
from safety_statistics.models import CrimeStatistic, Population


@admin.register(Population)
class PopulationAdmin(InvalidatesPublicPagesAdmin, CoordinatorOnlyAdmin):
    list_display = ["year", "inhabitants", "note"]
    search_fields = ["year", "note"]


@admin.register(CrimeStatistic)
class CrimeStatisticAdmin(InvalidatesPublicPagesAdmin, CoordinatorOnlyAdmin):
    list_display = ["year", "month", "category", "count", "imported_at"]
    list_filter = ["year", "category"]
    search_fields = ["category", "category_key"]
    readonly_fields = ["imported_at", "source_file"]
