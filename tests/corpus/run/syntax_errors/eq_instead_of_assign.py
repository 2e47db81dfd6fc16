# Invalid syntax in an if condition: '=' instead of '=='.
x = 3
if x = 3:
    print("three")
