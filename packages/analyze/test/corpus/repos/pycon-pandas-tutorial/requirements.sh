conda install --yes ipython-notebook pandas numexpr
