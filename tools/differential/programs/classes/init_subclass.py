# __init_subclass__ runs for each subclass, with class keywords; the registry holds the classes
import sys
class Plugin:
    registry = []
    def __init_subclass__(cls, tag='none', **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Plugin.registry.append(cls)
class A(Plugin): pass
class B(Plugin, tag='bee'): pass
class C(B): pass
print([k.__name__ for k in Plugin.registry], A.tag, B.tag, C.tag)
print(sys.getrefcount(A), sys.getrefcount(C), 'tag' in Plugin.__dict__)
