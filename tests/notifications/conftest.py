import pytest


@pytest.fixture(autouse=True)
def public_base_url(settings):
    settings.PUBLIC_BASE_URL = "https://trygghet.example.se"


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Run what would run after the request's transaction commits (the test wraps it in one)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
