import torch
from torch.utils.cpp_extension import load
from torch.nn import Parameter, init
import torch.nn.functional as F 

spmm = load(name='spmm', sources=['spmm.cpp', 'spmm.cu'], verbose=True)

class SPMMFunction(torch.autograd.Function):
    @staticmethod
    def forward(ctx, rowptr, colind, colptr, rowind, feat, edge_weight_csr):
        out = spmm.csr_spmm (rowptr, colind, edge_weight_csr, feat)

        ctx.backward_csc = (colptr, rowind, feat, edge_weight_csr)
        return out
    
    @staticmethod
    def backward(ctx, grad_out):
            colptr, rowind, feat, edge_weight_csr = ctx.backward_csc 
            
            edge_weight_csc = spmm.value_csr_to_csc(edge_weight_csr)
            
            grad_feat = spmm.csr_spmm(colptr, rowind, edge_weight_csc, grad_out)
            
            grad_edge_weight = spmm.csr_sddmm(colptr, rowind, grad_out, feat)
            
            return None, None, None, None, grad_feat, grad_edge_weight


from torch_geometric.nn.inits import glorot, zeros  

class GCNConv(torch.nn.Module):
    def __init__(self, in_channels, out_channels, improved=False, cached=False,
                 bias=True, normalize=True, **kwargs):
        super(GCNConv, self).__init__()

        self.in_channels = in_channels
        self.out_channels = out_channels
        self.improved = improved
        self.cached = cached
        self.normalize = normalize

        self.weight = Parameter(torch.Tensor(in_channels, out_channels))

        if bias:
            self.bias = Parameter(torch.Tensor(out_channels))
        else:
            self.register_parameter('bias', None)

        self.reset_parameters()

    def reset_parameters(self):
        glorot(self.weight)
        zeros(self.bias)
        self.cached_result = None
        self.cached_num_edges = None

    def forward(self, x, rowptr, colind, colptr, rowind, edge_weight_csr):
        """"""
        x = torch.matmul(x, self.weight)
        ...
        aggr_out = SPMMFunction.apply(rowptr, colind, colptr, rowind, x, edge_weight_csr)
        if self.normalize:
            aggr_out = aggr_out*in_deg_norm
        if self.bias is not None:
            aggr_out = aggr_out + self.bias
        return aggr_out
    
    def __repr__(self):
        return '{}({}, {})'.format(self.__class__.__name__, self.in_channels,
                                   self.out_channels)
