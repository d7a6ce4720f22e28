# extend on an empty, a popped-empty and a cleared list
import sys
a = []
a.extend((1, 2, 3))
b = [1]
b.pop()
b.extend((1, 2, 3))
c = [1]
c.clear()
c.extend((1, 2, 3))
print(sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c))
d = [0] * 10
d.extend([1])
print(sys.getsizeof(d))
