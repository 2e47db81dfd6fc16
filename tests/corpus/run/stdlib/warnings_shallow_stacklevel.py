# A stacklevel deeper than the stack reports the warning against "sys", line 1.
import warnings

warnings.simplefilter("always")
warnings.warn("from module level", UserWarning, stacklevel=2)
warnings.warn("far too deep", RuntimeWarning, stacklevel=50)


def helper():
    warnings.warn("caller's line", UserWarning, stacklevel=2)


helper()
print("done")
