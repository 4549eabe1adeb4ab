/*
 * Copyright (c) 2023 NVIDIA CORPORATION & AFFILIATES. All rights reserved.
 *
 * NVIDIA CORPORATION, its affiliates and licensors retain all intellectual
 * property and proprietary rights in and to this material, related
 * documentation and any modifications thereto. Any use, reproduction,
 * disclosure or distribution of this material and related documentation
 * without an express license agreement from NVIDIA CORPORATION or
 * its affiliates is strictly prohibited.
 */

#include <cuda.h>
#include <torch/extension.h>
#include <vector>

#include <c10/cuda/CUDAStream.h>
#include <cuda_fp16.h>

// #include "helper_cuda.h"
#include "helper_math.h"

#include <assert.h>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <math.h>

#define M_MAX 512
#define HALF_MAX 65504.0
#define M 15
#define VDIM 175 // 25 * 7,

#define FULL_MASK 0xffffffff

namespace Curobo {

namespace Optimization {

template <typename psum_t>
__forceinline__ __device__ psum_t warpReduce(psum_t v, int elems,
                                             unsigned mask) {
  psum_t val = v;
  int shift = 1;
  for (int i = elems; i > 1; i /= 2) {
    val += __shfl_down_sync(mask, val, shift);
    shift *= 2;
  }
  return val;
}

template <typename scalar_t, typename psum_t>
__forceinline__ __device__ void reduce(scalar_t v, int m, psum_t *data,
                                       scalar_t *result) {
  psum_t val = v;
  unsigned mask = __ballot_sync(FULL_MASK, threadIdx.x < m);
  val += __shfl_down_sync(mask, val, 1);
  val += __shfl_down_sync(mask, val, 2);
  val += __shfl_down_sync(mask, val, 4);
  val += __shfl_down_sync(mask, val, 8);
  val += __shfl_down_sync(mask, val, 16);
  // ...
  __syncthreads();
}

template <typename scalar_t, typename psum_t>
__inline__ __device__ void dot(const scalar_t *mat1, const scalar_t *mat2,
                               const int m, psum_t *data, scalar_t *result) {

  scalar_t val = mat1[threadIdx.x] * mat2[threadIdx.x];
  reduce(val, m, data, result);
}

template <typename scalar_t> __inline__ __device__ scalar_t relu(scalar_t var) {
  if (var < 0)
    return 0;
  else
    return var;
}

//////////////////////////////////////////////////////////
// one block per batch
// v_dim threads per block
//////////////////////////////////////////////////////////
template <typename scalar_t, typename psum_t>
__global__ void lbfgs_step_kernel(scalar_t *step_vec,       // b x 175
                                  scalar_t *rho_buffer,     // m x b x 1
                                  const scalar_t *y_buffer, // m x b x 175
                                  const scalar_t *s_buffer, // m x b x 175
                                  const scalar_t *grad_q,   // b x 175
                                  const float epsilon, const int batchsize,
                                  const int m, const int v_dim) {
  __shared__ psum_t
      data[32]; // temporary buffer needed for block-wide reduction
  __shared__ scalar_t
      result; // result of the reduction or vector-vector dot product
  __shared__ scalar_t gq[175]; /// gq  = batch * v_dim
  assert(v_dim < 176);
  int batch = blockIdx.x; // one block per batch
  if (threadIdx.x >= v_dim)
    return;

  gq[threadIdx.x] = grad_q[batch * v_dim + threadIdx.x]; // copy grad_q to gq

  scalar_t alpha_buffer[16];

  for (int i = m - 1; i > -1; i--) {
    dot(&gq[0], &s_buffer[i * batchsize * v_dim + batch * v_dim], v_dim,
        &data[0], &result);
    alpha_buffer[i] = result * rho_buffer[i * batchsize + batch];
    gq[threadIdx.x] =
        gq[threadIdx.x] -
        alpha_buffer[i] *
            y_buffer[i * batchsize * v_dim + batch * v_dim + threadIdx.x];
  }

  // ...

  step_vec[batch * v_dim + threadIdx.x] =
      -1 * gq[threadIdx.x]; // copy from shared memory to global memory
}

// ... lbfgs_update_buffer_kernel, reduce_kernel, lbfgs_update_buffer_and_step_v1,
//     host-side launchers

} // namespace Optimization
} // namespace Curobo
