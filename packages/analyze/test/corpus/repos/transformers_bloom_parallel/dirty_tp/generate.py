import contextlib
import redis
import datetime
import os
import pickle
from pathlib import Path

import torch
import torch.backends
import torch.distributed
import torch.distributed.distributed_c10d
from transformers import (
    AutoTokenizer,
    AutoModelForCausalLM,
    AutoConfig,
)
from transformers.modeling_utils import no_init_weights

from shard_model import shard_model, match_suffix
from utils import unroll_parameters, TensorParallelShardedLogitsProcessor

BATCH_SIZE = 32
TORCH_DTYPES = {
    "float": torch.float,
    "float32": torch.float32,
    "float16": torch.float16,
    "bfloat16": torch.bfloat16,
}

def initialize_torch_distributed():
    rank = int(os.getenv("RANK", "0"))
    world_size = int(os.getenv("WORLD_SIZE", "1"))

    if torch.cuda.is_available():
        # initialized `torch.distributed`
        # Set the device id.
        assert world_size <= torch.cuda.device_count(), "Each process is one gpu"
        device = rank % torch.cuda.device_count()
        torch.cuda.set_device(device)
        backend = "nccl"
    else:
        backend = "gloo"

    # Call the init process.
    init_method = "tcp://"
    master_ip = os.getenv("MASTER_ADDR", "localhost")
    master_port = os.getenv("MASTER_PORT", "6000")
    init_method += master_ip + ":" + master_port
    torch.distributed.init_process_group(
        backend=backend, world_size=world_size, rank=rank, init_method=init_method
    )

    return torch.distributed.distributed_c10d._get_default_group()


def main(args):
    shard_directory = os.getenv("MODELS_CACHE", "/data/models/")
    model_name = args.name
    dtype = args.dtype

    process_group = initialize_torch_distributed()
    tp_rank = process_group.rank()
    tp_world_size = process_group.size()

    tokenizer = AutoTokenizer.from_pretrained(model_name, padding_side="left")

    # shard state_dict
    # ...

    config = AutoConfig.from_pretrained(
        model_name, slow_but_exact=False, tp_parallel=True
    )
    config.pad_token_id = 3

    device = "cuda"

    # The flag below controls whether to allow TF32 on matmul. This flag defaults to False
    # in PyTorch 1.12 and later.
    torch.backends.cuda.matmul.allow_tf32 = True

    # The flag below controls whether to allow TF32 on cuDNN. This flag defaults to True.
    torch.backends.cudnn.allow_tf32 = True

    with set_default_dtype(dtype):
        with no_init_weights():
            model = AutoModelForCausalLM.from_config(config).to(dtype)

    state_dict = torch.load(shard_state_dict_path)
    # ... weight transposition trimmed
    model.load_state_dict(state_dict)
    model.to(device)
    torch.distributed.barrier(group=process_group)
    model = model.eval()

    if tp_rank == 0:
        r = redis.Redis(host="localhost", port=6379, db=0)

        p = r.pubsub()
        p.subscribe(["query"])

    # ... serving loop: batches prompts from redis, broadcasts them, generates token by token
    #     with tensor-parallel sharded logits, publishes outputs (trimmed)


if __name__ == "__main__":
    torch.manual_seed(0)
    from argparse import ArgumentParser

    parser = ArgumentParser()

    parser.add_argument("--name", required=True, type=str, help="model_name")
    parser.add_argument(
        "--max-input-tokens",
        required=True,
        type=int,
        help="Maximum prompt length (in tokens)",
    )
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--dtype", type=lambda value: TORCH_DTYPES[value], required=True)
    args = parser.parse_args()
    main(args)
