"""Background jobs: a diskcache in the jobs folder on one machine, Celery tasks through Redis."""

from __future__ import annotations

from pathlib import Path

import dash
import diskcache

from app import create_server
from server.jobs import JOBS_KEY, background_manager
from tests.support.redis_server import redis_server


def test_without_redis_jobs_go_through_a_diskcache_in_the_jobs_folder(app):
    manager = app.server.extensions[JOBS_KEY]
    folder = Path(app.server.config["JOBS_DIR"])

    manager.handle.set("progress", [3, 7])

    assert isinstance(manager, dash.DiskcacheManager)
    assert Path(manager.handle.directory) == folder
    with diskcache.Cache(folder) as cache:  # what another worker of the machine reads
        assert cache.get("progress") == [3, 7]


def test_with_redis_jobs_are_celery_tasks_queued_in_it(tmp_path):
    with redis_server() as redis:
        server = create_server({"JOBS_REDIS_URL": redis.url, "JOBS_DIR": str(tmp_path)})

        manager = background_manager(server)
        celery = manager.handle
        celery.send_task("geoportal.nothing")
        client = redis.client()
        queued = client.llen("celery")
        client.close()
        celery.close()

    assert isinstance(manager, dash.CeleryManager)
    assert server.extensions[JOBS_KEY] is manager
    assert celery.conf.broker_url == celery.conf.result_backend == redis.url
    assert queued == 1  # the task waits in Redis for `celery -A worker worker`
    assert not (tmp_path / "cache.db").exists()  # no diskcache beside it
