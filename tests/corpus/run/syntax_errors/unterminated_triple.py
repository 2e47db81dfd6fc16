# Unterminated triple-quoted string.
print("never")
doc = """starts here
and never ends
