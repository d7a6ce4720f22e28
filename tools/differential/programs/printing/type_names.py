# type(x).__name__ of common values
class C:
    pass
for v in [1, 1.5, 'a', b'b', [], (), {}, set(), None, True, C(), range(1), len]:
    print(type(v).__name__)
