# Uncaught user-defined exception with __str__ and a note.
class InventoryError(Exception):
    def __init__(self, item, qty):
        super().__init__(item, qty)
        self.item = item
        self.qty = qty
    def __str__(self):
        return f"cannot take {self.qty} of {self.item}"
err = InventoryError("apples", 5)
err.add_note("stock was 3")
err.add_note("check the warehouse")
raise err
