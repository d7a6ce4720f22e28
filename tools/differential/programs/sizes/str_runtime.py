# sizes of strings built at run time
import sys
s = ''
for i in range(5):
    s = s + 'ab'
    print(sys.getsizeof(s))
print(sys.getsizeof('-'.join(['x', 'y', 'z'])))
print(sys.getsizeof('ABC'.lower()))
