# str and repr of floats agree in 3.11
for x in [0.1, 1e22, 1e-10, 123.456, -0.5]:
    print(str(x), repr(x), str(x) == repr(x))
