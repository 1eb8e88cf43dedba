"""The reproducible benchmark of Hjo Trygghet (``make bench``); see docs/bench.md.

Not an installed app: production never imports it. ``bench.settings`` wraps the production
settings with a floor view and a query-count header, ``bench.load_data`` fills a large data set
with set-based SQL, and ``bench.run`` serves the app with gunicorn and drives it with wrk.
"""
