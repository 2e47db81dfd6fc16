@decorator
@dec.attr(arg)
def f(): pass
x @= y
@ d
class C: pass
