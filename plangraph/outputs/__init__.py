"""What plangraph writes for people: tables and JSON on the terminal, the
Excel leadership report."""
