# class: class words (bn).
