from . import Template


class Tabular(Template):
    name = "tabular"
