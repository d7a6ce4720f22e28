# several items with non-name targets: each is entered and stored in turn, and they exit in reverse
class M:
    def __init__(self, n, log):
        self.n = n
        self.log = log
    def __enter__(self):
        self.log.append('enter %d' % self.n)
        return (self.n, self.n * 10)
    def __exit__(self, t, v, tb):
        self.log.append('exit %d %s' % (self.n, t.__name__ if t else None))
        return self.n == 1
class O:
    pass
log = []
o = O()
d = {}
with M(1, log) as (a, b), M(2, log) as o.pair, M(3, log) as d[a]:
    log.append('body %d %d %r %r' % (a, b, o.pair, d))
    raise KeyError('x')
print('\n'.join(log))
print(a, b, o.pair, d)
