"""The central store server (``regie-central``): FastAPI over SQLAlchemy, PostgreSQL or a SQLite file.

``api`` is the HTTP face, ``protocol`` the enrolment/push/pull rules, ``admin`` the administrator's use
cases, ``cli`` the command, ``db`` connections and migrations, ``models`` the tables.
"""
