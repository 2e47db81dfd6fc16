# int()'s "invalid literal" message shows at most 200 characters of the literal's repr.
for value in ['a' * 300, 'éa' * 150, '1' * 150 + 'é' * 100, b'x' * 300, bytearray(b'y' * 250), 'z' * 198, 'short']:
    try:
        int(value)
    except ValueError as e:
        text = str(e)
        print(len(text), text[:45], '...', text[-12:])
