# Nested loops with else clauses, flags, and early returns.
def find_pair(nums, target):
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if a + b == target:
                break
        else:
            continue
        return (a, b)
    return None
print(find_pair([1, 4, 6, 9], 10), find_pair([1, 2], 10), find_pair([], 0))
def primes_below(n):
    out = []
    for k in range(2, n):
        for d in range(2, k):
            if k % d == 0:
                break
        else:
            out.append(k)
    return out
print(primes_below(40))
i = 0
while i < 3:
    j = 0
    while j < 3:
        if i == j == 1:
            break
        j += 1
    else:
        print("inner while completed for i =", i)
    i += 1
for outer in range(3):
    for inner in range(3):
        if inner > outer:
            break
        print(f"({outer},{inner})", end=" ")
    else:
        print("| no break for", outer, end=" ")
print()
count = 0
for a in range(3):
    for b in range(3):
        for c in range(3):
            if (a + b + c) % 4 == 0:
                continue
            count += 1
print("count", count)
for x in range(3):
    pass
else:
    print("else sees x =", x)
while False:
    pass
else:
    print("while-else on false condition runs")
try:
    for q in range(3):
        if q == 1:
            raise StopIteration("manual")
except StopIteration as e:
    print("StopIteration in loop body is not special:", e)
