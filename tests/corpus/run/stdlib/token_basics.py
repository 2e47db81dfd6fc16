import token
print(token.EXACT_TOKEN_TYPES)
print(token.tok_name)
print(token.__all__)
print(token.ISTERMINAL(5), token.ISNONTERMINAL(300), token.ISEOF(0))
