from . import Template


class Register(Template):
    name = "register"
