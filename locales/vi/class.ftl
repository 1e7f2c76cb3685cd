# class: class words (vi).
