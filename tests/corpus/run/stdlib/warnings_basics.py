import warnings

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1

warnings.warn("plain user warning")
warnings.warn("plain user warning")
for i in range(3):
    warnings.warn("in a loop")
print(old_api())
warnings.warn(RuntimeWarning("an instance"))
warnings.warn("pending", PendingDeprecationWarning)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded one")
    warnings.warn("recorded two", FutureWarning)
    old_api()
print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught], caught[0].lineno)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print('raised', repr(e))

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="noisy")
    warnings.warn("noisy message is hidden")
    warnings.warn("this one shows")

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", category=UserWarning)
    warnings.warn("hidden user warning")
    warnings.warn("visible bytes warning", BytesWarning)

warnings.simplefilter("once")
warnings.warn("once only")
warnings.warn("once only")
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "code()"), end='')
for bad in [lambda: warnings.simplefilter("bogus"), lambda: warnings.warn("x", category=int),
            lambda: warnings.filterwarnings("ignore", category=5)]:
    try:
        bad()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)
