"""The user's e-mail settings, one-click unsubscription, password links and invitations; and
citizens' e-mail subscriptions (subscribe, confirm, unsubscribe).

Also the bulletins between the EST meetings (``notifications.bulletins``): their list, one
bulletin, and the form to write one.

Models: ``NotificationSettings``, ``Subscription``, ``Bulletin``. Templates:
``notifications/settings.html``, ``notifications/unsubscribe.html``,
``registration/password_reset_confirm.html``, ``notifications/subscribe.html``,
``notifications/subscription_*.html``, ``notifications/bulletin_*.html``.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_ratelimit.core import is_ratelimited

from citizen_promises.models import CitizenPromise
from citizen_tips.models import can_moderate
from est_incidents.models import Place
from hjo_safety import permissions
from hjo_safety.security import client_ip
from notifications import subscription_links, subscriptions
from notifications.accounts import send_invitation
from notifications.bulletin_warnings import early_warnings_now, early_warnings_of
from notifications.bulletins import may_send, send_bulletin
from notifications.forms import BulletinForm, NotificationSettingsForm, SubscriptionForm
from notifications.mail import read_unsubscribe_token
from notifications.models import Bulletin, MailKind, NotificationSettings, Topic
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
    """The invitation's link: choose a password with a token valid ``INVITATION_VALID_DAYS``,
    and be logged in at once, on the staff start page. A withdrawn invitation (an inactive
    account) has no valid link."""

    token_generator = invitation_token_generator
    success_url = reverse_lazy("staff_home")
    reset_url_token = "valj-losenord"  # nosec B105 — a URL segment, not a password
    post_reset_login = True
    post_reset_login_backend = "hjo_safety.auth_backends.MembershipModelBackend"

    def get_user(self, uidb64):
        user = super().get_user(uidb64)
        return user if user is not None and user.is_active else None

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("Ditt lösenord är sparat och du är inloggad. Välkommen!"))
        return response


# --- Citizens' subscriptions (notifications.subscriptions) ----------------------------------

SUBSCRIBE_RATE_LIMIT_GROUP = "notifications.subscribe"


def _client_key(group, request):
    return client_ip(request) or "okänd"


@never_cache
@require_http_methods(["GET", "POST"])
def subscribe(request):
    """The public subscription form (no account, works without JavaScript). Whether the address
    already subscribes is never shown: every accepted form leads to the same page."""
    status = 200
    initial = {}
    promise = CitizenPromise.objects.published().filter(slug=request.GET.get("lofte")).first()
    if promise is not None:
        initial = {"topic": Topic.FOLLOW_UP, "promise": promise.pk}
    elif request.GET.get("amne") in Topic.values:
        initial = {"topic": request.GET["amne"]}
        place = request.GET.get("omrade", "")
        if initial["topic"] == Topic.FIGURES and place.isdigit():
            initial["place"] = Place.objects.filter(pk=int(place)).first()
    form = SubscriptionForm(request.POST or None, initial=initial)
    if request.method == "POST":
        limited = is_ratelimited(
            request,
            group=SUBSCRIBE_RATE_LIMIT_GROUP,
            key=_client_key,
            rate=settings.SUBSCRIPTION_RATE_LIMIT,
            method=["POST"],
            increment=True,
        )
        if limited:
            form.is_valid()
            form.errors.clear()
            form.add_error(
                None,
                _(
                    "Vi har tagit emot många anmälningar från din uppkoppling den senaste timmen "
                    "och tar inte emot fler just nu. Försök igen om en timme."
                ),
            )
            status = 429
        elif form.is_valid():
            subscriptions.subscribe(
                email=form.cleaned_data["email"],
                topic=form.cleaned_data["topic"],
                promise=form.cleaned_data.get("promise"),
                place=form.cleaned_data.get("place"),
            )
            return redirect("notifications:subscription_sent")
        else:
            status = 400
    return TemplateResponse(request, "notifications/subscribe.html", {"form": form}, status=status)


@require_GET
def subscription_sent(request):
    return TemplateResponse(
        request,
        "notifications/subscription_sent.html",
        {"hours": settings.SUBSCRIPTION_CONFIRM_HOURS},
    )


@never_cache
@require_http_methods(["GET", "POST"])
def subscription_confirm(request, token):
    """GET asks (a link scanner must not confirm anyone); POST confirms. Bad or old link: 404."""
    subscription = subscription_links.read_confirm_token(token)
    if subscription is None:
        raise Http404
    done = subscription.confirmed_at is not None
    if request.method == "POST":
        subscriptions.confirm(subscription)
        done = True
    return TemplateResponse(
        request,
        "notifications/subscription_confirm.html",
        {"subscription": subscription, "done": done, "token": token},
    )


@never_cache
@csrf_exempt  # RFC 8058: the mail client POSTs without a session; the signed token is the key
@require_http_methods(["GET", "POST"])
def subscription_unsubscribe(request, token):
    """GET asks; POST deletes the subscription and its address. Forged link: 404; a link of a
    subscription already ended shows that it has ended."""
    subscription = subscription_links.read_unsubscribe_token(token)
    valid = subscription is not None
    if not valid:
        try:
            signing.loads(token, salt=subscription_links.UNSUBSCRIBE_SALT)
        except signing.BadSignature:
            raise Http404 from None
    done = not valid
    label = subscription.label if valid else ""
    if request.method == "POST" and valid:
        subscriptions.unsubscribe(subscription)
        done = True
    return TemplateResponse(
        request,
        "notifications/subscription_unsubscribe.html",
        {"label": label, "done": done, "token": token},
    )


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
    for bulletin in bulletins:
        bulletin.carried = early_warnings_of(bulletin)
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
        {
            "bulletin": bulletin,
            "organisations": bulletin.organisations.order_by("name"),
            "carried": early_warnings_of(bulletin),
        },
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
            bulletin.early_warnings = early_warnings_now()
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
    # What the mail will carry: the early warnings as every recipient may read them.
    preview = early_warnings_of(Bulletin(early_warnings=early_warnings_now()))
    return TemplateResponse(
        request, "notifications/bulletin_form.html", {"form": form, "carried": preview}
    )
