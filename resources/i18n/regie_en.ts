<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AanmeldingPage</name>
    <message>
        <source>Nieuwe aanmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoed: direct handelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fout in de aanmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen in het huishouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoo&amp;n toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoon toevoegen (partner, kind …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Straat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Huisnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huisnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1234 AB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fout bij postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarschuwing werkgebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Woonplaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woonplaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kanaal van de aanmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kanaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verw&amp;ijzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisatie en naam van de verwijzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hulpvraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarmee wil de inwoner geholpen worden?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ulpvraag *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrokken professionals, één per regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>één per regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrokken professiona&amp;ls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoed: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemming voor gegevensverwerking besproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitleg procedure gegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aan&amp;melden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inloop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijzing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mogelijk dubbel dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestaand dossier &amp;openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestaand dossier openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toch registreren (andere persoon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verw&amp;ijzer *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit adres ligt buiten het werkgebied van uw team ({area}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concept niet bewaard: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concept bewaard om {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet-afgeronde aanmelding hersteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbeter eerst de rood gemarkeerde velden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanmelding annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wilt u de ingevulde aanmelding weggooien?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Regie kan niet starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regisseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laatste activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (spoed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoeken in caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam, adres of postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter op fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle fasen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal casussen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} casussen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} van {total} casussen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogSeam</name>
    <message>
        <source>Afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Klaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw werkruimte is gemaakt. Met Voltooien opent u Regie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regie vergrendelt zichzelf na een paar minuten zonder gebruik; met Ctrl+L vergrendelt u meteen. Daarna opent u Regie weer met uw wachtwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>Regie — werkruimte maken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <source>← Terug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huishouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huishouden zonder personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casus — fase {fase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aangemeld op {date}. Hulpvraag: {vraag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(niet ingevuld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoed: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fasegeschiedenis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fasegeschiedenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versie {n}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog geen plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: {plans}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leefgebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laatste ZRM-scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n.v.t.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet besproken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Wie bent u?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw naam staat bij alles wat u in Regie vastlegt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor- en achternaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team (niet verplicht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet verplicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding bij de naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul uw naam in. Regie zet die bij alles wat u vastlegt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstrumentPage</name>
    <message>
        <source>Instrument van uw team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met welk instrument scoort uw team de zelfredzaamheid?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe casussen gebruiken dit instrument. Weet u het niet, neem dan de Zelfredzaamheid-Matrix 2017: dat is de standaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding bij het instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (standaard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} leefgebieden · versie {version}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Regie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtlijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergrendelstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regie vergrendelen; daarna is uw wachtwoord weer nodig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe aanmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een nieuw huishouden aanmelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instellingen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergrendeltijd, weergave en het instrument van het team instellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkbalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontgrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet gekoppeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>Controle van het herhaalde wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sterkte:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een wachtwoord dat alleen u kent. Met Volgende maakt Regie uw werkruimte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volgende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord herhalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minstens 12 tekens. Een paar losse woorden die niet bij elkaar horen, is sterk en goed te onthouden. Uw eigen naam telt niet mee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Herhalen:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <source>Aanvrager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoon {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voornamen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voornamen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tussenvoegsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tussenvoegsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Achternaam *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Geboortedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geboortedatum (dd-mm-jjjj)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-jjjj, leeg = onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fout bij geboortedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burgerservicenummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 cijfers, mag leeg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fout bij BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tele&amp;foon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mailadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol in het huishouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoon verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoon {n} verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Regie — wachtwoord vergeten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw wachtwoord met de herstelsleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ de herstelsleutel die u bij het maken van de werkruimte kreeg en kies een nieuw wachtwoord. De herstelsleutel blijft daarna geldig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelsleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw wachtwoord herhalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Herstelsleutel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuw wachtwoord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;erhalen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachttijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw wachtwoord instellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Uw herstelsleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze sleutel ziet u maar één keer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met de herstelsleutel stelt u een nieuw wachtwoord in als u het oude vergeet. Schrijf hem op of druk hem af, en bewaar hem op een veilige plek: niet bij de laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelsleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelsleutel afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ik heb de herstelsleutel &amp;veilig bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ik heb de herstelsleutel veilig bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelsleutel Regie

{key}

Met deze sleutel stelt u een nieuw wachtwoord in als u het oude vergeet.
Bewaar dit papier op een veilige plek, niet bij de laptop.

Gemaakt op {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelsleutel Regie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldingen over het beleid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instellingen opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren zonder op te slaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beveiliging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatisch vergrendelen na aantal minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zonder invoer vergrendelt Regie zich na deze tijd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatisch &amp;vergrendelen na:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grens van uw organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastgelegd door uw organisatie: maximaal 1 minuut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastgelegd door uw organisatie: maximaal %1 minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weergave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kleurenschema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoog contrast (zwart op wit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lettergrootte in punten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kleurenschema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lettergrootte:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkwijze van het team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument voor nieuwe casussen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitleg bij het instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geldt voor nieuwe casussen in deze werkruimte; bestaande casussen houden hun instrument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instrument voor nieuwe casussen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minuut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minuten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Sterkte van het wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitleg over de sterkte van het wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sterk genoeg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit wachtwoord is sterk genoeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies minstens {length} tekens, bijvoorbeeld vier of meer losse woorden die niet bij elkaar horen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet sterk genoeg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThrottleCountdown</name>
    <message>
        <source>Wacht nog 1 seconde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wacht nog {seconds} seconden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Regie — ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regie is vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul uw wachtwoord in om de werkruimte te openen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachttijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord vergeten?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw wachtwoord ingesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw nieuwe wachtwoord is ingesteld. De herstelsleutel blijft geldig; bewaar hem goed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VandaagPage</name>
    <message>
        <source>Vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal punten voor vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat vandaag aandacht vraagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} punten vragen aandacht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niets dringends vandaag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoed: deze casus gaat voor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verouderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binnenkort</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitlistPage</name>
    <message>
        <source>Wachtlijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachten is riskant: houd contact met wie wacht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wacht sinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welkom bij Regie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In een paar stappen richt u Regie in op deze laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regie ondersteunt u bij het werk met huishoudens: het keukentafelgesprek, de scores op de Zelfredzaamheid-Matrix, het plan dat de cliënt ondertekent en de regiestappen met hun termijnen. U kunt er ook zonder internet mee werken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alles wat u vastlegt, bewaart Regie versleuteld op deze laptop. Alleen met uw wachtwoord gaan de gegevens open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zo meteen kiest u dat wachtwoord. Daarna krijgt u één keer een herstelsleutel: daarmee stelt u een nieuw wachtwoord in als u het oude vergeet. Zonder wachtwoord en zonder herstelsleutel kan niemand de gegevens nog openen, ook de helpdesk niet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceSummary</name>
    <message>
        <source>Welkom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal huishoudens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijzigingen nog te versturen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regie-versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schemaversie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map van de werkruimte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huishoudens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog te versturen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welkom, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: {team}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema {version} (bijgewerkt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema {version} (nieuwste: {head})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regie {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domein</name>
    <message>
        <source>Aanmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtlijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waakvlam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huiselijk geweld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dreigende ontruiming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afsluiting gas, water of licht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suïcidedreiging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen inkomen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Er ging iets onverwachts mis. Uw opgeslagen gegevens zijn niet aangetast. Sluit Regie af en start het opnieuw; blijft dit gebeuren, neem dan contact op met de applicatiebeheerder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
