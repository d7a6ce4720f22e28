# NameError for an undefined name after some output
print('before')
print(undefined_name)
print('never')
