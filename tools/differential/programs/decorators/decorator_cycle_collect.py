# a wrapper that stores itself as an attribute forms a cycle freed only by the collector
import gc
def deco(f):
    def wrapper():
        return f()
    wrapper.self_ref = wrapper
    return wrapper
gc.collect()
@deco
def g():
    return 1
print(g(), g.self_ref is g)
del g
print(gc.collect())
