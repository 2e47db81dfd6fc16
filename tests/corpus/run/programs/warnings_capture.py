"""warnings: catch_warnings(record=True), filters, custom categories, showwarning."""
import warnings

class DeprecatedAPI(DeprecationWarning):
    pass

def old_api(x):
    warnings.warn(f"old_api({x}) is deprecated; use new_api", DeprecatedAPI, stacklevel=2)
    return x * 2

def noisy():
    warnings.warn("plain user warning")
    warnings.warn("runtime issue", RuntimeWarning)
    return 42

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api(1)
    old_api(2)
    noisy()
for w in caught:
    print(w.category.__name__, str(w.message), w.lineno, w.filename.endswith(".py"))
print(issubclass(caught[0].category, DeprecationWarning), type(caught[0].message).__name__)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for i in range(3):
        old_api(i)
        noisy()
print("default filter kept", len(caught), [str(w.message)[:12] for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("error", RuntimeWarning)
    try:
        noisy()
    except RuntimeWarning as e:
        print("raised:", type(e).__name__, e)
    except UserWarning as e:
        print("raised user:", e)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", message="runtime.*")
    noisy()
    print([str(w.message) for w in caught])

def show(message, category, filename, lineno, file=None, line=None):
    print(f"SHOW {category.__name__}: {message}")

with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = show
    noisy()
    warnings.warn_explicit("explicit one", SyntaxWarning, "fake.py", 7)
print(warnings.showwarning is show)
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "code line").rstrip())
w = warnings.WarningMessage("m", UserWarning, "f.py", 1)
print(str(w))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("as error", UserWarning)
    except UserWarning as e:
        print("error:", e, e.args)
    try:
        warnings.warn(DeprecatedAPI("instance"))
    except DeprecationWarning as e:
        print("error:", type(e).__name__, e)
try:
    warnings.simplefilter("loud")
except AssertionError as e:
    print("AssertionError", e)
try:
    warnings.warn("x", int)
except TypeError as e:
    print("TypeError:", e)
warnings.warn("goes to stderr")
warnings.warn("deprecated at top level", DeprecationWarning)
print("done")
