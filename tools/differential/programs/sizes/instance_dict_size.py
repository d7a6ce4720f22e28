# a materialised instance __dict__ uses the class's shared keys
import sys
class C:
    pass
a = C()
a.x = 1
a.y = 2
print(sys.getsizeof(a.__dict__))
b = C()
b.x = 1
print(sys.getsizeof(b.__dict__), sys.getsizeof(a.__dict__))
