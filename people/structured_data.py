"""schema.org `Person` for a person page, also used for the authors of Knowledge Bank resources."""

CELCIS = {"@type": "Organization", "name": "CELCIS"}
PHOTO_SPEC = "fill-320x320"


def person_schema(person, request):
    """A schema.org Person as an author: name, address and ORCID iD."""
    data = {
        "@type": "Person",
        "name": person.title,
        "familyName": person.family_name,
        "url": person.get_full_url(request),
    }
    if person.orcid:
        data["identifier"] = person.orcid_url
        data["sameAs"] = [person.orcid_url]
    return data


def person_page_schema(person, request, *, links, expertise):
    """A schema.org Person with all their own page says: role, employer, e-mail, photo, profiles, topics."""
    data = {"@context": "https://schema.org", **person_schema(person, request)}
    data["jobTitle"] = person.role
    data["worksFor"] = CELCIS
    if person.email:
        data["email"] = person.email
    profiles = data.get("sameAs", []) + [link.url for link in links]
    if profiles:
        data["sameAs"] = profiles
    if expertise:
        data["knowsAbout"] = [topic.name for topic in expertise]
    if person.photo:
        data["image"] = request.build_absolute_uri(person.photo.get_rendition(PHOTO_SPEC).url)
    return data
