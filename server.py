"""Serve the assistant: `python server.py [--host H] [--port P] [--workers N]`."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from types import FrameType

import uvicorn

from assistant.config import get_settings
from assistant.errors import SettingsError


def _stopped(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(0)


def main() -> int:
    try:
        settings = get_settings()
    except SettingsError as error:
        for reason in error.reasons:
            print(f"setting refused: {reason}", file=sys.stderr)
        return 2
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default=settings.host)
    parser.add_argument("--port", type=int, default=settings.port)
    parser.add_argument("--workers", type=int, default=settings.workers)
    args = parser.parse_args()
    if args.workers > 1 and not settings.chroma_url:
        print(
            "more than one worker needs a Chroma server: embedded Chroma is not safe across "
            "processes. Set ASSISTANT_CHROMA_URL (see the README's Deploying section) or use "
            "--workers 1.",
            file=sys.stderr,
        )
        return 2
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    # uvicorn shuts down gracefully on SIGTERM, then raises the signal again so the process ends
    # by it (status -15 / 143). A requested stop is a clean stop: exit 0 instead.
    signal.signal(signal.SIGTERM, _stopped)
    uvicorn.run(
        "assistant.service.app:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        access_log=False,
        log_level="info",
        timeout_graceful_shutdown=20,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
