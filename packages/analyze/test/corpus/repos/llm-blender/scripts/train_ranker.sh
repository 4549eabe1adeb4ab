#!/bin/bash
#SBATCH --time=24:00:00
#SBATCH --job-name=train_ranker
#SBATCH --output ../jobs/%j.out
#SBATCH --gres=gpu:6000:1
#SBATCH --qos=general

nvidia-smi
cd ../

# <== MODIFY THE FOLLOWING PARAMETERS ==>
dataset="mixinstruct"
backbone_type="roberta" # "deberta" or "roberta"
backbone_name="roberta-large" # "microsoft/deberta-v3-large" or "roberta-large"
n_gpu=1
ranker="Summaranker" # "PairRanker" or "Summaranker" or "SimCLS"
candidate_model="" # separted by comma. Empty string for all models
candidate_decoding_method="" # separted by comma. Empty string for all methods
n_candidates=-1 # number of candidates to generate
learning_rate=1e-5
num_train_epochs=5 
max_grad_norm=10e10 # set a large value to disable gradient clipping
fp16=True # whether to use fp16

max_train_data_size=-1 # -1 means no limit
max_eval_data_size=-1 # -1 means no limit
max_predict_data_size=-1 # -1 means no limit
do_inference=False # whether do inference instead of training, i.e. do test
checkpoint_trained_dataset="mix_128"
run_name_postfix="_bartscore" # add a postfix to the run_name
TORCHRUN_CMD="torchrun"

# set the dataset specific parameters below
if [[ $dataset =~ "mix" ]]; then
    echo "Using mixed general datasets"
    source_maxlength=128
    candidate_maxlength=128
    per_device_train_batch_size=4
    per_device_eval_batch_size=8
    gradient_accumulation_steps=16
    using_metrics="bartscore"
else
    echo "Unknown dataset: ${dataset}"
    echo "Please set the dataset specific parameters in the script"
    exit 1
fi

# <== Less likely to modify the following parameters ==>
localhost=$RANDOM
train_data_path="./data/${dataset}/train_data_prepared.json"
dev_data_path="./data/${dataset}/val_data_prepared.json"
test_data_path="./data/${dataset}/test_data_prepared.json"

if [[ $ranker = "Summaranker" ]]; then
    echo "Using Summaranker"
    ranker_type="summaranker"
    run_name="train_${dataset}_${ranker}"
    do_train="True"
    do_eval="True"
    do_test="True"
    load_checkpoint="" # no need to load checkpoint for training

    run_name="${run_name}${run_name_postfix}"

    ${TORCHRUN_CMD} \
        --rdzv_backend=c10d \
        --rdzv_endpoint="localhost:${localhost}" \
        --nnodes 1 \
        --nproc_per_node ${n_gpu} \
    train_ranker.py \
        --ranker_type ${ranker_type} \
        --model_type ${backbone_type} \
        --model_name ${backbone_name} \
        --run_name ${run_name} \
        --train_data_path ${train_data_path} \
        --eval_data_path ${dev_data_path} \
        --test_data_path ${test_data_path} \
        --using_metrics ${using_metrics} \
        --learning_rate ${learning_rate} \
        --per_device_train_batch_size ${per_device_train_batch_size} \
        --per_device_eval_batch_size ${per_device_eval_batch_size} \
        --gradient_accumulation_steps ${gradient_accumulation_steps} \
        --num_train_epochs ${num_train_epochs} \
        --do_train ${do_train} \
        --do_eval ${do_eval} \
        --do_predict ${do_test} \
        --fp16 ${fp16} \
        --loss_type "MoE_BCE" \
        --sub_sampling_mode "top_bottom" \
        --overwrite_output_dir True \

# ... (PairRanker and SimCLS branches trimmed)
else
    echo "Unknown ranker: ${ranker}"
fi
