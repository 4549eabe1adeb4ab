# pruning llama2 7b -> 3b or 1.3b

# Please specify the working folder
PROJ_DIR=/scratch/gpfs/mengzhou/space2/LLM-Shearing
LAUNCH_SCRIPT=${PROJ_DIR}/llmshearing/scripts/launch.sh
DATA_DIR=/scratch/gpfs/mengzhou/llm_data/version5-uint16/500b_dedup_4k/for_prune
OUTPUT_DIR=/scratch/gpfs/mengzhou/space2/out/test_release_pruning
TRAIN_SCRIPT=${PROJ_DIR}/llmshearing/train.py
MODEL_PATH=/projects/DANQIC/mengzhou/LLaMA2

# Specify $PROJ_DIR in scripts/launch.sh and scripts/srun_launch.sh if using slurm

test=False

from_model=7b # source model size
to_model=1.3b # target model size
config_file=${PROJ_DIR}/llmshearing/configs/llama2/${from_model}.yaml
path=$MODEL_PATH/mosaic-7B/state_dict.pt

# data setup
data_local=${DATA_DIR}

# basic setup
max_seq_len=4096
device_train_microbatch_size=4
global_train_batch_size=32
device_eval_batch_size=8

# learning setup
lr=1e-4 # learning rate for the main parameters
max_duration=3200ba # 0.42B tokens
save_interval=3200ba # save in the end
t_warmup=320ba # 10% learning rate warmup 

# ... (dynamic loading and pruning target set-up trimmed)

# save directroy
run_name=llama2_${from_model}_pruning_scaling_${update_type}_to${to_model}_sl${max_seq_len}
save_dir=${OUTPUT_DIR}/${run_name}
wandb_dir=${save_dir} # save locally

if [[ $test == True ]]; then t=00-01:00:00; else t=01-00:00:00; fi

# Run in bash, it will automatically use resources available in the current environment
# composer $TRAIN_SCRIPT \

# Run with slurm    
sbatch --job-name ${run_name} \
    --nodes=4 \
    --gpus-per-node=2 \
    --mem=512gb \
    --cpus-per-task=8 \
    --time $t \
    $LAUNCH_SCRIPT \
    $config_file \
    run_name=${run_name} \
    data_local=${data_local} \
    global_train_batch_size=${global_train_batch_size} \
    device_train_microbatch_size=${device_train_microbatch_size} \
    max_seq_len=${max_seq_len} \
    max_duration=${max_duration} \
    save_folder=${save_dir} \
    optimizer.lr=${lr} \
    model.path=${path} \
    autoresume=false
