"""`python manage.py create_staff_user USERNAME --role {editor,moderator,admin}`: a staff account in one step.

The password is asked for twice at a prompt, or read from an environment
variable named with --password-from-env (for scripts: it never appears in
the shell history or the process list), and must pass the site's password rules.
"""

import getpass
import os

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import transaction

from celcis_site.editorial.roles import ROLE_GROUPS


class Command(BaseCommand):
    help = "Create a staff account with one role: editor (news editors), moderator or admin."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--role", required=True, choices=sorted(ROLE_GROUPS))
        parser.add_argument(
            "--email", default="", help="Where workflow notifications go; moderators need one."
        )
        parser.add_argument(
            "--password-from-env",
            metavar="VAR",
            help="Read the password from this environment variable instead of prompting.",
        )

    def handle(self, *args, username, role, email, password_from_env, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            raise CommandError(f"A user called '{username}' already exists; nothing was changed.")
        if email:
            try:
                validate_email(email)
            except ValidationError as error:
                raise CommandError(f"'{email}' is not an email address.") from error

        user = User(username=username, email=email)
        password = self.read_password(password_from_env)
        try:
            validate_password(password, user)
        except ValidationError as error:
            raise CommandError("The password was refused: " + " ".join(error.messages)) from error
        user.set_password(password)

        group = Group.objects.filter(name=ROLE_GROUPS[role]).first()
        if group is None:
            raise CommandError(f"The group '{ROLE_GROUPS[role]}' is missing: run `manage.py migrate` first.")
        with transaction.atomic():
            user.save()
            user.groups.add(group)
        self.stdout.write(self.style.SUCCESS(f"Created {username} in '{group.name}'."))

    def read_password(self, variable):
        if variable:
            password = os.environ.get(variable)
            if not password:
                raise CommandError(f"The environment variable {variable} is not set or is empty.")
            return password
        password = getpass.getpass("Password: ")
        if password != getpass.getpass("Password (again): "):
            raise CommandError("The passwords did not match; nothing was changed.")
        return password
