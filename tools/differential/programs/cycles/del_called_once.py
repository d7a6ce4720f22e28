# a resurrected object later freed by refcounting does not run __del__ again
import gc
gc.collect()
keep = []
class D:
    def __del__(self):
        print('del')
        keep.append(self)
d = D()
d.me = d
del d
print(gc.collect())
k = keep.pop()
k.me = None
del k
print(len(keep))
print(gc.collect())
