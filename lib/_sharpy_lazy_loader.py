"""importlib.util.LazyLoader and its module class (CPython 3.11's semantics, Lib/importlib/util.py).

importlib.util is native in Sharpy; it hands attribute lookups of these names to this module. A lazily
loaded module is a _LazyModule until its first attribute access, which runs the real loader's
exec_module on it, turns it back into a plain module and keeps the attributes set in the meantime.
"""

import sys
import types


class _LazyModule(types.ModuleType):
    """A module whose code runs on its first attribute access."""

    def __getattribute__(self, attr):
        # Back to a plain module first, so the lookups below do not recurse into this method.
        self.__class__ = types.ModuleType
        spec = self.__spec__
        name = spec.name
        before = spec.loader_state['__dict__']
        # Attributes added or rebound since exec_module was deferred win over what the code sets.
        changed = {key: value for key, value in self.__dict__.items()
                   if key not in before or before[key] is not value}
        spec.loader.exec_module(self)
        if name in sys.modules and sys.modules[name] is not self:
            raise ValueError(f"module object for {name!r} substituted in sys.modules during a lazy load")
        self.__dict__.update(changed)
        return getattr(self, attr)

    def __delattr__(self, attr):
        # Load first so the deletion applies to the executed module.
        self.__getattribute__(attr)
        delattr(self, attr)


def _require_exec_module(loader):
    if not hasattr(loader, 'exec_module'):
        raise TypeError('loader must define exec_module()')


class LazyLoader:
    """A loader that defers running a module's code until an attribute of the module is used."""

    @classmethod
    def factory(cls, loader):
        """A callable that makes the wrapped loader and wraps it in a LazyLoader."""
        _require_exec_module(loader)
        return lambda *args, **kwargs: cls(loader(*args, **kwargs))

    def __init__(self, loader):
        _require_exec_module(loader)
        self.loader = loader

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        """Make the module lazy: the wrapped loader runs its code on first attribute access."""
        module.__spec__.loader = self.loader
        module.__loader__ = self.loader
        module.__spec__.loader_state = {'__dict__': module.__dict__.copy(), '__class__': module.__class__}
        module.__class__ = _LazyModule
