def f(a, b=1, *args, c, d=2, **kw):
    return a


class C(Base, metaclass=M):
    def m(self) -> int:
        if self:
            pass
        elif not self:
            return 1
        else:
            return 2
