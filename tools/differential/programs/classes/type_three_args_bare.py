# type('Y', (), {}) gets object as base; counts and what del frees, like a bare class statement
import sys, gc
gc.collect()
Y = type('Y', (), {})
print(Y.__bases__ == (object,), Y.__mro__ == (Y, object))
print(sys.getrefcount(Y), sorted(Y.__dict__))
y = Y()
print(sys.getrefcount(Y), type(y) is Y)
del y
del Y
print(gc.collect())
