# generators (yield) are outside the subset
# expect: NotImplementedError line 4
def gen():
    yield 1
for x in gen():
    print(x)
