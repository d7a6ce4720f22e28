# sys.getallocatedblocks() counts pymalloc's blocks: what a program allocates and frees moves it as in CPython
import sys, gc
gc.collect()
b0 = sys.getallocatedblocks()
objs = [object() for _ in range(1000)]
b1 = sys.getallocatedblocks()
pairs = [(i, str(i)) for i in range(300)]
b2 = sys.getallocatedblocks()
big = [0] * 100
b3 = sys.getallocatedblocks()
del objs
b4 = sys.getallocatedblocks()
del pairs, big
b5 = sys.getallocatedblocks()
print(b1 - b0, b2 - b1, b3 - b2, b4 - b3, b5 - b4, b5 - b0)
print(type(b0).__name__, b0 > 0)
