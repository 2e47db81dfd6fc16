# Closing parenthesis does not match opening bracket.
data = [1, 2, 3)
