# methods and class attributes found along the MRO; the value's refcount counts only its one owner
import sys
class A:
    label = ['a']
    def who(self): return 'A'
class B(A):
    def who(self): return 'B'
class C(A):
    label = ['c']
    def who(self): return 'C'
    def only_c(self): return 'only C'
class D(B, C): pass
d = D()
print(d.who(), d.only_c(), D.label[0], d.label is C.label)
print(sys.getrefcount(C.label), sys.getrefcount(A.label))
print('who' in D.__dict__, 'label' in D.__dict__)
