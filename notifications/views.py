"""The user's e-mail settings, one-click unsubscription, password links and invitations.

Models: ``NotificationSettings``. Templates: ``notifications/settings.html``,
``notifications/unsubscribe.html``, ``registration/password_reset_confirm.html``.
"""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from citizen_tips.models import can_moderate
from hjo_safety import permissions
from notifications.accounts import send_invitation
from notifications.forms import NotificationSettingsForm
from notifications.mail import read_unsubscribe_token
from notifications.models import MailKind, NotificationSettings
from notifications.tokens import invitation_token_generator


@require_http_methods(["GET", "POST"])
@login_required
def notification_settings(request):
    """Which e-mail the signed-in user gets."""
    instance = NotificationSettings.for_user(request.user)
    moderator = can_moderate(request.user)
    form = NotificationSettingsForm(request.POST or None, instance=instance, moderator=moderator)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Dina val för e-post är sparade."))
        return redirect("notifications:settings")
    return TemplateResponse(
        request,
        "notifications/settings.html",
        {
            "form": form,
            "is_org_admin": permissions.is_org_admin(request.user),
            "moderator": moderator,
        },
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
