# Edge cases of the format spec mini-language.
values = [0, 1, -1, 12345, -12345, 3.5, -3.5, 1e10, 1.23456789e-5, float("inf"), float("nan")]
for spec in ["", ">10", "<8", "^9", "+", "-", " ", "010", "_", ","]:
    print(repr(spec), [format(v, spec) for v in values[:5]])
for spec in ["e", ".2e", "E", "f", ".0f", "g", ".3g", "G", "%", ".1%", "n", "10.2f", "+.1e"]:
    print(repr(spec), [format(v, spec) for v in values])
print(format(1234.5, "#.0f"), format(1.0, "#g"), format(0.0001, "g"), format(1e-5, "g"), format(123456789, "g"))
print(format(-0.0, "f"), format(-0.0, "g"), format(0.0, "+f"), format(1e16, "f"), format(1e100, ".3"))
print(format(255, "#010x"), format(255, "#_b"), format(10 ** 10, "_x"), format(-255, "#X"), format(65, "^5c"))
print(format(1.5, ""), format(1e16, ""), format(1.5e-7, ""), format(2.0, ".0"), format(123.456, ".2"))
print(format(3, ".2f"), format(10, "e"), format(True, "d"), format(True, ""), format(False, ">5"))
print(format(12.5, "=+10.2f"), format(-12.5, "=10.2f"), format(12.5, "*<+10.1f"), format(1e3, "010,.1f"))
print(format("text", ".2"), format("text", "^10.3"), format("x", "=^5") if False else "skip")
for bad in [(1, "z"), (1.5, "d"), ("s", "d"), (1, ".2d"), (1, ",_"), ("s", "=5"), (1, "c" if False else "#c")]:
    try:
        print(format(*bad))
    except ValueError as e:
        print("ValueError:", e)
