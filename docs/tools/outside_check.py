"""The round-3 trust findings tried from outside, against a production-like instance.

The instance: PostgreSQL with the demo data (``make demo`` on a ``DATABASE_URL``), then with
``DEBUG=0 SECRET_KEY=… ALLOWED_HOSTS=127.0.0.1 CSRF_TRUSTED_ORIGINS=https://127.0.0.1:8099
OTP_REQUIRED_FOR_ADMINS=1``: ``manage.py collectstatic`` and ``gunicorn hjo_safety.wsgi --bind
127.0.0.1:8099 --workers 2``. The coordinator ``strateg`` needs a confirmed TOTP device whose hex
key is in the file named by ``OUTSIDE_TOTP_KEY_FILE``.

This script speaks plain HTTP to gunicorn with ``X-Forwarded-Proto: https`` (as nginx would) and
keeps the cookies itself, and prints PASS/FAIL per check. Run it with the project's virtualenv:
``.venv/bin/python docs/tools/outside_check.py [http://127.0.0.1:8099]``. It is a drill, not a
test: it writes incidents into the instance it checks.
"""

import binascii
import datetime
import os
import re
import sys

import requests
from django_otp.oath import TOTP

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8099"
H = {"X-Forwarded-Proto": "https", "Host": "127.0.0.1:8099"}
results = []


def check(name, ok, detail=""):
    results.append((name, ok))
    print(("PASS " if ok else "FAIL ") + name + (f" — {detail}" if detail else ""))


class Browser:
    def __init__(self, forwarded_for="10.0.0.1"):
        self.cookies = {}
        self.headers = {**H, "X-Forwarded-For": forwarded_for, "Referer": "https://127.0.0.1:8099/"}

    def req(self, method, path, **kw):
        r = requests.request(
            method,
            BASE + path,
            headers=self.headers,
            cookies=self.cookies,
            allow_redirects=False,
            **kw,
        )
        for c in r.cookies:
            self.cookies[c.name] = c.value
        return r

    def get(self, path, follow=True):
        r = self.req("GET", path)
        n = 0
        while follow and r.status_code in (301, 302) and n < 5:
            loc = r.headers["Location"].replace("https://127.0.0.1:8099", "")
            r = self.req("GET", loc)
            n += 1
        return r

    def csrf(self, html):
        m = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
        return m.group(1) if m else ""

    def login(self, username, password="hjo-demo-2026"):
        r = self.get("/konto/logga-in/")
        r = self.req(
            "POST",
            "/konto/logga-in/",
            data={
                "csrfmiddlewaretoken": self.csrf(r.text),
                "username": username,
                "password": password,
            },
        )
        return r


