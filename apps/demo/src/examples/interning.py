import sys

a = 256
b = 256
print(a is b)
c = 257
d = int("257")
print(c is d)
s = "hello_world"
t = "hello_world"
print(s is t)
u = "".join(["hello", "_world"])
print(u is s)
print(sys.intern(u) is s)
