# constant tuples are merged; tuples built at run time are new
a = (1, 2)
b = (1, 2)
print(a is b)
c = tuple([1, 2])
print(a is c, a == c)
