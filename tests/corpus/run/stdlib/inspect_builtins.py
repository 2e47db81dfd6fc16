import inspect
for f in (len, print, sorted, isinstance, sum, round, divmod, str.join, "".join, [].append, list.append, dict.get, {}.get, dict.fromkeys, str.split, "a".split, list, tuple, float, object, enumerate, str.encode, int.to_bytes, (5).to_bytes, max, int, dict, set.add, compile, open, pow):
    try:
        print(inspect.signature(f))
    except ValueError as e:
        print("ValueError", e)
print(inspect.signature(print).bind(1, 2, sep="x").arguments)
class MyList(list): pass
print(inspect.signature(MyList().append))
