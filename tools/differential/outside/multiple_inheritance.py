# classes with several bases are outside the subset
# expect: NotImplementedError line 7
class A:
    pass
class B:
    pass
class C(A, B):
    pass
