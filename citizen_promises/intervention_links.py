"""The promise activities an intervention carries out, chosen on est_measures' intervention form.

est_measures sits below this app, so its form takes this field through
``est_incidents.extensions.register_form_fields`` (registered in
``CitizenPromisesConfig.ready``). The choices are the activities of promises that are published
and running (status "Publicerat", not yet followed up or archived), plus those already linked
to the intervention among the promises the user may read.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from citizen_promises.models import CitizenPromise, PromiseActivity

FIELD = "promise_activities"


class ActivityChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.promise.title}: {obj}"


def _choices(user, intervention):
    readable = CitizenPromise.objects.visible_to(user)
    activities = PromiseActivity.objects.filter(promise__in=readable)
    choices = activities.filter(promise__status=CitizenPromise.Status.PUBLISHED)
    if intervention.pk:
        choices = choices | activities.filter(interventions=intervention)
    return (
        choices.distinct()
        .select_related("promise")
        .order_by("-promise__period_start", "promise_id", "position", "pk")
    )


def fields(user, intervention):
    field = ActivityChoiceField(
        label=_("Genomför aktiviteter i medborgarlöften (valfritt)"),
        queryset=_choices(user, intervention),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Aktiviteter i publicerade medborgarlöften som insatsen genomför."),
        error_messages={
            "invalid_choice": _("En vald aktivitet finns inte bland dina val. Välj bland listan.")
        },
    )
    if intervention.pk:
        field.initial = list(
            field.queryset.filter(interventions=intervention).values_list("pk", flat=True)
        )
    return {FIELD: field}


def save(user, intervention, cleaned_data):
    """Link the chosen activities, unlink the unchosen ones among those the user could choose."""
    if FIELD not in cleaned_data:
        return
    chosen = set(cleaned_data[FIELD])
    linked = set(_choices(user, intervention).filter(interventions=intervention))
    intervention.promise_activities.remove(*(linked - chosen))
    intervention.promise_activities.add(*(chosen - linked))
