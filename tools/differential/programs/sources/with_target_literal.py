# a with target that cannot be assigned: "cannot assign to literal" under the literal inside the tuple
# expect-exit: 1
# compare: stderr
print('never printed')
class M:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        pass
with M() as (a, 3):
    pass
