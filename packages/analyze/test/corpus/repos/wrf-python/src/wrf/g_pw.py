from __future__ import (absolute_import, division, print_function)

from .extension import _pw, _tv, _tk
from .constants import Constants
from .util import extract_vars
from .metadecorators import copy_and_set_metadata


@copy_and_set_metadata(copy_varname="T", name="pw",
                       remove_dims=("bottom_top",),
                       description="precipitable water",
                       MemoryOrder="XY",
                       units="kg m-2")
def get_pw(wrfin, timeidx=0, method="cat", squeeze=True, cache=None,
           meta=True, _key=None):
    """Return the preciptiable water.

    This functions extracts the necessary variables from the NetCDF file
    object in order to perform the calculation.

    Returns:
        :class:`xarray.DataArray` or :class:`numpy.ndarray`: The preciptable
        water. If xarray is
        enabled and the *meta* parameter is True, then the result will be a
        :class:`xarray.DataArray` object.  Otherwise, the result will be a
        :class:`numpy.ndarray` object with no metadata.

    """
    varnames = ("T", "P", "PB", "PH", "PHB", "QVAPOR")
    ncvars = extract_vars(wrfin, timeidx, varnames, method, squeeze, cache,
                          meta=False, _key=_key)

    t = ncvars["T"]
    p = ncvars["P"]
    pb = ncvars["PB"]
    ph = ncvars["PH"]
    phb = ncvars["PHB"]
    qv = ncvars["QVAPOR"]

    full_p = p + pb
    ht = (ph + phb)/Constants.G
    full_t = t + Constants.T_BASE

    tk = _tk(full_p, full_t)
    tv = _tv(tk, qv)

    return _pw(full_p, tv, qv, ht)
