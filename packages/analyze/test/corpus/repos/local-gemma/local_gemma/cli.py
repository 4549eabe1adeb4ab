# Copyright 2024 The HuggingFace Team. All rights reserved.
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.
import os
os.environ["TOKENIZERS_PARALLELISM"] = "false"
os.environ["TORCHINDUCTOR_FX_GRAPH_CACHE"] = "1"

import argparse
import sys

import torch
from transformers import AutoTokenizer, TextStreamer, set_seed
from transformers.cache_utils import HybridCache
from transformers.utils import logging

from huggingface_hub import get_token, login
from local_gemma import LocalGemma2ForCausalLM
from .utils.benchmark import benchmark
from .utils.config import infer_device, infer_dtype, get_prompt, get_generation_kwargs, infer_memory_requirements

torch.set_float32_matmul_precision("high")


MODEL_NAMES = {
    "9b": "google/gemma-2-9b-it",
    "27b": "google/gemma-2-27b-it",
}

parser = argparse.ArgumentParser(description="Local Gemma")

# Prompt argument
parser.add_argument(
    "prompt",
    type=str,
    nargs="*",
    help=(
        "Prompt to the model. For an interactive session, leave this field empty."
    ),
)
# Other control arguments
parser.add_argument(
    "--model",
    type=str,
    default="9b",
    help=(
        "Size of Gemma 2 instruct model to be used in the application ('9b' or '27'b) or, alternatively, a Hugging "
        "Face repo. Defaults to '9b'."
    ),
)
parser.add_argument(
    "--preset",
    type=str,
    choices=["auto", "exact", "speed", "memory", "memory_extreme"],
    default="auto",
    help=(
        "Sets the optimization strategy for the local model deployment. Defaults to 'auto', which selects the best "
        "strategy for your device. 'exact' maximises accuracy, 'speed' maximises generation speed, 'memory' reduces "
        "memory requirements through quantization, and 'memory_extreme' minimises memory requirements."
    ),
)
parser.add_argument(
    "--device",
    type=str,
    help="Forces a specific device to be used. By default uses cuda > mps > cpu, depending on availability.",
)
parser.add_argument(
    "--dtype",
    type=str,
    help="The dtype in which computations are performed. Defaults to the dtype set by --preset",
)
# ... (other arguments trimmed)


def main():
    args = parser.parse_args()

    device = infer_device(args.device)
    dtype = infer_dtype(device, args.dtype)
    generation_kwargs = get_generation_kwargs(args.mode)
    base_prompt = get_prompt(args.mode)
    has_starting_prompt = len(args.prompt) > 0
    model_name = MODEL_NAMES.get(args.model) or args.model
    # ... (token login trimmed)

    if args.preset == "auto":
        args.preset = infer_memory_requirements(model_name, device, trust_remote_code=False, token=args.token)

    tokenizer = AutoTokenizer.from_pretrained(model_name, token=args.token)
    is_instruction_tuned = tokenizer.chat_template is not None

    if args.preset == "speed" and device == "cuda" and (has_starting_prompt or not is_instruction_tuned):
        # for single-turn responses, disable torch compile and enable fa2
        # this way, we skip the lengthy compilation step and return the generation to the user as quickly as possible
        torch_compile = False
        attn_implementation = "flash_attention_2"
    else:
        # leave to the preset to decide these settings
        torch_compile = attn_implementation = None

    model = LocalGemma2ForCausalLM.from_pretrained(
        model_name,
        preset=args.preset,
        torch_compile=torch_compile,
        token=args.token,
        torch_dtype=dtype,
        device=device,
        attn_implementation=attn_implementation,
    )
    # ... (benchmark, cache setup and chat loop trimmed)

if __name__ == '__main__':
    main()
