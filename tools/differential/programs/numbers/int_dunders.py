# int's binary dunders called directly: results, NotImplemented for other types, reflected forms, comparisons
a = 7
b = 3
print(a.__add__(b), a.__sub__(b), a.__mul__(b), a.__truediv__(b), a.__floordiv__(b), a.__mod__(b), a.__pow__(b))
print(a.__radd__(b), a.__rsub__(b), a.__rfloordiv__(b), a.__rmod__(b), a.__rpow__(b), a.__divmod__(b), a.__rdivmod__(b))
print(a.__lshift__(b), a.__rshift__(1), a.__and__(b), a.__or__(b), a.__xor__(b), a.__rlshift__(b))
print(a.__add__(1.5), a.__mul__('x'), a.__eq__(7.0), a.__lt__(1.5), a.__eq__(7), a.__ne__(8), a.__ge__(True))
print(int.__add__(2, 3), int.__neg__(5), int.__pos__(-5), int.__abs__(-5), int.__eq__(True, 1), bool.__and__(True, False))
print(True.__add__(True), type(True.__and__(True)).__name__, True.__or__(1), (5).__hash__() == hash(5), (-1).__hash__())
print(a.__sizeof__(), (2**100).__sizeof__(), (0).__sizeof__(), True.__sizeof__(), (-2**30).__sizeof__())
