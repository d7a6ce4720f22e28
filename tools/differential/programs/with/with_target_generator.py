# a generator whose with statement stores into a tuple target: suspended inside, then closed, runs __exit__
import gc, sys
class M:
    def __enter__(self):
        print('enter')
        return ('k', [1, 2])
    def __exit__(self, t, v, tb):
        print('exit', t.__name__ if t else None)
def g(store):
    with M() as (store['key'], store['val']):
        yield store['key']
        yield len(store['val'])
s = {}
it = g(s)
print(next(it), s)
print(next(it))
print(gc.is_tracked(it))
it.close()
print(s)
