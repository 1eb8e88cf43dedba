"""Objects of an app above this one that an intervention carries out, chosen on its form.

bra_council's actions and citizen_promises' activities live above est_measures, so the
intervention form takes their fields through ``est_incidents.extensions.register_form_fields``:
each of those apps registers an ``InterventionLinks`` in its ``AppConfig.ready`` naming the
relation and a ``choices(user, intervention)`` query that follows its own visibility policy (what
the user may pick, plus what is already linked among what the user may see). Links to objects
the user may not see are left as they are.
"""

from django import forms


class LinkChoiceField(forms.ModelMultipleChoiceField):
    def __init__(self, *args, describe, **kwargs):
        self.describe = describe
        super().__init__(*args, **kwargs)

    def label_from_instance(self, obj):
        return self.describe(obj)


class InterventionLinks:
    """A contributor to the intervention form: one checkbox list, stored through ``field`` (the
    name of the intervention's many-to-many relation to the linked objects)."""

    def __init__(self, *, field, choices, describe, label, help_text, invalid_choice):
        self.field = field
        self.choices = choices
        self.describe = describe
        self.label = label
        self.help_text = help_text
        self.invalid_choice = invalid_choice

    def fields(self, user, intervention):
        field = LinkChoiceField(
            label=self.label,
            queryset=self.choices(user, intervention),
            required=False,
            widget=forms.CheckboxSelectMultiple,
            help_text=self.help_text,
            error_messages={"invalid_choice": self.invalid_choice},
            describe=self.describe,
        )
        if intervention.pk:
            field.initial = list(
                field.queryset.filter(interventions=intervention).values_list("pk", flat=True)
            )
        return {self.field: field}

    def save(self, user, intervention, cleaned_data):
        """Link the chosen objects, unlink the unchosen ones among those the user could choose."""
        if self.field not in cleaned_data:
            return
        chosen = set(cleaned_data[self.field])
        linked = set(self.choices(user, intervention).filter(interventions=intervention))
        relation = getattr(intervention, self.field)
        relation.remove(*(linked - chosen))
        relation.add(*(chosen - linked))
