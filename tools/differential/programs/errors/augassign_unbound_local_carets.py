# reading an unbound local in `n += 1` marks the name only
def f():
    total = 0
    for i in range(3):
        total += i
    print(total)
    n += 1
f()
