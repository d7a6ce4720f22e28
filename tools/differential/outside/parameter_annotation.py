# parameter annotations are outside the subset
# expect: NotImplementedError line 3
def f(x: int):
    return x
print(f(1))
