# delivery: delivery words (vi).
