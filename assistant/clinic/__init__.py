"""What the clinic keeps in its database: staff users, API keys, the question queue, feedback."""
