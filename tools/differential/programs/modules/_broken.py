# a module whose body raises, imported by user_module_error.py (not a program itself)
LOADED = []
def fail(n):
    return n / 0
fail(1)
