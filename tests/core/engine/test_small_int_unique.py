"""small_int_unique must agree with np.unique(..., return_inverse=True) exactly."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from retention_desktop.core.engine.stats import small_int_unique


@settings(max_examples=300, deadline=None)
@given(arrays(st.sampled_from([np.int32, np.int64]), st.integers(0, 400),
              elements=st.integers(-50, 3000)))
def test_matches_numpy_unique(keys):
    codes, inverse = small_int_unique(keys)
    ref_codes, ref_inverse = np.unique(keys, return_inverse=True)
    assert codes.dtype == ref_codes.dtype
    np.testing.assert_array_equal(codes, ref_codes)
    np.testing.assert_array_equal(inverse, ref_inverse)
    np.testing.assert_array_equal(codes[inverse], keys)


def test_wide_range_falls_back_and_still_agrees():
    keys = np.array([0, 10**12, 5, 10**12], dtype=np.int64)
    codes, inverse = small_int_unique(keys)
    np.testing.assert_array_equal(codes, [0, 5, 10**12])
    np.testing.assert_array_equal(inverse, [0, 2, 1, 2])
