"""Names vulture reports as unused that Django calls for us (read by ``.ci/run``'s vulture step).

Arguments that Django's signatures require even when the body does not use them: list filters'
``lookups(self, request, model_admin)``, signal receivers' ``sender``, widgets'
``render(..., renderer)``.
"""

model_admin  # noqa: B018, F821
sender  # noqa: B018, F821
renderer  # noqa: B018, F821
options  # noqa: B018, F821 (**options of every Command.handle)
app_configs  # noqa: B018, F821 (system checks' signature: check(app_configs, **kwargs))
signals  # noqa: B018, F821 (imported in AppConfig.ready for its receivers)
