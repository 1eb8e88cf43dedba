"""A corpus of Swedish incident texts for measuring the personal-data guard (issue 11, point 13).

``NEGATIVES``: texts as staff write them, full of things that look like personal data but are
not — dates, times, case numbers, amounts, postcodes, addresses, distances, bus lines and
trains, coordinates, counts, percentages, legal references. The guard must refuse none of them.

``POSITIVES``: texts holding one kind of personal data (the label), written in every way we
have seen people type it: identity numbers with and without a valid check digit, with a dash,
an en dash, a space or nothing; phone numbers with parentheses, en dashes, country codes;
e-mail addresses disguised with "(at)" or spaces; registration numbers with a space, a hyphen,
nothing, old and new style. Built by putting each value into a realistic sentence (so every
format is tried in running text, not alone), plus hand-written texts that mix in look-alikes.

``EITHER``: the municipality's own switchboard in a contact sentence: acceptable either way, so
counted in neither rate.

Measured by ``test_guard_corpus.py``; the figures are reported in docs/incidents.md.
"""

from hjo_safety.personal_data import EMAIL, PERSONNUMMER, PHONE, SAMORDNINGSNUMMER, VEHICLE

# --- Look-alike negatives ------------------------------------------------------------------

NEGATIVES = [
    "Klotter på busskuren vid Torget, upptäckt 2026-03-15 kl. 07.40.",
    "Krossad ruta i gymnastiksalen natten mot 15 mars, polisanmält med ärendenummer 2026-000123.",
    "Ungdomar samlades vid Hamnen mellan 22.00 och 01.30, ca 15 personer.",
    "Skadegörelsen värderas till 12 500 kr enligt fastighetsförvaltningen.",
    "Tre mopeder körde på gång- och cykelvägen längs Strandpromenaden vid 21-tiden.",
    "Ärende K 2026-00417 hos kommunen, åtgärdat 2026-04-02.",
    "Brand i papperskorg på Bangatan 1 B, släckt av räddningstjänsten 23:12.",
    "Larmet gick kl 02:47 och väktaren var på plats 03:05.",
    "Postadress 544 30 Hjo, besöksadress Bangatan 1 B.",
    "Belysningen vid gångtunneln har varit trasig sedan 2026-01-08; felanmälan nr 4471.",
    "Cirka 2,5 km från centrum, vid infarten från riksväg 195.",
    "Buss 400 mot Skövde stod stilla i 20 minuter efter bråket.",
    "Tåg 8723 Hjo–Skövde ersattes av buss; oro på perrongen kl. 17.45.",
    "Position 58.3016, 14.2873 enligt kartan, vid badplatsen.",
    "Koordinater 58°18′ N 14°17′ E, nära småbåtshamnen.",
    "Mellan 19:30 och 23:00 hördes smällar från idrottsplatsen.",
    "Öppettider mån–fre kl. 07.30–16.00, helger stängt.",
    "Fönstret lagades för 3 400 kr inklusive moms.",
    "Skadorna uppskattas till 250 000 kronor efter branden i förrådet.",
    "Vid EST-mötet 2026-03-18 togs läget upp, 4 av 7 organisationer rapporterade.",
    "Incidenten inträffade vecka 11, troligen natten mellan tisdag och onsdag.",
    "Vandaliseringen pågick ca 45 min innan någon ringde 112.",
    "Väktarbolagets rapport nr 2026-0311-07 beskriver tre inbrottsförsök.",
    "Ökning med 35 % jämfört med samma period 2025.",
    "Hastigheten uppmättes till 82 km/h på 40-sträckan vid skolan.",
    "Avståndet mellan lyktstolparna är ca 35 m, två av dem släckta.",
    "Polisens händelsenummer 5000-K123456-26 gäller samma natt.",
    "Diarienummer KS 2026/0123 för trygghetsvandringen.",
    "Mötet flyttades från 14/3 till 21/3 kl 18.",
    "Skadegörelse på 3 bilar i garaget, hus 4, plan -1.",
    "Gruppen, 10–12 ungdomar i åldern 14–16 år, rörde sig mot Stadsparken.",
    "Krossat glas vid entrén, 1,2 m² ruta, byttes 2026-02-20.",
    "Anmält till polisen kl. 23.15, patrull på plats 23.40.",
    "Händelsen började ca 21.30 och var över 22.10.",
    "I december 2025 var det 14 liknande händelser, i januari 9.",
    "Sprejklotter på 6 m vägg, sanering beställd med order 2026-4418.",
    "Fyrverkerier avfyrades mot bussen, linje 401, vid hållplats Hjo busstation.",
    "Dörren stod öppen mellan 00.15 och 05.30 enligt passagesystemet.",
    "Passagesystemets logg visar kort 0042 kl 01:13.",
    "En flaska krossades mot fasaden på Storgatan 12 A.",
    "Vi noterade ca 20 % fler larm under sportlovet v. 8.",
    "Ljudnivån uppmättes till 95 dB vid 00-tiden.",
    "Trygghetsvandring genomförd 2026-04-07 18.00–20.00 med 11 deltagare.",
    "Skolan har 420 elever, händelsen berörde årskurs 7.",
    "Boende i hus 3 och 5 klagade på oväsen efter kl 22.",
    "Nattvandrarna gick 19.00–23.30 och mötte ca 30 ungdomar.",
    "Fastighet Hjo Staden 4:12 drabbades av skadegörelse.",
    "Enligt SFS 2023:196 ska kommunen samordna det brottsförebyggande arbetet.",
    "Uppföljning sker enligt SOU 2021:49 och BRÅ:s metodstöd.",
    "Räddningstjänsten larmades 04.12, ärende RT-2026-0087.",
    "Vattenläcka efter skadegörelse, 1 200 liter, jour ringd 03:40.",
    "Temperaturen var -12 grader, två hemlösa sov i väntsalen.",
    "Fotbollsplanens nät skuret, kostnad 4 800:-.",
    "Lampan i stolpe 17 längs promenaden har bytts.",
    "Stenkastning mot tåget vid km 12+300, enligt Trafikverket.",
    "Cykelstöld ur cykelställ 3, ramnummer inte känt.",
    "Händelsen i rum 204 på plan 2, skolans östra del.",
    "Anmälan inkom 2026-03-16 09:05 via e-tjänsten.",
    "Under perioden 2026-03-01–2026-03-14 registrerades 23 händelser.",
    "Tre av fem kameror ur funktion sedan 12/2.",
    "Lokalen hyrs ut fredagar 18–23, 40 personer max.",
    "Parkeringen P2 har plats för 120 bilar; bränder i två containrar.",
    "Sommarlovet 2026 planeras med 6 extra fritidsgårdskvällar.",
    "Bussen, linje 410, fick en sten mot rutan kl 16.55.",
    "Inbrottsförsök i förråd 12–18, dörrarna bändes.",
    "Ca 150 m från skolan hittades sprutor, lämnade till apoteket.",
    "Vid Hjoån, ungefär 300 meter nedströms bron, låg cyklar i vattnet.",
    "Skylten på väg 195 vid avfart 31 är nedsprejad.",
    "Pågick i omgångar 20.15, 21.40 och 23.05.",
    "SEK 150 i böter utdelades enligt ordningsvakten.",
    "Beloppet 1 500 kr saknades i kassan efter inbrottet.",
    "Klockan 0730 öppnades lokalen och skadan upptäcktes.",
    "Trygghetsmätningen 2025 visar att 62 % känner sig trygga.",
    "Nattbuss 4012 ställdes in på grund av stök.",
    "Avspärrat 12.00–15.30, ca 200 meter av Storgatan.",
    "Lördag 21/3 kl 23 var det lugnt, 2 ungdomar vid kiosken.",
    "Kameran vid entré B, nr 14, spelade in 01.02–01.19.",
    "Protokoll från EST-möte nr 6/2026, punkt 4.",
    "Kv. Gästgivaren 7, uthyrning 2026/27.",
    "Fönster på 120 x 90 cm krossat, beställt nytt för 2 950 kr.",
    "Omkring 40–50 personer samlades på torget efter matchen 3–1.",
    "Hjälpen kom efter 8 min, ambulans från Skövde.",
    "Incidentrapport 26-0415 från skolan, skickad till rektor.",
    "Reparationsorder 7734512 hos fastighetsbolaget.",
    "Hyresavtal nr 4410-23 berörs av klagomålen.",
    "Elskåpet vid pumpstation 3 var uppbrutet, 230 V exponerat.",
    "Stöld av 4 st cyklar värda ca 30 000 kr totalt.",
    "Rökutveckling i trapphus 2, larmet kvitterat 05:58.",
    "Låsbyte beställt, 6 cylindrar à 850 kr.",
    "Händelserna ökade från 12 till 19 mellan kvartal 1 och 2.",
    "Badplatsens bojar 1–8 lossade, hittades i Vättern.",
    "Vid 23-tiden på Valborg samlades ca 200 ungdomar.",
    "Mellan 2026-05-01 och 2026-05-03 sprejades 9 fasader.",
    "Uppmätt promillehalt 0,5 hos föraren enligt polisen.",
    "Avstånd till närmaste kamera: 75 m.",
    "Skolskjutsen, tur 3, fick vänta 15 min på grund av bråk.",
    "Kl. 22:45–23:30 hördes skrik från lekplatsen.",
    "Händelse nr 146 i år, jämfört med 131 förra året.",
    "Ärendet har id 88412 i felanmälningssystemet.",
    "Byggnad 07, port 2, kodlås trasigt sedan 3/4.",
    "Vägbelysningen längs GC-väg 12 släckt mellan stolpe 3 och 9.",
    "Ett 20-tal personer deltog i dialogmötet den 12 maj.",
    "Trafikolycka med två personbilar i korsningen, ingen skadad.",
    "Oljespill 50 l vid båtrampen, sanerat 2026-06-11.",
    "Matchen 19.00, publik ca 350, ordningsvakter 4.",
    "Ungdomarna sa att de var från årskurs 8 och 9.",
    "Budget 2026 för trygghetsåtgärder: 450 tkr.",
    "Arbetsorder 2026-WO-1184 för ny belysning.",
    "Brevlådor 1–24 i trapphuset uppbrutna.",
    "Befolkningen i Hjo är ca 9 200 invånare.",
    "Inbrott i bod nr 3 på koloniområdet, lott 17.",
    "Fyra händelser 3/3, 5/3, 9/3 och 12/3 med samma mönster.",
    "Ringde växeln på måndagen, inget svar förrän 10.15.",
    "Gatlampa 3 på Hamngatan trasig igen.",
    "Trakasserier på bussen mot Skövde, linje 400, kl 15.10.",
    "Kvart över elva gick larmet för tredje gången.",
    "Anmälan gjordes via 114 14 klockan 08.20.",
    "Fakturan till Hjo kommun, org.nr 212000-1553, gäller sanering av klotter.",
    "Väktarbolaget, org.nr 556036-0793, har avtal till 2027-06-30.",
    "Telefontid 08.00–12.00, därefter jourhavande.",
    "Händelsen 2026-03-01–2026-03-14 kopplas till samma grupp.",
    "Sträckan 0,8–1,2 km längs Vättern saknar belysning.",
    "Från 07-tiden till 09.30 stod bilen kvar, ingen registrering noterad.",
]

