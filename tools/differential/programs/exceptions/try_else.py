# else runs only when the try body raised nothing; finally runs either way
def run(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print(x, 'divide by zero')
    else:
        print(x, 'else', r)
    finally:
        print(x, 'finally')
run(2)
run(0)
for i in range(3):
    try:
        pass
    except Exception:
        pass
    else:
        print('else in loop', i)
