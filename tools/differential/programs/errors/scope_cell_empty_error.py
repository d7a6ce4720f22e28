# reading a deleted closure variable is a NameError and exits with status 1
# compare: error line
def outer():
    x = 1
    def inner():
        return x
    print(inner())
    del x
    print(inner.__closure__[0] == inner.__closure__[0])
    return inner()
outer()
print('not reached')
