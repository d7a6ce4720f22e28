# divisions near zero and tiny quotients
print(1 / 1e308, 1e-308 / 1e10, 5e-324 / 2)
print(1e308 + 1e308)
