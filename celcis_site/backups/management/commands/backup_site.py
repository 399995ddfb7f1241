"""`python manage.py backup_site [--output-dir DIR]`: a timestamped archive of the database and media."""

from django.core.management.base import BaseCommand, CommandError

from celcis_site.backups.archive import BackupError, create_backup


class Command(BaseCommand):
    help = "Write backups/celcis-backup-<timestamp>.tar.gz: a database dump and the uploaded media."

    def add_arguments(self, parser):
        parser.add_argument("--output-dir", default="backups", help="Where to write the archive.")

    def handle(self, *args, output_dir, **options):
        try:
            path = create_backup(output_dir)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(path))
