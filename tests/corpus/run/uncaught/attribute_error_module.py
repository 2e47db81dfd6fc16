# AttributeError on a str method typo.
text = "hello"
print(text.upper())
print(text.uper())
