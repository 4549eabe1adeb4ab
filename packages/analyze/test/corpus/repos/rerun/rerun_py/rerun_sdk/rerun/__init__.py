from __future__ import annotations

import functools
import random
import sys
from typing import Any, Callable, TypeVar, cast
from uuid import UUID

import numpy as np

__version__ = "0.23.2"
__version_info__ = (0, 23, 2, None)


if sys.version_info < (3, 9):  # noqa: UP036
    raise RuntimeError("Rerun SDK requires Python 3.9 or later.")


import rerun_bindings as bindings

from . import (
    blueprint as blueprint,
    catalog as catalog,
    dataframe as dataframe,
    experimental as experimental,
)
from ._log import (
    AsComponents as AsComponents,
    log as log,
    log_file_from_path as log_file_from_path,
)
from .archetypes import (
    Boxes3D as Boxes3D,
    Image as Image,
    Points3D as Points3D,
    Scalars as Scalars,
    Tensor as Tensor,
    TextLog as TextLog,
    Transform3D as Transform3D,
)
from .recording_stream import (
    RecordingStream as RecordingStream,
    new_recording as new_recording,
)
from .sinks import (
    connect_grpc as connect_grpc,
    save as save,
    serve_grpc as serve_grpc,
    serve_web as serve_web,
    spawn as spawn,
)
from .time import (
    set_time as set_time,
)


def init(
    application_id: str,
    *,
    recording_id: str | UUID | None = None,
    spawn: bool = False,  # noqa: F811
    init_logging: bool = True,
    default_enabled: bool = True,
    strict: bool | None = None,
    default_blueprint: BlueprintLike | None = None,
    send_properties: bool = True,
) -> None:
    """
    Initialize the Rerun SDK with a user-chosen application id (name).

    You must call this function first in order to initialize a global recording.
    Without an active recording, all methods of the SDK will turn into no-ops.
    """

    if application_id.startswith("rerun_example_"):
        # Make all our example code deterministic.
        random.seed(0)
        np.random.seed(0)

    if strict is not None:
        set_strict_mode(strict)

    cleanup_if_forked_child()

    if recording_id is not None:
        recording_id = str(recording_id)

    if init_logging:
        RecordingStream(
            application_id=application_id,
            recording_id=recording_id,
            make_default=True,
            make_thread_default=False,
            default_enabled=default_enabled,
            send_properties=send_properties,
        )

    if spawn:
        from rerun.sinks import spawn as _spawn

        _spawn(default_blueprint=default_blueprint)


def version() -> str:
    """
    Returns a verbose version string of the Rerun SDK.
    """
    return bindings.version()  # type: ignore[no-any-return]


def rerun_shutdown() -> None:
    bindings.shutdown()


def cleanup_if_forked_child() -> None:
    bindings.cleanup_if_forked_child()
