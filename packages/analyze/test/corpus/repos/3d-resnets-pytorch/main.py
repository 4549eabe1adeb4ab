from pathlib import Path
import json
import random

import numpy as np
import torch
from torch.nn import CrossEntropyLoss
from torch.optim import SGD, lr_scheduler
from torch.backends import cudnn
import torchvision

from opts import parse_opts
from model import generate_model
from mean import get_mean_std
from spatial_transforms import (
    Compose, Normalize, Resize, CenterCrop, CornerCrop, MultiScaleCornerCrop,
    RandomResizedCrop, RandomHorizontalFlip, ToTensor, ScaleValue, ColorJitter)
from temporal_transforms import (LoopPadding, TemporalRandomCrop,
                                 TemporalEvenCrop, SlidingWindow)
from target_transforms import ClassLabel, VideoID, Segment
from target_transforms import Compose as TargetCompose
from dataset import get_training_set, get_validation_set, get_test_set
from utils import Logger, worker_init_fn, get_lr
from train import train_epoch
from validation import val_epoch
import test


def get_opt():
    opt = parse_opts()
    # ... path handling trimmed ...
    return opt


def get_train_utils(opt, model_parameters):
    # ... transforms, data loaders, SGD optimizer and LR scheduler trimmed ...
    training_data, collate_fn = get_training_set(
        opt.video_path, opt.annotation_path, opt.dataset, spatial_transform,
        temporal_transform, target_transform)
    train_loader = torch.utils.data.DataLoader(
        training_data,
        batch_size=opt.batch_size,
        shuffle=True,
        num_workers=opt.n_threads,
        pin_memory=True,
        worker_init_fn=worker_init_fn,
        collate_fn=collate_fn)
    return train_loader, train_logger, train_batch_logger, optimizer, scheduler


if __name__ == '__main__':
    opt = get_opt()

    opt.device = torch.device('cpu' if opt.no_cuda else 'cuda')
    if not opt.no_cuda:
        cudnn.benchmark = True
    if opt.accimage:
        torchvision.set_image_backend('accimage')
    random.seed(opt.manual_seed)
    np.random.seed(opt.manual_seed)
    torch.manual_seed(opt.manual_seed)

    model, parameters = generate_model(opt)
    print(model)
    criterion = CrossEntropyLoss().to(opt.device)

    if not opt.no_train:
        (train_loader, train_logger, train_batch_logger, optimizer,
         scheduler) = get_train_utils(opt, parameters)
    if not opt.no_val:
        val_loader, val_logger = get_val_utils(opt)

    prev_val_loss = None
    for i in range(opt.begin_epoch, opt.n_epochs + 1):
        if not opt.no_train:
            current_lr = get_lr(optimizer)
            train_epoch(i, train_loader, model, criterion, optimizer,
                        opt.device, current_lr, train_logger,
                        train_batch_logger)
        if not opt.no_val:
            prev_val_loss = val_epoch(i, val_loader, model, criterion,
                                      opt.device, val_logger)
