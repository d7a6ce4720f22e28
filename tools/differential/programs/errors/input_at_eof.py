# input() with stdin at its end raises EOFError ('EOF when reading a line')
# compare: error line
print('asking')
line = input()
print('not reached', line)
