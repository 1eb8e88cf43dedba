"""Account events into the audit log, from Django's and django-axes' authentication signals.

These are framework events with no call site of ours to put the write in (log in, log out and
failed logins happen inside django.contrib.auth), so signal receivers are the right tool here.
Connected in ``HjoSafetyConfig.ready()``.
"""

from axes.signals import user_locked_out
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from hjo_safety.models import AuditEvent


@receiver(user_logged_in, dispatch_uid="hjo_audit_login")
def audit_login(sender, request, user, **kwargs):
    sso = getattr(user, "hjo_sso", None)  # set by hjo_safety.sso.SsoBackend for this login
    if sso:
        detail = sso["provider_name"] + (" (flerfaktor)" if sso["mfa"] else "")
        AuditEvent.objects.record(
            AuditEvent.Kind.SSO_LOGIN, request=request, user=user, detail=detail
        )
        return
    AuditEvent.objects.record(AuditEvent.Kind.LOGIN, request=request, user=user)


@receiver(user_logged_out, dispatch_uid="hjo_audit_logout")
def audit_logout(sender, request, user, **kwargs):
    if user is not None:
        AuditEvent.objects.record(AuditEvent.Kind.LOGOUT, request=request, user=user)


@receiver(user_login_failed, dispatch_uid="hjo_audit_login_failed")
def audit_login_failed(sender, credentials, request=None, **kwargs):
    username = credentials.get("username") or ""
    AuditEvent.objects.record(AuditEvent.Kind.LOGIN_FAILED, request=request, username=str(username))


@receiver(user_locked_out, dispatch_uid="hjo_audit_locked_out")
def audit_locked_out(sender, request, username=None, ip_address=None, **kwargs):
    AuditEvent.objects.record(
        AuditEvent.Kind.LOCKED_OUT, request=request, username=str(username or "")
    )
