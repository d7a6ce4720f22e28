# a __slots__ class has no __dict__/__weakref__ descriptors, but each slot's member descriptor refers to it
import sys
class S0:
    __slots__ = ()
class S2:
    __slots__ = ('a', 'b')
class SD:
    __slots__ = ('a', '__dict__')
class SW:
    __slots__ = ('__weakref__',)
print(sys.getrefcount(S0), sys.getrefcount(S2), sys.getrefcount(SD), sys.getrefcount(SW))
