from . import Template


class Project(Template):
    name = "project"
