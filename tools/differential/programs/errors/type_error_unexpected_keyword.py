# TypeError for an unexpected keyword argument
def f(a):
    return a
print(f(a=1))
f(b=2)
