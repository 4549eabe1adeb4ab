# Copyright (c) Meta Platforms, Inc. and affiliates.

# All rights reserved.

# This source code is licensed under the license found in the
# LICENSE file in the root directory of this source tree.


from pathlib import Path
import argparse
import json
import os
import sys
import time

from collections import defaultdict
import numpy as np

import torch
import torch.nn.functional as F
from torch import nn

from datasets import build_loader
from optimizers import build_optimizer
from distributed import init_distributed_mode
import utils


def get_arguments():
    parser = argparse.ArgumentParser(description="Pretraining with VICRegL", add_help=False)

    # Checkpoints and Logs
    parser.add_argument("--exp-dir", type=Path, required=True)
    parser.add_argument("--log-tensors-interval", type=int, default=60)
    parser.add_argument("--checkpoint-freq", type=int, default=1)

    # Data
    parser.add_argument("--dataset", type=str, default="imagenet1k")
    parser.add_argument("--dataset_from_numpy", action="store_true")
    # ... (crop options trimmed)

    # Model
    parser.add_argument("--arch", type=str, default="convnext_small")
    # ... (model, loss and optimization options trimmed)
    parser.add_argument("--batch-size", type=int, default=512)

    # Running
    parser.add_argument("--fp16", action="store_true")
    parser.add_argument("--num-workers", type=int, default=10)
    parser.add_argument('--device', default='cuda',
                        help='device to use for training / testing')

    # Distributed
    parser.add_argument('--world-size', default=1, type=int,
                        help='number of distributed processes')
    parser.add_argument('--local_rank', default=-1, type=int)
    parser.add_argument('--dist-url', default='env://',
                        help='url used to set up distributed training')

    return parser


def main(args):
    torch.backends.cudnn.benchmark = True
    init_distributed_mode(args)
    print(args)
    gpu = torch.device(args.device)

    # ... (stats file set-up trimmed)

    train_loader, train_sampler = build_loader(args, is_train=True)
    if args.evaluate:
        val_loader, _ = build_loader(args, is_train=False)

    model = VICRegL(args).cuda(gpu)
    model = nn.SyncBatchNorm.convert_sync_batchnorm(model)
    model = torch.nn.parallel.DistributedDataParallel(model,
						      device_ids=[gpu],
						      find_unused_parameters=True)

    optimizer = build_optimizer(args, model)

    # ... (checkpoint resume trimmed)

    start_time = last_logging = time.time()
    scaler = torch.cuda.amp.GradScaler()
    for epoch in range(start_epoch, args.epochs):
        model.train()
        train_sampler.set_epoch(epoch)
        # ... (training step, logging and evaluation trimmed)


class VICRegL(nn.Module):
    def __init__(self, args):
        super().__init__()
        self.args = args
        self.embedding_dim = int(args.mlp.split("-")[-1])

        if "convnext" in args.arch:
            import convnext

            self.backbone, self.representation_dim = convnext.__dict__[args.arch](
                drop_path_rate=args.drop_path_rate,
                layer_scale_init_value=args.layer_scale_init_value,
            )
        elif "resnet" in args.arch:
            import resnet

            self.backbone, self.representation_dim = resnet.__dict__[args.arch](
                zero_init_residual=True
            )

        # ... (projectors, losses and forward trimmed)
