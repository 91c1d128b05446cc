"""The plan screens: drafting, comparing, reading through with the client, consent and signing, documents."""
