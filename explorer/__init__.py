"""The plangraph explorer: a Streamlit app over the plan graph, started by
``plangraph serve``.

``app.py`` declares the pages and the sidebar; each page is a short script
in ``screens/``. The pages only lay out widgets: what they show comes from
``data`` (the store and the library's answers, cached), ``views`` (those
answers as tables), ``network`` (networks as standalone, offline, escaped
HTML), ``downloads`` (tables as CSV and Excel) and ``widgets`` (what every
page draws the same way).
"""
