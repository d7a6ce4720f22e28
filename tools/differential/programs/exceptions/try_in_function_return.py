# return from try, except and else blocks; the value is returned after finally runs
log = []
def f(x):
    try:
        if x < 0:
            raise ValueError(x)
    except ValueError:
        log.append('except')
        return 'negative'
    else:
        log.append('else')
        return 'positive'
    finally:
        log.append('finally')
print(f(1), f(-1), log)
