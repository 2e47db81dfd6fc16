# Evaluation order of call arguments, operands, subscripts, and dict displays.
def t(label, value=None):
    print("eval", label)
    return label if value is None else value
def f(*args, **kwargs):
    return args, kwargs
print(f(t("a"), t("b"), k=t("c"), *[t("d")], **{"z": t("e")}))
print(t("left", 1) + t("right", 2) * t("mul", 3))
print(t("x", [1, 2, 3])[t("i", 1)])
d = {t("k1"): t("v1"), t("k2"): t("v2")}
print(d)
t("obj", f)(t("arg"))
r = t("cond", True) and t("then", "T") or t("else", "E")
print(r)
lst = [0, 0]
lst[t("idx", 0)] = t("val", 9)
print(lst)
print(t("a", 1) < t("b", 2) < t("c", 0) < t("d", 5))
x = t("lambda", lambda *a: a)(t("p1"), t("p2"))
print(x)
print([t(f"item{i}") for i in range(2)], {t("s1", 1), t("s2", 2)})
def defaults(a=t("default evaluated at def time")):
    return a
print(defaults())
class K:
    attr = t("class attr")
    def m(self, v=t("method default")):
        return v
print(K().m())
print(f"{t('fa')}{t('fb')}")
