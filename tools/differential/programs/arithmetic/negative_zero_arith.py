# negative zero in arithmetic
z = -0.0
print(z, z + 0, z * 5, -z, z == 0.0)
print(0 * -1, 0.0 * -1)
