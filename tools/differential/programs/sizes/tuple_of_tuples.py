# tuples count only their own item pointers
import sys
inner = (1, 2, 3)
outer = (inner, inner, (inner,))
print(sys.getsizeof(inner), sys.getsizeof(outer), sys.getsizeof((outer,)))
