pass
break_ = 1
x = 1 if True else 2
assert isinstance(x, int), f'{x!r} is not int'
del x
import sys; print(sys.argv, file=sys.stderr, end='')
print(*[1, 2], sep=', ')
if __name__ == '__main__':
    main()
