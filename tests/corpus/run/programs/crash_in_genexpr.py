class Order:
    def __init__(self, items):
        self.items = items

    def total(self):
        return sum(self.line_total(i) for i in self.items)

    def line_total(self, item):
        return item["qty"] * self.price_of(item)

    def price_of(self, item):
        prices = {"apple": 0.5, "pear": 0.75}
        return prices[item["sku"]] * (1 - item.get("discount", 0) / 100)

def process(orders):
    results = []
    for o in orders:
        results.append(round(o.total(), 2))
        print("processed", results[-1])
    return results

orders = [Order([{"sku": "apple", "qty": 4}]), Order([{"sku": "pear", "qty": 2, "discount": 10}]),
          Order([{"sku": "apple", "qty": 1}, {"sku": "kiwi", "qty": 3}])]
process(orders)
