# '*' unpacking in a class statement's bases is outside the subset
# expect: NotImplementedError line 5
class A:
    pass
class C(*[A]):
    pass
