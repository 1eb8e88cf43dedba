"""The user's e-mail settings, one-click unsubscription, password links and invitations.

Also the bulletins between the EST meetings (``notifications.bulletins``): their list, one
bulletin, and the form to write one.

Models: ``NotificationSettings``, ``Bulletin``. Templates: ``notifications/settings.html``,
``notifications/bulletin_*.html``,
``notifications/unsubscribe.html``, ``registration/password_reset_confirm.html``.
"""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from hjo_safety import permissions
from notifications.accounts import send_invitation
from notifications.bulletins import may_send, send_bulletin
from notifications.forms import BulletinForm, NotificationSettingsForm
from notifications.mail import read_unsubscribe_token
from notifications.models import Bulletin, MailKind, NotificationSettings
from notifications.tokens import invitation_token_generator


@require_http_methods(["GET", "POST"])
@login_required
def notification_settings(request):
    """Which e-mail the signed-in user gets."""
    instance = NotificationSettings.for_user(request.user)
    form = NotificationSettingsForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Dina val för e-post är sparade."))
        return redirect("notifications:settings")
    return TemplateResponse(
        request,
        "notifications/settings.html",
        {"form": form, "is_org_admin": permissions.is_org_admin(request.user)},
    )


@csrf_exempt  # RFC 8058: the mail client POSTs without a session; the signed token is the key
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET asks for confirmation (link scanners must not unsubscribe anyone); POST turns it off."""
    found = read_unsubscribe_token(token)
    user = None
    if found is not None:
        user = get_user_model().objects.filter(pk=found[0], is_active=True).first()
    if user is None:
        raise Http404
    kind = MailKind(found[1])
    done = False
    if request.method == "POST":
        settings_row = NotificationSettings.for_user(user)
        settings_row.turn_off(kind)
        done = True
    return TemplateResponse(
        request, "notifications/unsubscribe.html", {"kind": kind, "done": done, "token": token}
    )


@require_POST
@login_required
def send_password_link(request, user_id):
    """The admin's "Skicka länk för nytt lösenord" button; only for users the actor may manage."""
    target = get_object_or_404(get_user_model(), pk=user_id)
    if not permissions.can_manage_user(request.user, target):
        raise Http404
    change_url = reverse("admin:auth_user_change", args=[target.pk])
    if not target.email:
        messages.error(
            request,
            _("Användaren har ingen e-postadress. Fyll i en och spara, skicka sedan länken igen."),
        )
    else:
        send_invitation(target, acting_user=request.user, new_user=False)
        messages.success(
            request,
            _("En länk för nytt lösenord är skickad till %(email)s.") % {"email": target.email},
        )
    return redirect(change_url)


class SetPasswordView(auth_views.PasswordResetConfirmView):
    """The invitation's link: choose a password with a token valid ``INVITATION_VALID_DAYS``."""

    token_generator = invitation_token_generator
    success_url = reverse_lazy("password_reset_complete")
    reset_url_token = "valj-losenord"  # nosec B105 — a URL segment, not a password


def _members_only(user):
    if not permissions.is_member(user):
        raise Http404


@require_http_methods(["GET"])
@login_required
def bulletin_list(request):
    """The bulletins addressed to the user's organisations (all of them for a coordinator)."""
    _members_only(request.user)
    bulletins = (
        Bulletin.objects.visible_to(request.user)
        .select_related("sent_by")
        .prefetch_related("organisations")[:100]
    )
    return TemplateResponse(
        request,
        "notifications/bulletin_list.html",
        {"bulletins": bulletins, "may_send": may_send(request.user)},
    )


@require_http_methods(["GET"])
@login_required
def bulletin_detail(request, pk):
    _members_only(request.user)
    bulletin = permissions.get_visible_or_404(Bulletin.objects, request.user, pk=pk)
    return TemplateResponse(
        request,
        "notifications/bulletin_detail.html",
        {"bulletin": bulletin, "organisations": bulletin.organisations.order_by("name")},
    )


@require_http_methods(["GET", "POST"])
@login_required
def bulletin_create(request):
    """The kommunpolis or the coordinator writes and sends a bulletin; others get 403."""
    if not may_send(request.user):
        raise PermissionDenied
    form = BulletinForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            bulletin = form.save(commit=False)
            bulletin.sent_by = request.user
            bulletin.save()
            if bulletin.to_all:
                bulletin.organisations.set(form.fields["organisations"].queryset)
            else:
                form.save_m2m()
            now, weekly = send_bulletin(bulletin)
        messages.success(
            request,
            ngettext(
                "Utskicket är skickat: %(now)d mejl går i väg nu",
                "Utskicket är skickat: %(now)d mejl går i väg nu",
                now,
            )
            % {"now": now}
            + ngettext(
                " och %(weekly)d person får det i veckans sammanfattning.",
                " och %(weekly)d personer får det i veckans sammanfattning.",
                weekly,
            )
            % {"weekly": weekly},
        )
        return redirect(bulletin)
    return TemplateResponse(request, "notifications/bulletin_form.html", {"form": form})
