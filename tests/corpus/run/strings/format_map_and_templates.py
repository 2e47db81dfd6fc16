# str.format_map, format with nested attribute/index access, and % with mappings.
class Defaulting(dict):
    def __missing__(self, key):
        return "{" + key + "}"
template = "Hello {name}, you owe {amount:.2f} to {creditor}"
print(template.format_map(Defaulting(name="Ann", amount=12.5)))
print("{0[0]}{0[1]}-{1[key]}".format("ab", {"key": "v"}))
class User:
    def __init__(self):
        self.name = "bob"
        self.tags = ["x", "y"]
        self.meta = {"age": 7}
u = User()
print("{u.name} {u.tags[1]} {u.meta[age]}".format(u=u))
print("%(a)s-%(b)05.1f-%(a)r" % {"a": "A", "b": 2.25})
print("%(x)s" % Defaulting(), "%s %%" % "pct")
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 2.0)]
header = "{:<10}|{:>5}|{:>8}".format("item", "qty", "price")
print(header)
print("-" * len(header))
for name, qty, price in rows:
    print("{:<10}|{:>5d}|{:>8.2f}".format(name, qty, price))
print("{:=^26}".format(" total "), "{:>26.2f}".format(sum(q * p for _, q, p in rows)))
width = 12
for name, qty, _ in rows:
    print(f"{name:.<{width}}{qty:>{width // 2}}")
try:
    "{0[key]}".format({})
except KeyError as e:
    print("KeyError:", e)
try:
    "{0.missing}".format(u)
except AttributeError as e:
    print("AttributeError:", e)
try:
    "{0[5]}".format([1])
except IndexError as e:
    print("IndexError:", e)
try:
    "{} {1}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
