# strings built at run time: counts of the new objects
import sys
s = 'hello world'.upper()
print(sys.getrefcount(s))
t = s
print(sys.getrefcount(s))
u = '-'.join(['ab', 'cd'])
print(sys.getrefcount(u))
