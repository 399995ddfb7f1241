"""No tables of its own: the roles are auth groups and Wagtail permissions (see roles.py).

The module exists so Django sends this app's post_migrate signal, which keeps
the groups in step with roles.py after every `migrate`.
"""
