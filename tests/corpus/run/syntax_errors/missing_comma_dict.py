# Perhaps you forgot a comma?
values = [1, 2 3]
