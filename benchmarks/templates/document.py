from . import Template


class Document(Template):
    name = "document"
