# Desktop app labels (filled by the GUI).
app-title = Một Cửa
