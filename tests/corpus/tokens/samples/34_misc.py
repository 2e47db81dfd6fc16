x = [
]
print(x)
print(1 if x else 2)
1if 1else 2
