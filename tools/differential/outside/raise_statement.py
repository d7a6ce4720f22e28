# raise is not in the subset yet
# expect: NotImplementedError line 4
print('about to raise')
raise ValueError('no')