# --- Positives ----------------------------------------------------------------------------

VALUES = {
    PERSONNUMMER: [
        "850101-1236",
        "8501011236",
        "19850101-1236",
        "850101 1236",
        "19850101 1236",
        "850101 - 1236",
        "850101–1236",
        "850101-1234",  # wrong check digit: still someone's number, typed wrong
        "19850101-1234",
        "920315-4563",
        "780622 7893",
        "010904-3216",
        "630211–6543",
        "990730-1114",
        "050512-2226",
        "881130 3331",
        "700101-4445",  # wrong check digit
        "121212-1212",
        "811218+9876",
        "200009043216",
        "19920315-4560",  # wrong check digit
        "470815-6668",
    ],
    SAMORDNINGSNUMMER: [
        "850771-2381",
        "19850771-2381",
        "910367-1237",
        "910367 1230",  # wrong check digit
    ],
    PHONE: [
        "070-123 45 67",
        "0701234567",
        "070 123 45 67",
        "+46 70 123 45 67",
        "+46701234567",
        "0046 70 123 45 67",
        "(0503) 123 45",
        "0503–123 45",
        "073-987 65 43",
        "076 555 12 34",
        "08-123 456 78",
        "031-12 34 56",
        "0500-44 55 66",
        "072–345 67 89",
        "+46 (0)73 123 45 67",
        "070 - 987 65 43",
        "(031) 12 34 56",
        "0735551234",
    ],
    EMAIL: [
        "kalle.andersson@gmail.com",
        "kalle (at) gmail.com",
        "kalle[at]hotmail.se",
        "kalle @ gmail.com",
        "lisa_b@telia.com",
        "anna.k(at)outlook.com",
        "peter{at}yahoo.se",
        "o.nilsson@hotmail.com",
        "sara @ live.se",
        "nisse(at)gmail(dot)com",
    ],
    VEHICLE: [
        "ABC 123",
        "ABC123",
        "XYZ-789",
        "XYZ 789",
        "ABC 12D",
        "MLB 12A",
        "abc123",
        "xyz-789",
        "KLM 45F",
        "DFG-321",
        "RST 07Y",
        "HJK 555",
    ],
}

