# an uncaught raise prints the traceback with the source line and exits 1
print('start')
raise ValueError('nope')
