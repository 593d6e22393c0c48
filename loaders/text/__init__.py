"""Reading meaning in text: references, dates, names, forums and partners."""
