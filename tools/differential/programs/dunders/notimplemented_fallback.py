# NotImplemented from __add__ makes Python try the other operand's __radd__
import sys
class A:
    def __add__(self, o):
        return NotImplemented
class B:
    def __radd__(self, o):
        return 'B.__radd__'
class Sub(A):
    def __radd__(self, o):
        return 'Sub.__radd__ first'
print(A() + B())
print(A() + Sub())
print(sys.getrefcount(NotImplemented) > 0)
