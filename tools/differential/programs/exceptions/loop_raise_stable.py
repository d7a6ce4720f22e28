# raising one saved exception many times: refcounts stay, its traceback chain grows per raise
import sys, gc
shared = ValueError('same')
gc.collect()
for i in range(100):
    try:
        raise shared
    except ValueError as e:
        pass
print(sys.getrefcount(shared))
print(gc.collect())
tb, n = shared.__traceback__, 0
while tb is not None:
    n, tb = n + 1, tb.tb_next
print('a re-raised exception keeps every traceback entry:', n)
shared.__traceback__ = None
print(shared.__traceback__)
