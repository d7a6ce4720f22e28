# floats inside containers use repr
print([0.1, 1e16, -0.0, float('inf')], (1.0,), {'x': 2.5e-5})
