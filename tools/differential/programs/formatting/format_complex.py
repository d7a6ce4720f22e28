# format specs on complex numbers: both parts formatted, parentheses only without a spec type
print(format(1 + 2j, '.2f'), format(-1.5j, '>12'), format(complex(1, -1), 'e'), format(2 + 3j))
print('{:.2f}'.format(1 + 2j), '{:>10}'.format(3j), '{:.1e}'.format(1 - 1j), f'{1.5 + 0.5j:^20}|')
print(format(1 + 2j, ''), format(1e20 + 1j, 'g'), format(-0.0 - 0j, ''), format(complex(0, 1) * 3, '+.1f'))
