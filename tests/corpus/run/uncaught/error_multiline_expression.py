# Errors inside a call spanning several lines.
def total(*parts):
    return sum(parts)
result = total(
    1,
    2,
    "three",
)
print(result)
