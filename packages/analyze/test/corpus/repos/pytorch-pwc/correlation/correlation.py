import torch

import cupy
import re

class Stream:
	ptr = torch.cuda.current_stream().cuda_stream
# end

kernel_Correlation_rearrange = '''
	extern "C" __global__ void kernel_Correlation_rearrange(
		const int n,
		const float* input,
		float* output
	) {
	  int intIndex = (blockIdx.x * blockDim.x) + threadIdx.x;

	  if (intIndex >= n) {
	    return;
	  }

	  int intSample = blockIdx.z;
	  int intChannel = blockIdx.y;

	  float dblValue = input[(((intSample * SIZE_1(input)) + intChannel) * SIZE_2(input) * SIZE_3(input)) + intIndex];

	  __syncthreads();

	  int intPaddedY = (intIndex / SIZE_3(input)) + 4;
	  int intPaddedX = (intIndex % SIZE_3(input)) + 4;
	  int intRearrange = ((SIZE_3(input) + 8) * intPaddedY) + intPaddedX;

	  output[(((intSample * SIZE_1(output) * SIZE_2(output)) + intRearrange) * SIZE_1(input)) + intChannel] = dblValue;
	}
'''

# ... kernel_Correlation_updateOutput, kernel_SpatialConvolve_updateGradFirst and
# kernel_SpatialConvolve_updateGradSecond (CUDA source strings) trimmed ...

def cupy_kernel(strFunction, objectVariables):
	strKernel = globals()[strFunction]

	# ... SIZE_n(...) and VALUE_n(...) macro substitution trimmed ...

	return strKernel
# end

@cupy.util.memoize(for_each_device=True)
def cupy_launch(strFunction, strKernel):
	return cupy.cuda.compile_with_cache(strKernel).get_function(strFunction)
# end

class FunctionCorrelation(torch.autograd.Function):
	def __init__(self):
		super(FunctionCorrelation, self).__init__()
	# end

	def forward(self, first, second):
		self.save_for_backward(first, second)

		assert(first.is_contiguous() == True)
		assert(second.is_contiguous() == True)

		self.rbot0 = first.new_zeros(first.size(0), first.size(2) + 8, first.size(3) + 8, first.size(1))
		self.rbot1 = first.new_zeros(first.size(0), first.size(2) + 8, first.size(3) + 8, first.size(1))

		output = first.new_zeros(first.size(0), 81, first.size(2), first.size(3))

		if first.is_cuda == True:
			n = first.size(2) * first.size(3)
			cupy_launch('kernel_Correlation_rearrange', cupy_kernel('kernel_Correlation_rearrange', {
				'input': first,
				'output': self.rbot0
			}))(
				grid=tuple([ int((n + 16 - 1) / 16), first.size(1), first.size(0) ]),
				block=tuple([ 16, 1, 1 ]),
				args=[ n, first.data_ptr(), self.rbot0.data_ptr() ],
				stream=Stream
			)

			# ... the second rearrange and kernel_Correlation_updateOutput launches trimmed ...

		elif first.is_cuda == False:
			raise NotImplementedError()

		# end

		return output
	# end

	def backward(self, gradOutput):
		first, second = self.saved_tensors

		assert(gradOutput.is_contiguous() == True)

		gradFirst = first.new_zeros(first.size(0), first.size(1), first.size(2), first.size(3)) if self.needs_input_grad[0] == True else None
		gradSecond = first.new_zeros(first.size(0), first.size(1), first.size(2), first.size(3)) if self.needs_input_grad[1] == True else None

		if first.is_cuda == True:
			# ... per-sample launches of the two gradient kernels trimmed ...

		elif first.is_cuda == False:
			raise NotImplementedError()

		# end

		return gradFirst, gradSecond
	# end
# end

class ModuleCorrelation(torch.nn.Module):
	def __init__(self):
		super(ModuleCorrelation, self).__init__()
	# end

	def forward(self, tensorFirst, tensorSecond):
		return FunctionCorrelation()(tensorFirst, tensorSecond)
	# end
# end
