#  Copyright 2021 PlenOctree Authors.
#
#  Redistribution and use in source and binary forms, with or without
#  modification, are permitted provided that the following conditions are met:
#  (BSD-2-Clause license text trimmed)
"""
Volume rendering utilities
"""

import torch
import numpy as np
from torch import nn, autograd
from collections import namedtuple
from warnings import warn

from svox.helpers import _get_c_extension, LocalIndex, DataFormat

NDCConfig = namedtuple('NDCConfig', ["width", "height", "focal"])
Rays = namedtuple('Rays', ["origins", "dirs", "viewdirs"])

_C = _get_c_extension()

class _VolumeRenderFunction(autograd.Function):
    @staticmethod
    def forward(ctx, data, tree, rays, opt):
        out = _C.volume_render(tree, rays, opt)
        ctx.tree = tree
        ctx.rays = rays
        ctx.opt = opt
        return out

    @staticmethod
    def backward(ctx, grad_out):
        if ctx.needs_input_grad[0]:
            return _C.volume_render_backward(
                ctx.tree, ctx.rays, ctx.opt, grad_out.contiguous()
            ), None, None, None
        return None, None, None, None

# ... (image render function and NDC conversion trimmed)

class VolumeRenderer(nn.Module):
    """
    Volume renderer
    """
    # ... (constructor trimmed)

    def forward(self, rays : Rays, cuda=True, fast=False):
        """
        Render a batch of rays. Differentiable.

        :param cuda: whether to use CUDA kernel if available. If false,
                     uses only PyTorch version. *Only True supported right now*
        """
        if not cuda or _C is None or not self.tree.data.is_cuda:
            assert self.data_format.format in [DataFormat.RGBA, DataFormat.SH], \
                 "Unsupported data format for slow volume rendering"
            warn("Using slow volume rendering, should only be used for debugging")
            # ... (pure-PyTorch ray marching trimmed)
        return _VolumeRenderFunction.apply(
            self.tree.data,
            self.tree._spec(),
            _rays_spec_from_rays(rays),
            self._get_options(fast)
        )

    def se_grad(self, rays : Rays, colors):
        if _C is None or not self.tree.data.is_cuda:
            assert False, "Not supported in current version, use CUDA kernel"
        return _C.se_grad(self.tree._spec(), _rays_spec_from_rays(rays),
                          colors, self._get_options(False))

    # ... (render_persp, se_grad_persp and option helpers trimmed)
