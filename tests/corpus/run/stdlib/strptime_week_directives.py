import time
from datetime import datetime
cases = [("2023-W10-1", "%G-W%V-%u"), ("2024-W01-1", "%G-W%V-%u"), ("2021-W53-7", "%G-W%V-%u"), ("2020 W01 Mon", "%G W%V %a"),
 ("2023 10 1", "%Y %W %w"), ("2023 0 3", "%Y %U %w"), ("2024 52 Sunday", "%Y %U %A"), ("2023 00 Mon", "%Y %W %a"),
 ("02-29", "%m-%d"), ("2024 060", "%Y %j"), ("1999 365 12", "%Y %j %m"), ("Mon 2024-03-05", "%a %Y-%m-%d"),
 ("2023-W10", "%G-W%V"), ("2023 10 1", "%Y %V %u"), ("2023 001 1 W01", "%G %j %u W%V"), ("10 1", "%V %u"),
 ("2023-02-29", "%Y-%m-%d"), ("30", "%d"), ("2000 0 0", "%Y %U %w"), ("1900 1 6", "%Y %W %u")]
for s, f in cases:
    try:
        print(s, f, "->", datetime.strptime(s, f), tuple(time.strptime(s, f))[:9])
    except ValueError as e:
        print(s, f, "-> ValueError:", e)
