"""A patient-FAQ assistant that answers only from the clinic's documents, with exact citations."""
