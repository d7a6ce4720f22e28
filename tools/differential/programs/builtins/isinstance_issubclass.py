# isinstance and issubclass with tuples of classes, builtin hierarchies (bool < int), and user classes
class A:
    pass
class B(A):
    pass
class C:
    pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(A, A), issubclass(bool, int))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (float, str)), isinstance(1.0, float))
print(isinstance([], (list, tuple)), isinstance((), list), isinstance('s', str), isinstance(b's', bytes))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(A, type), issubclass(type, object))
print(isinstance({}.keys(), object), issubclass(int, object), issubclass(str, (int, (list, str))))
print(type(b) is B, type(b) == A, type(True) is bool, type(type) is type)
