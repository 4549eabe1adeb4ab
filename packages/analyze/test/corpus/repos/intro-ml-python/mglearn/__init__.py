from . import plots
from . import tools
from .plots import cm3, cm2

__all__ = ['tools', 'plots', 'cm3', 'cm2']
