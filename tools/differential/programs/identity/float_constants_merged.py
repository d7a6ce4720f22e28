# equal float constants in one code object are merged; run-time floats are new
a = 1.5
b = 1.5
print(a is b)
c = float('1.5')
print(a is c, a == c)
