"""Ctrl-C handling for test runs (-c/--catch): results are tracked, no signal is installed."""

__unittest = True

# Registered results by id. (CPython keeps them in a WeakKeyDictionary; a plain dict avoids
# importing weakref at every test run, and results live until the run ends anyway.)
_results = {}
_interrupt_handler = None


def registerResult(result):
    _results[id(result)] = result


def removeResult(result):
    return _results.pop(id(result), None) is not None


def installHandler():
    global _interrupt_handler
    _interrupt_handler = True


def removeHandler(method=None):
    global _interrupt_handler
    if method is not None:
        return method
    _interrupt_handler = None
