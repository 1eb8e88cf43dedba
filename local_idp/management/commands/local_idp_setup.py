"""Prepare the local provider's database: migrate, a signing key, and optionally the portal as
a client and one person (``make sso-demo`` and the tests' start-up)."""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from local_idp.control import save_client, save_user


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser):
        parser.add_argument("--client", nargs=3, metavar=("ID", "SECRET", "REDIRECT_URI"))
        parser.add_argument(
            "--user", nargs=5, metavar=("USERNAME", "PASSWORD", "EMAIL", "FIRST", "LAST")
        )

    def handle(self, *args, client=None, user=None, verbosity=1, **options):
        from oidc_provider.models import RSAKey

        call_command("migrate", verbosity=0, interactive=False)
        if not RSAKey.objects.exists():
            call_command("creatersakey", verbosity=0)
        if client:
            client_id, secret, redirect_uri = client
            save_client(
                {"client_id": client_id, "client_secret": secret, "redirect_uris": [redirect_uri]}
            )
        if user:
            username, password, email, first, last = user
            save_user(
                {
                    "username": username,
                    "password": password,
                    "email": email,
                    "first_name": first,
                    "last_name": last,
                    "is_active": True,
                }
            )
        if verbosity:
            self.stdout.write(self.style.SUCCESS("Local OpenID Connect provider ready."))
