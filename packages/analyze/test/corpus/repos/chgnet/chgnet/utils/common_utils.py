from __future__ import annotations

import json
import os

import numpy as np
import pynvml
import torch
from torch import Tensor


def determine_device(
    use_device: str | None = None,
    *,
    check_cuda_mem: bool = False,
) -> str:
    """Determine the device to use for torch model.

    Args:
        use_device (str): User specify device name
        check_cuda_mem (bool): Whether to return cuda with most available memory
            Default = False

    Returns:
        device (str): device name to be passed to model.to(device)
    """
    use_device = use_device or os.getenv("CHGNET_DEVICE")
    if use_device in {"mps", None} and torch.backends.mps.is_available():
        device = "mps"
    else:
        device = use_device or ("cuda" if torch.cuda.is_available() else "cpu")
        if device == "cuda" and check_cuda_mem:
            device = f"cuda:{cuda_devices_sorted_by_free_mem()[-1]}"

    return device


def cuda_devices_sorted_by_free_mem() -> list[int]:
    """List available CUDA devices sorted by increasing available memory.

    To get the device with the most free memory, use the last list item.

    Returns:
        list[int]: CUDA device numbers sorted by increasing free memory.
    """
    if not torch.cuda.is_available():
        return []

    free_memories = []
    pynvml.nvmlInit()
    device_count = pynvml.nvmlDeviceGetCount()
    for idx in range(device_count):
        handle = pynvml.nvmlDeviceGetHandleByIndex(idx)
        info = pynvml.nvmlDeviceGetMemoryInfo(handle)
        free_memories.append(info.free)
    pynvml.nvmlShutdown()

    return sorted(range(len(free_memories)), key=lambda x: free_memories[x])


def mae(prediction: Tensor, target: Tensor) -> Tensor:
    """Computes the mean absolute error between prediction and target."""
    return torch.mean(torch.abs(target - prediction))


# ...
