"""ceinbox: completion certificates in, Cisco Continuing Education items out."""

__version__ = "0.1.0"
