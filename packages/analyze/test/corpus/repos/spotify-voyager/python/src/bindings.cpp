// Copyright 2022-2023 Spotify AB
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//     http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

#include <assert.h>
#include <atomic>
#include <bitset>
#include <iostream>
#include <nanobind/nanobind.h>
#include <nanobind/ndarray.h>
#include <nanobind/stl/bind_vector.h>
#include <nanobind/stl/optional.h>
#include <nanobind/stl/shared_ptr.h>
#include <nanobind/stl/string.h>
#include <nanobind/stl/tuple.h>
#include <nanobind/stl/unique_ptr.h>
#include <nanobind/stl/variant.h>
#include <nanobind/stl/vector.h>
#include <ratio>
#include <stdlib.h>
#include <thread>

#include "../../cpp/src/TypedIndex.h"
#include "PythonInputStream.h"
#include "PythonOutputStream.h"

namespace nb = nanobind;
using namespace nanobind::literals; // needed to bring in _a literal

/**
 * Convert a PyArray (i.e.: numpy.ndarray) to a C++ NDArray.
 * This function copies the data from the PyArray into a new NDArray.
 */
template <typename T, int Dims>
NDArray<T, Dims> pyArrayToNDArray(nb::ndarray<T> &input) {
  if (input.ndim() != Dims) {
    throw std::domain_error("Input array was expected to have rank " +
                            std::to_string(Dims) + ", but had rank " +
                            std::to_string(input.ndim()) + ".");
  }

  std::array<int, Dims> shape;
  for (int i = 0; i < Dims; i++) {
    shape[i] = input.shape(i);
  }

  NDArray<T, Dims> output = NDArray<T, Dims>(shape);

  const T *inputPtr = static_cast<const T *>(input.data());
  {
    nb::gil_scoped_release release;
    std::copy(inputPtr, inputPtr + output.data.size(), output.data.begin());
  }

  return output;
};

NB_MODULE(voyager_ext, m) {
  nb::exception<RecallError>(m, "RecallError");

  m.attr("version") = nb::make_tuple(2, 0, 10);

  init_LabelSetView(m);

  nb::enum_<SpaceType>(
      m, "Space", "The method used to calculate the distance between vectors.")
      .value("Euclidean", SpaceType::Euclidean,
             "Euclidean distance; also known as L2 distance. The square root "
             "of the sum of the squared differences between each element of "
             "each vector.")
      .value("Cosine", SpaceType::Cosine,
             "Cosine distance; also known as normalized inner product.")
      .value("InnerProduct", SpaceType::InnerProduct, "Inner product distance.")
      .export_values();
}
