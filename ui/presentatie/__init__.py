"""Presentation mode for the team meeting (#10): the projector window, the laptop's controls and their session."""
