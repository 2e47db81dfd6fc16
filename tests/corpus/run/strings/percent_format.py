# printf-style % formatting.
print("%s %r %a" % ("hé", "hé", "hé"))
print("%d|%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42, 42))
print("%x|%X|%#x|%o|%#o|%e|%E|%g|%G" % (255, 255, 255, 8, 8, 12345.678, 0.000123, 12345.678, 1e-10))
print("%f|%.2f|%10.3f|%-10.1f|%+.0f" % (3.14159, 3.14159, 3.14159, 3.14159, 2.5))
print("%c%c" % (65, "z"), "%%", "%s" % None, "%s" % [1, 2], "%s" % ((1, 2),))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 2, 3.14159))
print("%s" % 1.0, "%r" % 1.5e100, "%d" % 3.99, "%i" % True, "%.3s" % "abcdef")
print("%5.1s|" % "xyz", "%10r|" % "a")
for bad in [("%d", "x"), ("%d %d", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", 1), ("%c", 1000000000)]:
    fmt, arg = bad
    try:
        print(fmt % arg)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print("%x" % -255, "%o" % -8, "%e" % 0, "%g" % 100000, "%g" % 1000000, "%.3g" % 1234.5)
