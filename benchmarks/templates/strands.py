from . import Template


class Strands(Template):
    name = "strands"
