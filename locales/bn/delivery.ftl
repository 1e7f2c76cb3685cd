# delivery: delivery words (bn).
