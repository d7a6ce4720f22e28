# floats near decimal halfway points print their shortest round-trip form
print(0.125, 0.375, 2.675, 1.005, 0.045)
print(1.15, 2.5, 3.5, 1e-3, 1.5e-3)
print(123.456e5, 9.87654321e-10)
