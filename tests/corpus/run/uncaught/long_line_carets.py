# Caret markers on a long expression inside nested calls.
def parse(record):
    return {"id": int(record["id"]), "score": float(record["score"]) / int(record["weight"])}
records = [{"id": "1", "score": "9.5", "weight": "2"}, {"id": "2", "score": "7.0", "weight": "0"}]
results = [parse(r) for r in records]
