# plain instances are 56 bytes whatever their attributes
import sys
class C:
    pass
a = C()
print(sys.getsizeof(a))
a.x = 1
a.y = [1, 2, 3]
a.z = 'text'
print(sys.getsizeof(a))
