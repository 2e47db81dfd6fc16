if a:
    x = 1

    # comment at indent
  # comment dedented
        # comment more
    y = 2



z = 3
