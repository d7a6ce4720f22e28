# the '@' (matrix multiplication) operator is outside the subset
# expect: NotImplementedError line 5
class M:
    pass
p = M() @ M()
