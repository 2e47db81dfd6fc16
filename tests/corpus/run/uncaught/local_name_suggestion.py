# NameError inside a function suggesting a local variable.
def summarize(records):
    record_count = len(records)
    total_value = sum(records)
    return total_value / record_cnt
print(summarize([1, 2, 3]))
