# raise ... from None prints only the new exception
try:
    int('q')
except ValueError:
    print('hiding the context')
    raise TypeError('clean') from None
