# the empty bytes is a singleton
a = b''
b = b'abc'[3:]
print(a is b)
e = b''
x = b'x'
print(x * 0 is e)
