# class: class words (en).
