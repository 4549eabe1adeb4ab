// Every rule the analysis applies, with its priority and an example of what makes it fire. Evidence names the
// rule that produced it; docs/commands/analyze.md lists the same rules (a test keeps the two in step).
import type { Priority } from './model.js';

export interface Rule {
  priority: Priority;
  /** What the rule concludes. */
  does: string;
  /** A line (or file) that makes it fire. */
  example: string;
}

export const RULES = {
  // Where to look
  'scope.binder': {
    priority: 0,
    does: 'a binder/ or .binder/ folder replaces the environment files at the root',
    example: 'binder/environment.yml next to a root requirements.txt',
  },
  'scope.ignored-path': {
    priority: 0,
    does: 'manifests, Dockerfiles and CUDA sources under vendored, docs, tests, examples or data folders are not the environment (unless the repository is nothing but examples)',
    example: 'third_party/foo/Dockerfile, tests/cuda/kernel.cu',
  },

  // Languages
  'lang.linguist': {
    priority: 1,
    does: 'languages by bytes (file count when sizes are unknown), Linguist names, vendored/docs/generated/data files (Gradle scripts too) excluded, .gitattributes honoured; CUDA kernels beside the Python that loads them come after it unless they are more than twice its size, and CUDA kernels alone with no CMake or make build of their own, in a repository whose README installs or imports Python packages, are the kernels of a Python package; a script with an extension no language has is read by its #! line',
    example: 'src/*.py → Python; *.ipynb linguist-generated → not counted',
  },

  // Python
  'py.requirements': {
    priority: 1,
    does: 'Python packages and versions from requirements*.txt (requirement.txt too), requires-*.txt and requirements/*.txt (comments, markers and -e lines understood)',
    example: 'torch==2.1.0',
  },
  'py.requirements.include': {
    priority: 1,
    does: '-r and -c lines pull in other requirement files',
    example: '-r requirements/base.txt',
  },
  'py.requirements.dev': {
    priority: 2,
    does: 'files named for tests, docs or development only add dev packages (they never make a GPU needed)',
    example: 'requirements-dev.txt: pytest',
  },
  'cog.build': {
    priority: 1,
    does: "Cog's cog.yaml, the image a hosted demo runs on: build.gpu (true: a hint that a GPU helps; whether one is needed is for the code to say), build.cuda, build.python_version, build.python_packages and build.system_packages",
    example: 'build: { gpu: true, python_version: "3.8" }',
  },
  'py.requirements.optional': {
    priority: 2,
    does: 'files named for optional features (requirements.opt.txt, requirements-optional.txt, requirements_extra.txt) add optional packages (they never make a GPU needed)',
    example: 'requirements.opt.txt: git+https://github.com/NVIDIA/apex',
  },
  'py.index.cuda': {
    priority: 1,
    does: 'a CUDA wheel index pins the CUDA version of torch, torchvision and torchaudio',
    example: '--extra-index-url https://download.pytorch.org/whl/cu121',
  },
  'py.index.cpu': {
    priority: 1,
    does: 'a CPU wheel index makes torch a CPU-only build',
    example: '--index-url https://download.pytorch.org/whl/cpu',
  },
  'py.index.rocm': {
    priority: 1,
    does: 'a ROCm wheel index means an AMD GPU',
    example: '--index-url https://download.pytorch.org/whl/rocm5.6',
  },
  'py.local-version': {
    priority: 1,
    does: 'a +cuXYZ local version pins CUDA; +cpu means a CPU-only build',
    example: 'torch==2.1.0+cu118, torch==2.2.0+cpu',
  },
  'py.conda': {
    priority: 1,
    does: 'conda environment files (environment.yml, conda.yaml, env.yml, environment-*.yml, any YAML of an env/, envs/, environments/ or conda/ folder, and a YAML of another name at the top or in a scripts/, setup/, install/ or tools/ folder that has dependencies with channels or a name): packages, python=, r-base=, pip: section (git URLs named by their repository)',
    example: 'dependencies: [python=3.9, pytorch=1.12]',
  },
  'py.conda.cuda': {
    priority: 1,
    does: "cudatoolkit=, pytorch-cuda=, cuda-version= or cuda-toolkit= pin CUDA and need an NVIDIA GPU; so does the pytorch channel's old selector (pytorch::cuda100 is CUDA 10.0); in an explicit spec file (conda list --explicit), a snapshot of the author's machine, they give the CUDA but only hint at a GPU",
    example: 'cudatoolkit=11.3',
  },
  'py.conda.cpuonly': {
    priority: 1,
    does: 'the cpuonly package makes conda pytorch a CPU-only build',
    example: '- cpuonly',
  },
  'py.pyproject': {
    priority: 1,
    does: "PEP 621 [project]: requires-python, dependencies, optional-dependencies (extras are optional); flit's older [tool.flit.metadata] (requires, requires-python, requires-extra) read the same way",
    example: 'requires-python = ">=3.10"',
  },
  'py.build-system': {
    priority: 1,
    does: 'pyproject.toml [build-system] requires: known build tools (maturin, scikit-build, pybind11) are dev dependencies of the group build',
    example: 'requires = ["maturin>=1.2,<2"]',
  },
  'py.poetry': {
    priority: 1,
    does: '[tool.poetry.dependencies] python and packages; dev groups are dev packages',
    example: 'python = "^3.11"',
  },
  'py.pdm': {
    priority: 1,
    does: '[tool.pdm.dev-dependencies] are dev packages',
    example: '[tool.pdm.dev-dependencies] test = ["pytest"]',
  },
  'py.setup': {
    priority: 1,
    does: "setup.py, setup.cfg and nbdev's settings.ini (min_python, requirements): python_requires and install_requires (every list assigned to it, and what a named list is extended with: += [...], .extend(...), .append(...))",
    example: "python_requires='>=3.8'",
  },
  'py.extras': {
    priority: 1,
    does: 'optional dependency groups (extras_require, [project.optional-dependencies], Poetry extras and groups) are requirements of their group; test, docs and lint groups are dev',
    example: "extras_require={'train': ['deepspeed']}",
  },
  'install.extras': {
    priority: 1,
    does: 'the extras the install instructions name are the main workload: their packages (and GPU needs) count as main; a menu of three or more extras, one command each, is a choice of backends and none of them is',
    example: 'pip install -e ".[train]"',
  },
  'install.clone': {
    priority: 2,
    does: 'a repository cloned, entered and installed (pip install ., python setup.py install) installs the package it publishes, named by the repository (an optional group, source-build, when its section recommends it)',
    example:
      'git clone https://github.com/Dao-AILab/flash-attention && cd flash-attention && python setup.py install',
  },
  'install.pip': {
    priority: 2,
    does: 'pip install lines in code blocks or command lines of the README, INSTALL, docs/*.md and install guides under readme/ (readme/INSTALL.md), and every line of a setup script near the top (install.sh, setup/create_env.sh, a Singularity recipe, any script of a repository whose code is scripts; the variables it sets expanded), are packages (an index URL picks the build)',
    example: 'pip install torch==2.1.0 transformers',
  },
  'install.gpu-alternative': {
    priority: 2,
    does: 'a GPU build the instructions offer beside the plain or CPU build of the same framework is an optional group (gpu), not the requirement; torch from a CUDA wheel index beside a ROCm or CPU one is a menu of builds (groups cuda, rocm, cpu)',
    example: 'pip3 install tensorflow==1.14.0 … or … pip3 install tensorflow-gpu==1.14.0',
  },
  'install.pyenv': {
    priority: 2,
    does: 'pyenv install / local / global / virtualenv 3.x in the install instructions sets up that Python',
    example: 'pyenv local 3.8.13',
  },
  'install.system-python': {
    priority: 2,
    does: 'a system package of a Python version the instructions install (apt-get install python3.9, dnf install python3.11) sets up that Python',
    example: 'apt-get install -y python3.9 python3.9-venv',
  },
  'install.system-library': {
    priority: 2,
    does: "a system package installed to build against a C or C++ library the knowledge base knows (apt-get's libfoo-dev, dnf's foo-devel, brew's and pacman's own names) is that library, in a repository that compiles C or C++",
    example: 'sudo apt install libncursesw5-dev autotools-dev autoconf',
  },
  'install.python-build': {
    priority: 2,
    does: 'the CPython tag of a compiled module or wheel the instructions copy or install (cpython-36m, cp39) is the Python it runs on',
    example: 'cp build/lib.linux-x86_64-3.6/emd_cuda.cpython-36m-x86_64-linux-gnu.so .',
  },
  'install.venv': {
    priority: 2,
    does: 'a virtual environment made with a named Python (virtualenv -p, python3.x -m venv, uv venv --python) sets up that Python',
    example: 'virtualenv venv --python=python3.6',
  },
  'install.conda': {
    priority: 2,
    does: "conda create / conda install lines (README, docs, Dockerfile RUN): python=3.x is the Python version, cudatoolkit= and pytorch-cuda= pin CUDA, as do the pytorch channel's old selectors (cuda80, cuda100), the rest are packages",
    example: 'conda create -n env python=3.10 pytorch pytorch-cuda=12.1 -c nvidia',
  },
  'py.classifiers': {
    priority: 2,
    does: 'the lowest Programming Language :: Python :: 3.x classifier is the minimum Python (weaker than python_requires)',
    example: "'Programming Language :: Python :: 3.8'",
  },
  'py.library': {
    priority: 2,
    does: 'classifiers of a published library (Development Status, Intended Audience :: Developers, Topic :: Software Development :: Libraries) without Environment :: GPU: a GPU framework it depends on helps, it is not needed',
    example: "classifiers=['Development Status :: 5 - Production/Stable']",
  },
  'py.setup.cuda-optional': {
    priority: 1,
    does: 'a setup.py that builds a CUDAExtension when CUDA is available (torch.cuda.is_available(), CUDA_HOME, FORCE_CUDA, USE_CUDA) and a CppExtension otherwise (called, picked by a conditional, or assigned: extension = CppExtension), or that runs nvcc under `if torch.cuda.is_available():` and a CPU compiler in its else: the CUDA build, and its .cu sources, are an option; not when the CPU branch raises',
    example: 'ext = CUDAExtension(...) if torch.cuda.is_available() else CppExtension(...)',
  },
  'py.setup.cuda-extension': {
    priority: 2,
    does: 'a CUDAExtension in setup.py compiles CUDA (also one assigned, when the CPU branch raises): GPU and nvcc needed',
    example: 'from torch.utils.cpp_extension import CUDAExtension',
  },
  'py.setup.python-tuple': {
    priority: 1,
    does: 'a REQUIRED_PYTHON = (3, N) tuple in setup.py is the lowest Python, when python_requires is no string',
    example: 'REQUIRED_PYTHON = (3, 6)',
  },
  'py.setup.build-import': {
    priority: 2,
    does: 'torch or tensorflow imported by setup.py itself (to build extensions) is a main requirement',
    example: 'from torch.utils.cpp_extension import BuildExtension',
  },
  'py.setup.cuda-minimum': {
    priority: 2,
    does: 'setup.py refuses a CUDA older than a version: that version is the lowest CUDA',
    example: 'if bare_metal_version < Version("11.6"):',
  },
  'py.pipfile': {
    priority: 1,
    does: 'Pipfile [requires] python_version and [packages]; Pipfile.lock _meta wins for the version',
    example: 'python_version = "3.9"',
  },
  'py.version-file': {
    priority: 1,
    does: 'runtime.txt (python-3.x), .python-version and .tool-versions pin the Python version',
    example: 'python-3.10',
  },
  'py.setup-imports': {
    priority: 3,
    does: "the packages a setup.py imports to build the project's extensions: numpy (its headers), Cython, pybind11, nanobind, torch (cpp_extension), tensorflow; its other imports (setuptools, versioneer) are packaging helpers",
    example: 'import pybind11',
  },
  'py.imports': {
    priority: 3,
    does: 'with no Python manifest at all, imports in .py files name the packages; in code, notebooks and README usage alike, a 4- or 8-bit load through transformers (BitsAndBytesConfig, load_in_4bit=True) names bitsandbytes',
    example: 'import torch',
  },

  // Notebooks
  'nb.pip': {
    priority: 2,
    does: '!pip install and %pip install lines in notebooks are packages',
    example: '!pip install transformers==4.35.0',
  },
  'nb.library': {
    priority: 3,
    does: 'library() and require() in the code cells of R-kernel notebooks name the R packages no manifest declares',
    example: 'library(tidymodels)',
  },
  'nb.accelerator': {
    priority: 3,
    does: "a notebook's metadata asks Colab for a GPU runtime (accelerator: GPU): a hint that a GPU is used; beside a framework alone, it keeps the GPU recommended",
    example: '"accelerator": "GPU"',
  },
  'nb.cpu-only': {
    priority: 2,
    does: "a notebook's text says the course, book or workshop needs no GPU, as a README would",
    example: 'GPU usage is not required for this course',
  },
  'nb.gpu-required': {
    priority: 2,
    does: "a notebook's text says a GPU is needed, as a README would",
    example: "you'll need access to a computer with an NVIDIA GPU",
  },
  'nb.kernel': {
    priority: 1,
    does: "a notebook's kernel language (kernelspec, language_info, else the kernel's name: Colab's `python3`; C++11/14/17 kernels are C++; with no kernel recorded, the code's own lines: import or def for Python, library() or <- for R, using for Julia) is the language its bytes count for",
    example: '"kernelspec": {"language": "R"}',
  },
  'nb.kernel-package': {
    priority: 2,
    does: 'a Julia or R notebook names the kernel package Jupyter runs it with (IJulia, IRkernel)',
    example: '"kernelspec": {"language": "julia"} → IJulia',
  },
  'doc.chunks': {
    priority: 1,
    does: 'Quarto and R Markdown documents count for the language most of their code chunks are in',
    example: '```{r}',
  },
  'lang.code-first': {
    priority: 1,
    does: "build files (Dockerfile, CMake, Makefile …) come after the languages of the code, except Dockerfiles whose only other code is shell scripts; a CMake project with no source counted is C++; a package the project publishes (pyproject.toml [project]) with no source counted comes before its Dockerfile; a setup.py or build.py that only builds bindings to C/C++/CUDA sources (in a bindings folder, or beside a root CMakeLists.txt; when its sources are not there, Rust beside a Cargo.toml, otherwise C++) comes after them, and so does one alone in a folder named for bindings (python/, python-package/, bindings/python/); scripts and images alone beside a root Python, Go, Rust or Java manifest are that project's; with no file counted at all, the manifests say the language (the root's first, then the most, then the shallowest: package.json: JavaScript, pyproject.toml: Python), and with no manifest either, what the install instructions install (pip: Python)",
    example: 'CMakeLists.txt larger than src/*.cpp → C++ first',
  },
  'lang.readme-launcher': {
    priority: 3,
    does: "the language of the program a README's commands (one folder down too, or the usage guide it links to, INSTRUCTIONS.md) run or install for, not one run inside a container (docker run … node script.js): with no code, manifest or install command to go by (nor Python usage code in the README, which says Python); before build scripts or the one Dockerfile that are the only code, when no script launches anything; and a manifest's language it runs before build files (a subfolder's requirements.txt beside its Dockerfile)",
    example: 'README.md: python train.py --data enwik8 → Python',
  },
  'lang.launcher': {
    priority: 1,
    does: 'shell scripts and Makefiles that run a program of another language (python main.py, torchrun or composer train.py, Rscript run.R; read as the shell reads them, continued lines joined and their own variables expanded) are how the project is launched: when shell leads, the language they run comes first',
    example: 'train.sh: srun … python -u main.py → Python',
  },
  'nb.imports': {
    priority: 3,
    does: 'imports in notebook code cells name packages when no manifest does',
    example: 'from transformers import AutoModel',
  },

  // Other ecosystems
  'node.typescript': {
    priority: 2,
    does: 'a package.json that compiles TypeScript (a script runs tsc, or typescript beside a main or bin in lib/, dist/ or build/) makes the project TypeScript when its sources are not among the files',
    example: '"build": "tsc"',
  },
  'node.engines': {
    priority: 1,
    does: "package.json engines.node, and its packages: the root package.json's dependencies all, others' when the knowledge base or Debian's lists know them, GPU builds among them",
    example: '"engines": {"node": ">=20"}',
  },
  'node.version-file': { priority: 1, does: '.nvmrc and .node-version pin Node.js', example: '20.11.1' },
  'rust.cargo': {
    priority: 1,
    does: 'Cargo.toml rust-version (MSRV), GPU crates, and the crates the knowledge base or Debian knows',
    example: 'rust-version = "1.74"',
  },
  'rust.toolchain': {
    priority: 1,
    does: 'rust-toolchain(.toml) pins the toolchain channel',
    example: 'channel = "1.76.0"',
  },
  'ruby.gemspec': {
    priority: 1,
    does: '*.gemspec add_dependency / add_runtime_dependency gems the package knowledge base knows (add_development_dependency: dev)',
    example: 'spec.add_dependency "thor"',
  },
  'ruby.require': {
    priority: 3,
    does: "require 'gem' in .rb files names the gems no Gemfile or gemspec declares (json, bundler and rake ship with Ruby)",
    example: "require 'trollop'",
  },
  'ruby.gemfile': {
    priority: 1,
    does: 'Gemfile gem lines the package knowledge base knows (in a development or test group: dev)',
    example: "gem 'rails', '~> 7.1'",
  },
  'haskell.cabal': {
    priority: 1,
    does: "a Haskell package's .cabal file or hpack package.yaml: every build-depends (those of test suites and benchmarks as test and dev), without the libraries GHC ships; tested-with gives the GHC",
    example: 'build-depends: base >=4.14 && <5, aeson, megaparsec',
  },
  'elixir.mix': {
    priority: 1,
    does: 'mix.exs: every dependency of deps (only: :test or [:dev, :test] as test and dev) and the Elixir it requires',
    example: '{:jason, "~> 1.4"}',
  },
  'native.build': {
    priority: 2,
    does: "the C and C++ libraries a build links, when the knowledge base knows them: CMake's find_package, pkg_check_modules and FetchContent, autoconf's PKG_CHECK_MODULES, AC_CHECK_LIB and AC_SEARCH_LIBS, meson's dependency(), a Makefile's -l flags and pkg-config calls (test frameworks as test)",
    example: 'find_package(Boost 1.70 REQUIRED COMPONENTS system)',
  },
  'native.cuda-include': {
    priority: 2,
    does: "the NVIDIA CUDA libraries a CUDA source includes (Thrust, CUB, CUTLASS, cuBLAS, cuDNN, NCCL, NVSHMEM, cuSPARSE, cuFFT, cuRAND, cuSOLVER); CMake's CUDA::cublas targets are read as native.build",
    example: '#include <thrust/device_vector.h>',
  },
  'cpp.torch-extension': {
    priority: 2,
    does: "a C++ or CUDA source includes PyTorch's extension headers (<torch/extension.h>, <ATen/…>, <c10/…>): a PyTorch extension, so torch is a package of the project (<torch/torch.h> alone is libtorch's)",
    example: '#include <torch/extension.h>',
  },
  'native.manifest': {
    priority: 2,
    does: 'the C and C++ libraries a vcpkg.json or a conanfile requires, when the knowledge base knows them',
    example: '[requires] zlib/1.2.13',
  },
  'php.composer': {
    priority: 1,
    does: 'composer.json: every package of require (require-dev as dev), without PHP itself and its extensions; the PHP it requires',
    example: '"symfony/console": "^6.4"',
  },
  'swift.package': {
    priority: 1,
    does: 'Package.swift: every package dependency, named by its repository as SwiftPM names it, and the swift-tools-version',
    example: '.package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.2.0")',
  },
  'zig.build': {
    priority: 1,
    does: 'build.zig.zon: every dependency by the name the package gives it, and the minimum Zig version',
    example: '.known_folders = .{ .url = "…", .hash = "…" }',
  },
  'dotnet.project': {
    priority: 1,
    does: "a .NET project file (*.csproj, *.fsproj) or Directory.Packages.props: every PackageReference (a test project's as test) and the oldest TargetFramework",
    example: '<PackageReference Include="System.CommandLine" Version="2.0.0-beta4" />',
  },
  'dart.pubspec': {
    priority: 1,
    does: 'pubspec.yaml: every dependency (dev_dependencies as dev; the Flutter SDK as flutter) and the Dart SDK it needs',
    example: 'sdk: ">=3.0.0 <4.0.0"',
  },
  'go.mod': {
    priority: 1,
    does: 'go.mod go and toolchain directives; its direct requirements (not those marked // indirect), known or not',
    example: 'go 1.22',
  },
  'java.maven': {
    priority: 1,
    does: 'pom.xml maven.compiler.release/source/target or java.version; dependencies the package knowledge base knows (test scope: test)',
    example: '<maven.compiler.release>17</maven.compiler.release>',
  },
  'java.gradle': {
    priority: 1,
    does: 'build.gradle(.kts) toolchain languageVersion, jvmToolchain or sourceCompatibility; dependencies the package knowledge base knows (test configurations: test)',
    example: 'languageVersion.set(JavaLanguageVersion.of(21))',
  },
  'java.version-file': {
    priority: 1,
    does: '.java-version and .sdkmanrc pin the JDK',
    example: 'java=17.0.9-tem',
  },
  'r.description': {
    priority: 1,
    does: 'DESCRIPTION Depends: R (>= x), Imports and LinkingTo',
    example: 'Depends: R (>= 4.1.0)',
  },
  'julia.using': {
    priority: 3,
    does: '`using` and `import` in .jl files (Pluto notebooks among them) and Julia notebooks name the Julia packages the knowledge base knows that no Project.toml declares',
    example: 'using POMDPs, Crux, Flux',
  },
  'r.library': {
    priority: 3,
    does: 'library(), require() and pacman::p_load() in .R, .Rmd and .qmd files name the R packages no manifest declares',
    example: 'library(shiny)',
  },
  'r.renv': { priority: 1, does: 'renv.lock R.Version and packages', example: '"R": {"Version": "4.3.1"}' },
  'r.install': {
    priority: 1,
    does: 'install.R means R (unlike repo2docker) and names packages',
    example: 'install.packages("torch")',
  },
  'r.runtime': { priority: 1, does: 'runtime.txt r-<version>-<date> pins R', example: 'r-4.2-2023-01-01' },
  'julia.project': {
    priority: 1,
    does: "Project.toml [compat] julia, and its [deps]: every registered package but Julia's standard library and *_jll binary wrappers, CUDA.jl / AMDGPU.jl meaning a GPU",
    example: 'julia = "1.9"',
  },
  'julia.manifest': { priority: 1, does: 'Manifest.toml julia_version', example: 'julia_version = "1.9.3"' },

  // C, C++, CUDA
  'cpp.cmake': {
    priority: 1,
    does: 'CMakeLists.txt: cmake_minimum_required; CUDA as a project language, enable_language(CUDA) or find_package(CUDAToolkit) means GPU and nvcc',
    example: 'project(fast LANGUAGES CXX CUDA)',
  },
  'cpp.cmake.cuda-off': {
    priority: 1,
    does: 'CUDA behind an option that defaults to OFF, an OFF option named for CUDA, or find_package(CUDA) without REQUIRED beside if(CUDA_FOUND) or a WITH_GPU switch, is an opt-in back-end: not needed',
    example: 'option(WITH_CUDA_TESTS "…" OFF)',
  },
  'cpp.cuda-arch': {
    priority: 1,
    does: 'CUDA architectures targeted (CMAKE_CUDA_ARCHITECTURES, -arch=sm_XX, TORCH_CUDA_ARCH_LIST) give the lowest compute capability',
    example: '-arch=sm_80',
  },
  'cpp.makefile': {
    priority: 1,
    does: "a Makefile (or automake's Makefile.am) that calls nvcc, or the $(NVCC) a configure script sets, builds CUDA: GPU and nvcc needed",
    example: 'NVCC = nvcc',
  },
  'cpp.setup-cmake': {
    priority: 1,
    does: 'a root setup.py that builds the project with CMake (a CMakeExtension, or `cmake` run by its build_ext), when it is the only Python counted: it packages a C++ project whose sources were not among the files, so C++ comes first',
    example: 'ext_modules=[CMakeExtension("ncnn")]',
  },
  'cpp.makefile-sources': {
    priority: 1,
    does: 'the sources a Makefile compiles give the language of a repository whose sources are not among the files: CUDA when nvcc is part of the default build, else the C or C++ it names first (`%.o: %.c`); so do the compilers a root configure.ac checks for (AC_PROG_CC: C, AC_PROG_CXX alone: C++)',
    example: '$(OBJDIR)%.o: %.c $(DEPS)',
  },
  'cpp.script-nvcc': {
    priority: 1,
    does: 'a build script that compiles CUDA sources with nvcc (not under an `if`) builds GPU kernels: GPU and nvcc needed, and the CUDA of the toolkit path it runs nvcc from',
    example: '/usr/local/cuda-8.0/bin/nvcc tf_sampling_g.cu -o tf_sampling_g.cu.o -c',
  },
  'nb.course': {
    priority: 3,
    does: 'numbered notebooks (01_intro.ipynb, lesson3.ipynb) are a book or course meant for a laptop or Colab: a framework makes a GPU optional',
    example: '01_the_machine_learning_landscape.ipynb, 10_neural_nets_with_keras.ipynb',
  },
  'julia.cuda-fallback': {
    priority: 1,
    does: 'Julia code that checks has_cuda() or CUDA.functional() runs on the CPU too: CUDA.jl makes a GPU optional',
    example: 'if has_cuda()',
  },
  'cpp.makefile-optional-nvcc': {
    priority: 1,
    does: 'a Makefile whose default goal builds without nvcc and runs nvcc only in another target (one the goal does not reach through its prerequisites, however deep, nor through a variable such as $(TARGETS) that gathers them), or that switches between a CPU and a CUDA build (ifneq ($(CPU_ONLY), 1)): a GPU is optional',
    example: 'runcuda: run.c → $(NVCC) -o runcuda run.cu (the default goal builds with $(CC))',
  },
  'cpp.cuda-sources': {
    priority: 2,
    does: '*.cu / *.cuh files in the build path mean GPU and nvcc',
    example: 'src/kernels/add.cu',
  },
  'setup.cuda-build': {
    priority: 2,
    does: 'a script that configures a CUDA build with CMake (-DWITH_CUDA=ON, -DGGML_CUDA=on, -D CUDA_ARCH_BIN=…) builds for a GPU: a GPU is needed',
    example: 'cmake -D WITH_CUDA=ON -D CUDA_ARCH_BIN=3.2 ..',
  },
  'setup.cuda-install': {
    priority: 2,
    does: 'a script, Singularity recipe or Dockerfile that installs the CUDA toolkit, cuDNN or the NVIDIA driver (apt-get install cuda-toolkit-11-8, a cuda_*_linux.run installer or cuda-repo package, ENV NVIDIA_REQUIRE_CUDA), or loads it on a cluster (module load cuda/11.8), sets up a GPU machine: a GPU is needed, and the CUDA it installs is the CUDA (the variables it sets expanded; priority 1 in a Dockerfile)',
    example: 'sh cuda_10.0.130_410.48_linux.run --silent --toolkit',
  },
  'cpp.cuda-bf16': {
    priority: 2,
    does: 'device code for __CUDA_ARCH__ >= 800 needs an Ampere or newer GPU',
    example: '#if __CUDA_ARCH__ >= 800',
  },

  // Containers and hosts
  'docker.from': {
    priority: 0,
    does: "Dockerfile FROM (ARG defaults substituted, a default that uses earlier ARGs too): nvidia/cuda, NVIDIA's OpenGL and Vulkan images (nvidia/opengl, nvidia/vulkan), pytorch/pytorch …-cuda…, tensorflow/tensorflow:*-gpu, nvcr.io/nvidia/* and any image tagged with its CUDA (rapidsai/rapidsai:…-cuda11.8-…-py3.10) mean a GPU and give CUDA (an NGC release by NVIDIA’s release notes), the OS and the Python a tag names; so does a Singularity recipe’s From: under Bootstrap: docker; a Dockerfile named in lower case (env/dockerfile) too",
    example: 'FROM nvidia/cuda:12.1.0-cudnn8-runtime-ubuntu22.04',
  },
  'env.gpu-variant': {
    priority: 1,
    does: 'an environment file named for the GPU (environment-cuda.yml, requirements-gpu.txt) with a CPU sibling (environment-cpu.yml, or one the instructions name though it is not among the files): the GPU is a choice; its packages are an optional group and its CUDA is the variant’s alone',
    example: 'environment-cuda.yml next to environment-cpu.yml',
  },
  'docker.gpu-variant': {
    priority: 0,
    does: 'a GPU-named Dockerfile (Dockerfile.gpu, gpu.Dockerfile, Dockerfile.*-cu113) with a CPU variant beside it (a CPU-named one, or a plain Dockerfile that builds no GPU image), offered in the README, or as its own base image, and a Dockerfile in a gpu/ or cuda/ folder (or one level below it) with a cpu/ folder beside it, makes the GPU a choice',
    example: 'docker build -f Dockerfile.cpu .',
  },
  'docker.platform': {
    priority: 0,
    does: 'FROM --platform=linux/arm64 (or arm64v8/ images) means aarch64',
    example: 'FROM --platform=linux/arm64 ubuntu:22.04',
  },
  'docker.runtime': {
    priority: 2,
    does: 'python:3.x, node:20, golang:1.22, r-base:4.3, julia:1.10 base images give the runtime version; so do paths into the image’s Python (lib/python3.6/site-packages)',
    example: 'FROM python:3.11-slim',
  },
  'docker.python-env': {
    priority: 2,
    does: 'a PYTHON_VERSION set by ENV or ARG, or the Miniconda installer the image downloads, is the Python the image builds or installs',
    example: 'ENV PYTHON_VERSION 3.12.10',
  },
  'docker.pip': {
    priority: 1,
    does: 'pip install lines in a Dockerfile RUN are packages (with their wheel index)',
    example: 'RUN pip install torch==2.1.0 --index-url https://download.pytorch.org/whl/cu121',
  },
  'docker.apt': {
    priority: 1,
    does: 'apt-get install lines in a Dockerfile RUN are system packages (python3.X is the Python version); variables the RUN line sets are substituted',
    example: 'RUN apt-get install -y ffmpeg',
  },
  'docker.test-only': {
    priority: 0,
    does: 'a Dockerfile whose CMD/ENTRYPOINT only runs the test suite is not the environment',
    example: 'CMD ["pytest", "-q"]',
  },
  'compose.gpu': {
    priority: 0,
    does: 'compose deploy.resources.reservations.devices with driver nvidia / capabilities [gpu] (count), or runtime: nvidia',
    example: 'driver: nvidia, count: 2',
  },
  'compose.memory': {
    priority: 1,
    does: 'compose memory limits or reservations give RAM',
    example: 'mem_limit: 16g',
  },
  'devcontainer.host': {
    priority: 0,
    does: 'devcontainer.json hostRequirements (cpus, memory, storage, gpu)',
    example: '"hostRequirements": {"gpu": true, "memory": "32gb"}',
  },
  'apt.packages': {
    priority: 1,
    does: 'apt.txt (repo2docker) lists system packages; CUDA toolkit packages mean nvcc',
    example: 'libsndfile1',
  },

  // Jobs and launchers
  'jobs.slurm': {
    priority: 1,
    does: '#SBATCH/#PBS lines: --gres=gpu:[model:]N, --gpus-per-node, --mem, --nodes',
    example: '#SBATCH --gres=gpu:a100:4',
  },
  'jobs.launcher-package': {
    priority: 3,
    does: "a launch line that is a package's own command (deepspeed, torchrun or python -m torch.distributed.launch, accelerate launch) in scripts and README code names that package, as an import does",
    example: 'deepspeed --module openrlhf.cli.train_sft',
  },
  'jobs.launcher': {
    priority: 1,
    does: "torchrun --nproc_per_node N, deepspeed --num_gpus N, accelerate launch --num_processes N, CUDA_VISIBLE_DEVICES=0,1, a script's own count (python run.py with num_gpus=8, --ngpus 4, --gpus 0,1,2,3; a lone --gpus N may be an id; num_gpus=0 runs on the CPU, and a README that says the CPU will do outweighs these) give the GPU count (CUDA_VISIBLE_DEVICES=<your GPU> a GPU, without a count), in scripts, README code blocks (a command continued over lines ending in a backslash read as one) and inline README code; a README that launches its work on several GPUs needs them when no code falls back to the CPU, whatever the build makes optional",
    example: 'torchrun --nproc_per_node=4 train.py',
  },
  'ci.gpu-runner': {
    priority: 3,
    does: 'CI jobs on GPU runners mean the tests use a GPU',
    example: 'runs-on: [self-hosted, gpu]',
  },

  // Code
  'code.cuda-kernel': {
    priority: 2,
    does: "kernels the code compiles or launches on the GPU itself (torch.utils.cpp_extension.load of .cu sources, Numba @cuda.jit, CuPy RawKernel) mean a GPU is required, unless Numba's CUDA simulator is switched on",
    example: "load(name='_backend', sources=['vox.cu'])",
  },
  'code.cuda-default': {
    priority: 3,
    does: "device='cuda' defaults, unconditional .cuda() or torch.cuda.set_device, torch.device('cuda') or device = 'cuda' in a file that does not name the CPU and not made under a GPU check (a check that only seeds or counts the GPUs chooses nothing), tensors made on the GPU by default (torch.set_default_tensor_type('torch.cuda.FloatTensor'), set_default_device('cuda')), NCCL process groups mean a GPU is required; none of them inside an `if torch.cuda.is_available():` block, however deep",
    example: 'model.cuda()',
  },
  'code.cuda-check': {
    priority: 2,
    does: 'code that raises or asserts when CUDA is not available refuses to run without a GPU: a GPU is required (not one under an `if` about the device the user chose, a few blocks up, which checks that choice, nor one inside a `try`, which goes on)',
    example: 'if not torch.cuda.is_available(): raise RuntimeError("needs a GPU")',
  },
  'code.device-cpu-default': {
    priority: 3,
    does: 'a --device option (or device parameter) that defaults to the CPU, or that the user must give on every run: a GPU helps, it is not needed',
    example: "parser.add_argument('--device', default='cpu')",
  },
  'code.python-version': {
    priority: 3,
    does: 'a check of sys.version_info in code, notebooks or a setup.py without python_requires (`if sys.version_info < (3, 6): sys.exit(…)`) states the lowest Python it runs on',
    example: 'assert sys.version_info >= (3, 7)',
  },
  'code.python2': {
    priority: 3,
    does: 'code in Python 2 syntax (a print statement, `except E, e:`) runs on Python 2.7, when nothing else states a version',
    example: 'print "loading data"',
  },
  'nb.python-version': {
    priority: 3,
    does: 'the Python a notebook last ran on (language_info.version, a python2 kernel), when nothing else states a version',
    example: '"language_info": {"name": "python", "version": "2.7.6"}',
  },
  'code.example-fallback': {
    priority: 3,
    does: 'a device chosen by availability in the examples (example scripts and notebooks): the project runs without a GPU',
    example: "examples/demo.ipynb: device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')",
  },
  'readme.code-fallback': {
    priority: 3,
    does: "a device chosen by availability in a README's usage example: the project runs without a GPU",
    example: 'device = "cuda:0" if torch.cuda.is_available() else "cpu"',
  },
  'code.cpu-fallback-message': {
    priority: 3,
    does: 'beside a fallback, a message that the code goes on on the CPU says it is meant to run there: CUDA pinned in environment files is then the GPU build',
    example: 'log.info("NO GPU DETECTED! Falling back to CPU")',
  },
  'code.torch-index': {
    priority: 3,
    does: 'a launcher that installs torch from a CUDA wheel index (a download.pytorch.org/whl/cuXYZ string in its code) states that CUDA version, not that a GPU is needed',
    example: 'TORCH_INDEX_URL = "https://download.pytorch.org/whl/cu118"',
  },
  'code.gpu-mention': {
    priority: 3,
    does: "code that speaks of GPUs without choosing a device the other rules read (a --gpu_id or --ngpus option, gpus_per_node, CUDA_VISIBLE_DEVICES, GPUs hidden from TensorFlow for JAX, a device that is the GPU unless a flag says otherwise: 'cpu' if opt.no_cuda else 'cuda'): a hint that a GPU is used; beside a framework alone, it keeps the GPU recommended",
    example: 'device = util.get_cuda(args.gpu_id)',
  },
  'code.cuda-fallback': {
    priority: 3,
    does: '"cuda" if torch.cuda.is_available() else "cpu" (with other conditions beside it too: … and args.cuda; or between two torch.device calls), if … torch.cuda.is_available():, a flag or an argument set from torch.cuda.is_available() (fp16=torch.cuda.is_available(), cuda = True if torch.cuda.is_available() else False), a --device option left empty that offers cpu, or .cuda() under the choice a --no_cuda or --cpu flag turns off (if opt.cuda:): uses a GPU when there is one; it outweighs README mentions of multi-GPU training; beside it, conda\'s CUDA pins (cudatoolkit, pytorch-cuda=) are the GPU build of code that runs on either',
    example: "device = 'cuda' if torch.cuda.is_available() else 'cpu'",
  },

  // Packages → GPU
  'pkg.built-on': {
    priority: 3,
    does: 'a Python package built on a framework it does not always declare (xformers, timm, peft on torch; flax, optax on jax) names that framework among the frameworks, with its scope, when nothing declares it; it says nothing of the GPU on its own',
    example: 'xformers (built on torch)',
  },
  'pkg.gpu-only': {
    priority: 2,
    does: 'packages that need a GPU (flash-attn, xformers, deepspeed, bitsandbytes, vllm, cupy, tensorflow-gpu, onnxruntime-gpu, nvidia-* …) as core dependencies',
    example: 'flash-attn==2.5.0',
  },
  'pkg.cuda-variant': {
    priority: 1,
    does: 'package names and extras that pin CUDA: cupy-cuda12x, nvidia-*-cu12, jax[cuda12], tensorflow[and-cuda]',
    example: 'jax[cuda12]==0.4.23',
  },
  'pkg.gpu-framework': {
    priority: 2,
    does: 'torch, tensorflow, jax, mxnet, paddlepaddle: with something else that speaks of a GPU (device code, a statement, a GPU count, model or memory, a launcher, a Colab GPU runtime), a GPU is recommended; alone, they run on the CPU and a GPU helps (optional); a CPU-only build, none',
    example: 'tensorflow>=2.15',
  },
  'pkg.cpu-variant': {
    priority: 1,
    does: 'CPU builds (tensorflow-cpu, torch+cpu, jax[cpu], cpuonly) make that framework CPU-only; other frameworks still count',
    example: 'tensorflow-cpu==2.15.0',
  },
  'pkg.cpu-capable': {
    priority: 2,
    does: 'a GPU framework with CPU builds among data-science packages (tables, plots, notebooks, classic ML) and nothing that leans on a GPU: GPU optional, not a reason to reserve a GPU node',
    example: 'tensorflow with pandas, scikit-learn, matplotlib',
  },
  'pkg.optional-gpu': {
    priority: 2,
    does: 'GPU packages only in optional extras, behind platform markers or conditions make the GPU optional',
    example: 'gpu = ["cupy-cuda12x"] under [project.optional-dependencies]',
  },
  'pkg.optional-cuda': {
    priority: 3,
    does: 'with no CUDA stated for the main install, the newest CUDA build the optional groups offer (extras cu118, cu121 …)',
    example:
      '[project.optional-dependencies] cu121 = ["xformers @ https://download.pytorch.org/whl/cu121/…"]',
  },
  'pkg.implied-cuda': {
    priority: 3,
    does: 'with a GPU needed and no CUDA stated, the CUDA a pinned torch or tensorflow release was built for',
    example: 'tensorflow-gpu==1.15 → CUDA 10.0',
  },
  'pkg.gpu-other': {
    priority: 2,
    does: 'GPU packages in other ecosystems: CUDA.jl, AMDGPU.jl, R torch, @tensorflow/tfjs-node-gpu, cudarc',
    example: 'CUDA = "052768ef-…" in Project.toml',
  },

  // README
  'readme.gpu-count-model': {
    priority: 3,
    does: 'GPU count and model stated in the README',
    example: 'trained on 8x A100 80GB',
  },
  'readme.cluster': {
    priority: 3,
    does: "the authors' cluster (we trained on…, N nodes, M GPUs in total) is not the minimum to run: a total is divided over the stated nodes, and a plainer count wins over it",
    example: 'We trained on 64 GPUs in total across 8 nodes',
  },
  'readme.gpu-memory': {
    priority: 3,
    does: 'minimum GPU memory stated in the README (a sentence that recommends it rather than requires it makes the GPU optional)',
    example: 'at least 24 GB of GPU memory',
  },
  'readme.python-major': {
    priority: 3,
    does: 'a README that names Python 3 without a minor ("Requires Python 3", "Python3" in a list of dependencies) states the major: the weakest statement of a version, used when nothing names a minor',
    example: 'Python 3 and PyTorch 0.2 are required',
  },
  'readme.gpu-required': {
    priority: 2,
    does: 'the README says a GPU is required ("use a system with NVIDIA GPUs", "doesn\'t support CPU", "does not currently support running on CPU", "a GPU system is required", "only supports CUDA", "CPU mode is not implemented", "(GPU-only)" too; not "If you need a GPU"), or a prerequisites item starts with the GPU ("- NVIDIA GPU + CUDA CuDNN", not "- CPU or NVIDIA GPU …"); "a GPU with compute capability >= 8.0", "GPU(s) with compute capability of: 8.0, 8.6" and a requirements item "- Architecture: Volta (compute capability 7.0)" also give the oldest GPU that will do (not what a CUDA implementation beside another needs); "should be running on NVIDIA GPUs" and a "CUDA enabled computing device" too',
    example: 'An NVIDIA GPU is required',
  },
  'readme.multi-gpu': {
    priority: 3,
    does: 'multi-GPU or distributed training stated in the README as how it runs (at least 2 GPUs); not what it can do ("supports multi-GPU training", "when multiple GPUs are present"), a feature in a list, or a title',
    example: 'supports multi-GPU training',
  },
  'readme.cpu-only': {
    priority: 2,
    does: 'the README says no GPU is needed ("CPU is enough" too; overrides framework inference, not explicit CUDA pins); a statement on a line about a demo, notebook or Colab does not count, nor a tool\'s feature for work on the host ("CPU-only measurements", "CPU-only benchmarking")',
    example: 'Runs on CPU only; no GPU required',
  },
  'readme.gpu-optional': {
    priority: 2,
    does: 'the README says a GPU helps but is not needed (installing a framework "with CUDA support is recommended", "on both CPU and GPU", "a single-GPU (or CPU) example", "if you instead use … or CPU", "for better performance, install with GPU support if it\'s available", "if you have a CUDA-enabled device", "a CUDA-capable GPU if one is available" too; a dated news item only for this)',
    example: 'A GPU is optional but speeds up training',
  },
  'readme.ram': { priority: 3, does: 'RAM stated in the README', example: 'requires 64 GB of RAM' },
  'readme.disk': {
    priority: 3,
    does: 'disk or dataset size stated in the README',
    example: 'the dataset needs 500 GB of disk',
  },
  'readme.cuda': {
    priority: 3,
    does: 'CUDA version stated in the README ("CUDA Version: 11.7", "CUDA: version >= 12.1", a major alone as in "CUDA 8" too, the compiler\'s as in "NVCC 12.0 or newer", a wheel\'s local version in prose, "tested on v1.12.1+cu113", and a major written onto the name, "cuda10"; not in sanity-check commands such as nvidia-smi, nor one a release dropped, "Removed CUDA 11 support"); stated plainly, not as a condition or an option ("For CUDA backend:", "If you plan on …"), it is also a hint that a GPU is used',
    example: 'Tested with CUDA 11.8',
  },
  'readme.requirement': {
    priority: 3,
    does: "a version requirement in the README's inline code names a package the knowledge base knows",
    example: 'The code requires `pytorch>=1.7` and `torchvision>=0.8`',
  },
  'readme.requirement-list': {
    priority: 3,
    does: 'a list item under a Requirements, Prerequisites, Dependencies or Installation heading, or after a lead-in such as "depends on:" or "We conducted experiments under" (an item such as "1. Requirement:" leads into its nested list too; "Software: tested with PyTorch 1.4.0, CuPy" names both; a version written onto the name, pytorch1.6.0+cu101, is its version; "1. Install pytorch >= v1.1.0" names it), names a package the knowledge base knows (and its version; "A PyTorch installation" too), as does a line there that is only a package\'s name ("NumPy" on a line of its own); a list after a lead-in that makes it optional ("For full functionality, some functions require:", "Optional:") names none',
    example: '### Requirements / * PyTorch 2.0 / * torchvision',
  },
  'readme.requirement-table': {
    priority: 2,
    does: 'a table row of a package, Python or CUDA and its (lowest) version; rows of a table headed Optional give CUDA, not packages',
    example: '| python | 3.9 | 3.10 |',
  },
  'readme.requirement-prose': {
    priority: 3,
    does: 'prose that says to install a known package, or states its version (also the versions the authors say they trained or tested with: "trained using PyTorch 1.4", "tested with PyTorch 1.6, CUDA 10.1, Numpy 1.16"; "install the corresponding TensorFlow"); not a line that makes it a condition ("if", "optionally"), nor a sentence that only recommends it',
    example: 'Install PyTorch and timm; developed for PyTorch version 1.7.1',
  },
  'readme.implementation': {
    priority: 3,
    does: 'the framework the README says its own code is written in ("This is the official PyTorch implementation of …", "PyTorch implementation of X", "implemented using TensorFlow", "Official X implementation in PyTorch"); not a pointer to or comparison with another implementation, and not Lua\'s Torch',
    example: 'This is the official PyTorch implementation of LaVie',
  },
  'readme.code-cuda': {
    priority: 3,
    does: 'the README\'s Python usage code puts the model on the GPU with no fallback (`.cuda()`, `.to("cuda")`, `device="cuda"`): a hint that the code is written for a GPU',
    example: 'model = AutoModelForCausalLM.from_pretrained(name).half().cuda()',
  },
  'readme.docker-image': {
    priority: 3,
    does: "an image a README's command pulls or runs (docker pull org/image:py3.7-cuda10.2) gives the CUDA and Python it is built on, as stated versions, and a hint that a GPU is used; not a sanity check that runs nvidia-smi",
    example: 'docker pull pengchuanzhang/maskrcnn:ubuntu18-py3.7-cuda10.2-pytorch1.9',
  },
  'readme.requirements-block': {
    priority: 3,
    does: 'a README code block that is a requirements file pasted in (a pin on every line, comments between) names those packages',
    example: 'a code block of torch==2.2.2 and matplotlib==3.6.2',
  },
  'readme.library-language': {
    priority: 3,
    does: 'the opening of the README says the project is a C or C++ library ("dlib is a modern C++ toolkit", "written in pure C"): that language leads when only the Python bindings that wrap it were counted',
    example: 'UltraJSON is an ultra fast JSON encoder and decoder written in pure C',
  },
  'readme.imports': {
    priority: 3,
    does: "imports in the README's Python usage code (```python blocks, or unlabelled blocks that start with an import) name the packages the project is used with, where no manifest declares them",
    example: 'from transformers import AutoModelForCausalLM',
  },
  'readme.python': {
    priority: 3,
    does: 'Python version stated in the README or an install guide under docs/ or readme/ (docs/INSTALL.md, docs/get_started.md, readme/INSTALL.md) ("Python Version: 3.10", "python (3.4+)", "Python version is 3.8" too, not a package named for Python such as opencv-python >= 3.2; of "3.13 is supported but using 3.12 is recommended", the recommended one; "Python 2.7" or "under Python2" when no Python 3 is stated and the sentence does not drop it), also what a shields.io badge URL shows',
    example: 'Requires Python 3.10',
  },
  'readme.os': {
    priority: 3,
    does: 'Ubuntu release stated in the README',
    example: 'Tested on Ubuntu 20.04',
  },
  'readme.arch': {
    priority: 3,
    does: 'ARM64 / aarch64 stated as required in the README ("ARM64 only"; not "arm64 images are only available for …")',
    example: 'Runs on ARM64 (aarch64) only',
  },
  'readme.duration': {
    priority: 3,
    does: 'how long a run takes, stated in the README, sizes the lease',
    example: 'training takes about 12 hours',
  },
  'readme.nodes': {
    priority: 3,
    does: 'several machines stated in the README',
    example: 'multi-node training on 2 nodes',
  },

  // Estimates
  'estimate.memory': {
    priority: 3,
    does: 'RAM estimated from the frameworks when nothing states it',
    example: 'torch → 16 GB',
  },
  'estimate.disk': {
    priority: 3,
    does: 'disk estimated from the environment when nothing states it',
    example: 'CUDA frameworks → 40 GB',
  },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];
