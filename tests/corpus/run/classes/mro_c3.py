# C3 linearisation, including the inconsistent-MRO TypeError.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
def names(cls):
    return [k.__name__ for k in cls.__mro__]
for cls in (K1, K2, K3, Z):
    print(cls.__name__, names(cls))
print(Z.mro() == list(Z.__mro__))
class X: pass
class Y(X): pass
try:
    class Bad(X, Y):
        pass
except TypeError as e:
    print("TypeError:", e)
class P: pass
class Q: pass
class PQ(P, Q): pass
class QP(Q, P): pass
try:
    class Conflict(PQ, QP):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(P, P):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class FromInt(int, str):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class FromBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class FromFive(5):
        pass
except TypeError as e:
    print("TypeError:", e)
class Diamond(Y, object): pass
print(names(Diamond))
