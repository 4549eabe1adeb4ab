#!/bin/bash
# Copyright 2019 The SEED Authors
# Licensed under the Apache License, Version 2.0 (the "License");
# [...]


set -e

DIR="$( cd "$( dirname "${BASH_SOURCE[0]}" )" >/dev/null 2>&1 && pwd )"
source $DIR/setup.sh

export ENVIRONMENT=atari
export CONFIG=atari
export AGENT=r2d2
export WORKERS=32
export ACTORS_PER_WORKER=20

cat > /tmp/config.yaml <<EOF
trainingInput:
  scaleTier: CUSTOM
  # n1-highmem-32 provides 208GBs of RAM, n1-highmem-16 provides 104GBS.
  # Training on ATARI requires a bit more than 104GBs due to the large replay
  # buffer, so we need n1-highmem-32, which requires 2 GPUs (see
  # https://cloud.google.com/ml-engine/docs/using-gpus).
  masterType: n1-highmem-32
  masterConfig:
    imageUri: ${IMAGE_URI}:${CONFIG}
    acceleratorConfig:
      count: 2
      type: NVIDIA_TESLA_P100
  workerCount: ${WORKERS}
  workerType: n1-standard-4
  workerConfig:
    imageUri: ${IMAGE_URI}:${CONFIG}
  parameterServerCount: 0
  hyperparameters:
    goal: MAXIMIZE
    hyperparameterMetricTag: eval/episode_return
    maxTrials: 1
    maxParallelTrials: 1
    enableTrialEarlyStopping: True
    params:
    - parameterName: game
      type: CATEGORICAL
      categoricalValues:
      - Pong
    - parameterName: inference_batch_size
      type: INTEGER
      minValue: 32
      maxValue: 32
      scaleType: UNIT_LOG_SCALE
    - parameterName: batch_size
      type: INTEGER
      minValue: 64
      maxValue: 64
      scaleType: UNIT_LOG_SCALE
    # ... (replay buffer, frames, replay ratio, unroll length, learning rate, eval actors, burn-in, clip norm)
EOF

start_training
