# AttributeError on None from a function that forgot to return.
def find(items, target):
    for i in items:
        if i == target:
            result = i
values = find([1, 2, 3], 2)
print(values.real)
