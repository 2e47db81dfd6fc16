# The exception type name is qualified with __module__ unless it is __main__ or builtins.
class ServiceError(Exception):
    pass
ServiceError.__module__ = "myapp.services"
class Inner:
    class NestedError(ValueError):
        pass
try:
    raise Inner.NestedError("nested class exception")
except ValueError as e:
    print("caught", type(e).__qualname__, e)
raise ServiceError("service unavailable")
