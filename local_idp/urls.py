from django.contrib.auth import views as auth_views
from django.urls import include, path

from local_idp import control

urlpatterns = [
    path(
        "login/",
        auth_views.LoginView.as_view(template_name="local_idp/login.html"),
        name="login",
    ),
    path("control/", control.control, name="control"),
    path("oidc/", include("oidc_provider.urls", namespace="oidc_provider")),
]
