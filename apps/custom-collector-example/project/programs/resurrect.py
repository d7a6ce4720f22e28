import gc
gc.disable()
saved = []
class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
        saved.append(self)
r = R('r')
r.me = r
r.items = [r, [1, 2]]
del r
print('first', gc.collect())
print('saved', len(saved), saved[0].name)
saved.clear()
print('second', gc.collect())
print('done')
