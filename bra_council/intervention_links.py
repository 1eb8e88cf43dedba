"""The council actions an intervention carries out, chosen on est_measures' intervention form.

est_measures sits below this app, so its form takes this field through
``est_incidents.extensions.register_form_fields`` (registered in ``BraCouncilConfig.ready``).
The choices follow the council's visibility policy: the open actions the user may see
(``Action.objects.visible_to``), plus those already linked that the user may see. Links to
actions the user may not see are left as they are.
"""

from django import forms
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from bra_council.models import Action

FIELD = "council_actions"


class ActionChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return _("%(what)s (klart senast %(due)s)") % {
            "what": obj.what,
            "due": formats.date_format(obj.due_date, "j F Y"),
        }


def _choices(user, intervention):
    visible = Action.objects.visible_to(user)
    choices = visible.open()
    if intervention.pk:
        choices = choices | visible.filter(interventions=intervention)
    return choices.distinct().order_by("due_date", "pk")


def fields(user, intervention):
    field = ActionChoiceField(
        label=_("Genomför rådets åtgärder (valfritt)"),
        queryset=_choices(user, intervention),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Pågående åtgärder från BRÅ-rådets möten som insatsen genomför."),
        error_messages={
            "invalid_choice": _("En vald åtgärd finns inte bland dina val. Välj bland listan.")
        },
    )
    if intervention.pk:
        field.initial = list(
            field.queryset.filter(interventions=intervention).values_list("pk", flat=True)
        )
    return {FIELD: field}


def save(user, intervention, cleaned_data):
    """Link the chosen actions, unlink the unchosen ones among those the user could choose."""
    if FIELD not in cleaned_data:
        return
    chosen = set(cleaned_data[FIELD])
    linked = set(_choices(user, intervention).filter(interventions=intervention))
    intervention.council_actions.remove(*(linked - chosen))
    intervention.council_actions.add(*(chosen - linked))
