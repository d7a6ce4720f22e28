# type(K) is type; type's own attributes and the refcount of the metaclass relationship
class K: pass
print(type(K) is type, type(type) is type, isinstance(K, type))
print(type(K).__name__, K.__class__ is type, issubclass(type, object))
print(type.__mro__ == (type, object), object.__bases__)
print(type(K()).__name__)
