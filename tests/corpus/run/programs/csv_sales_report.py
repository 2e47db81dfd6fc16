import csv
import io
import statistics
from collections import defaultdict

DATA = '''region,rep,product,units,price,date
North,Alice,Widget,120,2.50,2024-01-03
North,Bob,Gadget,15,19.99,2024-01-04
South,Carol,Widget,300,2.45,2024-01-04
South,Carol,Gizmo,7,149.00,2024-01-05
East,Dan,"Gadget, Deluxe",4,49.95,2024-01-05
West,Eve,Widget,1000,2.10,2024-01-06
North,Alice,Gizmo,2,155.50,2024-01-07
East,Dan,Widget,85,2.55,2024-01-08
West,Frank,"Thing ""Pro""",12,12345.678,2024-01-09
'''

rows = list(csv.DictReader(io.StringIO(DATA)))
print(len(rows), rows[4]["product"], rows[8]["product"])
for r in rows:
    r["units"] = int(r["units"])
    r["price"] = float(r["price"])
    r["total"] = r["units"] * r["price"]

by_region = defaultdict(list)
for r in rows:
    by_region[r["region"]].append(r["total"])

print(f"{'Region':<8}|{'Count':^7}|{'Total':>14}|{'Mean':>12}|{'Share':>8}")
print("-" * 53)
grand = sum(r["total"] for r in rows)
for region, totals in sorted(by_region.items(), key=lambda kv: sum(kv[1]), reverse=True):
    t = sum(totals)
    print(f"{region:<8}|{len(totals):^7d}|{t:>14,.2f}|{statistics.mean(totals):>12_.3f}|{t / grand:>8.2%}")
print(f"{'TOTAL':<8}|{len(rows):^7}|{grand:>14,.2f}|{'':>12}|{1:>8.1%}")

totals = [r["total"] for r in rows]
print("mean", round(statistics.mean(totals), 4))
print("median", statistics.median(totals))
print("median_low", statistics.median_low(totals), "median_high", statistics.median_high(totals))
print("pstdev %.6f stdev %.6f" % (statistics.pstdev(totals), statistics.stdev(totals)))
print("variance", f"{statistics.variance(totals):.6e}")
print("mode", statistics.mode([r["product"] for r in rows]))
print("multimode", statistics.multimode([r["rep"] for r in rows]))
print("quantiles", [round(q, 3) for q in statistics.quantiles(totals, n=4)])
print("fmean", statistics.fmean([1, 2, 3.5]), statistics.geometric_mean([1, 4, 16]))
print("harmonic", statistics.harmonic_mean([40, 60]))
units = [r["units"] for r in rows]
prices = [r["price"] for r in rows]
print("corr", round(statistics.correlation(units, prices), 6))
lr = statistics.linear_regression(units, prices)
print("linreg", round(lr.slope, 6), round(lr.intercept, 4))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
try:
    statistics.stdev([1])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)

out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writerow(["rep", "total", "note"])
for r in rows[:4]:
    w.writerow([r["rep"], round(r["total"], 2), 'say "hi"' if r["units"] > 100 else None])
print(out.getvalue(), end="")

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["a", "b"], extrasaction="ignore", lineterminator="\r\n")
dw.writeheader()
dw.writerow({"a": 1, "b": "x,y", "c": 3})
dw.writerows([{"a": None, "b": "line\nbreak"}])
print(repr(out.getvalue()))
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"]).writerow({"z": 1})
except ValueError as e:
    print("ValueError:", e)

r = csv.reader(io.StringIO("a;b;'c;d'\n1;;3\n"), delimiter=";", quotechar="'")
print(list(r))
print(list(csv.reader(["  x, y ,z"], skipinitialspace=True)))
sniff = csv.Sniffer().sniff("a|b|c\n1|2|3\n")
print(sniff.delimiter)
print(f"{1234567.891:,}", f"{1234567:_x}", f"{-0.0:+.1f}", f"{12:#010b}", f"{3.14159:=+12.3f}")
print(f"{'abc':*^11}", f"{42:<6}|", f"{1e-7:g}", f"{123456789.0:g}", f"{0.000123456:.3g}")
print("%-10s|%5.1f|%05d|%x|%o|%e|%+d" % ("name", 2.25, 42, 255, 8, 12345.6789, 5))
