"""The assistant's own exceptions; the API maps them to HTTP in one handler."""

from __future__ import annotations


class AssistantError(Exception):
    """Base of every expected error."""


class CorpusError(AssistantError):
    """One or more source files were refused."""

    def __init__(self, reasons: list[str]) -> None:
        self.reasons = reasons
        super().__init__("; ".join(reasons))


class IndexNotReady(AssistantError):
    """No usable index is loaded: run the ingest."""


class StoreUnavailable(AssistantError):
    """The vector store (a Chroma server) does not answer."""


class ModelUnavailable(AssistantError):
    """The embedding model could not be loaded from its package folder."""


class SettingsError(AssistantError):
    """An environment setting has a wrong value; each reason names the variable."""

    def __init__(self, reasons: list[str]) -> None:
        self.reasons = reasons
        super().__init__("; ".join(reasons))
