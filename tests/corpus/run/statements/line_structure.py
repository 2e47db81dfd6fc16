# Physical vs logical lines: backslash continuation, brackets, semicolons, comments, blank lines.
total = 1 + \
        2 + \
        3
print(total)
values = [
    1,   # comment inside brackets
    2,

    3,
]
print(values)
x = 1; y = 2; z = x + y
print(x, y, z)
if x: print("compact if"); print("second statement on same line")
for i in range(2): print("compact for", i)
while False: pass
def compact(): return "compact def"
print(compact())
class Compact: attr = "compact class"
print(Compact.attr)
result = (
    "a"
    if x > 0
    else "b"
)
print(result)
call = print(
    "args",
    "spread",
    sep="-",
)
d = {
    "k1": 1,
    "k2": [
        2,
        3,
    ],
}
print(d)
long_condition = (x == 1 and
                  y == 2 and
                  z == 3)
print(long_condition)
s = "string with # not a comment"
print(s)  # trailing comment
	# a comment line indented with a tab is fine
print("after tab comment")
assert x == 1, \
    "continued assert message"
print("end")
