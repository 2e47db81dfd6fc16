import atexit, sys
class H:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"<H {self.n}>"
    def __call__(self):
        print("handler", self.n)
        if self.n == 1: sys.exit(5)
        if self.n == 2: raise KeyError("k")
atexit.register(H(0)); atexit.register(H(1)); atexit.register(H(2))
atexit.register(print, "printing", "args", sep="-")
print("end")
sys.exit(2)
