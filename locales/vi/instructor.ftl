# instructor: instructor words (vi).
