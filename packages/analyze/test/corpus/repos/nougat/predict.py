"""
Copyright (c) Meta Platforms, Inc. and affiliates.

This source code is licensed under the MIT license found in the
LICENSE file in the root directory of this source tree.
"""
import sys
from pathlib import Path
import logging
import re
import argparse
import re
from functools import partial
import torch
from torch.utils.data import ConcatDataset
from tqdm import tqdm
from nougat import NougatModel
from nougat.utils.dataset import LazyDataset
from nougat.utils.checkpoint import get_checkpoint
from nougat.postprocessing import markdown_compatible
import fitz

logging.basicConfig(level=logging.INFO)

if torch.cuda.is_available():
    BATCH_SIZE = int(
        torch.cuda.get_device_properties(0).total_memory / 1024 / 1024 / 1000 * 0.3
    )
    if BATCH_SIZE == 0:
        logging.warning("GPU VRAM is too small. Computing on CPU.")
elif torch.backends.mps.is_available():
    # I don't know if there's an equivalent API so heuristically choosing bs=4
    BATCH_SIZE = 4
else:
    # don't know what a good value is here. Would not recommend to run on CPU
    BATCH_SIZE = 1
    logging.warning("No GPU found. Conversion on CPU is very slow.")


def get_args():
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--batchsize",
        "-b",
        type=int,
        default=BATCH_SIZE,
        help="Batch size to use.",
    )
    parser.add_argument(
        "--checkpoint",
        "-c",
        type=Path,
        default=None,
        help="Path to checkpoint directory.",
    )
    parser.add_argument(
        "--model",
        "-m",
        type=str,
        default=None,
        help=f"Model tag to use.",
    )
    parser.add_argument("--out", "-o", type=Path, help="Output directory.")
    parser.add_argument("pdf", nargs="+", type=Path, help="PDF(s) to process.")
    args = parser.parse_args()
    # ... (checkpoint / output-directory handling trimmed)
    return args


def move_to_device(model):
    if torch.cuda.is_available():
        return model.to("cuda")
    elif torch.backends.mps.is_available():
        return model.to("mps")
    return model

def main():
    args = get_args()
    model = NougatModel.from_pretrained(args.checkpoint).to(torch.bfloat16)
    if args.batchsize > 0:
        model = move_to_device(model)
    else:
        # set batch size to 1. Need to check if there are benefits for CPU conversion for >1
        args.batchsize = 1
    model.eval()
    # ... (dataset construction and prediction loop trimmed)


if __name__ == "__main__":
    main()
