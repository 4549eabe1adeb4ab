import torch
import torch.optim as optim
from torch.utils.tensorboard import SummaryWriter
import numpy as np
import os
import argparse
import time
from im2mesh import config, data
from im2mesh.checkpoints import CheckpointIO
import logging

logger_py = logging.getLogger(__name__)


# Arguments
parser = argparse.ArgumentParser(
    description='Train implicit representations without 3D supervision.'
)
parser.add_argument('config', type=str, help='Path to config file.')
parser.add_argument('--no-cuda', action='store_true', help='Do not use cuda.')
parser.add_argument('--exit-after', type=int, default=-1,
                    help='Checkpoint and exit after specified number of '
                         'seconds with exit code 2.')

args = parser.parse_args()
cfg = config.load_config(args.config, 'configs/default.yaml')
is_cuda = (torch.cuda.is_available() and not args.no_cuda)
device = torch.device("cuda" if is_cuda else "cpu")

# Shorthands
out_dir = cfg['training']['out_dir']
backup_every = cfg['training']['backup_every']
exit_after = args.exit_after
lr = cfg['training']['learning_rate']
batch_size = cfg['training']['batch_size']
batch_size_val = cfg['training']['batch_size_val']
n_workers = cfg['training']['n_workers']
t0 = time.time()

# [...]

train_dataset = config.get_dataset(cfg, mode='train')
train_loader = torch.utils.data.DataLoader(
    train_dataset, batch_size=batch_size, num_workers=n_workers, shuffle=True,
    collate_fn=data.collate_remove_none,
)
val_dataset = config.get_dataset(cfg, mode='val')
val_loader = torch.utils.data.DataLoader(
    val_dataset, batch_size=batch_size_val, num_workers=int(n_workers/2),
    shuffle=True, collate_fn=data.collate_remove_none,
)
data_viz = next(iter(val_loader))
model = config.get_model(cfg, device=device, len_dataset=len(train_dataset))

# Initialize training
optimizer = optim.Adam(model.parameters(), lr=lr)

generator = config.get_generator(model, cfg, device=device)

trainer = config.get_trainer(model, optimizer, cfg, device=device,
                             generator=generator)
checkpoint_io = CheckpointIO(out_dir, model=model, optimizer=optimizer)

# [...]

logger = SummaryWriter(os.path.join(out_dir, 'logs'))

while True:
    epoch_it += 1

    # for batch in train_loader:
    for batch in train_loader:

        it += 1
        loss = trainer.train_step(batch, it)
        logger.add_scalar('train/loss', loss, it)

        # [...]

    # Make scheduler step after full epoch
    scheduler.step()
