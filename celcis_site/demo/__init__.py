"""Demo content: the 2017 #WhoIsSam article and the pages around it, loaded idempotently."""
