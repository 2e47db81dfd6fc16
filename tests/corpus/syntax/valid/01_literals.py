a = 0; b = 0x_1F; c = 0o17; d = 0b1010_1010; e = 1_000_000
f = 1.5; g = 1e16; h = 1e-5; i = .5; j = 5.; k = 1_0.0_1e+1_0
l = 3j; m = 1.5J; n = 1e100j; o = 123456789012345678901234567890
p = 0xFFFFFFFFFFFFFFFFFFFFFFFF; q = 1e400; r = 0.1; s = 1/3
t = None, True, False, ...
