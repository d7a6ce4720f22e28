# latin-1, UCS-2 and UCS-4 strings use 1, 2 and 4 bytes per character
import sys
print(sys.getsizeof('caf\xe9'))
print(sys.getsizeof('\xff' * 10))
print(sys.getsizeof('\u20ac'))
print(sys.getsizeof('a\u4e2d\u6587'))
print(sys.getsizeof('\U0001f600'))
print(sys.getsizeof('ab\U0001f600'))
