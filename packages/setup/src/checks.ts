// What the checks run on the node: constant programs of envboot's own (never text from the repository), each
// printing one line that says what it saw and exiting non-zero with the reason when the check fails.

/** torch sees the GPUs, and is a CUDA build the driver can run. */
export const TORCH_CHECK = `import sys
try:
    import torch
except ImportError as e:
    sys.exit(f"torch is not installed in the environment: {e}")
if torch.version.cuda is None:
    sys.exit(f"torch {torch.__version__} is a CPU-only build: install a CUDA build to use the GPU")
if not torch.cuda.is_available():
    sys.exit(f"torch {torch.__version__} (CUDA {torch.version.cuda}) sees no GPU: the driver is missing or older than CUDA {torch.version.cuda} needs")
print(f"torch {torch.__version__} sees {torch.cuda.device_count()} GPU(s): {torch.cuda.get_device_name(0)}")
`;

/** TensorFlow lists the GPUs. */
export const TENSORFLOW_CHECK = `import sys
try:
    import tensorflow as tf
except ImportError as e:
    sys.exit(f"tensorflow is not installed in the environment: {e}")
gpus = tf.config.list_physical_devices("GPU")
if not gpus:
    built = "a CUDA build" if tf.test.is_built_with_cuda() else "a CPU-only build"
    sys.exit(f"tensorflow {tf.__version__} ({built}) sees no GPU")
print(f"tensorflow {tf.__version__} sees {len(gpus)} GPU(s)")
`;

/** JAX's default backend is the GPU. */
export const JAX_CHECK = `import sys
try:
    import jax
except ImportError as e:
    sys.exit(f"jax is not installed in the environment: {e}")
backend = jax.default_backend()
if backend != "gpu":
    sys.exit(f"jax {jax.__version__} runs on {backend}: install jax[cuda12] to use the GPU")
print(f"jax {jax.__version__} sees {len(jax.devices())} GPU(s)")
`;

/** The framework checks by framework name. */
export const FRAMEWORK_CHECKS: Record<string, string> = {
  torch: TORCH_CHECK,
  tensorflow: TENSORFLOW_CHECK,
  jax: JAX_CHECK,
};
