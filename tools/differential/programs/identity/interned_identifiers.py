# identifier-like string constants are interned; run-time joins are not until sys.intern
import sys
a = 'hello_world'
b = 'hello_' + 'world'
print(a is b)
c = ''.join(['hello_', 'world'])
print(a is c, a == c)
print(sys.intern(c) is a)
