import atexit

def cleanup(resource):
    print("releasing", resource)

atexit.register(cleanup, "db")
atexit.register(cleanup, "cache")

def fail():
    raise RuntimeError("unhandled failure")

print("before failure")
fail()
