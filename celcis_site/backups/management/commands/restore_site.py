"""`python manage.py restore_site FILE`: bring a backup back into an empty database."""

from django.core.management.base import BaseCommand, CommandError

from celcis_site.backups.archive import BackupError, restore_backup


class Command(BaseCommand):
    help = "Restore a backup archive into the configured database, which must be empty, and MEDIA_ROOT."

    def add_arguments(self, parser):
        parser.add_argument("file", help="A celcis-backup-*.tar.gz written by backup_site.")

    def handle(self, *args, file, **options):
        try:
            manifest = restore_backup(file)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(f"Restored the {manifest['database']} backup of {manifest['created']}.")
        )
