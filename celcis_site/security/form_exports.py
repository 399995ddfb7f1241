"""Form submission exports from the admin with formula cells neutralised (see csv_cells.py).

Set as `submissions_list_view_class` on every form page type.
"""

from wagtail.contrib.forms.views import SubmissionsListView

from .csv_cells import neutralise


class NeutralisedSubmissionsListView(SubmissionsListView):
    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return neutralise(value) if export_format == self.FORMAT_CSV else value
