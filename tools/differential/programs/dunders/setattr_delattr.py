# __setattr__/__delattr__ route every store and delete; object.__setattr__ does the storing
import sys
log = []
class Guard:
    def __setattr__(self, name, value):
        log.append('set ' + name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        log.append('del ' + name)
        object.__delattr__(self, name)
g = Guard()
v = [0]
g.x = v
g.y = 2
print(sys.getrefcount(v))
del g.x
print(log, sys.getrefcount(v), sorted(vars(g)))
