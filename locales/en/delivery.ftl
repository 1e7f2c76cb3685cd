# delivery: delivery words (en).
