"""The floor: the cheapest page the stack can serve, measured in the same run as every page."""

from django.http import Http404, HttpResponse

from hjo_safety.models import Organisation


def floor(request, pk):
    """One indexed primary-key query and a tiny plain-text response, through all middleware."""
    name = Organisation.objects.filter(pk=pk).values_list("short_name", flat=True)[:1]
    rows = list(name)
    if not rows:
        raise Http404
    return HttpResponse(f"ok {rows[0]}\n", content_type="text/plain; charset=utf-8")


def floor_session(request, pk):
    """The floor plus what every logged-in page pays: the session, the user, the memberships."""
    from hjo_safety import permissions

    member = permissions.is_member(request.user)
    response = floor(request, pk)
    response.content += f"member {member}\n".encode()
    return response