def text(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


# --- C11: typos on one account do not lock the office --------------------------------------
office = "10.9.9.9"
b = Browser(office)
for _ in range(6):
    b.login("skola", "fel-losenord")
b2 = Browser(office)
r = b2.login("polis")
check(
    "C11 five wrong passwords for 'skola' do not lock 'polis' on the same address",
    r.status_code == 302,
    f"status {r.status_code}",
)
b3 = Browser("10.9.9.10")
r = b3.login("skola")
check("C11 'skola' itself is locked", r.status_code != 302, f"status {r.status_code}")

# --- A4: one-day other-organisation picture ---------------------------------------------------
polis = Browser("10.1.1.1")
r = polis.login("polis")
check("login polis", r.status_code == 302, str(r.status_code))
r = polis.get("/personal/lagesbild/")
check("polis lägesbild 200", r.status_code == 200, str(r.status_code))
orgs = dict(
    (name.strip(), pk)
    for pk, name in re.findall(r'<option value="(\d+)"[^>]*>([^<]+)</option>', r.text)
)
skola = next((pk for name, pk in orgs.items() if "skola" in name.lower()), None)
leaks = []
if skola:
    day = datetime.date.today()
    for back in range(1, 90):
        d = (day - datetime.timedelta(days=back)).isoformat()
        rr = polis.get(f"/personal/lagesbild/?fran={d}&till={d}&organisation={skola}")
        t = text(rr.text)
        if "Under perioden färre än 5" in t:
            # a withheld picture shows no breakdown tables with zeros
            tables = re.findall(r"<table.*?</table>", rr.text, flags=re.S)
            zeros = sum(len(re.findall(r"<td[^>]*>\s*0\s*</td>", tb)) for tb in tables)
            if zeros:
                leaks.append((d, zeros))
    check(
        "A4 no one-day Skola picture as polis shows breakdown zeros beside a masked total",
        not leaks,
        str(leaks[:3]),
    )
else:
    check("A4 found Skola in the filter", False)

# --- A2/A3: public pages do not move when an incident is logged now --------------------------
anon = Browser("10.2.2.2")


def public_snapshot(path):
    r = anon.get(path)
    body = re.sub(r'nonce="[^"]+"|csrfmiddlewaretoken" value="[^"]+"', "", r.text)
    return r.status_code, body


before = {p: public_snapshot(p) for p in ["/trygghet-i-siffror/", "/medborgarloften/"]}
promises = re.findall(r'href="(/medborgarloften/[a-z0-9-]+/)"', before["/medborgarloften/"][1])
for p in promises[:3]:
    before[p] = public_snapshot(p)
t = text(before["/trygghet-i-siffror/"][1])
check(
    "A3 figures page names its release dates",
    "Senast publicerad" in t and "nästa publicering" in t.lower(),
)
r = polis.get("/personal/handelser/ny/")
form = r.text
token = polis.csrf(form)
fields = dict(re.findall(r'<input[^>]+name="([^"]+)"[^>]+value="([^"]*)"', form))
place = re.search(r'<select[^>]+name="place"[^>]*>.*?<option value="(\d+)"', form, flags=re.S)
cat = re.search(r'<select[^>]+name="category"[^>]*>.*?<option value="(\d+)"', form, flags=re.S)
now = datetime.datetime.now()
data = {k: v for k, v in fields.items()}
data.update(
    {
        "csrfmiddlewaretoken": token,
        "occurred_at_0": now.date().isoformat(),
        "occurred_at_1": "12:00",
        "description": "Klotter på väggen vid bryggan.",
        "spara_anda": "on",
    }
)
if place:
    data["place"] = place.group(1)
if cat:
    data["category"] = cat.group(1)
r = polis.req("POST", "/personal/handelser/ny/", data=data)
check(
    "polis logs an incident now",
    r.status_code == 302,
    f"{r.status_code} {text(r.text)[:300] if r.status_code != 302 else ''}",
)
after = {p: public_snapshot(p) for p in before}
changed = [p for p in before if before[p] != after[p]]
check(
    "A2/A3 no public page changes after an incident logged now (public cache off or expired)",
    not changed,
    str(changed),
)

# --- 12: placeholder text shown verbatim --------------------------------------------------------
# --- 13: admin history pages for coordinator need OTP: checked in the test suite ---------------
# --- B8: access log page refuses a reporter ----------------------------------------------------
r = polis.get("/personal/atkomstlogg/", follow=False)
check("B8 a reporter cannot read the access log", r.status_code in (403, 404), str(r.status_code))
r = polis.get("/personal/handelser/export.csv", follow=False)
check("CSV export as polis", r.status_code == 200, str(r.status_code))

# --- 500s: walk the staff pages as polis -------------------------------------------------------
for path in [
    "/personal/",
    "/personal/handelser/",
    "/personal/lagesbild/",
    "/personal/est-moten/",
    "/personal/insatser/",
    "/personal/trygghetsvandringar/",
    "/personal/installningar/",
    "/personal/atgardsplan/sena/",
    "/",
    "/bra/",
    "/est/",
    "/kontakt/",
    "/personuppgifter/",
    "/tillganglighet/",
    "/tipsa/",
    "/medborgarloften/flode/",
]:
    who = polis if path.startswith("/personal") else anon
    r = who.get(path)
    check(
        f"GET {path} as {'polis' if who is polis else 'anonymous'}",
        r.status_code == 200,
        str(r.status_code),
    )


# --- B9 and 12 as polis --------------------------------------------------------------------------
def incident_form(browser, description, confirm):
    r = browser.get("/personal/handelser/ny/")
    form = r.text
    data = dict(re.findall(r'<input[^>]+name="([^"]+)"[^>]+value="([^"]*)"', form))
    data.pop("spara_anda", None)
    place = re.search(r'<select[^>]+name="place"[^>]*>.*?<option value="(\d+)"', form, flags=re.S)
    cat = re.search(r'<select[^>]+name="category"[^>]*>.*?<option value="(\d+)"', form, flags=re.S)
    data.update(
        {
            "csrfmiddlewaretoken": browser.csrf(form),
            "occurred_at_0": "2026-12-01",
            "occurred_at_1": "21:00",
            "description": description,
        }
    )
    if confirm:
        data["spara_anda"] = "on"
    if place:
        data["place"] = place.group(1)
    if cat:
        data["category"] = cat.group(1)
    return browser.req("POST", "/personal/handelser/ny/", data=data)


r = incident_form(polis, "Pratade med Kalle Karlsson vid bryggan om klottret.", confirm=False)
check(
    "B9 a name is warned about before saving",
    r.status_code == 200 and "Det ser ut som ett namn" in r.text,
    str(r.status_code),
)
r = incident_form(polis, "Boende ringde 0701234567 om bråk.", confirm=True)
check(
    "B9 a phone number is refused even with 'spara ändå'", r.status_code == 200, str(r.status_code)
)
marker = "hjo-fragment-csrf-placeholder-5d1e0b"
r = incident_form(polis, f"Texten {marker} står på skylten vid bryggan.", confirm=True)
loc = r.headers.get("Location", "")
check("12 incident with placeholder-looking text saved", r.status_code == 302, str(r.status_code))
if loc:
    page = polis.get(loc.replace("https://127.0.0.1:8099", ""))
    page2 = polis.get(loc.replace("https://127.0.0.1:8099", ""))
    check(
        "12 the text is shown verbatim (twice: miss and kept)",
        marker in page.text and marker in page2.text,
    )

# --- the coordinator with two factors -----------------------------------------------------------
key = binascii.unhexlify(open(os.environ["OUTSIDE_TOTP_KEY_FILE"]).read().strip())
strateg = Browser("10.3.3.3")
r = strateg.login("strateg")
check(
    "coordinator password step redirects to the second factor",
    r.status_code == 302 and "tvastegs" in r.headers.get("Location", ""),
    r.headers.get("Location", ""),
)
r = strateg.get(r.headers["Location"].replace("https://127.0.0.1:8099", ""), follow=False)
token = TOTP(key).token()
r = strateg.req(
    "POST",
    "/konto/tvastegsverifiering/verifiera/",
    data={
        "csrfmiddlewaretoken": strateg.csrf(r.text),
        "token": str(token).zfill(6),
        "otp_token": str(token).zfill(6),
    },
)
check(
    "coordinator verifies the second factor",
    r.status_code == 302,
    f"{r.status_code} {text(r.text)[:200]}",
)
r = strateg.get("/personal/atkomstlogg/")
check(
    "B8 the coordinator reads the access log with polis's export in it",
    r.status_code == 200 and "polis" in r.text,
    str(r.status_code),
)
r = strateg.get("/admin/est_incidents/incident/")
ids = re.findall(r"/admin/est_incidents/incident/(\d+)/change/", r.text)
if ids:
    r = strateg.get(f"/admin/est_incidents/incident/{ids[0]}/history/")
    t = text(r.text)
    check(
        "13 admin history page: no false warning, Swedish",
        r.status_code == 200
        and "finns inte" not in t
        and "Choose a date" not in t
        and "Changed" not in t,
        str(r.status_code),
    )
r = strateg.get("/admin/notifications/outboxmessage/")
check("B6 mail history in the admin opens", r.status_code == 200, str(r.status_code))
r = strateg.get("/personal/lagesbild/")
check("coordinator lägesbild", r.status_code == 200, str(r.status_code))
r = anon.get("/metrics", follow=False)
check("metrics not public", r.status_code == 404, str(r.status_code))
print()
print(f"{sum(ok for _, ok in results)}/{len(results)} passed")
