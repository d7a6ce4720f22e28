# AttributeError on None
x = None
print('x is', x)
x.append(1)
