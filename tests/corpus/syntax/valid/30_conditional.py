a = b if c else d
a = (b if c else d) if e else f
a = b if (c if d else e) else f
a = lambda: b if c else d
a = [b if c else d for e in f if g]
a = not b if c else d
a = b or c if d and e else f
