"""What every page shares: BasePage, StandardPage and the legal pages, the body blocks, video embeds,
the form builder and visibility.py (what visitors may see)."""
