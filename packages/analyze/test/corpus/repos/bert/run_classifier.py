# coding=utf-8
# Copyright 2018 The Google AI Language Team Authors.
"""BERT finetuning runner."""

from __future__ import absolute_import
from __future__ import division
from __future__ import print_function

import collections
import csv
import os
import modeling
import optimization
import tokenization
import tensorflow as tf

flags = tf.flags

FLAGS = flags.FLAGS

flags.DEFINE_bool("use_tpu", False, "Whether to use TPU or GPU/CPU.")
