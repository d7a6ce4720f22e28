# instance __dict__ size shrinks as more instances of the class are created
import sys
class C:
    pass
made = [C() for i in range(40)]
a = made[-1]
a.x = 1
a.y = 2
print(sys.getsizeof(a.__dict__))
b = C()
b.x = 1
print(sys.getsizeof(b.__dict__))
