"""A document's file replaced in the admin: resources that attach it have its new text read and indexed."""

from wagtail.search import index


def read_files_again(sender, instance, raw=False, **kwargs):
    """post_save on documents: re-read each attached copy whose text came from another file."""
    if raw:
        return
    from .models import ResourceFile

    for attached in ResourceFile.objects.filter(document=instance).exclude(
        text_file_hash=instance.file_hash or ""
    ):
        attached.document = instance
        if attached.read_text():
            ResourceFile.objects.filter(pk=attached.pk).update(
                text=attached.text,
                page_count=attached.page_count,
                text_status=attached.text_status,
                text_file_hash=attached.text_file_hash,
            )
            index.insert_or_update_object(attached.resource.specific)
