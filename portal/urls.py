"""The portal's URL map (see shared/DESIGN.md): Swedish paths, as the municipality publishes them."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path, reverse_lazy

from bra_council import statutory
from est_incidents import urls as est_urls
from hjo_safety import metrics, security_views, sso, sso_views
from portal import installable, start_pages, views

account_patterns = [
    path("logga-in/", security_views.login, name="login"),
    path("logga-ut/", auth_views.LogoutView.as_view(), name="logout"),
    path("fortsatt-inloggad/", security_views.stay_signed_in, name="stay_signed_in"),
    path(
        "losenord/andra/",
        auth_views.PasswordChangeView.as_view(success_url=reverse_lazy("password_change_done")),
        name="password_change",
    ),
    path(
        "losenord/andra/klart/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path(
        "losenord/aterstall/",
        security_views.ThrottledPasswordResetView.as_view(
            success_url=reverse_lazy("password_reset_done")
        ),
        name="password_reset",
    ),
    path(
        "losenord/aterstall/skickat/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "losenord/aterstall/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            success_url=reverse_lazy("password_reset_complete")
        ),
        name="password_reset_confirm",
    ),
    path(
        "losenord/aterstall/klart/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    # Single sign-on (hjo_safety.sso): one answer URL for every provider, registered at each.
    path("sso/svar/", sso_views.sso_callback, name="sso_callback"),
    path("sso/<slug:key>/", sso.SsoStartView.as_view(), name="sso_start"),
    path(
        "sso/<slug:key>/utloggning/",
        sso_views.sso_backchannel_logout,
        name="sso_backchannel_logout",
    ),
    path("tvastegsverifiering/", security_views.otp_setup, name="otp_setup"),
    path("tvastegsverifiering/verifiera/", security_views.otp_verify, name="otp_verify"),
    path(
        "tvastegsverifiering/reservkoder/",
        security_views.otp_recovery_codes,
        name="otp_recovery_codes",
    ),
]

urlpatterns = [
    path("", start_pages.home, name="home"),
    path("est/", views.est_method, name="est_method"),
    path("est/", include("est_measures.public_urls")),
    path("kontakt/", views.contact, name="contact"),
    path("tillganglighet/", views.accessibility, name="accessibility"),
    path("personuppgifter/", views.privacy, name="privacy"),
    path("sprak/<slug:code>/", views.set_language, name="set_language"),
    path("healthz", views.healthz, name="healthz"),
    path("metrics", metrics.metrics, name="metrics"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("manifest.webmanifest", installable.manifest, name="manifest"),
    path("sw.js", installable.service_worker, name="service_worker"),
    path("app-ikon-192.png", installable.app_icon, {"size": 192}, name="app_icon_192"),
    path("app-ikon-512.png", installable.app_icon, {"size": 512}, name="app_icon_512"),
    path("konto/", include(account_patterns)),
    path("personal/", start_pages.staff_home, name="staff_home"),
    path("personal/granskning/", security_views.audit_log, name="audit_log"),
    path("personal/atkomstlogg/", security_views.access_log, name="access_log"),
    path("personal/nya-konton/", sso_views.sso_approvals, name="sso_approvals"),
    path("personal/nya-konton/<int:pk>/", sso_views.sso_approve, name="sso_approve"),
    path("personal/medarbetare/", include("hjo_safety.member_urls")),
    path("personal/bilagor/", include("hjo_safety.attachment_urls")),
    # The est namespace also holds the yearly document, which bra_council serves because it
    # reads both apps; this URLconf is the one place that wires the apps together.
    path(
        "personal/",
        include(
            (
                [
                    *est_urls.urlpatterns,
                    path(
                        "lagesbild/ar/<int:year>/",
                        statutory.statutory_document,
                        name="statutory_document",
                    ),
                    path(
                        "lagesbild/ar/<int:year>/pdf/",
                        statutory.statutory_pdf,
                        name="statutory_pdf",
                    ),
                ],
                est_urls.app_name,
            )
        ),
    ),
    path("personal/", include("est_measures.urls")),
    path("personal/", include("bra_council.staff_urls")),
    path("bra/", include("bra_council.urls")),
    path("", include("notifications.urls")),
    path("medborgarloften/", include("citizen_promises.urls")),
    path("", include("citizen_promises.survey_urls")),
    path("samverkan/", include("citizen_promises.agreement_urls")),
    path("", include("citizen_tips.urls")),
    path("trygghet-i-siffror/", include("safety_statistics.urls")),
    path("admin/", admin.site.urls),
]

# 503 with Retry-After while the database is unreachable (a restart), else the usual pages.
handler400 = "hjo_safety.errors.bad_request"
handler500 = "hjo_safety.errors.server_error"
