import abc
import functools
import random

import numpy as np
import pandas as pd
import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer

import routellm.routers.similarity_weighted.utils as sw_utils
from routellm.routers.causal_llm.llm_utils import (
    load_model_config,
    load_prompt_format,
    to_openai_api_messages,
)
from routellm.routers.causal_llm.model import CausalLLMClassifier
from routellm.routers.constants import MODEL_LIST


def no_parallel(cls):
    cls.NO_PARALLEL = True

    return cls


class Router(abc.ABC):
    NO_PARALLEL = False

    @abc.abstractmethod
    def calculate_threshold(self, prompt):
        pass

    def route(self, prompt, threshold):
        if self.calculate_threshold(prompt) >= threshold:
            return MODEL_LIST[1]
        else:
            return MODEL_LIST[0]

    def __str__(self):
        return NAME_TO_CLS[self.__class__]


@no_parallel
class CausalLLMRouter(Router):
    def __init__(
        self,
        config,
        model_list,
        score_threshold=2,
    ):
        self.model_list = model_list
        model_config = load_model_config(config["model_config_path"])
        prompt_format = load_prompt_format(model_config.model_id)
        self.router_model = CausalLLMClassifier(
            config=model_config,
            ckpt_local_path=config["model_checkpoint_path"],
            score_threshold=score_threshold,
            prompt_format=prompt_format,
            prompt_field="messages",
            additional_fields=[],
            use_last_turn=True,
        )
        ...

    def calculate_threshold(self, prompt):
        input = {}
        input["messages"] = self.to_openai_messages([prompt])
        output = self.router_model(input)
        return 1 - output["binary_prob"]


@no_parallel
class BERTRouter(Router):
    def __init__(
        self,
        config,
        model_list,
        num_labels=3,
    ):
        self.model_list = model_list
        self.model = AutoModelForSequenceClassification.from_pretrained(
            config["model_path"], num_labels=num_labels
        )
        self.tokenizer = AutoTokenizer.from_pretrained(config["model_path"])

    def calculate_threshold(self, prompt):
        inputs = self.tokenizer(
            prompt, return_tensors="pt", padding=True, truncation=True
        )
        with torch.no_grad():
            outputs = self.model(**inputs)
            logits = outputs.logits.numpy()[0]
        ...


class SWRankingRouter(Router):
    def __init__(self, config, model_list, num_tiers=10):
        ...
        self.embedding_model = "text-embedding-3-small"
        ...


@no_parallel
class MatrixFactorizationRouter(Router):
    def __init__(self, config, model_list):
        self.model_list = model_list
        self.model = sw_utils.MFModel(config["hidden_size"])
        self.model.load(config["checkpoint_path"])
        self.model = self.model.eval().to("cuda")
        assert model_list == ["mixtral-8x7b-instruct-v0.1", "gpt-4-1106-preview"]
        self.gpt4_id = 24
        self.mixtral_id = 36

    def calculate_threshold(self, prompt):
        winrate = self.model.pred_win_rate(self.gpt4_id, self.mixtral_id, prompt)
        return winrate


# Parallelism makes the randomness non deterministic
@no_parallel
class RandomRouter(Router):
    def __init__(self, model_list):
        self.model_list = model_list

    def calculate_threshold(
        self,
        prompt,
    ):
        del prompt
        return random.uniform(0, 1)


ROUTER_CLS = {
    "random": RandomRouter,
    "matrix_factorization": MatrixFactorizationRouter,
    "causal_llm": CausalLLMRouter,
    "bert": BERTRouter,
    "sw_ranking": SWRankingRouter,
}
NAME_TO_CLS = {v: k for k, v in ROUTER_CLS.items()}
