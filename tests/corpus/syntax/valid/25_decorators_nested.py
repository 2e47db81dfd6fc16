@a
@b(c)
@d.e.f(g, h=i)
class A:
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v
    @staticmethod
    @functools.lru_cache(maxsize=None)
    def s(): pass
    async def m(self): pass
    @decorator
    async def am(self): pass
