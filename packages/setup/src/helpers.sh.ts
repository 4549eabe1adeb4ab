// The shell functions every set-up script starts with. They are envboot's own text: the only values they see from
// the repository arrive as quoted arguments.
export const HELPERS = `
envboot_status() {
  printf '{"step":"%s","state":"%s","at":%s,"exit":%s,"log":"%s"}\\n' \\
    "$1" "$2" "$(date +%s)" "\${3:-null}" "$STATE_DIR/logs/$1.log" >> "$STATE_DIR/status.jsonl"
}

# envboot_step ID FUNCTION: runs a step once; its output goes to its log, its state to the status file.
envboot_step() {
  local id=$1 rc
  shift
  if [ -e "$STATE_DIR/done/$id" ]; then
    envboot_status "$id" skipped
    return 0
  fi
  envboot_status "$id" running
  ( set -e; "$@" ) > "$STATE_DIR/logs/$id.log" 2>&1 < /dev/null
  rc=$?
  if [ "$rc" -eq 0 ]; then
    touch "$STATE_DIR/done/$id"
    envboot_status "$id" done 0
    return 0
  fi
  envboot_status "$id" failed "$rc"
  echo "envboot: step $id failed (exit $rc); the end of $STATE_DIR/logs/$id.log:" >&2
  tail -n 20 "$STATE_DIR/logs/$id.log" >&2
  exit "$rc"
}

envboot_need() {
  command -v "$1" > /dev/null 2>&1 && return 0
  echo "envboot: $1 is not installed on the node: use an image that has it, or install it first" >&2
  return 1
}

envboot_checkout() {
  export GIT_TERMINAL_PROMPT=0
  envboot_need git
  if [ ! -d "$REPO_DIR/.git" ]; then
    rm -rf "$REPO_DIR.partial"
    if ! git clone --filter=blob:none "$1" "$REPO_DIR.partial"; then
      echo "envboot: cannot clone $1 from the node. A private repository needs access from the node (a deploy key, or a URL the node can read): envboot never copies your credentials there" >&2
      return 1
    fi
    mv "$REPO_DIR.partial" "$REPO_DIR"
  fi
  if [ -n "$2" ]; then
    git -C "$REPO_DIR" cat-file -e "$2^{commit}" 2> /dev/null || git -C "$REPO_DIR" fetch origin "$2"
    git -C "$REPO_DIR" checkout --detach "$2"
  fi
  git -C "$REPO_DIR" log -1 --format='checked out %H (%s)'
}

envboot_pyver() { "$1" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2> /dev/null; }
# envboot_ver_ge A B: A >= B, as versions.
envboot_ver_ge() { [ "$(printf '%s\\n%s\\n' "$2" "$1" | sort -V | head -n 1)" = "$2" ]; }

# envboot_venv MIN BELOW: a virtual environment on the first Python of the node that is >= MIN and < BELOW.
envboot_venv() {
  local py v
  if [ -x "$ENV_DIR/bin/python" ]; then
    echo "using $ENV_DIR ($("$ENV_DIR/bin/python" --version))"
    return 0
  fi
  for py in python3 python3.13 python3.12 python3.11 python3.10 python3.9 python3.8 python; do
    command -v "$py" > /dev/null 2>&1 || continue
    v=$(envboot_pyver "$py") || continue
    envboot_ver_ge "$v" "$1" || continue
    if [ -n "$2" ] && envboot_ver_ge "$v" "$2"; then continue; fi
    echo "Python $v ($(command -v "$py"))"
    if "$py" -m venv "$ENV_DIR"; then return 0; fi
    echo "envboot: $py -m venv failed: on Ubuntu, sudo apt-get install python$v-venv" >&2
    return 1
  done
  if command -v uv > /dev/null 2>&1; then
    uv venv --seed --python "$1" "$ENV_DIR" && return 0
  fi
  echo "envboot: no Python >= $1\${2:+ and below $2} on the node, and no uv to fetch one" >&2
  return 1
}

envboot_conda_bin() {
  local c
  for c in mamba conda "$HOME/miniforge3/bin/mamba" "$HOME/miniforge3/bin/conda"; do
    if command -v "$c" > /dev/null 2>&1; then
      command -v "$c"
      return 0
    fi
  done
  return 1
}

envboot_conda() {
  if envboot_conda_bin; then return 0; fi
  envboot_need curl
  curl -fsSL -o "$STATE_DIR/miniforge.sh" \\
    "https://github.com/conda-forge/miniforge/releases/latest/download/Miniforge3-Linux-$(uname -m).sh"
  bash "$STATE_DIR/miniforge.sh" -b -p "$HOME/miniforge3"
  rm -f "$STATE_DIR/miniforge.sh"
}

envboot_conda_env() {
  local c
  c=$(envboot_conda_bin) || { echo "envboot: no conda or mamba on the node" >&2; return 1; }
  if [ -d "$ENV_DIR/conda-meta" ]; then
    "$c" env update -p "$ENV_DIR" -f "$1"
  else
    "$c" env create -p "$ENV_DIR" -f "$1"
  fi
}

envboot_npm_install() {
  envboot_need npm
  if [ -f package-lock.json ] || [ -f npm-shrinkwrap.json ]; then
    npm ci
  elif [ -f yarn.lock ]; then
    envboot_need corepack && corepack yarn install --frozen-lockfile
  elif [ -f pnpm-lock.yaml ]; then
    envboot_need corepack && corepack pnpm install --frozen-lockfile
  else
    npm install
  fi
}

envboot_cargo_build() {
  envboot_need cargo
  if [ -f Cargo.lock ]; then cargo build --release --locked; else cargo build --release; fi
}

envboot_r_deps() {
  envboot_need Rscript
  Rscript -e 'if (!requireNamespace("remotes", quietly = TRUE)) install.packages("remotes", repos = "https://cloud.r-project.org"); remotes::install_deps(dependencies = TRUE)'
}

# envboot_check_gpus N: at least N GPUs visible to the NVIDIA driver.
envboot_check_gpus() {
  local n
  if ! command -v nvidia-smi > /dev/null 2>&1; then
    echo "envboot: nvidia-smi is not on the node: no NVIDIA driver (a node without a GPU, or an image without CUDA)" >&2
    return 1
  fi
  nvidia-smi -L
  n=$(nvidia-smi -L | grep -c '^GPU ' || true)
  if [ "$n" -lt "$1" ]; then
    echo "envboot: $n GPU(s) visible, the plan expected $1" >&2
    return 1
  fi
}

# envboot_in_env COMMAND…: runs a command with the environment active.
envboot_in_env() {
  if [ -d "$ENV_DIR/bin" ]; then
    export PATH="$ENV_DIR/bin:$PATH" VIRTUAL_ENV="$ENV_DIR"
  fi
  "$@"
}
`;
