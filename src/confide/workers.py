"""Background polling threads that every API server may run (row locks share the work)."""

from __future__ import annotations

import logging
import threading

log = logging.getLogger(__name__)


class PollingWorker:
    """A daemon thread calling `tick()` every `interval_s` seconds, at once again while a
    tick reports a full batch. Subclasses set `name` and `event` and implement `tick`."""

    name = "confide-worker"
    event = "worker.error"

    def __init__(self, interval_s: float = 1.0, *, batch: int = 50) -> None:
        self.interval_s = interval_s
        self.batch = batch
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def tick(self) -> int:
        """Do one pass; return how many items it handled."""
        raise NotImplementedError

    def stop_timeout(self) -> float | None:
        """How long `stop()` waits for a pass in flight by default."""
        return 30.0

    @property
    def running(self) -> bool:
        """True while the thread is alive."""
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Start the thread (no-op when already running)."""
        if self.running:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
        self._thread.start()

    def stop(self, timeout: float | None = None) -> None:
        """Ask the thread to stop and join it (a pass in flight finishes first, bounded by
        `timeout`, default `stop_timeout()`)."""
        self._stop.set()
        thread = self._thread
        if thread is not None:
            thread.join(self.stop_timeout() if timeout is None else timeout)
        self._thread = None

    def _run(self) -> None:
        while not self._stop.is_set():
            n = 0
            try:
                n = self.tick()
            except Exception as exc:  # keep the loop alive; log the class only
                log.warning("worker pass failed",
                            extra={"event": self.event, "reason": type(exc).__name__})
            if n < self.batch:
                self._stop.wait(self.interval_s)
