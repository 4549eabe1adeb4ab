# Training to all of ShapeNet, with single-view encoding
# tensorboard logs available in logs/<expname>!

import sys
import os

sys.path.insert(0, os.path.abspath(os.path.join(os.path.dirname(__file__), "..")))

import warnings
import trainlib
from model import make_model, loss
from render import NeRFRenderer
from data import get_split_dataset
import util
import numpy as np
import torch.nn.functional as F
import torch


args, conf = util.args.parse_args(
    extra_args,
    default_conf="conf/resnet_fine_mv_view.conf",
    default_expname="srn",
    default_num_epochs=50000,
    default_lr=1e-4,
    default_datadir="/home/group/chairs",
)
device = util.get_cuda(args.gpu_id)
assert len(args.extra_gpus) == 0  # Multi-gpu not supported

dset, val_set, _ = get_split_dataset(args.dataset_format, args.datadir,
        ban_views=conf.get_list('data.ban_views', []))

data_loader = torch.utils.data.DataLoader(
    dset, batch_size=args.batch_size, shuffle=True, num_workers=8, pin_memory=False
)

net = make_model(conf["model"]).to(device=device)


class ShapenetTrainer(trainlib.Trainer):
    def __init__(self):
        super().__init__(net, data_loader, test_data_loader, args, conf["train"],
                device=device)
        self.renderer = NeRFRenderer.from_conf(
            conf["renderer"],
            white_bkgd=not args.black,
            lindisp=dset.lindisp,
        ).to(device=device)
