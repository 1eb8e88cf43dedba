"""gunicorn's configuration for Hjo Trygghet (started by deploy/hjo-trygghet.service).

django-prometheus counts per process; with ``PROMETHEUS_MULTIPROC_DIR`` set (the service sets it)
every worker writes its counters to files there and ``/metrics`` sums them. The directory is
emptied when gunicorn starts, and a dead worker's live gauges are dropped.
"""

import os
import shutil
from pathlib import Path

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "4"))
timeout = 60
graceful_timeout = 30
# The request log (hjo.request) is the access log: JSON, with ids instead of names.
accesslog = None
errorlog = "-"
forwarded_allow_ips = "127.0.0.1"


def on_starting(server):
    directory = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if directory:
        shutil.rmtree(directory, ignore_errors=True)
        Path(directory).mkdir(parents=True, exist_ok=True)


def child_exit(server, worker):
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)
