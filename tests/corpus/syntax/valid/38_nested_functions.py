def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        def innermost():
            global y
            y = x
        return innermost
    return inner
class A:
    def m(self):
        class B:
            def n(self):
                return lambda: [self for _ in range(1)]
        return B
