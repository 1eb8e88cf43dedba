"""URLs of notifications (namespace ``notifications``), mounted at the site's root."""

from django.urls import path

from notifications import views

app_name = "notifications"

urlpatterns = [
    path("personal/installningar/", views.notification_settings, name="settings"),
    path("personal/utskick/", views.bulletin_list, name="bulletin_list"),
    path("personal/utskick/nytt/", views.bulletin_create, name="bulletin_create"),
    path("personal/utskick/<int:pk>/", views.bulletin_detail, name="bulletin_detail"),
    path("e-post/avsluta/<str:token>/", views.unsubscribe, name="unsubscribe"),
    # Citizens' subscriptions (issue 26)
    path("folj/", views.subscribe, name="subscribe"),
    path("folj/skickat/", views.subscription_sent, name="subscription_sent"),
    path("folj/bekrafta/<str:token>/", views.subscription_confirm, name="subscription_confirm"),
    path(
        "folj/avsluta/<str:token>/",
        views.subscription_unsubscribe,
        name="subscription_unsubscribe",
    ),
    path(
        "personal/anvandare/<int:user_id>/losenordslank/",
        views.send_password_link,
        name="send_password_link",
    ),
    path(
        "konto/losenord/valj/<uidb64>/<token>/",
        views.SetPasswordView.as_view(),
        name="set_password",
    ),
]
