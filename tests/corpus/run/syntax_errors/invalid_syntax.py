# A plain invalid-syntax error: nothing is printed because compilation fails.
print("this never runs")
x = 1 +* 2
