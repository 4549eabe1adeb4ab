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
    parser.add_argument("--size-crops", type=int, nargs="+", default=[224, 96])
    parser.add_argument("--num-crops", type=int, nargs="+", default=[2, 6])

    # Model
    parser.add_argument("--arch", type=str, default="convnext_small")
    parser.add_argument("--mlp", default="8192-8192-8192")
    parser.add_argument("--maps-mlp", default="512-512-512")

    # Loss Function
    parser.add_argument("--alpha", type=float, default=0.75)

    # Optimization
    parser.add_argument("--epochs", type=int, default=100)
    parser.add_argument("--warmup-epochs", type=int, default=10)
    parser.add_argument("--batch-size", type=int, default=512)
    parser.add_argument("--optimizer", default="adamw")
    parser.add_argument("--base-lr", type=float, default=0.0005)
    parser.add_argument("--weight-decay", type=float, default=0.05)

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

    if args.rank == 0:
        args.exp_dir.mkdir(parents=True, exist_ok=True)
        stats_file = open(args.exp_dir / "stats.txt", "a", buffering=1)

    train_loader, train_sampler = build_loader(args, is_train=True)
    if args.evaluate:
        val_loader, _ = build_loader(args, is_train=False)

    model = VICRegL(args).cuda(gpu)
    model = nn.SyncBatchNorm.convert_sync_batchnorm(model)
    model = torch.nn.parallel.DistributedDataParallel(model,
						      device_ids=[gpu],
						      find_unused_parameters=True)

    optimizer = build_optimizer(args, model)

    if (args.exp_dir / "model.pth").is_file():
        if args.rank == 0:
            print("resuming from checkpoint")
        ckpt = torch.load(args.exp_dir / "model.pth", map_location="cpu")
        start_epoch = ckpt["epoch"]
        model.load_state_dict(ckpt["model"])
        optimizer.load_state_dict(ckpt["optimizer"])
    else:
        start_epoch = 0

    start_time = last_logging = time.time()
    scaler = torch.cuda.amp.GradScaler()
    for epoch in range(start_epoch, args.epochs):
        model.train()
        train_sampler.set_epoch(epoch)
        for step, inputs in enumerate(train_loader, start=epoch * len(train_loader)):
            optimizer.zero_grad()
            if args.fp16:
                with torch.cuda.amp.autocast():
                    loss, logs = model.forward(make_inputs(inputs, gpu))
                scaler.scale(loss).backward()
                scaler.step(optimizer)
                scaler.update()
            else:
                loss, logs = model.forward(make_inputs(inputs, gpu))
                loss.backward()
                optimizer.step()
        utils.checkpoint(args, epoch + 1, step, model, optimizer)


def make_inputs(inputs, gpu):
    (views, locations), labels = inputs
    return dict(
        views=[view.cuda(gpu, non_blocking=True) for view in views],
        locations=[location.cuda(gpu, non_blocking=True) for location in locations],
        labels=labels.cuda(gpu, non_blocking=True),
    )


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
