# return, break and continue inside try run the finally block on their way out
def f(n):
    for i in range(n):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            if i == 2:
                return 'returned at 2'
        finally:
            print('finally', i)
    return 'loop ended'
print(f(5))
print(f(2))
def g():
    try:
        try:
            return 'inner'
        finally:
            print('first finally')
    finally:
        print('second finally')
print(g())
