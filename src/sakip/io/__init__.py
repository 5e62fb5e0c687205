"""Reading and writing the files people bring: spreadsheets, in parallel when large."""
