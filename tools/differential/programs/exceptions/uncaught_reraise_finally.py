# a bare raise after a finally keeps the original traceback lines
def step():
    raise KeyError('k')
def run():
    try:
        step()
    except KeyError:
        print('logging and re-raising')
        raise
try:
    run()
finally:
    print('cleanup')
