from django.apps import AppConfig


class LocalIdpConfig(AppConfig):
    name = "local_idp"
    default_auto_field = "django.db.models.AutoField"

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.db.models.signals import post_save

        from local_idp.claims import revoke_tokens_of_inactive

        post_save.connect(revoke_tokens_of_inactive, sender=get_user_model())
