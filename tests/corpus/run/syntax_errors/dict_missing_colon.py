config = {
    'name': 'demo',
    'size' 10,
}
