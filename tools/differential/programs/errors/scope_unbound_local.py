# assigning to a name anywhere in a function makes it local: reading it first is an UnboundLocalError
# compare: error line
count = 0
def f():
    print('start')
    count += 1
print(f.__code__.co_varnames, count)
f()
print('not reached')
