# a class decorator receives the class object and may return it after changing it
import sys
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    cls.registered = True
    return cls
@register
class Plugin:
    pass
print(registry, Plugin.registered, registry['Plugin'] is Plugin)
def replace(cls):
    return 'replaced ' + cls.__name__
@replace
class Gone:
    pass
print(Gone)
