# a non-data descriptor (__get__ only) is shadowed by the instance dict
class Ten:
    def __get__(self, obj, objtype=None):
        return 10
class A:
    t = Ten()
a = A()
print(a.t, A.t)
a.t = 'mine'
print(a.t, A.t)
del a.t
print(a.t)
