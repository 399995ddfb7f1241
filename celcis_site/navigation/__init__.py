"""Site navigation: the main menu and the footer links, edited as a site setting."""
