# reading a local before assignment raises UnboundLocalError, a subclass of NameError
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    except NameError:
        print('NameError clause')
    x = 1
    return x
print(f())
print(issubclass(UnboundLocalError, NameError))
