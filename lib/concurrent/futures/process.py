"""ProcessPoolExecutor for Sharpy: the same interface, run on worker threads of this process.

Sharpy cannot start worker interpreters, so the calls run on threads (under the GIL): results,
exceptions, map/submit/as_completed and shutdown behave as documented; the work is not parallel
and shares this process's state (no pickling of arguments or results).
"""

from concurrent.futures import _base
from concurrent.futures.thread import ThreadPoolExecutor, BrokenThreadPool
import os


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a process pool is not usable anymore (a worker failed to initialize)."""


class ProcessPoolExecutor(ThreadPoolExecutor):

    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        """Initializes a new ProcessPoolExecutor (worker threads; max_workers defaults to os.cpu_count())."""
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if max_tasks_per_child is not None:
            if type(max_tasks_per_child) is not int:
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        super().__init__(max_workers, thread_name_prefix='ProcessPoolExecutor',
                         initializer=initializer, initargs=initargs)

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Returns an iterator equivalent to map(fn, iter), computed concurrently."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return super().map(fn, *iterables, timeout=timeout)
