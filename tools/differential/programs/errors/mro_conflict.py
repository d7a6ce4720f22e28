# an inconsistent MRO raises CPython's TypeError when the class statement runs
class A: pass
class B(A): pass
print('before')
class C(A, B): pass
