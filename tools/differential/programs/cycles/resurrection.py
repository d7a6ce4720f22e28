# a self-cycle resurrected by __del__ is not freed; __del__ never runs twice
import gc
gc.collect()
saved = []
class R:
    def __del__(self):
        print('__del__ runs')
        saved.append(self)
r = R()
r.me = r
del r
print(gc.collect())
print(len(saved))
saved.clear()
print(gc.collect())
