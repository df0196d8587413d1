"""Customer value and lifecycle: BG/NBD, Gamma-Gamma, CLV, RFM, stages and action lists.

Everything here is Qt-free and works on plain pandas/numpy data. The models are written
directly on scipy (no ``lifetimes``/``pymc`` at run time).
"""
