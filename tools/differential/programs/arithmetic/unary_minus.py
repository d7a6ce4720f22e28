# unary minus on ints, floats and expressions
x = 5
print(-x, --x, -(-x), -0, -0.0, -(2 ** 70))
