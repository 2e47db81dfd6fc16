# Invalid character in identifier.
value = 5 × 3
