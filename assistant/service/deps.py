"""Dependencies the routes declare: the engine the lifespan loaded."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from assistant.answering.engine import Engine


def get_engine(request: Request) -> Engine:
    return request.app.state.engine  # type: ignore[no-any-return]


EngineDep = Annotated[Engine, Depends(get_engine)]
