# gc.get_count() after class statements: what the class machinery leaves allocated
import gc
gc.collect()
class A: pass
print(gc.get_count())
gc.collect()
class B:
    def f(self): pass
    def g(self): pass
print(gc.get_count())
gc.collect()
class C(A): pass
print(gc.get_count())
