"""The keukentafelgesprek page and its parts (issue "At the kitchen table")."""
