set(MSG_CUDA_MAP "\n\n"
    "  Valid CUDA Toolkit Map:\n"
    "   8.x for Fermi/Kepler          /Maxwell/Pascal,\n"
    "   9.x for       Kepler          /Maxwell/Pascal/Volta,\n"
    "  10.x for       Kepler          /Maxwell/Pascal/Volta/Turing,\n"
    "  11.x for       Kepler (in part)/Maxwell/Pascal/Volta/Turing/Ampere\n\n"
    "Reference https://developer.nvidia.com/cuda-gpus#compute for arch and family name\n\n"
)

add_definitions(-DCUB_IGNORE_DEPRECATED_CPP_DIALECT -DTHRUST_IGNORE_DEPRECATED_CPP_DIALECT)

option(XMRIG_LARGEGRID "Support large CUDA block count > 128" ON)
if (XMRIG_LARGEGRID)
    add_definitions("-DXMRIG_LARGEGRID=${XMRIG_LARGEGRID}")
endif()

set(DEFAULT_CUDA_ARCH "50")

# Fermi GPUs are only supported with CUDA < 9.0
if (CUDA_VERSION VERSION_LESS 9.0)
    list(APPEND DEFAULT_CUDA_ARCH "20;21")
endif()

# Kepler GPUs are only supported with CUDA < 11.0
if (CUDA_VERSION VERSION_LESS 11.0)
    list(APPEND DEFAULT_CUDA_ARCH "30")
else()
    list(APPEND DEFAULT_CUDA_ARCH "35")
endif()

# add Pascal support for CUDA >= 8.0
if (NOT CUDA_VERSION VERSION_LESS 8.0)
    list(APPEND DEFAULT_CUDA_ARCH "60")
endif()

# add Volta support for CUDA >= 9.0
if (NOT CUDA_VERSION VERSION_LESS 9.0)
    list(APPEND DEFAULT_CUDA_ARCH "70")
endif()

# add Turing support for CUDA >= 10.0
if (NOT CUDA_VERSION VERSION_LESS 10.0)
    list(APPEND DEFAULT_CUDA_ARCH "75")
endif()

# add Ampere support for CUDA >= 11.0
if (NOT CUDA_VERSION VERSION_LESS 11.0)
    list(APPEND DEFAULT_CUDA_ARCH "80")
endif()
list(SORT DEFAULT_CUDA_ARCH)

set(CUDA_ARCH "${DEFAULT_CUDA_ARCH}" CACHE STRING "Set GPU architecture (semicolon separated list, e.g. '-DCUDA_ARCH=20;35;60')")

unset(MSG_CUDA_MAP)
list(SORT CUDA_ARCH)

if (WITH_DRIVER_API)
    set(CUDA_LIB_HINTS "${LIBCUDA_LIBRARY_DIR}")
    set(CUDA_NVRTC_LIB_HINTS "${LIBNVRTC_LIBRARY_DIR}")
    find_library(CUDA_LIB libcuda cuda HINTS ${CUDA_LIB_HINTS})
    find_library(CUDA_NVRTC_LIB libnvrtc nvrtc HINTS ${CUDA_NVRTC_LIB_HINTS})
    list(APPEND LIBS ${CUDA_LIB} ${CUDA_NVRTC_LIB})
endif()

if("${CUDA_COMPILER}" STREQUAL "clang")
    set(LIBS ${LIBS} cudart_static)
    set(CLANG_BUILD_FLAGS "-O3 -x cuda --cuda-path=${CUDA_TOOLKIT_ROOT_DIR}")
    foreach(CUDA_ARCH_ELEM ${CUDA_ARCH})
        # set flags to create device code for the given architectures
        set(CLANG_BUILD_FLAGS "${CLANG_BUILD_FLAGS} --cuda-gpu-arch=sm_${CUDA_ARCH_ELEM}")
    endforeach()

elseif("${CUDA_COMPILER}" STREQUAL "nvcc")
    set(CUDA_NVCC_FLAGS ${CUDA_NVCC_FLAGS} "-Wno-deprecated-gpu-targets")

    foreach(CUDA_ARCH_ELEM ${CUDA_ARCH})
        set(CUDA_NVCC_FLAGS ${CUDA_NVCC_FLAGS}
                "--generate-code arch=compute_${CUDA_ARCH_ELEM},code=sm_${CUDA_ARCH_ELEM} --generate-code arch=compute_${CUDA_ARCH_ELEM},code=compute_${CUDA_ARCH_ELEM}")
    endforeach()

    # give each thread an independent default stream
    set(CUDA_NVCC_FLAGS "${CUDA_NVCC_FLAGS} --default-stream per-thread")

else()
    message(FATAL_ERROR "selected CUDA compiler '${CUDA_COMPILER}' is not supported")
endif()

set(CUDA_SOURCES
    src/cryptonight.h
    src/cuda_aes.hpp
    src/cuda_blake.hpp
    src/cuda_core.cu
    src/cuda_device.hpp
    src/cuda_extra.cu
    src/cuda_extra.h
    src/cuda_fast_int_math_v2.hpp
    src/cuda_groestl.hpp
    src/cuda_jh.hpp
    src/cuda_keccak.hpp
    src/cuda_skein.hpp
    ${CUDA_RANDOMX_SOURCES}
    ${CUDA_ASTROBWT_SOURCES}
    ${CUDA_KAWPOW_SOURCES}
)

if("${CUDA_COMPILER}" STREQUAL "clang")
    add_library(xmrig-cu STATIC ${CUDA_SOURCES})

    set_target_properties(xmrig-cu PROPERTIES COMPILE_FLAGS ${CLANG_BUILD_FLAGS})
    set_target_properties(xmrig-cu PROPERTIES LINKER_LANGUAGE CXX)
    set_source_files_properties(${CUDA_SOURCES} PROPERTIES LANGUAGE CXX)
else()
    cuda_add_library(xmrig-cu STATIC ${CUDA_SOURCES})
endif()
