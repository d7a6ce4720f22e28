# bytes: 33 + length
import sys
print(sys.getsizeof(b''))
print(sys.getsizeof(b'a'))
print(sys.getsizeof(b'abc'))
print(sys.getsizeof(b'\x00' * 100))
