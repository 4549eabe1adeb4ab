/*  Copyright (c) Chris Choy (chrischoy@ai.stanford.edu).
 *
 *  (MIT license text trimmed)
 *
 *  Please cite "4D Spatio-Temporal ConvNets: Minkowski Convolutional Neural
 *  Networks", CVPR'19 (https://arxiv.org/abs/1904.08755) if you use any part
 *  of the code.
 */
#include <cstdio>
#include <iomanip>
#include <iostream>

#include "gpu.cuh"

namespace minkowski {

template <typename Dtype> void print(const thrust::device_vector<Dtype> &v) {
  for (size_t i = 0; i < v.size(); i++)
    std::cout << " " << std::fixed << std::setprecision(3) << v[i];
  std::cout << "\n";
}

template void print(const thrust::device_vector<float> &v);
template void print(const thrust::device_vector<int32_t> &v);

const char* cublasGetErrorString(cublasStatus_t error) {
  switch (error) {
  case CUBLAS_STATUS_SUCCESS:
    return "CUBLAS_STATUS_SUCCESS";
  case CUBLAS_STATUS_NOT_INITIALIZED:
    return "CUBLAS_STATUS_NOT_INITIALIZED";
  // ... remaining cuBLAS status strings trimmed ...
#if CUDA_VERSION >= 6050
  case CUBLAS_STATUS_LICENSE_ERROR:
    return "CUBLAS_STATUS_LICENSE_ERROR";
#endif
  }
  return "Unknown cublas status";
}

// ... cusparseGetErrorString trimmed ...

} //end namespace minkowski
