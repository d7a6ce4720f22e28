# str.format with more fields than arguments: IndexError "Replacement index 1 out of range"
# compare: error line
print('{} {}'.format('one', 'two'))
print('{} {}'.format('only'))
