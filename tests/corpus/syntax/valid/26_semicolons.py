a = 1; b = 2; c = 3;
if a: b; c
while 0: pass; pass
def f(): x = 1; return x
class A: x = 1; y = 2
import a; import b
