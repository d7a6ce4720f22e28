# a folded constant is merged with an equal literal in the same module
a = 1000
b = 999 + 1
print(a is b)
c = 10 ** 20
d = 10 ** 20
print(c is d)
e = int('1' + '0' * 20)
print(c is e, c == e)
