# id() equality matches is for live objects
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), (a is b) == (id(a) == id(b)))
