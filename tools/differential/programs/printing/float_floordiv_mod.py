# float floor division and modulo go through fmod, as CPython computes them: 7.0 // 0.1 is 69.0
vals = [7.0, -7.0, 0.0, -0.0, 1e300, 5.5, 0.3, -0.3, 1.0, 3.0, 2.5, 1e-300, 10.0, 0.7]
for a in vals:
    for b in [0.1, -0.1, 2.0, -2.0, 0.3, 1e-300, 3.0, -1e300, 0.7, 1e300]:
        print(a, b, a // b, a % b)
print(7.0 // 0.1, -7.0 // 0.1, 0.0 // -1.0, -0.0 // 1.0, 1.0 // float('inf'), -1.0 // float('inf'))
