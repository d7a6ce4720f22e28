# a package imported by user_module_package.py (not a program itself)
print('package init', __name__, __package__)
ORIGIN = (0, 0)
