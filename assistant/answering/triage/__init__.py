"""Triage: red flags, their clinical context, the learned reading and personal situations."""
