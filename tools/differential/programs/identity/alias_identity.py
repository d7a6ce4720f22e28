# names bound to one object are identical; copies are not
a = [1, 2]
b = a
c = a[:]
print(a is b, a is c, id(a) == id(b), id(a) == id(c))
d = {'k': a}
print(d['k'] is a)
