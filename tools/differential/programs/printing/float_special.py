# inf, nan and negative zero
print(float('inf'), float('-inf'), float('nan'))
print(-0.0, 0.0 * -1, -0.0 + 0.0)
print(repr(float('inf')), str(-0.0))
