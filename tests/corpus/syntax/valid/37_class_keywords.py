class A(B, C, metaclass=M): pass
class D(*E, **F): pass
class G(x=1): pass
class H(object,): pass
