# ints from -5 to 256 are cached: results of run-time arithmetic are the same objects
a = 256
b = int('256')
print(a is b)
c = 257
d = int('257')
print(c is d)
m5 = -5
m6 = -6
print(int('-5') is m5, int('-6') is m6)
