# Error raised while evaluating an f-string replacement field.
user = {"name": "ann"}
print(f"name={user['name']}")
print(f"age={user['age']:>5}")
