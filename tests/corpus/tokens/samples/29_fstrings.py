x = f"{a!r:>{width}} {b=} {{literal}}"
y = f"""{
    x
}"""
z = rf"\{x}"
