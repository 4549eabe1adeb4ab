########################################################################################################
# The RWKV Language Model - https://github.com/BlinkDL/RWKV-LM
########################################################################################################

import os

os.environ['USE_WANDB'] = '0' # 0 = False, 1 = True

os.environ['RWKV_FLOAT_MODE'] = 'bf16' # 'bf16' (stable) or 'fp16' (will overflow after training a large model for very long. can be solved in the future)

### This is using DeepSpeed stage2 + FP16 ##############################################################
# 
# Currently it's slow to initialize a new model. Hence I suggest this procedure for multi-GPU training:
# 1) leave RWKV_NUM_GPUS = '1' and let it run for 1 'mini-epoch' and it will save a 'trained-1.pth'
# 2) set RWKV_NUM_GPUS = '8' (or your #GPU), batch_size = NUM_GPUS * single_gpu_batchsz, 
#    EPOCH_BEGIN = 1, LOAD_MODEL = True, and it will load 'trained-1.pth' and continue the training
#
os.environ['RWKV_NUM_GPUS'] = '1' # num of GPUs to use
NUM_GPUS = int(os.environ['RWKV_NUM_GPUS'])

### Change these if you want to continue training from a saved model ###################################

EPOCH_BEGIN = 0
LOAD_MODEL = False # shall we continue from the #EPOCH_BEGIN model?
os.environ['RWKV_LOAD_MODEL'] = str(LOAD_MODEL)

########################################################################################################

import logging, types
from src.utils import Dataset
import torch
import numpy as np

np.set_printoptions(precision=4, suppress=True, linewidth=200)
logging.basicConfig(format="%(asctime)s - %(levelname)s - %(name)s - %(message)s",
                    datefmt="%Y-%m-%d %H:%M:%S", level=logging.INFO,)
torch.backends.cudnn.benchmark = True
torch.backends.cudnn.allow_tf32 = True
torch.backends.cuda.matmul.allow_tf32 = True

### Step 1: set training data ##########################################################################

datafile = "../data/enwik8" # your data
datafile_encoding = 'utf-8'
# datafile_encoding = 'utf-16le'

### Step 2: set model size #############################################################################

ctx_len = 1024 # increase T_MAX in model.py if your ctx_len is very long
n_layer = 6
n_embd = 512

# 'RWKV' or 'RWKV-ffnPre' (better in some cases)
model_type = 'RWKV'

### Step 3: set batch size #############################################################################

# if you see "CUDA out of memory", reduce batch_size. Use nvidia-smi to find the highest value for your GPU.
batch_size = 12
assert (batch_size % NUM_GPUS == 0)

# ... (learning-rate and epoch settings trimmed)

########################################################################################################
# Train model
########################################################################################################
if __name__ == '__main__':
    from src.trainer import Trainer, TrainerConfig

    # ...

    from pytorch_lightning.strategies import DeepSpeedStrategy
    
    DEEPSPEED_CFG = {
        "zero_allow_untested_optimizer":True,
        "zero_optimization":{
            "stage":2,
            "contiguous_gradients":True,
            "overlap_comm":True,
        },
        "gradient_clipping": 1.0,
        "gradient_accumulation_steps": 1,
    }

    if os.environ['RWKV_FLOAT_MODE'] == 'fp16':
        DEEPSPEED_CFG["fp16"] = {
            "fp16": True,
            "enabled": True,
            "loss_scale": 0,
            "initial_scale_power": 12,
            "loss_scale_window": 1000,
            "hysteresis": 2,
            "min_loss_scale": 1
        }
        trainer = Trainer(strategy=DeepSpeedStrategy(config=DEEPSPEED_CFG), devices=NUM_GPUS, accelerator="gpu", precision=16)
    elif os.environ['RWKV_FLOAT_MODE'] == 'bf16':
        DEEPSPEED_CFG["bf16"] = {
            "enabled": True
        }
        trainer = Trainer(strategy=DeepSpeedStrategy(config=DEEPSPEED_CFG), devices=NUM_GPUS, accelerator="gpu", precision='bf16')

    print(trainer._strategy.config)

    trainer.run(m_cfg, train_dataset, None, tconf)
