import colorsys

colors = [(1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0), (0.2, 0.4, 0.4), (0.5, 0.5, 0.5), (1.0, 1.0, 1.0),
          (0.0, 0.0, 0.0), (0.9, 0.1, 0.6), (0.25, 0.75, 0.1)]
for rgb in colors:
    hsv = colorsys.rgb_to_hsv(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    yiq = colorsys.rgb_to_yiq(*rgb)
    print(rgb, hsv, hls, yiq)
    print('  back', colorsys.hsv_to_rgb(*hsv), colorsys.hls_to_rgb(*hls), colorsys.yiq_to_rgb(*yiq))
for h in [0.0, 0.1, 0.3, 0.5, 0.7, 0.9, 1.0]:
    print(h, colorsys.hsv_to_rgb(h, 0.5, 0.8), colorsys.hls_to_rgb(h, 0.3, 0.9), colorsys.hls_to_rgb(h, 0.7, 0.4))
print(colorsys.yiq_to_rgb(1.0, 0.6, 0.6), colorsys.yiq_to_rgb(0.0, -0.5, 0.5))
