# big ints and floats made at run time
import sys
n = int('123456789012345678901234567890')
print(sys.getrefcount(n))
m = n
print(sys.getrefcount(n))
f = float('2.5') * 3.0
print(sys.getrefcount(f))
