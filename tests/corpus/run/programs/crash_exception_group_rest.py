import sys

def validate(rows):
    errors = []
    for i, row in enumerate(rows):
        try:
            if not row.get("name"):
                raise ValueError(f"row {i}: empty name")
            if row["age"] < 0:
                raise ArithmeticError(f"row {i}: negative age {row['age']}")
        except (ValueError, ArithmeticError) as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("validation failed", errors)

print("start", file=sys.stderr)
try:
    validate([{"name": "a", "age": 1}, {"name": "", "age": 2}, {"name": "c", "age": -5}])
except* ArithmeticError as eg:
    print("arith:", [str(e) for e in eg.exceptions])
