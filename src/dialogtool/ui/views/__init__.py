"""The views of one indicator on the data page: trend, comparison, latest value, details."""
