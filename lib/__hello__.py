"""CPython's tiny test module: `main()` greets (importing it prints nothing in 3.11)."""

initialized = True


class TestFrozenUtf8_1:
    """\u00b6"""


class TestFrozenUtf8_2:
    """\u03c0"""


class TestFrozenUtf8_4:
    """\U0001f600"""


def main():
    print("Hello world!")


if __name__ == '__main__':
    main()
