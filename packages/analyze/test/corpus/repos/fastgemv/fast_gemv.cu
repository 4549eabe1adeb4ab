#include <cuda.h>
#include <cuda_fp16.h>
#include <cuda_runtime.h>
#include <curand_kernel.h>
#include <driver_functions.h>
#include <stdio.h>

#include "fast_gemv.cuh"

#define WARP_SIZE 32

struct __align__(8) half4 { half x, y, z, w; };

// one block per 4 rows (gridDim.x = 1, gridDim.y = 128)
// thread_per_block = WARP_SIZE
__global__ void gemv_fp16_512(half* mat, half* vec, half* res, unsigned int n,
                              unsigned int thread_per_block,
                              unsigned int num_per_thread) {
  half sum = 0;
  // each thread load num_per_thread elements from global
  unsigned int tid = threadIdx.x;
  unsigned int row = blockIdx.y * blockDim.y + threadIdx.y;
  unsigned int start_idx = threadIdx.x;
  half4* mat4 = reinterpret_cast<half4*>(mat);
  half4* vec4 = reinterpret_cast<half4*>(vec);

#pragma unroll
  for (int iter = 0; iter < num_per_thread / 4; iter++) {
    unsigned int j = start_idx + iter * thread_per_block;
    if (j < n / 4) {
      half4 vec_val = vec4[j];
      half4 mat_val = mat4[row * (n / 4) + j];
      sum += vec_val.x * mat_val.x;
      sum += vec_val.y * mat_val.y;
      sum += vec_val.z * mat_val.z;
      sum += vec_val.w * mat_val.w;
    }
  }

  sum = warpReduceSum(sum, thread_per_block);

  if (tid == 0) {
    res[row] = sum;
  }
}

// 32 blocks per row
// thread_per_block * num_per_thread = num_per_block = n / blockDim.x
__global__ void gemv_fp16(half* mat, half* vec, half* mid_res, unsigned int n,
                          unsigned int thread_per_block,
                          unsigned int num_per_thread) {
  // ... (trimmed)
}

// block_num <= WARP_SIZE
__global__ void gemv_reduce_fp16(half* mid_res, half* res,
                                 unsigned int block_num) {
  // ... (trimmed)
}

///////////////////////////// UTILITIES //////////////////////////////

__device__ __forceinline__ half warpReduceSum(half sum,
                                              unsigned int blockSize) {
  if (blockSize >= 32)
    sum += __shfl_down_sync(0xffffffff, sum, 16);  // 0-16, 1-17, 2-18, etc.
  if (blockSize >= 16)
    sum += __shfl_down_sync(0xffffffff, sum, 8);  // 0-8, 1-9, 2-10, etc.
  if (blockSize >= 8)
    sum += __shfl_down_sync(0xffffffff, sum, 4);  // 0-4, 1-5, 2-6, etc.
  if (blockSize >= 4)
    sum += __shfl_down_sync(0xffffffff, sum, 2);  // 0-2, 1-3, 4-6, 5-7, etc.
  if (blockSize >= 2)
    sum += __shfl_down_sync(0xffffffff, sum, 1);  // 0-1, 2-3, 4-5, etc.
  return sum;
}

__global__ void generate_random_numbers(half* numbers, int Np) {
  int i = threadIdx.x + blockIdx.x * blockDim.x;
  if (i < Np) {
    curandState state;
    curand_init(clock64(), i, 0, &state);
    numbers[i] = __float2half(curand_uniform(&state));
  }
}

// ... (generate_numbers, check_correctness, gemv_naive trimmed)
