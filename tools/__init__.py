"""Tools beside the service: evaluation, benchmark, load."""
