# equal string constants in one module are one object, even with spaces
a = 'hello world'
b = 'hello world'
print(a is b)
def f():
    return 'hello world'
print(f() is a)
