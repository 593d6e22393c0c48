"""The explorer's pages, one short script each, run by explorer/app.py
through st.navigation. (Not called ``pages/``: Streamlit treats a folder of
that name beside the main script as an old-style multipage app.)"""
