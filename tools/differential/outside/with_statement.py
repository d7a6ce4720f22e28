# the with statement is not in the subset yet
# expect: NotImplementedError line 6
class Ctx:
    pass
print('before')
with Ctx() as c:
    pass
