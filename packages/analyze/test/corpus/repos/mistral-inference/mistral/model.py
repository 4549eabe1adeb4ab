import torch
from torch import nn
from dataclasses import dataclass
from pathlib import Path
import json
from typing import List

from mistral.rope import precompute_freqs_cis, apply_rotary_emb
from mistral.cache import CacheView, RotatingBufferCache

from xformers.ops.fmha import (
    memory_efficient_attention,
)


class Transformer(nn.Module):
    """
    A Transformer model.

    Args:
        args (ModelArgs): Model configuration arguments.
    """
    def __init__(self, args: ModelArgs):
        super().__init__()
        self.args = args
        self.vocab_size = args.vocab_size
        self.n_layers = args.n_layers
        assert self.vocab_size > 0

        self.tok_embeddings = nn.Embedding(args.vocab_size, args.dim)

        self.layers = torch.nn.ModuleList(
            [TransformerBlock(args=args) for _ in range(args.n_layers)]
        )

        self.norm = RMSNorm(args.dim, eps=args.norm_eps)

        self.output = nn.Linear(
            args.dim,
            args.vocab_size,
            bias=False
        )

        self.freqs_cis = precompute_freqs_cis(self.args.head_dim, 128_000).to("cuda")

    @staticmethod
    def from_folder(folder: Path, max_batch_size: int = 1, device="cuda", dtype=torch.float16) -> "Transformer":
        """
        Load a Transformer model from a folder.

        Args:
            folder (Path): Path to the folder containing the model files.
            max_batch_size (int, optional): Maximum batch size for the model. Defaults to 1.
            device (str, optional): Device on which to load the model (e.g., 'cuda' or 'cpu'). Defaults to 'cuda'.
            dtype (torch.dtype, optional): Data type for the model (e.g., torch.float16 or torch.float32). Defaults to torch.float16.

        Returns:
            Transformer: Loaded Transformer model.
        """
        with open(folder / 'params.json', 'r') as f:
            model_args = ModelArgs(**json.loads(f.read()))
        model_args.max_batch_size = max_batch_size
        model = Transformer(model_args).to(device=device, dtype=dtype)
        loaded = torch.load(folder / 'consolidated.00.pth')
        model.load_state_dict(loaded)
        return model
