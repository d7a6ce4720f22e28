# str.format with numeric specs on int/float/bool/complex, grouping, sign-aware padding and 'n'
print('{:d} {:5d}| {:<5d}| {:^5d}| {:x} {:#X} {:o} {:b}'.format(42, 42, 42, 42, 255, 255, 8, 5))
print('{:.3f} {:.2e} {:.4g} {:,.2f} {:_} {:+.1f}'.format(3.14159, 12345.678, 0.000123456, 9876543.21, 10**7, 2.05))
print('{:=10.2f}|{:=+10d}|{:010.3f}|{:+010d}'.format(-3.14159, 7, -1.5, -42))
print('{:g} {:g} {:g} {:g} {:g}'.format(1e-5, 123456789.0, 0.0, 100.0, 1.5e300))
print('{:.0f} {:.0f} {:.0f} {:.1f} {:.2f}'.format(0.5, 1.5, 2.5, 0.25, 1.005))
print('{:5}|{:<5}|{:5}|{:>5}|'.format(True, False, 1.5, 'ab'))
print('{:n} {:n}'.format(1234567, 12345.678))
total = 0
for price in [19.99, 5.01, 0.1]:
    total += price
    print('{:>8.2f} {:>10.4f}'.format(price, total))
