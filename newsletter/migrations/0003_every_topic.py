"""Subscriber.every_topic: "every topic" said outright, so that deleting someone's only topic never widens it.

Subscribers stored before it who chose topics are marked as not wanting every topic.
"""

from django.db import migrations, models


def mark_those_with_topics(apps, schema_editor):
    Subscriber = apps.get_model("newsletter", "Subscriber")
    Subscriber.objects.filter(topics__isnull=False).update(every_topic=False)


class Migration(migrations.Migration):
    dependencies = [
        ("newsletter", "0002_mailing_list_role"),
    ]

    operations = [
        migrations.AddField(
            model_name="subscriber",
            name="every_topic",
            field=models.BooleanField(default=True, help_text="They chose no topic, so they get every topic."),
        ),
        migrations.RunPython(mark_those_with_topics, migrations.RunPython.noop),
    ]
