#include <stdio.h>
// On pytorch 1.10 and CUDA 10.2, I get compilation errors on torch/csrc/api/include/torch/nn/cloneable.h
// So we'll only include torch/python.h instead of torch/extension.h
// Similar to https://github.com/getkeops/keops/blob/3efd428b55c724b12f23982c06de00bc4d02d903/pykeops/torch_headers.h.in#L8
// #include <torch/extension.h>
#include <torch/python.h>
#include <ATen/cuda/CUDAContext.h>  // For getCurrentCUDAStream
#include <THC/THCAtomics.cuh>  // For atomicAdd on complex
#include <ATen/native/cuda/block_reduce.cuh>
#include <c10/util/complex.h>  // For scalar_value_type
#include "map.h"  // For the MAP macro, i.e. for_each over the arguments


#ifndef ITEMS_PER_THREAD_SYM_FWD_VALUES
  #define ITEMS_PER_THREAD_SYM_FWD_VALUES {2, 4, 8, 16, 32, 32, 32, 64, 64, 64}
#endif
#ifndef MAX_BLOCK_SIZE_VALUE
  #define MAX_BLOCK_SIZE_VALUE 256
#endif
#ifndef ITEMS_PER_THREAD_SYM_BWD_VALUE
  #define ITEMS_PER_THREAD_SYM_BWD_VALUE 32
#endif

static constexpr int ITEMS_PER_THREAD_FWD = 64;
static constexpr int ITEMS_PER_THREAD_BWD = 32;
static constexpr int ITEMS_PER_THREAD_SYM_FWD[] = ITEMS_PER_THREAD_SYM_FWD_VALUES;
static constexpr int MAX_BLOCK_SIZE = MAX_BLOCK_SIZE_VALUE;
static constexpr int ITEMS_PER_THREAD_SYM_BWD = ITEMS_PER_THREAD_SYM_BWD_VALUE;

template <typename T, size_t N>
using CudaAcsr = at::GenericPackedTensorAccessor<T, N, at::RestrictPtrTraits, int32_t>;
constexpr __host__ __device__ int div_up_const(int a, int b) { return (a + b - 1) / b; }

__host__ __device__ static inline int div_up(int a, int b) { return (a + b - 1) / b;}

template <typename scalar_t, int log_N>
__global__ void cauchy_mult_fwd_cuda_kernel(CudaAcsr<scalar_t, 2> v,
                                            CudaAcsr<scalar_t, 1> z,
                                            CudaAcsr<scalar_t, 2> w,
                                            CudaAcsr<scalar_t, 2> out,
                                            int L) {
  constexpr int N = 1 << log_N;
  constexpr int blockDimx = div_up_const(N, ITEMS_PER_THREAD_FWD);
  constexpr int blockDimy = MAX_BLOCK_SIZE / blockDimx;
  __shared__ char s_v_char[N * sizeof(scalar_t)];
  scalar_t *s_v = (scalar_t *)&s_v_char;
  __shared__ char s_w_char[N * sizeof(scalar_t)];
  scalar_t *s_w = (scalar_t *)&s_w_char;
  __shared__ char s_z_char[blockDimy * sizeof(scalar_t)];
  scalar_t *s_z = (scalar_t *)&s_z_char;
  __shared__ char s_out_char[blockDimy * sizeof(scalar_t)];
  scalar_t *s_out = (scalar_t *)&s_out_char;
  int batch_idx = blockIdx.x;
  int tid = threadIdx.x + threadIdx.y * blockDim.x;
  int L_idx = blockIdx.y * blockDim.y + threadIdx.y;
  int L_block_start = blockIdx.y * blockDim.y;
  for (int N_idx = threadIdx.x + threadIdx.y * blockDim.x; N_idx < N; N_idx += blockDim.x * blockDim.y) {
    s_v[N_idx] = v[batch_idx][N_idx];
    s_w[N_idx] = w[batch_idx][N_idx];
  }
  if (tid < blockDim.y && L_block_start + tid < L) {
    s_z[tid] = z[L_block_start + tid];
  }
  __syncthreads();
  scalar_t result = 0;
  if (L_idx < L) {
    scalar_t t_z = s_z[threadIdx.y];
    #pragma unroll
    for (int item = 0; item < ITEMS_PER_THREAD_FWD; ++item) {
      int N_idx = item * blockDimx + threadIdx.x;
      scalar_t diff_inv = scalar_t(1.0) / (t_z - s_w[N_idx]);
      result += s_v[N_idx] * diff_inv;
    }
    #pragma unroll
    for (int offset = blockDimx / 2; offset > 0; offset /= 2) {
      result += WARP_SHFL_DOWN(result, offset);
    }
    if (threadIdx.x == 0) {
      s_out[threadIdx.y] = result;
    }
  }
  __syncthreads();
  if (tid < blockDim.y && L_block_start + tid < L) {
    out[batch_idx][L_block_start + tid] = s_out[tid];
  }
}

torch::Tensor cauchy_mult_fwd_cuda(torch::Tensor v,
                                   torch::Tensor z,
                                   torch::Tensor w) {
  const int batch_size = v.size(0);
  const int N = v.size(1);
  const int L = z.size(0);
  auto out = torch::empty({batch_size, L}, torch::dtype(v.dtype()).device(v.device()));
  auto stream = at::cuda::getCurrentCUDAStream();
  using scalar_t = c10::complex<float>;
  const auto v_a = v.packed_accessor32<scalar_t, 2, at::RestrictPtrTraits>();
  const auto z_a = z.packed_accessor32<scalar_t, 1, at::RestrictPtrTraits>();
  const auto w_a = w.packed_accessor32<scalar_t, 2, at::RestrictPtrTraits>();
  auto out_a = out.packed_accessor32<scalar_t, 2, at::RestrictPtrTraits>();
  int block_x = div_up(N, ITEMS_PER_THREAD_FWD);
  dim3 block(block_x, MAX_BLOCK_SIZE / block_x);
  dim3 grid(batch_size, div_up(L, block.y));
  switch (N) {
  case 64:
    cauchy_mult_fwd_cuda_kernel<scalar_t, 6>
      <<<grid, block, 0, stream>>>(v_a, z_a, w_a, out_a, L);
  }
  return out;
}

// ... cauchy_mult_bwd_cuda_kernel, cauchy_mult_sym_fwd_cuda_kernel, cauchy_mult_sym_bwd_cuda_kernel and launchers
