# Compile-time SyntaxWarnings go through the warnings module (stderr, once per compile).
import warnings
x = 5
if x is 5:
    print("is literal")
if x is not "a":
    print("is not literal")
def f():
    assert (x, "always true")
try:
    (1, 2)(3)
except TypeError as e:
    print(e)
try:
    print([1, 2][1, 2])
except TypeError as e:
    print(e)
src = "y = 3\nif y is 3: pass\n"
exec(compile(src, "<src>", "exec"))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile(src, "<caught>", "exec")
print([(w.category.__name__, str(w.message), w.filename, w.lineno) for w in caught])
warnings.simplefilter("error")
try:
    compile(src, "<err>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
