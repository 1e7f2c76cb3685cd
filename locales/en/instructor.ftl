# instructor: instructor words (en).
