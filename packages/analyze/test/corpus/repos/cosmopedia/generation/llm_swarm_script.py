import asyncio
import multiprocessing
import os
import time
from dataclasses import asdict, dataclass

from datasets import Dataset, load_dataset
from huggingface_hub import AsyncInferenceClient
from llm_swarm import LLMSwarm, LLMSwarmConfig
from tqdm.asyncio import tqdm_asyncio
from transformers import AutoTokenizer, HfArgumentParser

import wandb

HF_TOKEN = os.environ.get("HF_TOKEN", None)


@dataclass
class Args:
    # gneration parameters
    max_new_tokens: int = 2500
    """Max new tokens"""
    temperature: float = 0.6
    """Generation temperature"""
    # ... (other generation, dataset and logging parameters trimmed)
    prompts_dataset: str = "HuggingFaceTB/cosmopedia-100k"
    """Dataset containing the prompts"""
    push_to_hub: bool = True
    """Whether to push to hub"""


parser = HfArgumentParser((Args, LLMSwarmConfig))
args, isc = parser.parse_args_into_dataclasses()

tokenizer = AutoTokenizer.from_pretrained(isc.model)

num_proc = 1 if args.debug else multiprocessing.cpu_count()
ds = load_dataset(
    args.prompts_dataset, token=HF_TOKEN, split="train", num_proc=num_proc
)


with LLMSwarm(isc) as llm_swarm:
    semaphore = asyncio.Semaphore(llm_swarm.suggested_max_parallel_requests)
    client = AsyncInferenceClient(model=llm_swarm.endpoint)
    STOP_SEQ = ["<|endoftext|>"]

    async def process_text(sample):
        # ... (text_generation request with retries trimmed)
        ...

    async def main():
        # ... (chunked generation, checkpointing, wandb logging and push_to_hub trimmed)
        ...

    asyncio.run(main())
    wandb.finish()
