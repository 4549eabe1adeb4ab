import logging.config
import os
from pathlib import Path

import torch
from transformers import set_seed as hf_set_seed

# global variable: cache_root
from .file_utils import set_proxies

cache_root = Path(os.getenv("FLAIR_CACHE_ROOT", Path(Path.home(), ".flair")))

# global variable: device
if torch.cuda.is_available():
    device_id = os.environ.get("FLAIR_DEVICE")

    # No need for correctness checks, torch is doing it
    if device_id:
        device = torch.device(f"cuda:{device_id}")
    else:
        device = torch.device("cuda:0")
else:
    device = torch.device("cpu")

# global variable: version
__version__ = "0.12.1"

# global variable: arrow symbol
_arrow = " → "

from . import (  # noqa: E402 import after setting device
    data,
    models,
    nn,
    trainers,
    visual,
)

logger = logging.getLogger("flair")


def set_seed(seed: int):
    hf_set_seed(seed)
