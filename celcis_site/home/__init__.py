"""The home page: latest news and the "worried about a child?" call to action."""
