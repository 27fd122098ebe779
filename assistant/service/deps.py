"""Dependencies the routes declare: the engine the lifespan loaded."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from assistant.answering.engine import Engine


async def get_engine(request: Request) -> Engine:
    # async: FastAPI runs a plain `def` dependency in a worker thread, a hop for nothing here.
    return request.app.state.engine  # type: ignore[no-any-return]


EngineDep = Annotated[Engine, Depends(get_engine)]
