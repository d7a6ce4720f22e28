# TypeError calling a non-callable
x = 5
print('x is', x)
x()
