class A: pass
class B(A): pass
class C(A, B, metaclass=M, **kw): pass
class D(): pass
class E(*bases): pass
@dataclass
class F:
    x: int
    y: int = 0
    def method(self): return self.x
class G:
    class Inner:
        pass
