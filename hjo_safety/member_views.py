"""``/personal/medarbetare/``: an organisation admin's people — members with role and last login,
"Bjud in medarbetare", pending invitations (resend, withdraw), change role, remove.

Every object is read through ``Membership.objects.editable_by(request.user)`` (another
organisation's member or a coordinator's membership is a 404); the writes are
``hjo_safety.members``. Templates: ``hjo_safety/members.html``, ``member_invite.html``,
``member_detail.html``, ``member_remove.html``.
"""

from functools import wraps

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from hjo_safety import members, permissions
from hjo_safety.models import Membership, Organisation


def org_admin_required(view_func):
    """Logged in as an organisation admin or coordinator; else 403 (like the audit log)."""

    @login_required
    @wraps(view_func)
    def wrapper(request, *args, **kwargs):
        if not permissions.can_use_admin(request.user):
            raise PermissionDenied
        return view_func(request, *args, **kwargs)

    return wrapper


class InviteForm(forms.Form):
    first_name = forms.CharField(label=gettext_lazy("Förnamn"), max_length=150)
    last_name = forms.CharField(label=gettext_lazy("Efternamn"), max_length=150)
    email = forms.EmailField(
        label=gettext_lazy("E-postadress"),
        help_text=gettext_lazy(
            "Inbjudan med en länk för att välja lösenord skickas hit. Användarnamnet blir "
            "adressens första del."
        ),
    )
    organisation = forms.ModelChoiceField(
        label=gettext_lazy("Organisation"), queryset=Organisation.objects.none()
    )
    role = forms.ChoiceField(label=gettext_lazy("Roll"))

    def __init__(self, *args, acting_user, **kwargs):
        super().__init__(*args, **kwargs)
        organisations = Organisation.objects.administered_by(acting_user).order_by("name")
        self.fields["organisation"].queryset = organisations
        if len(organisations) == 1:
            self.fields["organisation"].initial = organisations[0]
            self.fields["organisation"].widget = forms.HiddenInput()
        self.fields["role"].choices = members.grantable_roles(acting_user)

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if get_user_model().objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(
                _(
                    "Det finns redan ett konto med den e-postadressen. Be samordnaren lägga "
                    "till personen i er organisation."
                )
            )
        return email


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=gettext_lazy("Roll"))

    def __init__(self, *args, acting_user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"].choices = members.grantable_roles(acting_user)


def _editable(request, pk, *, pending=None):
    """A membership the admin may change, of an active account other than their own."""
    queryset = (
        Membership.objects.editable_by(request.user)
        .filter(user__is_active=True)
        .exclude(user=request.user)
        .select_related("user", "organisation")
    )
    if pending is True:
        queryset = queryset.filter(members.pending_q())
    elif pending is False:
        queryset = queryset.exclude(members.pending_q())
    return get_object_or_404(queryset, pk=pk)


@require_http_methods(["GET"])
@org_admin_required
def member_list(request):
    organisations = list(Organisation.objects.administered_by(request.user).order_by("name"))
    editable = set(
        Membership.objects.editable_by(request.user)
        .filter(organisation__in=organisations)
        .values_list("pk", flat=True)
    )
    rows = members.memberships_of(organisations)
    sections = []
    for organisation in organisations:
        own = [row for row in rows if row.organisation_id == organisation.pk]
        for row in own:
            row.may_edit = row.pk in editable and row.user_id != request.user.pk
            row.is_pending = row.user.last_login is None and not row.user.has_usable_password()
        pending = [row for row in own if row.is_pending]
        sections.append(
            {
                "organisation": organisation,
                "members": [row for row in own if not row.is_pending],
                "invitations": pending,
            }
        )
    return TemplateResponse(request, "hjo_safety/members.html", {"sections": sections})


@require_http_methods(["GET", "POST"])
@org_admin_required
def member_invite(request):
    form = InviteForm(request.POST or None, acting_user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        membership = members.invite_member(
            first_name=data["first_name"],
            last_name=data["last_name"],
            email=data["email"],
            organisation=data["organisation"],
            role=data["role"],
            acting_user=request.user,
            request=request,
        )
        messages.success(
            request,
            _("En inbjudan är skickad till %(email)s. Användarnamnet är %(username)s.")
            % {"email": data["email"], "username": membership.user.username},
        )
        return redirect("members:list")
    return TemplateResponse(
        request,
        "hjo_safety/member_invite.html",
        {"form": form, "days": settings.INVITATION_VALID_DAYS},
    )


@require_http_methods(["GET", "POST"])
@org_admin_required
def member_detail(request, pk):
    membership = _editable(request, pk, pending=False)
    form = RoleForm(
        request.POST or None, acting_user=request.user, initial={"role": membership.role}
    )
    if request.method == "POST" and form.is_valid():
        members.change_role(
            membership=membership,
            role=form.cleaned_data["role"],
            acting_user=request.user,
            request=request,
        )
        messages.success(
            request,
            _("%(name)s har nu rollen %(role)s.")
            % {"name": _name(membership.user), "role": membership.get_role_display()},
        )
        return redirect("members:list")
    return TemplateResponse(
        request, "hjo_safety/member_detail.html", {"membership": membership, "form": form}
    )


@require_http_methods(["GET", "POST"])
@org_admin_required
def member_remove(request, pk):
    membership = _editable(request, pk, pending=False)
    if request.method == "POST":
        name, organisation = _name(membership.user), membership.organisation
        deactivated = members.remove_member(
            membership=membership, acting_user=request.user, request=request
        )
        text = _("%(name)s är borttagen ur %(organisation)s.")
        if deactivated:
            text += " " + _("Kontot har inget annat medlemskap och kan inte längre logga in.")
        messages.success(request, text % {"name": name, "organisation": organisation})
        return redirect("members:list")
    return TemplateResponse(request, "hjo_safety/member_remove.html", {"membership": membership})


@require_POST
@org_admin_required
def invitation_resend(request, pk):
    membership = _editable(request, pk, pending=True)
    if not membership.user.email:
        messages.error(request, _("Kontot har ingen e-postadress, så ingen inbjudan kan skickas."))
    else:
        members.resend_invitation(membership=membership, acting_user=request.user, request=request)
        messages.success(
            request,
            _("En ny inbjudan är skickad till %(email)s.") % {"email": membership.user.email},
        )
    return redirect("members:list")


@require_POST
@org_admin_required
def invitation_withdraw(request, pk):
    membership = _editable(request, pk, pending=True)
    email = membership.user.email or membership.user.username
    members.remove_member(membership=membership, acting_user=request.user, request=request)
    messages.success(request, _("Inbjudan till %(email)s är tillbakadragen.") % {"email": email})
    return redirect("members:list")


def _name(user) -> str:
    return user.get_full_name() or user.get_username()
