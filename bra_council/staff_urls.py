"""Staff URLs of bra_council (namespace ``council``), mounted under /personal/."""

from django.urls import path

from bra_council import story_views

app_name = "council"

urlpatterns = [
    path("radsatgarder/<int:pk>/", story_views.action_story, name="action_story"),
    path("atgardsplan/sena/", story_views.late_actions, name="late_actions"),
]
