# multi-dimensional subscripts (a tuple of slices) are outside the subset
# expect: NotImplementedError line 5
class G:
    pass
G()[1:2, ::3]
