# nonlocal is outside the subset
# expect: NotImplementedError line 6
def outer():
    x = 1
    def inner():
        nonlocal x
        x = 2
    inner()
    return x
print(outer())
