# fixed sizes of bool, None, float and object()
import sys
print(sys.getsizeof(True), sys.getsizeof(False), sys.getsizeof(None))
print(sys.getsizeof(1.5), sys.getsizeof(-0.0), sys.getsizeof(object()))
