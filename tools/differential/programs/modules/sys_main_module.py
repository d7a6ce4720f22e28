# sys.modules['__main__'] is this module (its dict is globals()); sys.float_info and sys.int_info struct sequences
import sys, gc
m = sys.modules['__main__']
print(m.__dict__ is globals(), type(m).__name__, gc.is_tracked(m), sys.getsizeof(m), m.__name__, m is sys.modules['__main__'])
x = 5
print(m.x, hasattr(m, 'y'))
m.y = 7
print(y, 'y' in globals())
print(sys.float_info)
print(sys.int_info)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.mant_dig, sys.float_info[0] == sys.float_info.max, len(sys.float_info))
print(sys.int_info.bits_per_digit, sys.int_info[1], len(sys.int_info), type(sys.int_info).__name__, gc.is_tracked(sys.float_info))
print(sys.getsizeof(sys.float_info), sys.getsizeof(sys.int_info), isinstance(sys.int_info, tuple))
class A:
    def __del__(self):
        print('A freed at exit')
a = A()
