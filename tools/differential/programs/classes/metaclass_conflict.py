# two unrelated metaclasses: the derived class gets CPython's metaclass conflict TypeError; the most derived metaclass wins otherwise
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print('TypeError:', e)
class M3(M1): pass
class D(metaclass=M3): pass
class E(A, D): pass
print(type(E).__name__)
class F(D, metaclass=M1): pass
print(type(F).__name__)
try:
    class G(A, metaclass=M2): pass
except TypeError as e:
    print('TypeError:', e)
try:
    type('H', (A, B), {})
except TypeError as e:
    print('TypeError:', e)
X = type('X', (A,), {})
print(type(X).__name__)
