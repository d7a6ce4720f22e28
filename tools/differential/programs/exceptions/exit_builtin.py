# the exit() builtin raises SystemExit with the given code
print('bye')
exit(4)
