"""
Tests for the C implementation of the sequence transducer.

From outside the package directory, run
`python -m transducer.test.`
"""
from __future__ import division
from __future__ import print_function

import argparse
import numpy as np
import time
import torch
import torch.autograd as autograd
import torch.nn as nn

from warprnnt_pytorch import RNNTLoss
fn = RNNTLoss()

parser = argparse.ArgumentParser(description='MXNet RNN Transducer Test.')
parser.add_argument('B', type=int, default=1, help='batch size')
parser.add_argument('T', type=int, default=300, help='time step')
parser.add_argument('U', type=int, default=100, help='prediction step')
parser.add_argument('V', type=int, default=60, help='vocab size')
args = parser.parse_args()

def wrap_and_call(acts, labels):
    acts = autograd.Variable(torch.FloatTensor(acts),
                             requires_grad=True)
    if use_cuda:
        acts = acts.cuda()

    lengths = [acts.shape[1]] * acts.shape[0]
    label_lengths = [len(l) for l in labels]
    labels = autograd.Variable(torch.IntTensor(labels))
    lengths = autograd.Variable(torch.IntTensor(lengths))
    label_lengths = autograd.Variable(torch.IntTensor(label_lengths))

    log_probs = nn.functional.log_softmax(acts, dim=3)
    def grad_hook(grad):
        log_probs.saved_grad = grad.clone()
    log_probs.register_hook(grad_hook)

    costs = fn(log_probs, labels, lengths, label_lengths)
    cost = torch.sum(costs)
    cost.backward()
    grads = log_probs.saved_grad
    if use_cuda:
        costs = costs.cpu()
        grads = grads.cpu()

    return costs.data.numpy(), grads.data.numpy()

# ... small_test(), big_test() (hand-computed costs and gradients) and
# time_test() trimmed ...


if __name__ == "__main__":
    use_cuda = False
    small_test()
    big_test()
    print("CPU Tests passed!")
    if torch.cuda.is_available():
        use_cuda = True
        small_test()
    print("GPU Tests passed!")
    time_test()
