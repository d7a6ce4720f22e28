# an uncaught user exception prints its qualified name and str, no message when args are empty
class AppError(Exception):
    pass
class Custom(Exception):
    def __str__(self):
        return 'custom text'
def run(n):
    if n:
        raise Custom()
    raise AppError
print('go')
try:
    run(0)
except AppError as e:
    print('caught', repr(e))
run(1)
