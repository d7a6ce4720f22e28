# lambdas stored and called
double = lambda x: x * 2
add = lambda a, b=10: a + b
print(double(4), add(1), add(1, 2))
print(sorted([(1, 'b'), (2, 'a')], key=lambda p: p[1]))
