# Unterminated string literal.
print("never")
message = "hello
print(message)
