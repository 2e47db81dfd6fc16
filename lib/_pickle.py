"""CPython's pickle accelerator module; Sharpy's pickle is pure Python and re-exported here."""
from pickle import (PickleError, PicklingError, UnpicklingError, Pickler, Unpickler,  # noqa
                    PickleBuffer, dump, dumps, load, loads)
