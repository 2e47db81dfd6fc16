# Cannot use an assignment expression with an attribute.
class A: pass
a = A()
print((a.x := 5))
