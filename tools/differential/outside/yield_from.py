# yield from is outside the subset
# expect: NotImplementedError line 4
def gen():
    yield from [1, 2]
print(list(gen()))
