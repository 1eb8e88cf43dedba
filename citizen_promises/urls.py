"""URLs of citizen_promises (namespace ``promises``), mounted at ``/medborgarloften/``."""

from django.urls import path

from citizen_promises import views
from citizen_promises.feeds import PromiseFeed
from hjo_safety.public_cache import cache_public_page

app_name = "promises"

urlpatterns = [
    path("", views.promise_list, name="list"),
    path("flode/", cache_public_page(PromiseFeed()), name="feed"),
    path("<slug:slug>/", views.promise_detail, name="detail"),
]
