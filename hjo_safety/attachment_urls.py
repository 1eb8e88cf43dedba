"""Attached photos and papers, under /personal/bilagor/ (see hjo_safety.attachment_views)."""

from django.urls import path

from hjo_safety import attachment_views

app_name = "attachments"

urlpatterns = [
    path("<slug:slug>/<int:pk>/ny/", attachment_views.attachment_add, name="add"),
    path("<uuid:public_id>/", attachment_views.attachment_file, name="file"),
    path("<uuid:public_id>/ta-bort/", attachment_views.attachment_delete, name="delete"),
]
