"""Admin for organisations, memberships, users, contact information, login lockouts and
two-factor devices, scoped by role.

Coordinators manage everything. An organisation admin sees only its own organisations, their
memberships and users; it can add a user to its organisation but can never make anyone a
coordinator or see other organisations' people. Reporters have no admin access.
"""

from axes.models import AccessAttempt
from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import AdminUserCreationForm
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from simple_history.admin import SimpleHistoryAdmin

from hjo_safety import admin_mixins, events, permissions
from hjo_safety.admin_labels import AccessibleNamesInlineMixin, AccessibleNamesMixin
from hjo_safety.admin_names import NamedModelAdminMixin
from hjo_safety.models import AuditEvent, ContactInfo, Membership, Organisation, Role
from hjo_safety.public_cache import InvalidatesPublicPagesAdmin

User = get_user_model()

admin.site.unregister(User)
try:
    from django.contrib.auth.models import Group

    admin.site.unregister(Group)
except admin.sites.NotRegistered:  # pragma: no cover - depends on app order
    pass


def role_choices_for(user):
    if permissions.is_coordinator(user):
        return Role.choices
    return [(value, label) for value, label in Role.choices if value != Role.COORDINATOR]


class MembershipForm(forms.ModelForm):
    class Meta:
        model = Membership
        fields = ["user", "organisation", "role"]

    def __init__(self, *args, acting_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.acting_user = acting_user
        if acting_user is not None and "role" in self.fields:
            self.fields["role"].choices = role_choices_for(acting_user)

    def clean_role(self):
        role = self.cleaned_data["role"]
        if (
            role == Role.COORDINATOR
            and self.acting_user is not None
            and not permissions.is_coordinator(self.acting_user)
        ):
            raise ValidationError(_("Endast en samordnare kan ge någon rollen samordnare."))
        return role

    def clean_organisation(self):
        organisation = self.cleaned_data["organisation"]
        if self.acting_user is not None and not permissions.is_coordinator(self.acting_user):
            if organisation.pk not in permissions.admin_organisation_ids(self.acting_user):
                raise ValidationError(_("Välj en organisation som du administrerar."))
        return organisation


def _form_for(form_class, acting_user):
    class BoundForm(form_class):
        def __init__(self, *args, **kwargs):
            kwargs.setdefault("acting_user", acting_user)
            super().__init__(*args, **kwargs)

    return BoundForm


@admin.register(Organisation)
class OrganisationAdmin(
    InvalidatesPublicPagesAdmin,
    admin_mixins.ScopedHistoryMixin,
    AccessibleNamesMixin,
    SimpleHistoryAdmin,
):
    list_display = ["name", "short_name", "kind", "is_active", "member_count"]
    list_filter = ["kind", "is_active"]
    search_fields = ["name", "short_name"]

    def get_queryset(self, request):
        from django.db.models import Count

        return (
            super()
            .get_queryset(request)
            .visible_to(request.user)
            .annotate(_member_count=Count("memberships"))
        )

    @admin.display(description=_("medlemmar"), ordering="_member_count")
    def member_count(self, obj):
        return obj._member_count

    def has_module_permission(self, request):
        return permissions.can_use_admin(request.user)

    def has_view_permission(self, request, obj=None):
        if permissions.is_coordinator(request.user):
            return True
        if not permissions.is_org_admin(request.user):
            return False
        return obj is None or obj.pk in permissions.admin_organisation_ids(request.user)

    def has_add_permission(self, request):
        return permissions.is_coordinator(request.user)

    def has_change_permission(self, request, obj=None):
        return permissions.is_coordinator(request.user)

    def has_delete_permission(self, request, obj=None):
        return permissions.is_coordinator(request.user)


@admin.register(Membership)
class MembershipAdmin(
    admin_mixins.PolicyPermissionsMixin,
    admin_mixins.ScopedHistoryMixin,
    AccessibleNamesMixin,
    SimpleHistoryAdmin,
):
    list_display = ["user", "organisation", "role", "created_at"]
    list_filter = ["role", "organisation"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "organisation__name"]
    list_select_related = ["user", "organisation"]

    def get_queryset(self, request):
        return super().get_queryset(request).editable_by(request.user)

    def get_form(self, request, obj=None, change=False, **kwargs):
        kwargs["form"] = _form_for(MembershipForm, request.user)
        return super().get_form(request, obj, change, **kwargs)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "organisation":
            kwargs["queryset"] = Organisation.objects.administered_by(request.user)
        if db_field.name == "user" and not permissions.is_coordinator(request.user):
            kwargs["queryset"] = User.objects.filter(
                memberships__organisation__in=permissions.admin_organisation_ids(request.user)
            ).distinct()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_list_filter(self, request):
        return self.list_filter if permissions.is_coordinator(request.user) else ["role"]

    def may_use(self, request, obj=None):
        return permissions.can_use_admin(request.user)


class MembershipInlineFormSet(forms.BaseInlineFormSet):
    def get_queryset(self):
        return super().get_queryset().select_related("organisation")


class MembershipInline(
    admin_mixins.PolicyPermissionsMixin, AccessibleNamesInlineMixin, admin.TabularInline
):
    model = Membership
    extra = 0
    fields = ["organisation", "role"]
    formset = MembershipInlineFormSet
    verbose_name = _("medlemskap")
    verbose_name_plural = _("medlemskap")

    def get_formset(self, request, obj=None, **kwargs):
        kwargs["form"] = _form_for(MembershipForm, request.user)
        return super().get_formset(request, obj, **kwargs)

    def get_queryset(self, request):
        return super().get_queryset(request).editable_by(request.user)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "organisation":
            kwargs["queryset"] = Organisation.objects.administered_by(request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def may_use(self, request, obj=None):
        return permissions.can_use_admin(request.user)

    def has_change_permission(self, request, obj=None):
        # ``obj`` is the user the page shows: read-only when the admin may not manage them.
        return self.may_use(request, obj) and permissions.can_manage_user(request.user, obj)

    def has_add_permission(self, request, obj=None):
        return self.has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self.has_change_permission(request, obj)


class OrganisationUserCreationForm(AdminUserCreationForm):
    """Adding a user as an organisation admin: the new user joins one of your organisations."""

    organisation = forms.ModelChoiceField(
        label=_("Organisation"), queryset=Organisation.objects.none()
    )
    role = forms.ChoiceField(label=_("Roll"), choices=Role.choices, initial=Role.REPORTER)

    class Meta(AdminUserCreationForm.Meta):
        fields = ("username", "email")

    def __init__(self, *args, acting_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.acting_user = acting_user
        self.fields["organisation"].queryset = Organisation.objects.administered_by(acting_user)
        self.fields["role"].choices = role_choices_for(acting_user)
        self.fields["email"].help_text = _(
            "En inbjudan med en länk för att välja lösenord skickas hit. Utan adress får "
            "användaren ingen inbjudan."
        )

    def clean_role(self):
        role = self.cleaned_data["role"]
        if role == Role.COORDINATOR and not permissions.is_coordinator(self.acting_user):
            raise ValidationError(_("Endast en samordnare kan ge någon rollen samordnare."))
        return role


@admin.register(User)
class UserAdmin(admin_mixins.PolicyPermissionsMixin, AccessibleNamesMixin, DjangoUserAdmin):
    list_display = ["username", "first_name", "last_name", "email", "is_active", "last_login"]
    list_filter = ["is_active"]
    inlines = [MembershipInline]
    org_admin_fieldsets = (
        (None, {"fields": ("username",)}),
        (_("Personuppgifter"), {"fields": ("first_name", "last_name", "email")}),
        (_("Status"), {"fields": ("is_active", "last_login", "date_joined")}),
    )

    def get_queryset(self, request):
        qs = super().get_queryset(request)
        if permissions.is_coordinator(request.user):
            return qs
        return (
            qs.filter(
                memberships__organisation__in=permissions.admin_organisation_ids(request.user)
            )
            .exclude(is_superuser=True)
            .exclude(memberships__role=Role.COORDINATOR)
            .distinct()
        )

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            fieldsets = super().get_fieldsets(request, obj)
            return fieldsets + (
                (_("E-post"), {"fields": ("email",)}),
                (_("Organisation"), {"fields": ("organisation", "role")}),
            )
        if request.user.is_superuser:
            return super().get_fieldsets(request, obj)
        return self.org_admin_fieldsets

    def get_readonly_fields(self, request, obj=None):
        if request.user.is_superuser:
            return super().get_readonly_fields(request, obj)
        return ["last_login", "date_joined"]

    def get_form(self, request, obj=None, **kwargs):
        if obj is None:
            kwargs["form"] = _form_for(OrganisationUserCreationForm, request.user)
        return super().get_form(request, obj, **kwargs)

    def get_inlines(self, request, obj):
        return [] if obj is None else self.inlines

    @transaction.atomic
    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if not change and "organisation" in form.cleaned_data:
            Membership.objects.create(
                user=obj,
                organisation=form.cleaned_data["organisation"],
                role=form.cleaned_data["role"],
            )
        if not change:
            # The notifications app sends the invitation with a link to set the password.
            events.emit(events.USER_CREATED, user=obj, acting_user=request.user)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, object_id)
        extra_context = {
            **(extra_context or {}),
            "may_send_password_link": obj is not None
            and permissions.can_manage_user(request.user, obj),
        }
        return super().change_view(request, object_id, form_url, extra_context)

    def may_use(self, request, obj=None):
        return permissions.can_use_admin(request.user)

    def has_change_permission(self, request, obj=None):
        # Password (the admin's password form asks this too), e-mail and active flag: only of
        # users whose every membership lies in organisations the admin administers.
        return self.may_use(request, obj) and permissions.can_manage_user(request.user, obj)

    def has_delete_permission(self, request, obj=None):
        return permissions.is_coordinator(request.user)


@admin.register(ContactInfo)
class ContactInfoAdmin(
    InvalidatesPublicPagesAdmin, admin_mixins.CoordinatorOnlyAdmin, SimpleHistoryAdmin
):
    list_display = ["name", "phone", "email", "visiting_address", "updated_at"]

    def has_add_permission(self, request, *args):
        return permissions.is_coordinator(request.user) and not ContactInfo.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False


# --- Login lockouts (django-axes) and two-factor devices (django-otp) ---------------------------
# The packages' own admins are replaced: only coordinators see them, nobody adds or edits rows,
# and a coordinator's only action is to remove one (unlock a lockout, reset a lost phone).


class ViewAndDeleteOnlyAdmin(admin_mixins.CoordinatorOnlyAdmin):
    def has_add_permission(self, request, *args):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(AccessAttempt)
class AccessAttemptAdmin(ViewAndDeleteOnlyAdmin):
    list_display = ["username", "ip_address", "failures_since_start", "attempt_time", "locked"]
    search_fields = ["username", "ip_address"]
    date_hierarchy = "attempt_time"
    fields = ["username", "ip_address", "failures_since_start", "attempt_time", "path_info"]
    readonly_fields = fields
    actions = ["unlock"]

    @admin.display(description=_("spärrad"), boolean=True)
    def locked(self, obj):
        return obj.failures_since_start >= settings.AXES_FAILURE_LIMIT

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    @admin.action(description=_("Häv spärren för valda"), permissions=["delete"])
    def unlock(self, request, queryset):
        count = len(queryset)
        self.delete_queryset(request, queryset)
        self.message_user(request, _("Spärren hävdes för %(count)d försök.") % {"count": count})

    def _audit_unlock(self, request, attempt):
        AuditEvent.objects.record(
            AuditEvent.Kind.UNLOCKED,
            request=request,
            user=request.user,
            detail=f"{attempt.username or '–'} / {attempt.ip_address or '–'}",
        )

    @transaction.atomic
    def delete_model(self, request, obj):
        self._audit_unlock(request, obj)
        super().delete_model(request, obj)

    @transaction.atomic
    def delete_queryset(self, request, queryset):
        for attempt in queryset:
            self._audit_unlock(request, attempt)
        super().delete_queryset(request, queryset)


for otp_model in (TOTPDevice, StaticDevice):
    try:
        admin.site.unregister(otp_model)
    except admin.sites.NotRegistered:  # pragma: no cover - depends on app order
        pass


class OTPDeviceAdmin(NamedModelAdminMixin, ViewAndDeleteOnlyAdmin):
    """A two-factor device, with Swedish names for the model and its fields (django-otp's are
    English strings without gettext; see ``hjo_safety.admin_names``)."""

    list_display = ["owner", "device_name", "is_confirmed", "created", "last_used"]
    list_select_related = ["user"]
    search_fields = ["user__username"]
    fields = list_display
    readonly_fields = fields

    @admin.display(description=_("användare"), ordering="user__username")
    def owner(self, device):
        return device.user

    @admin.display(description=_("namn"), ordering="name")
    def device_name(self, device):
        return device.name

    @admin.display(description=_("bekräftad"), boolean=True, ordering="confirmed")
    def is_confirmed(self, device):
        return device.confirmed

    @admin.display(description=_("skapad"), ordering="created_at")
    def created(self, device):
        return device.created_at

    @admin.display(description=_("senast använd"), ordering="last_used_at")
    def last_used(self, device):
        return device.last_used_at


class ConfirmedFilter(admin.BooleanFieldListFilter):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.title = _("bekräftad")


@admin.register(TOTPDevice)
class TOTPDeviceAdmin(OTPDeviceAdmin):
    """Two-factor apps. Deleting one resets the user's second factor (a lost phone)."""

    verbose_name = _("app för tvåstegsverifiering")
    verbose_name_plural = _("appar för tvåstegsverifiering")
    list_filter = [("confirmed", ConfirmedFilter)]


@admin.register(StaticDevice)
class StaticDeviceAdmin(OTPDeviceAdmin):
    """Recovery codes (the codes themselves are never shown here)."""

    verbose_name = _("reservkoder för tvåstegsverifiering")
    verbose_name_plural = _("reservkoder för tvåstegsverifiering")