TEMPLATES = {
    PERSONNUMMER: [
        "Mannen som bråkade uppgav personnummer {} till väktaren.",
        "Den omhändertagne, {}, fördes till Skövde kl 02.10.",
        "Pnr {} noterades av ordningsvakten vid entrén.",
        "Kvinnan ({}) hade varit på platsen även 2026-03-12.",
        "Enligt polisen är den misstänkte född {} och bor i Hjo.",
        "Eleven med personnummer {} var inblandad i bråket i matsalen.",
        "Skriv in {} i ärendet, sa vakten, ärende 2026-000123.",
        "Uppgiven identitet: {}, ca 35 år, talade svenska.",
        "Hyresgästen {} har fått tre varningar sedan januari.",
        "Han legitimerade sig och numret var {} enligt körkortet.",
        "Föräldern till pojken, {}, kontaktades kl 21.15.",
    ],
    SAMORDNINGSNUMMER: [
        "Personen har samordningsnummer {} enligt Migrationsverket.",
        "Samordningsnr {} uppgavs av mannen på bussen.",
        "Den gripne ({}) hade inget pass.",
        "Enligt socialtjänsten är numret {} kopplat till ärendet.",
    ],
    PHONE: [
        "Anmälaren kan nås på {} efter klockan 17.",
        "Grannen som ringde, tel {}, vill bli kontaktad.",
        "Ring föräldern på {} om pojken syns igen.",
        "Vittnet lämnade numret {} till väktaren kl 22.40.",
        "Kontakta butiksägaren, {}, om kamerabilderna.",
        "Mamman ringde från {} och var orolig för sin son.",
        "Hennes mobil: {}. Hon vill vara anonym i övrigt.",
        "Den som äger båten svarar på {} dagtid.",
        "Sms:a {} när vakten är på plats, sa fastighetsskötaren.",
    ],
    EMAIL: [
        "Vittnet vill ha återkoppling till {} om ärendet.",
        "Mejla gärna pappan på {} efter mötet.",
        "Hyresgästen skrev från {} och klagade på oväsen kl 23.",
        "Kontaktuppgift till anmälaren: {}.",
        "Skicka kamerabilderna till {} före fredag.",
    ],
    VEHICLE: [
        "En bil med reg.nr {} stod parkerad vid badplatsen med motorn igång.",
        "Mopeden {} körde på gångvägen vid skolan kl 21.30.",
        "Bilen {} spelade hög musik på torget efter 23.",
        "Vittnen såg en vit skåpbil, {}, lämna platsen.",
        "Den svarta Volvon ({}) har setts vid Hamnen flera kvällar.",
        "A-traktorn med registreringsnummer {} stoppades av polisen.",
        "Föraren i {} kastade en flaska ut genom fönstret.",
    ],
}


