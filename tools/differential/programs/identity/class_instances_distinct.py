# every instance is a distinct object
class C:
    pass
objs = [C() for i in range(5)]
print(len(set([id(o) for o in objs])))
print(objs[0] is objs[1])
