"""
    PyTorch training code for Wide Residual Networks:
    http://arxiv.org/abs/1605.07146

    The code reproduces *exactly* it's lua version:
    https://github.com/szagoruyko/wide-residual-networks

    2016 Sergey Zagoruyko
"""

import argparse
import os
import json
import numpy as np
import math
import cv2
from tqdm import tqdm
import pandas as pd
import torch
import torch.optim
import torch.utils.data
from torchvision import cvtransforms
import torchvision.datasets as datasets
from torch.autograd import Variable
import torch.nn.functional as F
import torchnet as tnt
from torchnet.engine import Engine
import torch.backends.cudnn as cudnn
from nested_dict import nested_dict
from collections import OrderedDict
from utils import conv_params, linear_params, bnparams, bnstats, \
        distillation, l2_normalize

cudnn.benchmark = True

parser = argparse.ArgumentParser(description='Wide Residual Networks')
# Model options
parser.add_argument('--depth', default=16, type=int)
parser.add_argument('--width', default=1, type=float)
parser.add_argument('--dataset', default='CIFAR10', type=str)
parser.add_argument('--data_root', default='.', type=str)
parser.add_argument('--dtype', default='float', type=str)
parser.add_argument('--nthread', default=4, type=int)
parser.add_argument('--teacher_id', default='', type=str)

# Training options
parser.add_argument('--batchSize', default=128, type=int)
parser.add_argument('--lr', default=0.1, type=float)
parser.add_argument('--epochs', default=200, type=int, metavar='N',
        help='number of total epochs to run')
parser.add_argument('--weightDecay', default=0.0005, type=float)
parser.add_argument('--epoch_step', default='[60,120,160]', type=str,
        help='json list with epochs to drop lr on')
parser.add_argument('--optim_method', default='SGD', type=str)
parser.add_argument('--temperature', default=4, type=float)
parser.add_argument('--alpha', default=0, type=float)
parser.add_argument('--beta', default=0, type=float)

# Device options
parser.add_argument('--cuda', action='store_true')
parser.add_argument('--save', default='', type=str,
        help='save parameters and logs in this folder')
parser.add_argument('--ngpu', default=1, type=int,
        help='number of GPUs to use for training')
parser.add_argument('--gpu_id', default='0', type=str,
        help='id(s) for CUDA_VISIBLE_DEVICES')


def create_dataset(opt, mode):
    # ... (torchnet/cvtransforms pipeline trimmed)
    pass


def resnet(depth, width, num_classes):
    # ... (functional wide-resnet parameters and forward trimmed)
    pass


def at(x):
    q = x.pow(2).mean(1).view(x.size(0), -1)
    return l2_normalize(q)

def at_loss(x, y):
    return (at(x) - at(y)).pow(2).mean()


def main():
    opt = parser.parse_args()
    print 'parsed options:', vars(opt)
    epoch_step = json.loads(opt.epoch_step)
    num_classes = 10 if opt.dataset == 'CIFAR10' else 100

    os.environ['CUDA_VISIBLE_DEVICES'] = opt.gpu_id
    # to prevent opencv from initializing CUDA in workers
    torch.randn(8).cuda()
    os.environ['CUDA_VISIBLE_DEVICES'] = ''

    def create_iterator(mode):
        ds = create_dataset(opt, mode)
        return ds.parallel(batch_size=opt.batchSize, shuffle=mode,
                           num_workers=opt.nthread, pin_memory=True)

    train_loader = create_iterator(True)
    test_loader = create_iterator(False)

    # deal with student first
    f_s, params_s, stats_s = resnet(opt.depth, opt.width, num_classes)

    # ... (teacher loading, optimizer, meters and logging trimmed)

    def h(sample):
        inputs = Variable(cast(sample[0], opt.dtype))
        targets = Variable(cast(sample[1], 'long'))
        y_s, y_t, loss_groups = data_parallel(f, inputs, params, stats, sample[2], np.arange(opt.ngpu))
        loss_groups = [v.sum() for v in loss_groups]
        [m.add(v.data[0]) for m,v in zip(meters_at, loss_groups)]
        return distillation(y_s, y_t, targets, opt.temperature, opt.alpha) \
                + opt.beta * sum(loss_groups), y_s

    engine = Engine()
    engine.train(h, train_loader, opt.epochs, optimizer) 

if __name__ == '__main__':
    main()
