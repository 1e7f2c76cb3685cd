# instructor: instructor words (bn).
