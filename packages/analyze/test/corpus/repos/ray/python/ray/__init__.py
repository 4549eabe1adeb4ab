import os
import logging
from os.path import dirname
import sys

logger = logging.getLogger(__name__)

if "OMP_NUM_THREADS" not in os.environ:
    logger.debug("[ray] Forcing OMP_NUM_THREADS=1 to avoid performance "
                 "degradation with many workers (issue #6998). You can "
                 "override this by explicitly setting OMP_NUM_THREADS.")
    os.environ["OMP_NUM_THREADS"] = "1"

# Importing psutil & setproctitle. Must be before ray._raylet is initialized.
thirdparty_files = os.path.join(
    os.path.abspath(os.path.dirname(__file__)), "thirdparty_files")
sys.path.insert(0, thirdparty_files)

# Expose ray ABI symbols which may be dependent by other shared
# libraries such as _streaming.so. See BUILD.bazel:_raylet
pyd_suffix = ".pyd" if sys.platform == "win32" else ".so"
so_path = os.path.join(dirname(__file__), "_raylet" + pyd_suffix)
if os.path.exists(so_path):
    import ctypes
    from ctypes import CDLL
    CDLL(so_path, ctypes.RTLD_GLOBAL)

import ray._raylet  # noqa: E402

from ray._raylet import (
    ActorClassID,
    ActorID,
    JobID,
    WorkerID,
    FunctionID,
    ObjectID,
    TaskID,
    UniqueID,
    Language,
)  # noqa: E402

from ray.state import (jobs, nodes, actors, tasks, objects, timeline,
                       cluster_resources, available_resources)  # noqa: E402
from ray.worker import (
    LOCAL_MODE,
    SCRIPT_MODE,
    WORKER_MODE,
    connect,
    disconnect,
    get,
    get_gpu_ids,
    get_resource_ids,
    init,
    is_initialized,
    put,
    remote,
    shutdown,
    wait,
)  # noqa: E402
import ray.actor  # noqa: F401
from ray.actor import method  # noqa: E402
from ray.cross_language import java_function, java_actor_class  # noqa: E402
from ray import util  # noqa: E402

# Ray version string.
__version__ = "0.9.0.dev0"

__all__ = [
    "jobs",
    "nodes",
    "actors",
    "tasks",
    "objects",
    "timeline",
    "cluster_resources",
    "available_resources",
    "__version__",
    "actor",
    "connect",
    "disconnect",
    "get",
    "get_gpu_ids",
    "get_resource_ids",
    "init",
    "is_initialized",
    "method",
    "put",
    "remote",
    "shutdown",
    "wait",
    "Language",
    "java_function",
    "java_actor_class",
    "util",
]
