"""Build or update the index from corpus/: `python ingest.py`; exits 2 when a file is refused."""

from __future__ import annotations

import logging
import sys

from assistant.config import get_settings
from assistant.errors import AssistantError, CorpusError, SettingsError
from assistant.ingest.indexing import ingest


def main() -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        settings = get_settings()
        summary = ingest(settings, progress=sys.stderr.isatty())
    except SettingsError as error:
        for reason in error.reasons:
            print(f"setting refused: {reason}", file=sys.stderr)
        return 2
    except CorpusError as error:
        for reason in error.reasons:
            print(f"refused: {reason}", file=sys.stderr)
        print("ingest refused; the index that was serving is unchanged", file=sys.stderr)
        return 2
    except AssistantError as error:
        print(f"ingest failed: {error}; the index that was serving is unchanged", file=sys.stderr)
        return 1
    print(summary.line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
