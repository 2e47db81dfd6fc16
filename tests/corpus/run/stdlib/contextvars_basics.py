import contextvars
from contextvars import ContextVar, copy_context, Context, Token

request_id = ContextVar("request_id", default="none")
user = ContextVar("user")

print(request_id.name, request_id.get(), user.get("anonymous"))
try:
    user.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__, e.args[0] is user)

token = request_id.set("req-1")
print(request_id.get(), token.var is request_id, token.old_value is Token.MISSING, Token.MISSING)
token2 = request_id.set("req-2")
print(request_id.get(), token2.old_value)
request_id.reset(token2)
print(request_id.get())
request_id.reset(token)
print(request_id.get())
try:
    request_id.reset(token)
except RuntimeError as e:
    print("RuntimeError", "has already been used once" in str(e))
t = user.set("alice")
try:
    request_id.reset(t)
except ValueError as e:
    print("ValueError", "was created by a different ContextVar" in str(e))
user.reset(t)


def handler(name):
    user.set(name)
    request_id.set("req-" + name)
    return f"{user.get()}:{request_id.get()}"


ctx = copy_context()
print(ctx.run(handler, "bob"))
print(user.get("nobody"), request_id.get())
print(ctx[user], ctx.get(request_id), user in ctx, len(ctx) >= 2)
print(sorted(v.name for v in ctx if v in (user, request_id)))
print(sorted(val for var, val in ctx.items() if var in (user, request_id)))

ctx2 = ctx.copy()
ctx2.run(user.set, "carol")
print(ctx[user], ctx2[user])


def nested():
    try:
        ctx.run(lambda: None)
    except RuntimeError as e:
        print("RuntimeError", "is already entered" in str(e))


ctx.run(nested)

empty = Context()
print(len(empty), list(empty), empty.get(user, "dflt"))
try:
    empty[user]
except KeyError:
    print("KeyError")
t3 = None


def set_in_ctx():
    global t3
    t3 = user.set("dave")


empty.run(set_in_ctx)
try:
    user.reset(t3)
except ValueError as e:
    print("ValueError", "was created in a different Context" in str(e))

try:
    ContextVar(42)
except TypeError as e:
    print("TypeError:", e)
try:
    class Sub(ContextVar):
        pass
except TypeError as e:
    print("TypeError:", e)
print(repr(request_id).startswith("<ContextVar name='request_id' default='none' at 0x"))
print(repr(user).startswith("<ContextVar name='user' at 0x"))
print(isinstance(ctx, Context), type(copy_context()).__name__)


# A typical use: per-call state for nested helpers.
depth = ContextVar("depth", default=0)


def log(msg):
    print("  " * depth.get() + msg)


def traced(fn):
    def wrapper(*args):
        tok = depth.set(depth.get() + 1)
        try:
            log(f"enter {fn.__name__}")
            return fn(*args)
        finally:
            log(f"exit {fn.__name__}")
            depth.reset(tok)
    return wrapper


@traced
def inner(x):
    log(f"working on {x}")
    return x * 2


@traced
def outer(x):
    return inner(x) + 1


print(outer(5), depth.get())
