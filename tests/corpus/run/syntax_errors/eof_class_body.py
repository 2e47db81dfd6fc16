class A:
    pass
class B:
