# stacked decorators apply bottom-up; each wrapper adds one closure level
def tag(label):
    def deco(f):
        def wrapper():
            return label + '(' + f() + ')'
        return wrapper
    return deco
@tag('a')
@tag('b')
@tag('c')
def base():
    return 'x'
print(base())
inner = base.__closure__
print(len(inner), sorted(base.__code__.co_freevars))
print(tag.__code__.co_cellvars, tag('z').__code__.co_cellvars)
