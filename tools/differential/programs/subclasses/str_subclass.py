# a str subclass: methods return plain str, sizes of instances
import sys, gc
class Name(str):
    def shout(self): return self.upper() + '!'
n = Name('bob')
print(n, n.shout(), type(n.upper()).__name__, n == 'bob', len(n))
print(sys.getsizeof(n), sys.getsizeof('bob'), gc.is_tracked(n), isinstance(n, str))
print(repr(n), n + 'x', type(n + 'x').__name__)
