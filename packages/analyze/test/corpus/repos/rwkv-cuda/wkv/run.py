import torch
import torch.nn as nn
from torch.nn import functional as F
from torch.utils.cpp_extension import load
import numpy as np
from math import exp
np.set_printoptions(precision=4, suppress=True, linewidth=200)
torch.backends.cudnn.benchmark = True
# turn off TF32 for higher accuracy
torch.backends.cudnn.allow_tf32 = False
torch.backends.cuda.matmul.allow_tf32 = False

######################################################################################################
# From https://github.com/BlinkDL/RWKV-CUDA
######################################################################################################

CUDA_KERNEL_VERSION = 2  # CUDA kernel version = 0,1,2


def set_seed(seed):
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.cuda.manual_seed_all(seed)


def get_err_ratio(x, y):
    err = (x-y).flatten().square().mean().sqrt().item()
    base = (x).flatten().square().mean().sqrt().item()
    return err / base

######################################################################################################
# u.shape = (C)
# w.shape = (C)
# k.shape = (B, T, C)
# v.shape = (B, T, C)
# out.shape = (B, T, C)
######################################################################################################


def RUN_FORMULA_VERY_SLOW(B, T, C, w, u, k, v):
    w = -torch.exp(w)
    out = torch.empty((B, T, C), device='cuda')
    # ...
    return out


def RUN_PYTORCH(B, T, C, w, u, k, v, time_curve):
    # this shall equal the formula

    ek = torch.exp(k.transpose(1,2))
    ekv = ek * v.transpose(1,2)

    time_w = torch.cat([torch.exp(w).unsqueeze(1) * time_curve, u.unsqueeze(1)], dim=-1)
    w = torch.exp(time_w).unsqueeze(1)

    wkv = F.conv1d(nn.ZeroPad2d((T-1, 0, 0, 0))(ekv), w, groups=C)
    wk = F.conv1d(nn.ZeroPad2d((T-1, 0, 0, 0))(ek), w, groups=C)

    return (wkv / wk).transpose(1,2)


######################################################################################################
# Load the CUDA kernel
######################################################################################################

from torch.utils.cpp_extension import load
wkv_cuda = load(name="wkv", sources=["cuda/wkv_op.cpp", f"cuda/wkv_cuda_v{CUDA_KERNEL_VERSION}.cu"],
                  verbose=True, extra_cuda_cflags=["-O3", "-xhip", "--hipstdpar", "--hip-link"])

class WKV(torch.autograd.Function):
    @staticmethod
    def forward(ctx, B, T, C, w, u, k, v):
        ctx.B = B
        ctx.T = T
        ctx.C = C
        w = -torch.exp(w.contiguous())
        u = u.contiguous()
        k = k.contiguous()
        v = v.contiguous()
        ctx.save_for_backward(w, u, k, v)
        y = torch.empty((B, T, C), device='cuda', memory_format=torch.contiguous_format)
        wkv_cuda.forward(B, T, C, w, u, k, v, y)
        return y

    @staticmethod
    def backward(ctx, gy):
        B = ctx.B
        T = ctx.T
        C = ctx.C
        w, u, k, v = ctx.saved_tensors
        gw = torch.zeros((B, C), device='cuda')
        gu = torch.zeros((B, C), device='cuda')
        gk = torch.zeros((B, T, C), device='cuda')
        gv = torch.zeros((B, T, C), device='cuda')
        wkv_cuda.backward(B, T, C, w, u, k, v, gy.contiguous(), gw, gu, gk, gv)
        gw = torch.sum(gw, dim=0)
        gu = torch.sum(gu, dim=0)
        return (None, None, None, gw, gu, gk, gv)

def RUN_CUDA(B, T, C, w, u, k, v):
    return WKV.apply(B, T, C, w.cuda(), u.cuda(), k.cuda(), v.cuda())


######################################################################################################
# Check correctness & speed benchmark
######################################################################################################

def CHECK_PYTORCH():
    B = 3
    T = 11
    C = 5

    set_seed(42)
    with torch.no_grad():
        w = torch.zeros(C, requires_grad=True, device='cuda').uniform_(-1, 1)
        u = torch.zeros(C, requires_grad=True, device='cuda').uniform_(-1, 1)
        k = torch.zeros(B, T, C, requires_grad=True, device='cuda').uniform_(-1, 1)
        v = torch.zeros(B, T, C, requires_grad=True, device='cuda').uniform_(-1, 1)
    # ...

def CHECK_CUDA(silent=False):
    B = 32
    T = 768 # T <= 1024 for current kernel
    C = 768

    set_seed(42)
    with torch.no_grad():
        # usual values
        w = torch.zeros(C, requires_grad=True, device='cuda').uniform_(-1, 1)
        u = torch.zeros(C, requires_grad=True, device='cuda').uniform_(-1, 1)
        k = torch.zeros(B, T, C, requires_grad=True, device='cuda').uniform_(-1, 1)
        v = torch.zeros(B, T, C, requires_grad=True, device='cuda').uniform_(-1, 1)

    time_curve = torch.tensor([-(T - 2 - i) for i in range(T-1)]).unsqueeze(0).cuda()

    # check forward

    with torch.autograd.profiler.profile(use_cuda=True) as prof:
        r1 = RUN_PYTORCH(B, T, C, w, u, k, v, time_curve)
    if not silent:
        print('pytorch forward\n', prof.key_averages(group_by_stack_n=5).table(
            sort_by='self_cuda_time_total', row_limit=5))

    with torch.autograd.profiler.profile(use_cuda=True) as prof:
        r2 = RUN_CUDA(B, T, C, w, u, k, v)
    # ... (backward check and gradient comparison)

if __name__ == "__main__":
    print('\n\nVerify pytorch...')
    CHECK_PYTORCH()
    print('\n\nCUDA warmup...')
    CHECK_CUDA(silent=True)  # warmup
    CHECK_CUDA(silent=True)  # warmup
    print('\n\nCUDA benchmark...')
    CHECK_CUDA(silent=False)  # benchmark
