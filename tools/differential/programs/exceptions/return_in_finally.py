# a return in finally overrides the try's return and swallows an exception
def a():
    try:
        return 1
    finally:
        return 2
def b():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
def c():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(a(), b(), c())
