"""IsolatedAsyncioTestCase: each test runs in its own event loop."""
import asyncio
import inspect

from .case import TestCase

__unittest = True


class IsolatedAsyncioTestCase(TestCase):
    """A TestCase whose setUp/test/tearDown/cleanups may be coroutine functions."""

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        self._asyncioRunner = None

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        self.addCleanup(*(func, *args), **kwargs)

    async def enterAsyncContext(self, cm):
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol") from None
        value = await enter(cm)
        self.addAsyncCleanup(exit, cm, None, None, None)
        return value

    def _callAsync(self, func, /, *args, **kwargs):
        return self._asyncioRunner.run(func(*args, **kwargs))

    def _callMaybeAsync(self, func, /, *args, **kwargs):
        value = func(*args, **kwargs)
        if inspect.isawaitable(value):
            async def _wait():
                return await value
            return self._asyncioRunner.run(_wait())
        return value

    def _callSetUp(self):
        self._asyncioRunner.get_loop()
        self.setUp()
        self._callAsync(self.asyncSetUp)

    def _callTestMethod(self, method):
        if self._callMaybeAsync(method) is not None:
            import warnings
            warnings.warn(f'It is deprecated to return a value that is not None from a '
                          f'test case ({method})', DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        self._callAsync(self.asyncTearDown)
        self.tearDown()

    def _callCleanup(self, function, *args, **kwargs):
        self._callMaybeAsync(function, *args, **kwargs)

    def run(self, result=None):
        self._asyncioRunner = asyncio.Runner(debug=True)
        try:
            return super().run(result)
        finally:
            self._asyncioRunner.close()
            self._asyncioRunner = None

    def debug(self):
        self._asyncioRunner = asyncio.Runner(debug=True)
        try:
            super().debug()
        finally:
            self._asyncioRunner.close()
            self._asyncioRunner = None