def _built_positives():
    texts = []
    for kind, values in VALUES.items():
        templates = TEMPLATES[kind]
        for index, value in enumerate(values):
            texts.append((templates[index % len(templates)].format(value), kind))
            if index % 2 == 0:  # every other value a second time, in another sentence
                other = templates[(index + 3) % len(templates)]
                texts.append((other.format(value), kind))
    return texts


# Hand-written: personal data among look-alikes (dates, times, case numbers, amounts).
MIXED_POSITIVES = [
    ("Ärende 2026-000123: mannen, 850101-1236, hotade personalen kl 22.30.", PERSONNUMMER),
    ("Den 15/3 kl 23.10 ringde en granne från 070–555 12 34 om bråk vid 544 30.", PHONE),
    ("Skada 12 500 kr; bilägaren (ABC-123) har meddelats via polisen.", VEHICLE),
    ("Kontakt: lisa.svensson (at) gmail.com, helst efter 17.00, ärende 2026-0042.", EMAIL),
    ("Buss 400 kl 16.55, föraren noterade bil XYZ 12F som körde om i 80 km/h.", VEHICLE),
    ("Elev född 050512-2226 skadades lätt, rum 204, plan 2.", PERSONNUMMER),
    ("Ring (0503) 123 45 innan 16.00 om nyckeln till förråd 12.", PHONE),
    ("Hyresgästen i hus 4 mejlade från kalle[at]hotmail.se klockan 23:41.", EMAIL),
    ("Tåg 8723 försenat; en resenär, 19850101–1236, fördes av tåget i Skövde.", PERSONNUMMER),
    ("Position 58.3016, 14.2873; bilen DFG 321 stod på gräset.", VEHICLE),
]

POSITIVES = _built_positives() + MIXED_POSITIVES

# The municipality's own switchboard in a contact sentence: acceptable either way.
EITHER = [
    "Kontakta kommunens kontaktcenter på 0503-350 00 om lampan inte lagas.",
    "Kommunens växel 0503-35000 var stängd efter 16.00.",
]
