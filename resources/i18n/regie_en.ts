<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AanbiederView</name>
    <message>
        <source>Sociale kaart</source>
        <translation>Sociale kaart</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>&amp;Wijk:</source>
        <translation>Nei&amp;ghbourhood:</translation>
    </message>
    <message>
        <source>Voorbeeldkaart &amp;laden</source>
        <translation>&amp;Load example sociale kaart</translation>
    </message>
    <message>
        <source>Verzonnen voorbeeldorganisaties, om mee te beginnen</source>
        <translation>Made-up example organisations, to get started</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Aanbod</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Naam van de organisatie</source>
        <translation>Name of the organisation</translation>
    </message>
    <message>
        <source>Wijk van de organisatie</source>
        <translation>Neighbourhood of the organisation</translation>
    </message>
    <message>
        <source>bijv. Noord of Hele gemeente</source>
        <translation>e.g. Noord or Hele gemeente</translation>
    </message>
    <message>
        <source>Soort organisatie</source>
        <translation>Type of organisation</translation>
    </message>
    <message>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Voorveld</source>
        <translation>Voorveld</translation>
    </message>
    <message>
        <source>Productcodes</source>
        <translation>Product codes</translation>
    </message>
    <message>
        <source>bijv. BGI, BGG</source>
        <translation>e.g. BGI, BGG</translation>
    </message>
    <message>
        <source>Telefoon van de organisatie</source>
        <translation>Phone number of the organisation</translation>
    </message>
    <message>
        <source>E-mail van de organisatie</source>
        <translation>Email address of the organisation</translation>
    </message>
    <message>
        <source>Adres van de organisatie</source>
        <translation>Address of the organisation</translation>
    </message>
    <message>
        <source>Actief (uitvinken als de organisatie stopt)</source>
        <translation>Active (untick if the organisation closes)</translation>
    </message>
    <message>
        <source>Naam:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Wijk:</source>
        <translation>Neighbourhood:</translation>
    </message>
    <message>
        <source>Soort:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Aanbod:</source>
        <translation>Services:</translation>
    </message>
    <message>
        <source>Productcodes:</source>
        <translation>Product codes:</translation>
    </message>
    <message>
        <source>Adres:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Telefoon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>&amp;Nieuw</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Op &amp;kaart opslaan</source>
        <translation>Save to sociale &amp;kaart</translation>
    </message>
    <message>
        <source>Opdracht aan de aanbieder</source>
        <translation>Assignment to the provider</translation>
    </message>
    <message>
        <source>Aanbieder van de sociale kaart</source>
        <translation>Provider from the sociale kaart</translation>
    </message>
    <message>
        <source>Product (productcode)</source>
        <translation>Product (product code)</translation>
    </message>
    <message>
        <source>Begin van de periode</source>
        <translation>Start of the period</translation>
    </message>
    <message>
        <source>Einde van de periode</source>
        <translation>End of the period</translation>
    </message>
    <message>
        <source>Verstuurd op</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Uw telefoonnummer</source>
        <translation>Your phone number</translation>
    </message>
    <message>
        <source>Uw e-mailadres</source>
        <translation>Your email address</translation>
    </message>
    <message>
        <source>tot en met</source>
        <translation>up to and including</translation>
    </message>
    <message>
        <source>Aanbie&amp;der:</source>
        <translation>Pro&amp;vider:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>P&amp;roduct:</translation>
    </message>
    <message>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Uw &amp;telefoon:</source>
        <translation>&amp;Your phone:</translation>
    </message>
    <message>
        <source>Uw &amp;e-mail:</source>
        <translation>Your e&amp;mail:</translation>
    </message>
    <message>
        <source>Verstuurd &amp;op:</source>
        <translation>Sent &amp;on:</translation>
    </message>
    <message>
        <source>Opdracht vastle&amp;ggen en opslaan…</source>
        <translation>Record assignment and s&amp;ave…</translation>
    </message>
    <message>
        <source>Laatste opdracht opnieuw opslaan…</source>
        <translation>Save the last assignment again…</translation>
    </message>
    <message>
        <source>Ondersteuningsplan van de aanbieder</source>
        <translation>The provider&apos;s support plan</translation>
    </message>
    <message>
        <source>PDF toe&amp;voegen…</source>
        <translation>A&amp;dd PDF…</translation>
    </message>
    <message>
        <source>Ondersteuningsplan (PDF) toevoegen</source>
        <translation>Add support plan (PDF)</translation>
    </message>
    <message>
        <source>Ondersteuningsplan</source>
        <translation>Support plan</translation>
    </message>
    <message>
        <source>Bespreking met de aanbieder</source>
        <translation>Discussion with the provider</translation>
    </message>
    <message>
        <source>Besproken op</source>
        <translation>Discussed on</translation>
    </message>
    <message>
        <source>De indicatie klopt</source>
        <translation>The indication is correct</translation>
    </message>
    <message>
        <source>De doelen zijn concreet</source>
        <translation>The goals are concrete</translation>
    </message>
    <message>
        <source>Aandacht voor het netwerk</source>
        <translation>Attention to the network</translation>
    </message>
    <message>
        <source>Aandacht voor het voorveld</source>
        <translation>Attention to the voorveld</translation>
    </message>
    <message>
        <source>Aandacht voor eigen kracht</source>
        <translation>Attention to own resources</translation>
    </message>
    <message>
        <source>Wie informeert wie</source>
        <translation>Who informs whom</translation>
    </message>
    <message>
        <source>Wie informeert wie, en wanneer</source>
        <translation>Who informs whom, and when</translation>
    </message>
    <message>
        <source>Toelichting bij de bespreking</source>
        <translation>Notes on the discussion</translation>
    </message>
    <message>
        <source>&amp;Bespreking opslaan</source>
        <translation>Save d&amp;iscussion</translation>
    </message>
    <message>
        <source>Besp&amp;roken op:</source>
        <translation>Disc&amp;ussed on:</translation>
    </message>
    <message>
        <source>Wie informeert wie:</source>
        <translation>Who informs whom:</translation>
    </message>
    <message>
        <source>Toelichting:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Ontvangen op {datum}: 1 pagina, {kb} kB. Bewaard in de versleutelde werkruimte.</source>
        <translation>Received on {datum}: 1 page, {kb} kB. Kept in the encrypted workspace.</translation>
    </message>
    <message>
        <source>Ontvangen op {datum}: {n} pagina&apos;s, {kb} kB. Bewaard in de versleutelde werkruimte.</source>
        <translation>Received on {datum}: {n} pages, {kb} kB. Kept in the encrypted workspace.</translation>
    </message>
    <message>
        <source>Ontvangen op {datum}; de inhoud wordt bij de volgende synchronisatie opgehaald.</source>
        <translation>Received on {datum}; the content will be fetched with the next sync.</translation>
    </message>
    <message>
        <source>Nog geen ondersteuningsplan ontvangen.</source>
        <translation>No support plan received yet.</translation>
    </message>
    <message>
        <source>Alle wijken</source>
        <translation>All neighbourhoods</translation>
    </message>
    <message>
        <source>Opgeslagen op de sociale kaart.</source>
        <translation>Saved to the sociale kaart.</translation>
    </message>
    <message>
        <source>{n} organisaties uit het voorbeeld toegevoegd.</source>
        <translation>{n} organisations added from the example.</translation>
    </message>
    <message>
        <source>Er is nog geen ondertekend plan: een opdracht kan pas na ondertekening.</source>
        <translation>There is no signed plan yet: an assignment is only possible after signing.</translation>
    </message>
    <message>
        <source>De cliënt gaf geen toestemming om het plan met de aanbieder te delen: geen opdracht mogelijk.</source>
        <translation>The client did not consent to sharing the plan with the provider: no assignment possible.</translation>
    </message>
    <message>
        <source>Opdracht verstuurd op {datum} ({code}, {van} tot en met {tot}).</source>
        <translation>Assignment sent on {datum} ({code}, {van} up to and including {tot}).</translation>
    </message>
    <message>
        <source>Het hele plan mag naar de aanbieder.</source>
        <translation>The whole plan may go to the provider.</translation>
    </message>
    <message>
        <source>Niet gedeeld (Plan B): 1 leefgebied.</source>
        <translation>Not shared (Plan B): 1 life domain.</translation>
    </message>
    <message>
        <source>Niet gedeeld (Plan B): {n} leefgebieden.</source>
        <translation>Not shared (Plan B): {n} life domains.</translation>
    </message>
    <message>
        <source>Nog geen opdracht verstuurd. {gedeeld}</source>
        <translation>No assignment sent yet. {gedeeld}</translation>
    </message>
    <message>
        <source>Kies eerst een aanbieder van de sociale kaart.</source>
        <translation>First choose a provider from the sociale kaart.</translation>
    </message>
    <message>
        <source>Opdracht vastgelegd en opgeslagen als {pdf} en {json}.</source>
        <translation>Assignment recorded and saved as {pdf} and {json}.</translation>
    </message>
    <message>
        <source>Opgeslagen als {pdf} en {json}.</source>
        <translation>Saved as {pdf} and {json}.</translation>
    </message>
    <message>
        <source>Opdracht opslaan</source>
        <translation>Save assignment</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>{naam} bestaat al. Vervangen?</source>
        <translation>{naam} already exists. Replace it?</translation>
    </message>
    <message>
        <source>De opdracht kon niet worden opgeslagen. Kies een andere map en probeer het opnieuw.</source>
        <translation>The assignment could not be saved. Choose another folder and try again.</translation>
    </message>
    <message>
        <source>Ondersteuningsplan toevoegen</source>
        <translation>Add support plan</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf);;Alle bestanden (*)</source>
        <translation>PDF files (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Het bestand is te groot ({mb} MB); een bijlage mag hoogstens {max} MB zijn.</source>
        <translation>The file is too large ({mb} MB); an attachment may be at most {max} MB.</translation>
    </message>
    <message>
        <source>Het bestand kan niet worden gelezen.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>De PDF is beschadigd en kan niet worden gelezen; vraag de aanbieder om een nieuwe.</source>
        <translation>The PDF is damaged and cannot be read; ask the provider for a new one.</translation>
    </message>
</context>
<context>
    <name>AanmeldingPage</name>
    <message>
        <source>Nieuwe aanmelding</source>
        <translation>New registration</translation>
    </message>
    <message>
        <source>Spoed: direct handelen</source>
        <translation>Urgent: act now</translation>
    </message>
    <message>
        <source>Fout in de aanmelding</source>
        <translation>Error in the registration</translation>
    </message>
    <message>
        <source>Personen in het huishouden</source>
        <translation>People in the household</translation>
    </message>
    <message>
        <source>Persoo&amp;n toevoegen</source>
        <translation>&amp;Add person</translation>
    </message>
    <message>
        <source>Persoon toevoegen (partner, kind …)</source>
        <translation>Add a person (partner, child …)</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>&amp;Straat</source>
        <translation>S&amp;treet</translation>
    </message>
    <message>
        <source>Straat</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>&amp;Huisnummer</source>
        <translation>House &amp;number</translation>
    </message>
    <message>
        <source>Huisnummer</source>
        <translation>House number</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>P&amp;ostcode</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <source>Fout bij postcode</source>
        <translation>Postcode error</translation>
    </message>
    <message>
        <source>Waarschuwing werkgebied</source>
        <translation>Service area warning</translation>
    </message>
    <message>
        <source>&amp;Woonplaats</source>
        <translation>To&amp;wn</translation>
    </message>
    <message>
        <source>Woonplaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Aanmelding</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Kanaal van de aanmelding</source>
        <translation>Registration channel</translation>
    </message>
    <message>
        <source>&amp;Kanaal</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>Verw&amp;ijzer</source>
        <translation>&amp;Referrer</translation>
    </message>
    <message>
        <source>Verwijzer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>organisatie en naam van de verwijzer</source>
        <translation>organisation and name of the referrer</translation>
    </message>
    <message>
        <source>Hulpvraag</source>
        <translation>Request for help</translation>
    </message>
    <message>
        <source>Waarmee wil de inwoner geholpen worden?</source>
        <translation>What does the resident want help with?</translation>
    </message>
    <message>
        <source>H&amp;ulpvraag *</source>
        <translation>Req&amp;uest for help *</translation>
    </message>
    <message>
        <source>Betrokken professionals, één per regel</source>
        <translation>Professionals involved, one per line</translation>
    </message>
    <message>
        <source>één per regel</source>
        <translation>one per line</translation>
    </message>
    <message>
        <source>Betrokken professiona&amp;ls</source>
        <translation>Professionals &amp;involved</translation>
    </message>
    <message>
        <source>Spoed: {label}</source>
        <translation>Urgent: {label}</translation>
    </message>
    <message>
        <source>Spoed</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Toestemming voor gegevensverwerking besproken</source>
        <translation>Consent to data processing discussed</translation>
    </message>
    <message>
        <source>Uitleg procedure gegeven</source>
        <translation>Procedure explained</translation>
    </message>
    <message>
        <source>Besproken</source>
        <translation>Discussed</translation>
    </message>
    <message>
        <source>Aan&amp;melden</source>
        <translation>Re&amp;gister</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Inloop</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Verwijzing</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Mogelijk dubbel dossier</source>
        <translation>Possible duplicate record</translation>
    </message>
    <message>
        <source>Bestaand dossier &amp;openen</source>
        <translation>Open e&amp;xisting record</translation>
    </message>
    <message>
        <source>Bestaand dossier openen</source>
        <translation>Open existing record</translation>
    </message>
    <message>
        <source>Toch registreren (andere persoon)</source>
        <translation>Register anyway (different person)</translation>
    </message>
    <message>
        <source>Verw&amp;ijzer *</source>
        <translation>&amp;Referrer *</translation>
    </message>
    <message>
        <source>Dit adres ligt buiten het werkgebied van uw team ({area}).</source>
        <translation>This address is outside your team&apos;s service area ({area}).</translation>
    </message>
    <message>
        <source>Concept niet bewaard: {reason}</source>
        <translation>Draft not saved: {reason}</translation>
    </message>
    <message>
        <source>Concept bewaard om {time}</source>
        <translation>Draft saved at {time}</translation>
    </message>
    <message>
        <source>Niet-afgeronde aanmelding hersteld</source>
        <translation>Unfinished registration restored</translation>
    </message>
    <message>
        <source>Verbeter eerst de rood gemarkeerde velden.</source>
        <translation>Please correct the fields marked in red first.</translation>
    </message>
    <message>
        <source>Aanmelding annuleren</source>
        <translation>Cancel registration</translation>
    </message>
    <message>
        <source>Wilt u de ingevulde aanmelding weggooien?</source>
        <translation>Do you want to discard this registration?</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Over Regie</source>
        <translation>About Regie</translation>
    </message>
    <message>
        <source>Regie</source>
        <translation>Regie</translation>
    </message>
    <message>
        <source>Versie %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Voor de sociaal werker: keukentafelgesprek, ZRM, plan en toestemming.</source>
        <translation>For the social worker: keukentafelgesprek, ZRM, plan and consent.</translation>
    </message>
    <message>
        <source>Werkruimte</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Licentie van Regie</source>
        <translation>Regie&apos;s licence</translation>
    </message>
    <message>
        <source>Werkruimte:</source>
        <translation>Workspace:</translation>
    </message>
    <message>
        <source>Licentie:</source>
        <translation>Licence:</translation>
    </message>
    <message>
        <source>Meegeleverde onderdelen en hun licenties</source>
        <translation>Included components and their licences</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Licentie</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Meegeleverde onderdelen:</source>
        <translation>Included components:</translation>
    </message>
    <message>
        <source>Qt (PySide6) wordt gebruikt onder de GNU LGPL versie 3: de Qt-bibliotheken staan als losse bestanden in de installatiemap en mogen door een eigen build worden vervangen.</source>
        <translation>Qt (PySide6) is used under the GNU LGPL version 3: the Qt libraries are separate files in the installation folder and may be replaced with your own build.</translation>
    </message>
    <message>
        <source>Zelftest</source>
        <translation>Self-test</translation>
    </message>
    <message>
        <source>Zelftest uitvoeren</source>
        <translation>Run the self-test</translation>
    </message>
    <message>
        <source>Controleert of Regie op deze computer goed kan werken; het rapport bevat geen persoonsgegevens</source>
        <translation>Checks whether Regie can work properly on this computer; the report contains no personal data</translation>
    </message>
    <message>
        <source>Rapport kopiëren</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <source>Rapport van de zelftest kopiëren</source>
        <translation>Copy the self-test report</translation>
    </message>
    <message>
        <source>Rapport van de zelftest</source>
        <translation>Self-test report</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Bezig met de zelftest…</source>
        <translation>Running the self-test…</translation>
    </message>
</context>
<context>
    <name>ActiesTable</name>
    <message>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Nog geen acties: wie doet wat, en wanneer?</source>
        <translation>No actions yet: who does what, and when?</translation>
    </message>
    <message>
        <source>+ Actie toevoegen</source>
        <translation>+ Add action</translation>
    </message>
    <message>
        <source>Actie toevoegen</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Actie {n}: wie</source>
        <translation>Action {n}: who</translation>
    </message>
    <message>
        <source>Naam of organisatie</source>
        <translation>Name or organisation</translation>
    </message>
    <message>
        <source>Actie {n}: soort</source>
        <translation>Action {n}: type</translation>
    </message>
    <message>
        <source>Actie {n}: wat</source>
        <translation>Action {n}: what</translation>
    </message>
    <message>
        <source>Wat gebeurt er?</source>
        <translation>What will happen?</translation>
    </message>
    <message>
        <source>Actie {n}: wanneer</source>
        <translation>Action {n}: when</translation>
    </message>
    <message>
        <source>zo snel mogelijk</source>
        <translation>as soon as possible</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Actie {n} verwijderen</source>
        <translation>Remove action {n}</translation>
    </message>
</context>
<context>
    <name>AfsluitenView</name>
    <message>
        <source>Stand van de casus</source>
        <translation>State of the casus</translation>
    </message>
    <message>
        <source>Open acties van het plan</source>
        <translation>Open actions of the plan</translation>
    </message>
    <message>
        <source>Melding bij het afsluiten</source>
        <translation>Closing message</translation>
    </message>
    <message>
        <source>Wat er is opgeslagen</source>
        <translation>What has been saved</translation>
    </message>
    <message>
        <source>Afsluitcriteria</source>
        <translation>Closing criteria</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>A&amp;fsluiten</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Afschalen naar &amp;waakvlam</source>
        <translation>Scale down to &amp;waakvlam</translation>
    </message>
    <message>
        <source>&amp;Overdragen</source>
        <translation>Hand &amp;over</translation>
    </message>
    <message>
        <source>Waakvlamcontact: hoe vaak</source>
        <translation>Waakvlam contact: how often</translation>
    </message>
    <message>
        <source>elke {n} weken</source>
        <translation>every {n} weeks</translation>
    </message>
    <message>
        <source>Overdragen aan</source>
        <translation>Hand over to</translation>
    </message>
    <message>
        <source>Aan wie (organisatie of team)</source>
        <translation>To whom (organisation or team)</translation>
    </message>
    <message>
        <source>Reden van afsluiten</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <source>Datum van afsluiten</source>
        <translation>Date of closing</translation>
    </message>
    <message>
        <source>Toelichting bij het afsluiten</source>
        <translation>Notes on closing</translation>
    </message>
    <message>
        <source>Eventueel: wat is afgesproken</source>
        <translation>Optional: what has been agreed</translation>
    </message>
    <message>
        <source>Reden om toch af te sluiten</source>
        <translation>Reason to close anyway</translation>
    </message>
    <message>
        <source>Waarom wordt de casus afgesloten terwijl er nog iets openstaat?</source>
        <translation>Why is the casus being closed while something is still open?</translation>
    </message>
    <message>
        <source>Reden om toch af te sluiten:</source>
        <translation>Reason to close anyway:</translation>
    </message>
    <message>
        <source>&amp;Ritme:</source>
        <translation>Fre&amp;quency:</translation>
    </message>
    <message>
        <source>Overdragen aa&amp;n:</source>
        <translation>H&amp;and over to:</translation>
    </message>
    <message>
        <source>R&amp;eden:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Toelichting:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Evaluatie voor de cliënt opslaan als &amp;PDF…</source>
        <translation>Save the e&amp;valuation for the client as PDF…</translation>
    </message>
    <message>
        <source>Evaluatie voor de cliënt opslaan als PDF</source>
        <translation>Save the evaluation for the client as PDF</translation>
    </message>
    <message>
        <source>De cliënt geeft aan dat de doelen bereikt zijn</source>
        <translation>The client indicates that the goals have been achieved</translation>
    </message>
    <message>
        <source>Het beoogde resultaat is bereikt</source>
        <translation>The intended result has been achieved</translation>
    </message>
    <message>
        <source>Het wijkteam en de aanbieder zijn niet meer nodig</source>
        <translation>The neighbourhood team and the provider are no longer needed</translation>
    </message>
    <message>
        <source>De zelfredzaamheid is gegroeid</source>
        <translation>Self-sufficiency has grown</translation>
    </message>
    <message>
        <source>Het netwerk is steunend</source>
        <translation>The network is supportive</translation>
    </message>
    <message>
        <source>De cliënt weet wat te doen als het weer slechter gaat</source>
        <translation>The client knows what to do if things get worse again</translation>
    </message>
    <message>
        <source>De verwijzer is teruggekoppeld</source>
        <translation>The referrer has been informed of the outcome</translation>
    </message>
    <message>
        <source>Zorgen bij afsluiten zijn besproken (consultatie, waakvlam)</source>
        <translation>Concerns at closing have been discussed (consultation, waakvlam)</translation>
    </message>
    <message>
        <source>De meldcode is overwogen waar dat nodig was</source>
        <translation>The meldcode has been considered where necessary</translation>
    </message>
    <message>
        <source>Doel {d}, actie {a}: {reden}</source>
        <translation>Goal {d}, action {a}: {reden}</translation>
    </message>
    <message>
        <source>Nog open in het plan:</source>
        <translation>Still open in the plan:</translation>
    </message>
    <message>
        <source>Er staan geen acties van het plan meer open.</source>
        <translation>No actions of the plan are open any more.</translation>
    </message>
    <message>
        <source>Fase: {fase} sinds {datum}, contact elke {n} weken. Volgend contact uiterlijk {volgende} (elk contact in het journaal begint de termijn opnieuw).</source>
        <translation>Phase: {fase} since {datum}, contact every {n} weeks. Next contact by {volgende} at the latest (each contact in the journal starts the period again).</translation>
    </message>
    <message>
        <source>Fase: {fase} op {datum}.</source>
        <translation>Phase: {fase} on {datum}.</translation>
    </message>
    <message>
        <source>Fase: {fase}. Afsluiten kan hier vanaf het plan.</source>
        <translation>Phase: {fase}. Closing is possible here from the plan onwards.</translation>
    </message>
    <message>
        <source>Fase: {fase}.</source>
        <translation>Phase: {fase}.</translation>
    </message>
    <message>
        <source>het doel is (nog) niet bereikt</source>
        <translation>the goal has not been achieved (yet)</translation>
    </message>
    <message>
        <source>gepland na vandaag</source>
        <translation>planned after today</translation>
    </message>
    <message>
        <source>Kies een reden…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message>
        <source>Casus afsluiten</source>
        <translation>Close casus</translation>
    </message>
    <message>
        <source>Afschalen naar waakvlam</source>
        <translation>Scale down to waakvlam</translation>
    </message>
    <message>
        <source>Casus overdragen</source>
        <translation>Hand over casus</translation>
    </message>
    <message>
        <source>Er staat nog iets open:</source>
        <translation>Something is still open:</translation>
    </message>
    <message>
        <source>Rond dit eerst af, of schrijf hieronder waarom de casus toch wordt afgesloten.</source>
        <translation>Finish this first, or write below why the casus is being closed anyway.</translation>
    </message>
    <message>
        <source>De casus is afgesloten.</source>
        <translation>The casus has been closed.</translation>
    </message>
    <message>
        <source>De casus staat op waakvlam; Vandaag herinnert u aan het contact.</source>
        <translation>The casus is on waakvlam; Today will remind you of the contact.</translation>
    </message>
    <message>
        <source>De casus is overgedragen en afgesloten.</source>
        <translation>The casus has been handed over and closed.</translation>
    </message>
    <message>
        <source>Evaluatie opslaan als PDF</source>
        <translation>Save evaluation as PDF</translation>
    </message>
    <message>
        <source>evaluatie.pdf</source>
        <translation>evaluation.pdf</translation>
    </message>
    <message>
        <source>PDF-document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden opgeslagen. Controleer of de map bestaat en of u daar mag schrijven, en probeer het opnieuw in een andere map. Er is niets opgeslagen.</source>
        <translation>The file could not be saved. Check that the folder exists and that you are allowed to write there, or try again in another folder. Nothing has been saved.</translation>
    </message>
    <message>
        <source>Opgeslagen als {bestand}.</source>
        <translation>Saved as {bestand}.</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Agenda</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Getoonde week</source>
        <translation>Week shown</translation>
    </message>
    <message>
        <source>← Vorige week</source>
        <translation>← Previous week</translation>
    </message>
    <message>
        <source>Vorige week (PageUp)</source>
        <translation>Previous week (PageUp)</translation>
    </message>
    <message>
        <source>&amp;Vandaag</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Volgende week →</source>
        <translation>Next week →</translation>
    </message>
    <message>
        <source>Volgende week (PageDown)</source>
        <translation>Next week (PageDown)</translation>
    </message>
    <message>
        <source>Nieuwe afspraak</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <source>Casus van de afspraak</source>
        <translation>Casus of the appointment</translation>
    </message>
    <message>
        <source>Datum van de afspraak</source>
        <translation>Date of the appointment</translation>
    </message>
    <message>
        <source>Tijd van de afspraak</source>
        <translation>Time of the appointment</translation>
    </message>
    <message>
        <source>Soort afspraak</source>
        <translation>Type of appointment</translation>
    </message>
    <message>
        <source>Plaats van de afspraak</source>
        <translation>Location of the appointment</translation>
    </message>
    <message>
        <source>Plaats, bijv. bij de cliënt thuis of het wijkcentrum</source>
        <translation>Location, e.g. at the client&apos;s home or the community centre</translation>
    </message>
    <message>
        <source>Afspraak &amp;toevoegen</source>
        <translation>&amp;Add appointment</translation>
    </message>
    <message>
        <source>Gekozen afspraak &amp;annuleren</source>
        <translation>&amp;Cancel selected appointment</translation>
    </message>
    <message>
        <source>&amp;Namen in de titel</source>
        <translation>&amp;Names in the title</translation>
    </message>
    <message>
        <source>Zonder vinkje staat alleen de soort en een casuscode in de titel: veilig voor een telefoonagenda</source>
        <translation>Without the tick, the title shows only the type and a casus code: safe for a phone calendar</translation>
    </message>
    <message>
        <source>&amp;Exporteren als .ics…</source>
        <translation>&amp;Export as .ics…</translation>
    </message>
    <message>
        <source>Huisbezoek</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Telefoongesprek</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Driegesprek</source>
        <translation>Three-way conversation</translation>
    </message>
    <message>
        <source>Overleg</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Spreekuur</source>
        <translation>Office hours</translation>
    </message>
    <message>
        <source>Week {nr} · {van} – {tot}</source>
        <translation>Week {nr} · {van} – {tot}</translation>
    </message>
    <message>
        <source>maandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>dinsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>woensdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>donderdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>vrijdag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>zondag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Afspraken en termijnen op {dag}</source>
        <translation>Appointments and deadlines on {dag}</translation>
    </message>
    <message>
        <source>{tijd} {soort} — {naam} (casus {ref})</source>
        <translation>{tijd} {soort} — {naam} (casus {ref})</translation>
    </message>
    <message>
        <source>Uiterlijk: regiestap {nr}, {stap} — {naam}</source>
        <translation>Deadline: regiestap {nr}, {stap} — {naam}</translation>
    </message>
    <message>
        <source>Kies eerst de casus van de afspraak.</source>
        <translation>First choose the casus of the appointment.</translation>
    </message>
    <message>
        <source>Afspraak toegevoegd op {datum}.</source>
        <translation>Appointment added on {datum}.</translation>
    </message>
    <message>
        <source>Afspraak annuleren</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <source>Deze afspraak annuleren?</source>
        <translation>Cancel this appointment?</translation>
    </message>
    <message>
        <source>Agenda exporteren</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <source>Agendabestanden (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>De agenda kon niet worden opgeslagen. Kies een andere map en probeer het opnieuw.</source>
        <translation>The calendar could not be saved. Choose another folder and try again.</translation>
    </message>
    <message>
        <source>Agenda opgeslagen als {naam}.</source>
        <translation>Calendar saved as {naam}.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Regie kan niet starten</source>
        <translation>Regie cannot start</translation>
    </message>
    <message>
        <source>Regie</source>
        <translation>Regie</translation>
    </message>
</context>
<context>
    <name>BackgroundRunner</name>
    <message>
        <source>Er ging iets onverwachts mis. Uw opgeslagen gegevens zijn niet aangetast. Probeer het opnieuw; blijft dit gebeuren, neem dan contact op met de applicatiebeheerder.</source>
        <translation>Something unexpected went wrong. Your saved data has not been affected. Please try again; if this keeps happening, contact your application administrator.</translation>
    </message>
</context>
<context>
    <name>BespreekDialog</name>
    <message>
        <source>Bespreekformulier</source>
        <translation>Case discussion form</translation>
    </message>
    <message>
        <source>Regie stelt de casussen voor die het team nodig hebben; vink aan wat u wilt bespreken en zet het in volgorde (slepen, of Ctrl+↑ en Ctrl+↓). Het formulier is gepseudonimiseerd: casusnummer, initialen, leeftijd en fase, zonder namen of contactgegevens.</source>
        <translation>Regie proposes the cases that need the team; tick what you want to discuss and put it in order (drag, or Ctrl+↑ and Ctrl+↓). The form is pseudonymised: case number, initials, age and phase, without names or contact details.</translation>
    </message>
    <message>
        <source>Datum van het overleg</source>
        <translation>Date of the meeting</translation>
    </message>
    <message>
        <source>&amp;Datum van het overleg:</source>
        <translation>&amp;Date of the meeting:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Casussen voor het overleg</source>
        <translation>Cases for the meeting</translation>
    </message>
    <message>
        <source>Spatie vinkt een casus aan of uit; Ctrl+pijl omhoog en omlaag verplaatst hem.</source>
        <translation>Space ticks a case on or off; Ctrl+arrow up and down moves it.</translation>
    </message>
    <message>
        <source>&amp;Casussen:</source>
        <translation>&amp;Cases:</translation>
    </message>
    <message>
        <source>Aantal gekozen casussen</source>
        <translation>Number of chosen cases</translation>
    </message>
    <message>
        <source>Om&amp;hoog</source>
        <translation>&amp;Up</translation>
    </message>
    <message>
        <source>Casus omhoog</source>
        <translation>Case up</translation>
    </message>
    <message>
        <source>De gekozen casus eerder bespreken (Ctrl+↑)</source>
        <translation>Discuss the chosen case earlier (Ctrl+↑)</translation>
    </message>
    <message>
        <source>Om&amp;laag</source>
        <translation>Do&amp;wn</translation>
    </message>
    <message>
        <source>Casus omlaag</source>
        <translation>Case down</translation>
    </message>
    <message>
        <source>De gekozen casus later bespreken (Ctrl+↓)</source>
        <translation>Discuss the chosen case later (Ctrl+↓)</translation>
    </message>
    <message>
        <source>Opnieuw &amp;voorstellen</source>
        <translation>&amp;Propose again</translation>
    </message>
    <message>
        <source>Opnieuw voorstellen</source>
        <translation>Propose again</translation>
    </message>
    <message>
        <source>Uw keuze, volgorde en vragen vergeten en het voorstel van Regie tonen</source>
        <translation>Forget your choice, order and questions and show Regie&apos;s proposal</translation>
    </message>
    <message>
        <source>Vraag aan het team</source>
        <translation>Question for the team</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: verlengen of afschalen?</source>
        <translation>For example: extend or scale down?</translation>
    </message>
    <message>
        <source>&amp;Vraag aan het team:</source>
        <translation>&amp;Question for the team:</translation>
    </message>
    <message>
        <source>Noem geen namen. Op papier worden namen uit het huishouden en het netwerk vervangen door initialen, en telefoonnummers, e-mailadressen en postcodes weggelaten.</source>
        <translation>Do not name anyone. On paper, names from the household and the network are replaced by initials, and phone numbers, e-mail addresses and postcodes are left out.</translation>
    </message>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Het bespreekformulier afdrukken (Ctrl+P)</source>
        <translation>Print the case discussion form (Ctrl+P)</translation>
    </message>
    <message>
        <source>Opslaan als &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Het bespreekformulier als PDF-bestand opslaan (Ctrl+S)</source>
        <translation>Save the case discussion form as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Laatste afdruk of opslag</source>
        <translation>Last print or save</translation>
    </message>
    <message>
        <source>Voorbeeld van het bespreekformulier</source>
        <translation>Preview of the case discussion form</translation>
    </message>
    <message>
        <source>Waarom er geen voorbeeld is</source>
        <translation>Why there is no preview</translation>
    </message>
    <message>
        <source>Geen aanleiding van Regie; vink aan om toch te bespreken</source>
        <translation>No reason from Regie; tick to discuss it anyway</translation>
    </message>
    <message>
        <source>SPOED · </source>
        <translation>URGENT · </translation>
    </message>
    <message>
        <source>Team: {team}</source>
        <translation>Team: {team}</translation>
    </message>
    <message>
        <source>Uw keuze, de volgorde en de getypte vragen vervallen. Doorgaan?</source>
        <translation>Your choice, the order and the typed questions will be lost. Continue?</translation>
    </message>
    <message>
        <source>&amp;Vraag aan het team over {casus}:</source>
        <translation>&amp;Question for the team about {casus}:</translation>
    </message>
    <message>
        <source>{n} van {total} casussen gekozen</source>
        <translation>{n} of {total} cases chosen</translation>
    </message>
    <message>
        <source>Formulier wordt gemaakt…</source>
        <translation>Making the form…</translation>
    </message>
    <message>
        <source>Bespreekformulier {datum}</source>
        <translation>Case discussion form {datum}</translation>
    </message>
    <message>
        <source>Afgedrukt: {titel}.</source>
        <translation>Printed: {titel}.</translation>
    </message>
    <message>
        <source>PDF-document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden opgeslagen. Controleer of de map bestaat en of u daar mag schrijven, en probeer het opnieuw in een andere map. Er is niets opgeslagen.</source>
        <translation>The file could not be saved. Check that the folder exists and that you may write there, and try again in another folder. Nothing was saved.</translation>
    </message>
    <message>
        <source>Opgeslagen als {bestand}.</source>
        <translation>Saved as {bestand}.</translation>
    </message>
</context>
<context>
    <name>BewaartermijnenPage</name>
    <message>
        <source>Bewaartermijnen</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <source>Afgesloten casussen en hoe lang hun dossier bewaard moet blijven. Na de bewaartermijn wordt het dossier vernietigd: op deze laptop en, na synchronisatie, in de centrale opslag.</source>
        <translation>Closed casussen and how long their record must be kept. After the retention period the record is destroyed: on this laptop and, after synchronisation, in central storage.</translation>
    </message>
    <message>
        <source>Afgesloten casussen</source>
        <translation>Closed casussen</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Afgesloten op</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Bewaren tot en met</source>
        <translation>Keep until</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Vernietigen…</source>
        <translation>&amp;Destroy…</translation>
    </message>
    <message>
        <source>Dossier vernietigen</source>
        <translation>Destroy record</translation>
    </message>
    <message>
        <source>Vernietigd of opgeruimd</source>
        <translation>Destroyed or cleared away</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Casus</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Vernietigd of van deze laptop verwijderd</source>
        <translation>Destroyed or removed from this laptop</translation>
    </message>
    <message>
        <source>Zonder persoonsgegevens: alleen welke casus, wanneer, door wie en volgens welke regel.</source>
        <translation>Without personal data: only which casus, when, by whom and under which rule.</translation>
    </message>
    <message>
        <source>Ingevulde velden per leefgebied</source>
        <translation>Fields filled in per leefgebied</translation>
    </message>
    <message>
        <source>Leefgebied</source>
        <translation>Leefgebied</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Zorg</source>
        <translation>Concern</translation>
    </message>
    <message>
        <source>Kracht</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Wens</source>
        <translation>Wish</translation>
    </message>
    <message>
        <source>Niet besproken</source>
        <translation>Not discussed</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>n.v.t.</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Exporteren als &amp;CSV…</source>
        <translation>Export as &amp;CSV…</translation>
    </message>
    <message>
        <source>Welke gegevens legt het team vast?</source>
        <translation>What data does the team record?</translation>
    </message>
    <message>
        <source>Aantallen over alle casussen op deze laptop, zonder namen: is elk veld echt nodig?</source>
        <translation>Counts across all casussen on this laptop, without names: is every field really needed?</translation>
    </message>
    <message>
        <source>te vernietigen</source>
        <translation>to be destroyed</translation>
    </message>
    <message>
        <source>bewaren</source>
        <translation>keep</translation>
    </message>
    <message>
        <source>{n} van {total} te vernietigen</source>
        <translation>{n} of {total} to be destroyed</translation>
    </message>
    <message>
        <source>vernietigd</source>
        <translation>destroyed</translation>
    </message>
    <message>
        <source>van deze laptop verwijderd</source>
        <translation>removed from this laptop</translation>
    </message>
    <message>
        <source>Persoonsgegevens ingevuld: {fields}</source>
        <translation>Personal data filled in: {fields}</translation>
    </message>
    <message>
        <source>Het dossier van {naam} (afgesloten op {closed}, {rule}: bewaren tot en met {end}) wordt vernietigd: alle gegevens en bijlagen verdwijnen van deze laptop en, na synchronisatie, uit de centrale opslag. Dit kan niet ongedaan worden gemaakt. Doorgaan?</source>
        <translation>The record of {naam} (closed on {closed}, {rule}: keep until {end}) will be destroyed: all data and attachments disappear from this laptop and, after synchronisation, from central storage. This cannot be undone. Continue?</translation>
    </message>
    <message>
        <source>Gegevensgebruik opslaan</source>
        <translation>Save data usage</translation>
    </message>
    <message>
        <source>CSV-bestand (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden opgeslagen.</source>
        <translation>The file could not be saved.</translation>
    </message>
    <message>
        <source>Gegevensgebruik</source>
        <translation>Data usage</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Volgende stap</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Regisseur</source>
        <translation>Regisseur</translation>
    </message>
    <message>
        <source>Laatste activiteit</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Spoed</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>{name} (spoed)</source>
        <translation>{name} (urgent)</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <source>Zoeken in caseload</source>
        <translation>Search the caseload</translation>
    </message>
    <message>
        <source>Naam, adres of postcode</source>
        <translation>Name, address or postcode</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Filter op fase</source>
        <translation>Filter by phase</translation>
    </message>
    <message>
        <source>Alle fasen</source>
        <translation>All phases</translation>
    </message>
    <message>
        <source>&amp;Fase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>Aantal casussen</source>
        <translation>Number of casussen</translation>
    </message>
    <message>
        <source>{n} casussen</source>
        <translation>{n} casussen</translation>
    </message>
    <message>
        <source>{shown} van {total} casussen</source>
        <translation>{shown} of {total} casussen</translation>
    </message>
</context>
<context>
    <name>CasusHeader</name>
    <message>
        <source>← Terug</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Terug naar het huishouden</source>
        <translation>Back to the household</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <source>Ons gesprek</source>
        <translation>Our conversation</translation>
    </message>
    <message>
        <source>Sluiten (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ons gesprek met {naam}</source>
        <translation>Our conversation with {naam}</translation>
    </message>
    <message>
        <source>Uw vraag</source>
        <translation>Your question</translation>
    </message>
    <message>
        <source>Iets doen voor een ander</source>
        <translation>Doing something for someone else</translation>
    </message>
    <message>
        <source>Wat we van elkaar verwachten</source>
        <translation>What we expect of each other</translation>
    </message>
    <message>
        <source>Zorg</source>
        <translation>Concern</translation>
    </message>
    <message>
        <source>Kracht</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Wens</source>
        <translation>Wish</translation>
    </message>
    <message>
        <source>Er is nog niets opgeschreven om te laten zien.</source>
        <translation>Nothing has been written down to show yet.</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicten</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Hier veranderden twee collega&apos;s hetzelfde gegeven zonder van elkaars wijziging te weten. Beide waarden zijn bewaard; de latere staat nu in het dossier. Kies welke blijft.</source>
        <translation>Here two colleagues changed the same item without knowing about each other&apos;s change. Both values have been kept; the later one is now in the record. Choose which one stays.</translation>
    </message>
    <message>
        <source>Geen open conflicten.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Gegeven</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Eerdere waarde</source>
        <translation>Earlier value</translation>
    </message>
    <message>
        <source>Door, op</source>
        <translation>By, on</translation>
    </message>
    <message>
        <source>Latere waarde (nu)</source>
        <translation>Later value (current)</translation>
    </message>
    <message>
        <source>Beide waarden volledig</source>
        <translation>Both values in full</translation>
    </message>
    <message>
        <source>&amp;Eerdere waarde houden</source>
        <translation>Keep &amp;earlier value</translation>
    </message>
    <message>
        <source>&amp;Latere waarde houden</source>
        <translation>Keep &amp;later value</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Dossier niet op deze computer</source>
        <translation>File not on this computer</translation>
    </message>
    <message>
        <source>%1 (casus %2)</source>
        <translation>%1 (case %2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%5 - %6, %7
Eerder (%1): %2
Later, nu in het dossier (%3): %4</source>
        <translation>%5 - %6, %7
Earlier (%1): %2
Later, now in the file (%3): %4</translation>
    </message>
</context>
<context>
    <name>ConsentView</name>
    <message>
        <source>Wat wordt ondertekend</source>
        <translation>What is being signed</translation>
    </message>
    <message>
        <source>Controlecode van deze versie</source>
        <translation>Check code of this version</translation>
    </message>
    <message>
        <source>Dezelfde code staat onderaan het plan. Wijzigt het plan nog, dan klopt de code niet meer.</source>
        <translation>The same code is at the bottom of the plan. If the plan is changed after this, the code no longer matches.</translation>
    </message>
    <message>
        <source>Delen met de zorgaanbieder</source>
        <translation>Sharing with the care provider</translation>
    </message>
    <message>
        <source>Mag het plan naar de zorgaanbieder?</source>
        <translation>May the plan go to the care provider?</translation>
    </message>
    <message>
        <source>&amp;Ja, het plan mag naar de zorgaanbieder</source>
        <translation>&amp;Yes, the plan may go to the care provider</translation>
    </message>
    <message>
        <source>Ja, het plan mag naar de zorgaanbieder</source>
        <translation>Yes, the plan may go to the care provider</translation>
    </message>
    <message>
        <source>&amp;Nee, het plan gaat niet naar de zorgaanbieder</source>
        <translation>&amp;No, the plan does not go to the care provider</translation>
    </message>
    <message>
        <source>Nee, het plan gaat niet naar de zorgaanbieder</source>
        <translation>No, the plan does not go to the care provider</translation>
    </message>
    <message>
        <source>Plan B: niet delen met de aanbieder</source>
        <translation>Plan B: do not share with the provider</translation>
    </message>
    <message>
        <source>Vink aan wat de aanbieder niet mag zien. Zo&apos;n leefgebied wordt in de versie voor de aanbieder &apos;n.v.t.&apos;.</source>
        <translation>Tick what the provider may not see. In the version for the provider, such a leefgebied becomes &apos;n/a&apos;.</translation>
    </message>
    <message>
        <source>Toestemming gegevensverwerking</source>
        <translation>Consent to data processing</translation>
    </message>
    <message>
        <source>De cliënt geeft toestemming om de &amp;gegevens te verwerken</source>
        <translation>The client consents to the processing of their &amp;data</translation>
    </message>
    <message>
        <source>Toestemming voor het verwerken van de gegevens</source>
        <translation>Consent to processing the data</translation>
    </message>
    <message>
        <source>Het wijkteam bewaart de gegevens van de cliënt en gebruikt ze alleen om te helpen. Dit is afgesproken bij de aanmelding. Zonder deze toestemming kan het plan niet worden ondertekend.</source>
        <translation>The neighbourhood team keeps the client&apos;s data and uses it only to help. This was agreed at registration. Without this consent the plan cannot be signed.</translation>
    </message>
    <message>
        <source>Wie tekent</source>
        <translation>Who signs</translation>
    </message>
    <message>
        <source>Tekent als</source>
        <translation>Signs as</translation>
    </message>
    <message>
        <source>cliënt</source>
        <translation>client</translation>
    </message>
    <message>
        <source>wettelijk vertegenwoordiger</source>
        <translation>legal representative</translation>
    </message>
    <message>
        <source>Naam van wie tekent</source>
        <translation>Name of the person signing</translation>
    </message>
    <message>
        <source>Tekent &amp;als:</source>
        <translation>Signs &amp;as:</translation>
    </message>
    <message>
        <source>Naa&amp;m:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Handtekening van de cliënt</source>
        <translation>Client&apos;s signature</translation>
    </message>
    <message>
        <source>Handtekening van de sociaal werker</source>
        <translation>Social worker&apos;s signature</translation>
    </message>
    <message>
        <source>Ondertekenen</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Ondertekenen (Ctrl+Enter)</source>
        <translation>Sign (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Melding bij het ondertekenen</source>
        <translation>Signing message</translation>
    </message>
    <message>
        <source>Bevestiging van het ondertekenen</source>
        <translation>Signing confirmation</translation>
    </message>
    <message>
        <source>Wat de cliënt heeft gekozen</source>
        <translation>What the client chose</translation>
    </message>
    <message>
        <source>Een ondertekende versie verandert niet meer. Wordt het plan gewijzigd, dan komt er een nieuwe versie die opnieuw wordt ondertekend.</source>
        <translation>A signed version no longer changes. If the plan is changed, there will be a new version, which is signed again.</translation>
    </message>
    <message>
        <source>Er is nog geen plan om te ondertekenen. Stel eerst het plan op.</source>
        <translation>There is no plan to sign yet. Draw up the plan first.</translation>
    </message>
    <message>
        <source>Versie {n} van het plan, met 1 doel</source>
        <translation>Version {n} of the plan, with 1 goal</translation>
    </message>
    <message>
        <source>Versie {n} van het plan, met {aantal} doelen</source>
        <translation>Version {n} of the plan, with {aantal} goals</translation>
    </message>
    <message>
        <source>Controlecode: {code}</source>
        <translation>Check code: {code}</translation>
    </message>
    <message>
        <source>Handtekening van de sociaal werker: {naam}</source>
        <translation>Social worker&apos;s signature: {naam}</translation>
    </message>
    <message>
        <source>Niet delen: {leefgebied}</source>
        <translation>Do not share: {leefgebied}</translation>
    </message>
    <message>
        <source>Het plan heeft nog geen doelen.</source>
        <translation>The plan has no goals yet.</translation>
    </message>
    <message>
        <source>Handtekening van de wettelijk vertegenwoordiger</source>
        <translation>Legal representative&apos;s signature</translation>
    </message>
    <message>
        <source>Kies eerst of het plan naar de zorgaanbieder mag.</source>
        <translation>First choose whether the plan may go to the care provider.</translation>
    </message>
    <message>
        <source>Vul de naam in van wie tekent.</source>
        <translation>Enter the name of the person who signs.</translation>
    </message>
    <message>
        <source>Er is geen geldige handtekening gezet door de cliënt; laat de handtekening opnieuw zetten.</source>
        <translation>The client has not given a valid signature; ask for the signature again.</translation>
    </message>
    <message>
        <source>Er is geen geldige handtekening gezet door de sociaal werker; zet de handtekening opnieuw.</source>
        <translation>The social worker has not given a valid signature; sign again.</translation>
    </message>
    <message>
        <source>Het plan is ondertekend.</source>
        <translation>The plan has been signed.</translation>
    </message>
    <message>
        <source>Ondertekend</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Versie {n} van het plan is ondertekend. Deze versie verandert niet meer.</source>
        <translation>Version {n} of the plan has been signed. This version will not change any more.</translation>
    </message>
    <message>
        <source>Versie {n} is ondertekend</source>
        <translation>Version {n} has been signed</translation>
    </message>
    <message>
        <source>Versie {n} is ondertekend op {datum}</source>
        <translation>Version {n} was signed on {datum}</translation>
    </message>
    <message>
        <source>Delen met de zorgaanbieder: ja</source>
        <translation>Sharing with the care provider: yes</translation>
    </message>
    <message>
        <source>Niet gedeeld met de aanbieder (Plan B, &apos;n.v.t.&apos;): {leefgebieden}</source>
        <translation>Not shared with the provider (Plan B, &apos;n/a&apos;): {leefgebieden}</translation>
    </message>
    <message>
        <source>Alle leefgebieden worden met de aanbieder gedeeld.</source>
        <translation>All leefgebieden are shared with the provider.</translation>
    </message>
    <message>
        <source>Delen met de zorgaanbieder: nee</source>
        <translation>Sharing with the care provider: no</translation>
    </message>
    <message>
        <source>Het plan gaat niet naar de zorgaanbieder.</source>
        <translation>The plan does not go to the care provider.</translation>
    </message>
    <message>
        <source>Toestemming gegevensverwerking: gegeven</source>
        <translation>Consent to data processing: given</translation>
    </message>
    <message>
        <source>Toestemming gegevensverwerking: niet gegeven</source>
        <translation>Consent to data processing: not given</translation>
    </message>
    <message>
        <source>Getekend door {naam} ({rol})</source>
        <translation>Signed by {naam} ({rol})</translation>
    </message>
    <message>
        <source>Sociaal werker: {naam}</source>
        <translation>Social worker: {naam}</translation>
    </message>
</context>
<context>
    <name>DialogSeam</name>
    <message>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>DoelEditor</name>
    <message>
        <source>Leefgebied:</source>
        <translation>Leefgebied:</translation>
    </message>
    <message>
        <source>▲ Omhoog</source>
        <translation>▲ Up</translation>
    </message>
    <message>
        <source>▼ Omlaag</source>
        <translation>▼ Down</translation>
    </message>
    <message>
        <source>Doel verwijderen</source>
        <translation>Remove goal</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Wat wil de cliënt bereiken? In eigen woorden.</source>
        <translation>What does the client want to achieve? In their own words.</translation>
    </message>
    <message>
        <source>Afgesproken &apos;6&apos; (goed genoeg is…)</source>
        <translation>Agreed &apos;6&apos; (good enough is…)</translation>
    </message>
    <message>
        <source>Wanneer is het goed genoeg? Bijvoorbeeld: de vaste lasten worden op tijd betaald.</source>
        <translation>When is it good enough? For example: the regular bills are paid on time.</translation>
    </message>
    <message>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Inzet</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Doel {n}</source>
        <translation>Goal {n}</translation>
    </message>
    <message>
        <source>Doel {n}: leefgebied</source>
        <translation>Goal {n}: leefgebied</translation>
    </message>
    <message>
        <source>Doel {n}: omschrijving</source>
        <translation>Goal {n}: description</translation>
    </message>
    <message>
        <source>Doel {n}: afgesproken &apos;6&apos;</source>
        <translation>Goal {n}: agreed &apos;6&apos;</translation>
    </message>
    <message>
        <source>Doel {n} omhoog</source>
        <translation>Move goal {n} up</translation>
    </message>
    <message>
        <source>Doel {n} omlaag</source>
        <translation>Move goal {n} down</translation>
    </message>
    <message>
        <source>Doel {n} verwijderen</source>
        <translation>Remove goal {n}</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Uw werkruimte is gemaakt. Met Voltooien opent u Regie.</source>
        <translation>Your workspace has been created. Click Finish to open Regie.</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Naam:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Instrument:</source>
        <translation>Instrument:</translation>
    </message>
    <message>
        <source>Regie vergrendelt zichzelf na een paar minuten zonder gebruik; met Ctrl+L vergrendelt u meteen. Daarna opent u Regie weer met uw wachtwoord.</source>
        <translation>Regie locks itself after a few minutes without use; press Ctrl+L to lock it straight away. You then open Regie again with your password.</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>Ecogram</name>
    <message>
        <source>Ecogram: het netwerk rond het huishouden</source>
        <translation>Ecogram: the network around the household</translation>
    </message>
</context>
<context>
    <name>EnrolBox</name>
    <message>
        <source>Synchronisatie</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Adres van de centrale opslag</source>
        <translation>Address of the central storage</translation>
    </message>
    <message>
        <source>Vastgelegd door uw organisatie</source>
        <translation>Set by your organisation</translation>
    </message>
    <message>
        <source>Aanmeldcode</source>
        <translation>Registration code</translation>
    </message>
    <message>
        <source>de code van de beheerder</source>
        <translation>the code from your administrator</translation>
    </message>
    <message>
        <source>&amp;Aanmelden</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>Centrale opslag:</source>
        <translation>Central storage:</translation>
    </message>
    <message>
        <source>Aanmeldcode:</source>
        <translation>Registration code:</translation>
    </message>
    <message>
        <source>Foutmelding bij aanmelden</source>
        <translation>Registration error message</translation>
    </message>
    <message>
        <source>Gekoppeld met %1 (team %2).</source>
        <translation>Linked to %1 (team %2).</translation>
    </message>
    <message>
        <source>Niet gekoppeld. Vul de aanmeldcode in die u van de beheerder kreeg.</source>
        <translation>Not linked. Enter the registration code you were given by your administrator.</translation>
    </message>
</context>
<context>
    <name>EvaluatieView</name>
    <message>
        <source>Ondertekend plan</source>
        <translation>Signed plan</translation>
    </message>
    <message>
        <source>Melding bij de evaluatie</source>
        <translation>Evaluation message</translation>
    </message>
    <message>
        <source>Wat er is opgeslagen</source>
        <translation>What has been saved</translation>
    </message>
    <message>
        <source>Soort evaluatie</source>
        <translation>Type of evaluation</translation>
    </message>
    <message>
        <source>Tussenevaluatie</source>
        <translation>Interim evaluation</translation>
    </message>
    <message>
        <source>Eindevaluatie</source>
        <translation>Final evaluation</translation>
    </message>
    <message>
        <source>Datum van de evaluatie</source>
        <translation>Date of the evaluation</translation>
    </message>
    <message>
        <source>Toelichting bij de evaluatie</source>
        <translation>Notes on the evaluation</translation>
    </message>
    <message>
        <source>Wat is er verder afgesproken?</source>
        <translation>What else has been agreed?</translation>
    </message>
    <message>
        <source>Evaluatie ops&amp;laan</source>
        <translation>Save e&amp;valuation</translation>
    </message>
    <message>
        <source>Evaluatie opslaan</source>
        <translation>Save evaluation</translation>
    </message>
    <message>
        <source>S&amp;oort:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Doelen evalueren</source>
        <translation>Evaluate goals</translation>
    </message>
    <message>
        <source>Toelichting:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Eerdere evaluaties, nieuwste eerst</source>
        <translation>Earlier evaluations, newest first</translation>
    </message>
    <message>
        <source>Verlen&amp;gen met de open doelen…</source>
        <translation>E&amp;xtend with the open goals…</translation>
    </message>
    <message>
        <source>Verlengen: nieuw plan met de open doelen</source>
        <translation>Extend: new plan with the open goals</translation>
    </message>
    <message>
        <source>&amp;Eindverslag toevoegen…</source>
        <translation>&amp;Add final report…</translation>
    </message>
    <message>
        <source>Eindverslag van de aanbieder toevoegen (PDF)</source>
        <translation>Add the provider&apos;s final report (PDF)</translation>
    </message>
    <message>
        <source>Toegevoegde eindverslagen</source>
        <translation>Added final reports</translation>
    </message>
    <message>
        <source>Eindverslag en verlenging</source>
        <translation>Final report and extension</translation>
    </message>
    <message>
        <source>Eindverslag &amp;bekijken</source>
        <translation>View final &amp;report</translation>
    </message>
    <message>
        <source>Het laatste eindverslag bekijken</source>
        <translation>View the latest final report</translation>
    </message>
    <message>
        <source>Eindverslag van de aanbieder</source>
        <translation>The provider&apos;s final report</translation>
    </message>
    <message>
        <source>ZRM: eerste en laatste meting</source>
        <translation>ZRM: first and latest assessment</translation>
    </message>
    <message>
        <source>Eerdere evaluaties:</source>
        <translation>Earlier evaluations:</translation>
    </message>
    <message>
        <source>Bereikt</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Deels bereikt</source>
        <translation>Partly achieved</translation>
    </message>
    <message>
        <source>Niet bereikt</source>
        <translation>Not achieved</translation>
    </message>
    <message>
        <source>Er is nog geen ondertekend plan. Evalueren kan zodra het plan is ondertekend.</source>
        <translation>There is no signed plan yet. Evaluation is possible once the plan has been signed.</translation>
    </message>
    <message>
        <source>Evaluatie van het ondertekende plan, versie {n}.</source>
        <translation>Evaluation of the signed plan, version {n}.</translation>
    </message>
    <message>
        <source>{datum} · {soort} (plan versie {v}): {samenvatting}</source>
        <translation>{datum} · {soort} (plan version {v}): {samenvatting}</translation>
    </message>
    <message>
        <source>Nog geen evaluaties.</source>
        <translation>No evaluations yet.</translation>
    </message>
    <message>
        <source>Eindverslag ontvangen {datum} ({kb} kB), veilig bewaard in Regie.</source>
        <translation>Final report received {datum} ({kb} kB), stored safely in Regie.</translation>
    </message>
    <message>
        <source>Nog geen eindverslag van de aanbieder.</source>
        <translation>No final report from the provider yet.</translation>
    </message>
    <message>
        <source>Nog geen ZRM-meting bij deze casus.</source>
        <translation>No ZRM assessment for this casus yet.</translation>
    </message>
    <message>
        <source>Opgeslagen: {soort} van {datum}.</source>
        <translation>Saved: {soort} of {datum}.</translation>
    </message>
    <message>
        <source>Eindverslag van de aanbieder toevoegen</source>
        <translation>Add the provider&apos;s final report</translation>
    </message>
    <message>
        <source>PDF-document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Het bestand kan niet worden gelezen. Er is niets toegevoegd.</source>
        <translation>The file cannot be read. Nothing has been added.</translation>
    </message>
    <message>
        <source>Het bestand is groter dan 50 MB. Vraag de aanbieder om een kleinere PDF. Er is niets toegevoegd.</source>
        <translation>The file is larger than 50 MB. Ask the provider for a smaller PDF. Nothing has been added.</translation>
    </message>
    <message>
        <source>Deze PDF is beschadigd en kan niet worden geopend. Vraag de aanbieder het eindverslag opnieuw te sturen. Er is niets toegevoegd.</source>
        <translation>This PDF is damaged and cannot be opened. Ask the provider to send the final report again. Nothing has been added.</translation>
    </message>
    <message>
        <source>Het eindverslag is toegevoegd en veilig in Regie bewaard.</source>
        <translation>The final report has been added and stored safely in Regie.</translation>
    </message>
    <message>
        <source>Verlengen</source>
        <translation>Extend</translation>
    </message>
    <message>
        <source>Er wordt een nieuwe planversie gemaakt met de doelen die nog niet (helemaal) bereikt zijn ({n}). Die versie moet opnieuw met de cliënt worden besproken en ondertekend. Doorgaan?</source>
        <translation>A new plan version will be made with the goals that have not been (fully) achieved yet ({n}). That version must be discussed with the client and signed again. Continue?</translation>
    </message>
    <message>
        <source>Er is een nieuwe planversie gemaakt met {n} open doelen. U vindt haar onder Plan.</source>
        <translation>A new plan version has been made with {n} open goals. You will find it under Plan.</translation>
    </message>
    <message>
        <source>Eerste meting {date}</source>
        <translation>First assessment {date}</translation>
    </message>
    <message>
        <source>Laatste meting {date}</source>
        <translation>Latest assessment {date}</translation>
    </message>
    <message>
        <source>ZRM: {first} en {last}</source>
        <translation>ZRM: {first} and {last}</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>&amp;Vorige</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Volgende</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Voltooien</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Regie — werkruimte maken</source>
        <translation>Regie — create workspace</translation>
    </message>
</context>
<context>
    <name>GesprekPage</name>
    <message>
        <source>← Terug</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Terug naar het huishouden</source>
        <translation>Back to the household</translation>
    </message>
    <message>
        <source>Gesprek met</source>
        <translation>Conversation with</translation>
    </message>
    <message>
        <source>Ongedaan maken (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Opnieuw (Ctrl+Shift+Z)</source>
        <translation>Redo (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Toon aan cliënt</source>
        <translation>Show to client</translation>
    </message>
    <message>
        <source>Een apart venster met grote letters; teksten alleen voor professionals staan er niet in</source>
        <translation>A separate window in large print; texts for professionals only are left out</translation>
    </message>
    <message>
        <source>Onderdelen van het gesprek</source>
        <translation>Parts of the conversation</translation>
    </message>
    <message>
        <source>Markering:</source>
        <translation>Marked as:</translation>
    </message>
    <message>
        <source>Markering van dit onderdeel</source>
        <translation>How this part is marked</translation>
    </message>
    <message>
        <source>Volgens de inhoud</source>
        <translation>From what is filled in</translation>
    </message>
    <message>
        <source>Besproken</source>
        <translation>Discussed</translation>
    </message>
    <message>
        <source>Deels besproken</source>
        <translation>Partly discussed</translation>
    </message>
    <message>
        <source>Niet besproken</source>
        <translation>Not discussed</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Hulpvraag</source>
        <translation>Request for help</translation>
    </message>
    <message>
        <source>Wat is de vraag, wat heeft u zelf al gedaan, en waarom deze vraag nu?</source>
        <translation>What is the question, what have you already done yourself, and why this question now?</translation>
    </message>
    <message>
        <source>Bij de aanmelding: {vraag}</source>
        <translation>At registration: {vraag}</translation>
    </message>
    <message>
        <source>Wederkerigheid</source>
        <translation>Reciprocity</translation>
    </message>
    <message>
        <source>Kunt u iets doen voor een ander, of voor de buurt?</source>
        <translation>Could you do something for someone else, or for the neighbourhood?</translation>
    </message>
    <message>
        <source>Verwachtingen</source>
        <translation>Expectations</translation>
    </message>
    <message>
        <source>Wat verwacht u van ons, en wat mogen wij van u verwachten?</source>
        <translation>What do you expect from us, and what may we expect from you?</translation>
    </message>
    <message>
        <source>Gesprek met {naam}</source>
        <translation>Conversation with {naam}</translation>
    </message>
    <message>
        <source>besproken</source>
        <translation>discussed</translation>
    </message>
    <message>
        <source>deels besproken</source>
        <translation>partly discussed</translation>
    </message>
    <message>
        <source>niet besproken</source>
        <translation>not discussed</translation>
    </message>
    <message>
        <source>{mark} (zelf gezet)</source>
        <translation>{mark} (set by hand)</translation>
    </message>
    <message>
        <source> (Ctrl+{n})</source>
        <translation> (Ctrl+{n})</translation>
    </message>
</context>
<context>
    <name>GesprekPart</name>
    <message>
        <source>Informatie gegeven</source>
        <translation>Information given</translation>
    </message>
    <message>
        <source>Netwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Veiligheid</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>ZRM-overzicht</source>
        <translation>ZRM overview</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <source>← Terug</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Huishouden</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Logboek</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Logboek openen</source>
        <translation>Open log</translation>
    </message>
    <message>
        <source>Wie dit dossier heeft bekeken of gewijzigd, wanneer en op welke laptop</source>
        <translation>Who viewed or changed this record, when and on which laptop</translation>
    </message>
    <message>
        <source>Huishouden zonder personen</source>
        <translation>Household with no people</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Rechten</source>
        <translation>Rights</translation>
    </message>
    <message>
        <source>Inzage…</source>
        <translation>Data access…</translation>
    </message>
    <message>
        <source>Inzage voor {naam}</source>
        <translation>Data access for {naam}</translation>
    </message>
    <message>
        <source>Corrigeren…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Gegevens van {naam} corrigeren</source>
        <translation>Correct the data of {naam}</translation>
    </message>
    <message>
        <source>Casus — fase {fase}</source>
        <translation>Casus — phase {fase}</translation>
    </message>
    <message>
        <source>Gesprek</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Gesprek openen</source>
        <translation>Open conversation</translation>
    </message>
    <message>
        <source>Het keukentafelgesprek van deze casus (Ctrl+G)</source>
        <translation>The keukentafelgesprek of this casus (Ctrl+G)</translation>
    </message>
    <message>
        <source>Het keukentafelgesprek van deze casus</source>
        <translation>The keukentafelgesprek of this casus</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Plan openen</source>
        <translation>Open plan</translation>
    </message>
    <message>
        <source>Het plan van deze casus opstellen, ondertekenen en afdrukken (Ctrl+P)</source>
        <translation>Draw up, sign and print the plan of this casus (Ctrl+P)</translation>
    </message>
    <message>
        <source>Het plan van deze casus opstellen, ondertekenen en afdrukken</source>
        <translation>Draw up, sign and print the plan of this casus</translation>
    </message>
    <message>
        <source>Traject</source>
        <translation>Trajectory</translation>
    </message>
    <message>
        <source>Traject openen</source>
        <translation>Open trajectory</translation>
    </message>
    <message>
        <source>De regiestappen, de aanbieder en de evaluatie van deze casus (Ctrl+T)</source>
        <translation>The regiestappen, the provider and the evaluation of this casus (Ctrl+T)</translation>
    </message>
    <message>
        <source>De regiestappen, de aanbieder en de evaluatie van deze casus</source>
        <translation>The regiestappen, the provider and the evaluation of this casus</translation>
    </message>
    <message>
        <source>Aangemeld op {date}. Hulpvraag: {vraag}</source>
        <translation>Registered on {date}. Request for help: {vraag}</translation>
    </message>
    <message>
        <source>(niet ingevuld)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>Spoed: {reasons}</source>
        <translation>Urgent: {reasons}</translation>
    </message>
    <message>
        <source>Fasegeschiedenis:</source>
        <translation>Phase history:</translation>
    </message>
    <message>
        <source>Fasegeschiedenis</source>
        <translation>Phase history</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Naar</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>versie {n}: {status}</source>
        <translation>version {n}: {status}</translation>
    </message>
    <message>
        <source>nog geen plan</source>
        <translation>no plan yet</translation>
    </message>
    <message>
        <source>Plan: {plans}</source>
        <translation>Plan: {plans}</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Leefgebied</source>
        <translation>Leefgebied</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Laatste ZRM-scores</source>
        <translation>Latest ZRM scores</translation>
    </message>
    <message>
        <source>Nog geen scores.</source>
        <translation>No scores yet.</translation>
    </message>
    <message>
        <source>n.v.t.</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>niet besproken</source>
        <translation>not discussed</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Wie bent u?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>Uw naam staat bij alles wat u in Regie vastlegt.</source>
        <translation>Your name is attached to everything you record in Regie.</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Voor- en achternaam</source>
        <translation>First name and surname</translation>
    </message>
    <message>
        <source>Team (niet verplicht)</source>
        <translation>Team (optional)</translation>
    </message>
    <message>
        <source>Niet verplicht</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Foutmelding bij de naam</source>
        <translation>Error message for the name</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>Vul uw naam in. Regie zet die bij alles wat u vastlegt.</source>
        <translation>Please enter your name. Regie attaches it to everything you record.</translation>
    </message>
</context>
<context>
    <name>InformatiePart</name>
    <message>
        <source>Informatie gegeven</source>
        <translation>Information given</translation>
    </message>
    <message>
        <source>Vink aan wat u de cliënt verteld hebt en wanneer.</source>
        <translation>Tick what you have told the client, and when.</translation>
    </message>
    <message>
        <source>{onderwerp} besproken</source>
        <translation>{onderwerp} discussed</translation>
    </message>
    <message>
        <source>Datum: {onderwerp} besproken</source>
        <translation>Date: {onderwerp} discussed</translation>
    </message>
    <message>
        <source>op</source>
        <translation>on</translation>
    </message>
    <message>
        <source>Fout bij informatie gegeven</source>
        <translation>Error in &apos;Information given&apos;</translation>
    </message>
</context>
<context>
    <name>InstrumentPage</name>
    <message>
        <source>Instrument van uw team</source>
        <translation>Your team&apos;s instrument</translation>
    </message>
    <message>
        <source>Met welk instrument scoort uw team de zelfredzaamheid?</source>
        <translation>Which instrument does your team use to score self-sufficiency?</translation>
    </message>
    <message>
        <source>Nieuwe casussen gebruiken dit instrument. Weet u het niet, neem dan de Zelfredzaamheid-Matrix 2017: dat is de standaard.</source>
        <translation>New casussen use this instrument. If you are not sure, choose the Zelfredzaamheid-Matrix 2017: that is the standard.</translation>
    </message>
    <message>
        <source>Foutmelding bij het instrument</source>
        <translation>Error message for the instrument</translation>
    </message>
    <message>
        <source>Het instrument is vastgelegd door uw organisatie: nieuwe casussen gebruiken dit.</source>
        <translation>The instrument has been set by your organisation: new casussen use it.</translation>
    </message>
    <message>
        <source>{name} (standaard)</source>
        <translation>{name} (standard)</translation>
    </message>
    <message>
        <source>{n} leefgebieden · versie {version}</source>
        <translation>{n} leefgebieden · version {version}</translation>
    </message>
    <message>
        <source>het standaardinstrument</source>
        <translation>the standard instrument</translation>
    </message>
</context>
<context>
    <name>InzageDialog</name>
    <message>
        <source>Inzage</source>
        <translation>Data access</translation>
    </message>
    <message>
        <source>Een overzicht van alles wat over {naam} is vastgelegd, om mee te geven of op te sturen. Gegevens van andere leden van het huishouden staan er niet in.</source>
        <translation>An overview of everything recorded about {naam}, to hand over or send. Data of other members of the household is not included.</translation>
    </message>
    <message>
        <source>Vorm</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;PDF, om te lezen of af te drukken</source>
        <translation>&amp;PDF, to read or print</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>&amp;JSON, voor een ander programma</source>
        <translation>&amp;JSON, for another program</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Gegevens van eigen &amp;kinderen opnemen</source>
        <translation>Include data of their own &amp;children</translation>
    </message>
    <message>
        <source>Gegevens van eigen kinderen opnemen</source>
        <translation>Include data of their own children</translation>
    </message>
    <message>
        <source>Alleen als de ouder het gezag heeft en het kind jonger is dan 16 jaar (AVG artikel 8, UAVG artikel 5). Regie weet niet wie het gezag heeft: u beslist.</source>
        <translation>Only if the parent has parental authority and the child is under 16 (GDPR Article 8, UAVG Article 5). Regie does not know who has parental authority: you decide.</translation>
    </message>
    <message>
        <source>&amp;Opslaan…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Inzage opslaan</source>
        <translation>Save data access overview</translation>
    </message>
    <message>
        <source>JSON-bestand (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <source>PDF-document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>De inzage kon niet worden opgeslagen. Kies een andere map.</source>
        <translation>The data access overview could not be saved. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>InzetRows</name>
    <message>
        <source>Inzet</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Nog geen inzet.</source>
        <translation>No support yet.</translation>
    </message>
    <message>
        <source>+ Inzet toevoegen</source>
        <translation>+ Add support</translation>
    </message>
    <message>
        <source>Inzet toevoegen</source>
        <translation>Add support</translation>
    </message>
    <message>
        <source>Welke steun, van wie?</source>
        <translation>What support, from whom?</translation>
    </message>
    <message>
        <source>Productcode, bijv. BGI</source>
        <translation>Product code, e.g. BGI</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Alleen maatwerk heeft een productcode</source>
        <translation>Only tailored support has a product code</translation>
    </message>
    <message>
        <source>Inzet {n}: soort</source>
        <translation>Support {n}: type</translation>
    </message>
    <message>
        <source>Inzet {n}: omschrijving</source>
        <translation>Support {n}: description</translation>
    </message>
    <message>
        <source>Inzet {n}: productcode</source>
        <translation>Support {n}: product code</translation>
    </message>
    <message>
        <source>Inzet {n} verwijderen</source>
        <translation>Remove support {n}</translation>
    </message>
</context>
<context>
    <name>JournaalView</name>
    <message>
        <source>Toon contacten van soort</source>
        <translation>Show contacts of type</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <source>Aantal contacten</source>
        <translation>Number of contacts</translation>
    </message>
    <message>
        <source>Contacten, nieuwste eerst</source>
        <translation>Contacts, newest first</translation>
    </message>
    <message>
        <source>&amp;Nieuw contact</source>
        <translation>&amp;New contact</translation>
    </message>
    <message>
        <source>Nieuw contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Datum van het contact</source>
        <translation>Date of the contact</translation>
    </message>
    <message>
        <source>Soort contact</source>
        <translation>Type of contact</translation>
    </message>
    <message>
        <source>Alle soorten</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Deelnemers: vink aan wie erbij was</source>
        <translation>Participants: tick who was there</translation>
    </message>
    <message>
        <source>Andere deelnemers</source>
        <translation>Other participants</translation>
    </message>
    <message>
        <source>Andere deelnemers, gescheiden door komma&apos;s (bijv. huisarts)</source>
        <translation>Other participants, separated by commas (e.g. GP)</translation>
    </message>
    <message>
        <source>Notitie bij het contact</source>
        <translation>Note on the contact</translation>
    </message>
    <message>
        <source>Wat is er besproken of afgesproken?</source>
        <translation>What was discussed or agreed?</translation>
    </message>
    <message>
        <source>Alleen voor &amp;professionals</source>
        <translation>Professionals on&amp;ly</translation>
    </message>
    <message>
        <source>Alleen voor professionals</source>
        <translation>Professionals only</translation>
    </message>
    <message>
        <source>Ops&amp;laan</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>Contact opslaan</source>
        <translation>Save contact</translation>
    </message>
    <message>
        <source>Opslagstatus</source>
        <translation>Save status</translation>
    </message>
    <message>
        <source>Melding bij het contact</source>
        <translation>Contact message</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>S&amp;oort:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>D&amp;eelnemers:</source>
        <translation>P&amp;articipants:</translation>
    </message>
    <message>
        <source>Ande&amp;ren:</source>
        <translation>Othe&amp;rs:</translation>
    </message>
    <message>
        <source>No&amp;titie:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Huisbezoek</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Driegesprek</source>
        <translation>Three-way conversation</translation>
    </message>
    <message>
        <source>Overleg</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Anders</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Contact van {datum}</source>
        <translation>Contact on {datum}</translation>
    </message>
    <message>
        <source>huishouden</source>
        <translation>household</translation>
    </message>
    <message>
        <source>netwerk</source>
        <translation>network</translation>
    </message>
    <message>
        <source>sociaal werker</source>
        <translation>social worker</translation>
    </message>
    <message>
        <source>aanbieder</source>
        <translation>provider</translation>
    </message>
    <message>
        <source>anders</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Nog niet opgeslagen</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>Opgeslagen</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source> · alleen voor professionals</source>
        <translation> · professionals only</translation>
    </message>
    <message>
        <source>{n} van {total} contacten</source>
        <translation>{n} of {total} contacts</translation>
    </message>
    <message>
        <source>{n} contacten</source>
        <translation>{n} contacts</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contact</translation>
    </message>
</context>
<context>
    <name>LeefgebiedPart</name>
    <message>
        <source>Zorg + kracht = wens. Een score kiest u met een klik of met de toetsen 1–5, N of 0.</source>
        <translation>Concern + strength = wish. Choose a score with a click or with the keys 1–5, N or 0.</translation>
    </message>
</context>
<context>
    <name>LogboekModel</name>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
</context>
<context>
    <name>LogboekPage</name>
    <message>
        <source>← Terug</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Terug naar het huishouden</source>
        <translation>Back to the household</translation>
    </message>
    <message>
        <source>Elke keer dat iemand dit dossier opent, wijzigt, afdrukt of opslaat, staat dat hier. Regels kunnen niet worden gewijzigd of verwijderd.</source>
        <translation>Every time someone opens, changes, prints or saves this record, it is listed here. Entries cannot be changed or deleted.</translation>
    </message>
    <message>
        <source>Filter op handeling</source>
        <translation>Filter by action</translation>
    </message>
    <message>
        <source>Filter op medewerker</source>
        <translation>Filter by staff member</translation>
    </message>
    <message>
        <source>Vanaf datum</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>Tot en met datum</source>
        <translation>Up to and including date</translation>
    </message>
    <message>
        <source>Filters &amp;wissen</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>&amp;Handeling:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>&amp;Medewerker:</source>
        <translation>&amp;Staff member:</translation>
    </message>
    <message>
        <source>&amp;Vanaf:</source>
        <translation>Fr&amp;om:</translation>
    </message>
    <message>
        <source>&amp;Tot en met:</source>
        <translation>&amp;Up to and including:</translation>
    </message>
    <message>
        <source>Logboek</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>geen grens</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Logboek — {naam}</source>
        <translation>Log — {naam}</translation>
    </message>
    <message>
        <source>Alle handelingen</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Iedereen</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>{shown} van {total} regels</source>
        <translation>{shown} of {total} entries</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Regie</source>
        <translation>Regie</translation>
    </message>
    <message>
        <source>Navigatie</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <source>Wachtlijst</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Conflicten</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Bewaartermijnen</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <source>Teamoverzicht</source>
        <translation>Team overview</translation>
    </message>
    <message>
        <source>Vergrendelstatus</source>
        <translation>Lock status</translation>
    </message>
    <message>
        <source>Synchronisatie</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Werker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Regie vergrendelen; daarna is uw wachtwoord weer nodig</source>
        <translation>Lock Regie; you will need your password again</translation>
    </message>
    <message>
        <source>Nieuwe aanmelding</source>
        <translation>New registration</translation>
    </message>
    <message>
        <source>Een nieuw huishouden aanmelden</source>
        <translation>Register a new household</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Instellingen…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Vergrendeltijd, weergave en het instrument van het team instellen</source>
        <translation>Set the lock time, the display and the team&apos;s instrument</translation>
    </message>
    <message>
        <source>Presenteren</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>De casussen van de caseload zonder namen op de beamer tonen, voor de teamvergadering</source>
        <translation>Show the caseload cases without names on the projector, for the team meeting</translation>
    </message>
    <message>
        <source>Bespreekformulier…</source>
        <translation>Case discussion form…</translation>
    </message>
    <message>
        <source>De casussen voor het teamoverleg kiezen en het formulier zonder namen afdrukken</source>
        <translation>Choose the cases for the team meeting and print the form without names</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Over Regie…</source>
        <translation>About Regie…</translation>
    </message>
    <message>
        <source>Versie, licenties, werkruimte en de zelftest</source>
        <translation>Version, licences, workspace and the self-test</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Ontgrendeld</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <source>Er zijn geen casussen om te presenteren.</source>
        <translation>There are no cases to present.</translation>
    </message>
    <message>
        <source>Vergrendeld</source>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>NetwerkPart</name>
    <message>
        <source>Netwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Wie staan er om het huishouden heen, wat doen ze al en wat zouden ze kunnen doen?</source>
        <translation>Who is around the household, what do they already do and what could they do?</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Doet of kan doen</source>
        <translation>Does or could do</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Personen in het netwerk</source>
        <translation>People in the network</translation>
    </message>
    <message>
        <source>Persoon uit het netwerk</source>
        <translation>Person in the network</translation>
    </message>
    <message>
        <source>Voornaam of hoe de cliënt hem of haar noemt</source>
        <translation>First name, or what the client calls them</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>bijvoorbeeld zus, buurvrouw, huisarts</source>
        <translation>for example sister, neighbour, GP</translation>
    </message>
    <message>
        <source>&amp;Relatie</source>
        <translation>&amp;Relationship</translation>
    </message>
    <message>
        <source>Soort relatie in het ecogram</source>
        <translation>Type of relationship in the ecogram</translation>
    </message>
    <message>
        <source>Wat doet of kan deze persoon doen</source>
        <translation>What this person does or could do</translation>
    </message>
    <message>
        <source>&amp;Doet of kan doen</source>
        <translation>&amp;Does or could do</translation>
    </message>
    <message>
        <source>Contactgegevens</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>telefoon, e-mail of adres</source>
        <translation>phone, email or address</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>Fout bij de persoon uit het netwerk</source>
        <translation>Error in the network person&apos;s details</translation>
    </message>
    <message>
        <source>Nieuwe persoon</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Formulier leegmaken voor een nieuwe persoon</source>
        <translation>Clear the form for a new person</translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Persoon uit het netwerk verwijderen</source>
        <translation>Remove the person from the network</translation>
    </message>
    <message>
        <source>Huishouden</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Nog niemand in het netwerk</source>
        <translation>Nobody in the network yet</translation>
    </message>
    <message>
        <source>&amp;Ecogram groot tonen</source>
        <translation>Show &amp;ecogram full size</translation>
    </message>
    <message>
        <source>Ecogram groot tonen, om samen met de cliënt te bekijken</source>
        <translation>Show the ecogram full size, to look at it together with the client</translation>
    </message>
    <message>
        <source>In het ecogram: {soort}</source>
        <translation>In the ecogram: {soort}</translation>
    </message>
    <message>
        <source>Wijziging opslaan</source>
        <translation>Save change</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Wijziging van de persoon opslaan</source>
        <translation>Save the change to the person</translation>
    </message>
    <message>
        <source>Persoon aan het netwerk toevoegen</source>
        <translation>Add the person to the network</translation>
    </message>
    <message>
        <source>&amp;Lijst weer tonen</source>
        <translation>Show &amp;list again</translation>
    </message>
    <message>
        <source>{naam} uit het netwerk verwijderen?</source>
        <translation>Remove {naam} from the network?</translation>
    </message>
    <message>
        <source>Persoon verwijderen</source>
        <translation>Remove person</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>Controle van het herhaalde wachtwoord</source>
        <translation>Repeated password check</translation>
    </message>
    <message>
        <source>Sterkte:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Kies een wachtwoord dat alleen u kent. Met Volgende maakt Regie uw werkruimte.</source>
        <translation>Choose a password that only you know. When you click Next, Regie creates your workspace.</translation>
    </message>
    <message>
        <source>&amp;Volgende</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Wachtwoord herhalen</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Minstens 12 tekens. Een paar losse woorden die niet bij elkaar horen, is sterk en goed te onthouden. Uw eigen naam telt niet mee.</source>
        <translation>At least 12 characters. A few unrelated words make a strong password that is easy to remember. Your own name does not count.</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Herhalen:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>Bezig met het maken van uw werkruimte…</source>
        <translation>Creating your workspace…</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>{naam}: {leefgebied}</source>
        <translation>{naam}: {leefgebied}</translation>
    </message>
    <message>
        <source>Zorg</source>
        <translation>Concern</translation>
    </message>
    <message>
        <source>Kracht</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Wens</source>
        <translation>Wish</translation>
    </message>
    <message>
        <source>Wat gaat er niet goed, waar maakt u zich zorgen over?</source>
        <translation>What is not going well, what are you worried about?</translation>
    </message>
    <message>
        <source>Wat gaat er goed, wat doet u zelf of met anderen?</source>
        <translation>What is going well, what do you do yourself or with others?</translation>
    </message>
    <message>
        <source>Wat wilt u bereiken?</source>
        <translation>What do you want to achieve?</translation>
    </message>
    <message>
        <source>plus</source>
        <translation>plus</translation>
    </message>
    <message>
        <source>is</source>
        <translation>equals</translation>
    </message>
    <message>
        <source>Score {naam}</source>
        <translation>Score for {naam}</translation>
    </message>
    <message>
        <source>Vorige score</source>
        <translation>Previous score</translation>
    </message>
    <message>
        <source>Beschrijving van de score</source>
        <translation>Description of the score</translation>
    </message>
    <message>
        <source>Alleen voor professionals (niet tonen aan cliënt)</source>
        <translation>Professionals only (not shown to the client)</translation>
    </message>
    <message>
        <source>Alleen voor professionals</source>
        <translation>Professionals only</translation>
    </message>
    <message>
        <source>Score {leefgebied} van {naam}</source>
        <translation>{leefgebied} score for {naam}</translation>
    </message>
    <message>
        <source>Vorige score: nog geen</source>
        <translation>Previous score: none yet</translation>
    </message>
    <message>
        <source>n.v.t.</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Vorige score: {value} (op {date})</source>
        <translation>Previous score: {value} (on {date})</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <source>Aanvrager</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Persoon {n}</source>
        <translation>Person {n}</translation>
    </message>
    <message>
        <source>&amp;Voornamen</source>
        <translation>&amp;First names</translation>
    </message>
    <message>
        <source>Voornamen</source>
        <translation>First names</translation>
    </message>
    <message>
        <source>&amp;Tussenvoegsel</source>
        <translation>Surname &amp;prefix</translation>
    </message>
    <message>
        <source>Tussenvoegsel</source>
        <translation>Surname prefix</translation>
    </message>
    <message>
        <source>&amp;Achternaam *</source>
        <translation>&amp;Surname *</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>&amp;Geboortedatum</source>
        <translation>&amp;Date of birth</translation>
    </message>
    <message>
        <source>Geboortedatum (dd-mm-jjjj)</source>
        <translation>Date of birth (dd-mm-yyyy)</translation>
    </message>
    <message>
        <source>dd-mm-jjjj, leeg = onbekend</source>
        <translation>dd-mm-yyyy, empty = unknown</translation>
    </message>
    <message>
        <source>Fout bij geboortedatum</source>
        <translation>Date of birth error</translation>
    </message>
    <message>
        <source>&amp;BSN</source>
        <translation>&amp;BSN</translation>
    </message>
    <message>
        <source>Burgerservicenummer</source>
        <translation>Citizen service number (BSN)</translation>
    </message>
    <message>
        <source>9 cijfers, mag leeg</source>
        <translation>9 digits, may be left empty</translation>
    </message>
    <message>
        <source>Fout bij BSN</source>
        <translation>BSN error</translation>
    </message>
    <message>
        <source>Tele&amp;foon</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>E-mailadres</source>
        <translation>Email address</translation>
    </message>
    <message>
        <source>Rol in het huishouden</source>
        <translation>Role in the household</translation>
    </message>
    <message>
        <source>&amp;Rol</source>
        <translation>Ro&amp;le</translation>
    </message>
    <message>
        <source>Persoon verwijderen</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <source>Persoon {n} verwijderen</source>
        <translation>Remove person {n}</translation>
    </message>
</context>
<context>
    <name>PlanCompareView</name>
    <message>
        <source>Wijzigingen sinds de laatste ondertekening</source>
        <translation>Changes since the last signing</translation>
    </message>
    <message>
        <source>Nog geen ondertekende versie</source>
        <translation>No signed version yet</translation>
    </message>
    <message>
        <source>Er is nog geen versie van het plan ondertekend. Na de eerste ondertekening ziet u hier wat er sindsdien is veranderd.</source>
        <translation>No version of the plan has been signed yet. After the first signing, you will see here what has changed since.</translation>
    </message>
    <message>
        <source>Versie {n} is ondertekend op {datum}</source>
        <translation>Version {n} was signed on {datum}</translation>
    </message>
    <message>
        <source>Versie {nieuw} (concept) vergeleken met versie {oud}, ondertekend op {datum}</source>
        <translation>Version {nieuw} (draft) compared with version {oud}, signed on {datum}</translation>
    </message>
    <message>
        <source>Er is niets veranderd sinds de ondertekening van versie {n}.</source>
        <translation>Nothing has changed since version {n} was signed.</translation>
    </message>
    <message>
        <source>Er is nog geen nieuwe versie. Wijzigingen komen in een nieuwe versie; die staat hier dan naast versie {n}.</source>
        <translation>There is no new version yet. Changes go into a new version, which will then appear here next to version {n}.</translation>
    </message>
    <message>
        <source>onbekende datum</source>
        <translation>unknown date</translation>
    </message>
    <message>
        <source>1 doel toegevoegd</source>
        <translation>1 goal added</translation>
    </message>
    <message>
        <source>1 doel gewijzigd</source>
        <translation>1 goal changed</translation>
    </message>
    <message>
        <source>1 doel verwijderd</source>
        <translation>1 goal removed</translation>
    </message>
    <message>
        <source>{n} doelen toegevoegd</source>
        <translation>{n} goals added</translation>
    </message>
    <message>
        <source>{n} doelen gewijzigd</source>
        <translation>{n} goals changed</translation>
    </message>
    <message>
        <source>{n} doelen verwijderd</source>
        <translation>{n} goals removed</translation>
    </message>
    <message>
        <source>afspraken voor het hele plan gewijzigd</source>
        <translation>agreements for the whole plan changed</translation>
    </message>
    <message>
        <source>Wat is er veranderd: {wat}.</source>
        <translation>What has changed: {wat}.</translation>
    </message>
    <message>
        <source>Toegevoegd: doel {n}, {leefgebied}</source>
        <translation>Added: goal {n}, {leefgebied}</translation>
    </message>
    <message>
        <source>Verwijderd: doel {n} van versie {v}, {leefgebied}</source>
        <translation>Removed: goal {n} of version {v}, {leefgebied}</translation>
    </message>
    <message>
        <source>Gewijzigd: doel {n}, {leefgebied}</source>
        <translation>Changed: goal {n}, {leefgebied}</translation>
    </message>
    <message>
        <source>Gewijzigd: afspraken voor het hele plan</source>
        <translation>Changed: agreements for the whole plan</translation>
    </message>
    <message>
        <source>Doel: {tekst}</source>
        <translation>Goal: {tekst}</translation>
    </message>
    <message>
        <source>Afgesproken &apos;6&apos;: {tekst}</source>
        <translation>Agreed &apos;6&apos;: {tekst}</translation>
    </message>
    <message>
        <source>Actie: {actie}</source>
        <translation>Action: {actie}</translation>
    </message>
    <message>
        <source>Inzet: {inzet}</source>
        <translation>Support: {inzet}</translation>
    </message>
    <message>
        <source>Doel (niet gewijzigd): {tekst}</source>
        <translation>Goal (unchanged): {tekst}</translation>
    </message>
    <message>
        <source>Leefgebied</source>
        <translation>Leefgebied</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Afgesproken &apos;6&apos;</source>
        <translation>Agreed &apos;6&apos;</translation>
    </message>
    <message>
        <source>geen inzet</source>
        <translation>no support</translation>
    </message>
    <message>
        <source>Inzet: was {oud}, nu {nieuw}</source>
        <translation>Support: was {oud}, now {nieuw}</translation>
    </message>
    <message>
        <source>[+] Actie toegevoegd: {actie}</source>
        <translation>[+] Action added: {actie}</translation>
    </message>
    <message>
        <source>[−] Actie verwijderd: {actie}</source>
        <translation>[−] Action removed: {actie}</translation>
    </message>
    <message>
        <source>wie</source>
        <translation>who</translation>
    </message>
    <message>
        <source>soort</source>
        <translation>type</translation>
    </message>
    <message>
        <source>wat</source>
        <translation>what</translation>
    </message>
    <message>
        <source>wanneer</source>
        <translation>when</translation>
    </message>
    <message>
        <source>[✎] Actie gewijzigd ({actie}): {wat}</source>
        <translation>[✎] Action changed ({actie}): {wat}</translation>
    </message>
    <message>
        <source>Tussenevaluatie</source>
        <translation>Interim evaluation</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>{wat}: was {oud}, nu {nieuw}</source>
        <translation>{wat}: was {oud}, now {nieuw}</translation>
    </message>
    <message>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>{wie} ({soort}): {wat}, {wanneer}</source>
        <translation>{wie} ({soort}): {wat}, {wanneer}</translation>
    </message>
    <message>
        <source>zo snel mogelijk</source>
        <translation>as soon as possible</translation>
    </message>
    <message>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
</context>
<context>
    <name>PlanDocumentView</name>
    <message>
        <source>Soort document</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Do&amp;cument:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>Versie van het plan</source>
        <translation>Version of the plan</translation>
    </message>
    <message>
        <source>Ve&amp;rsie:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Het getoonde document afdrukken (Ctrl+P)</source>
        <translation>Print the document shown (Ctrl+P)</translation>
    </message>
    <message>
        <source>Opslaan als &amp;PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Het getoonde document als PDF-bestand opslaan (Ctrl+S)</source>
        <translation>Save the document shown as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <source>Waarom niet elk document kan</source>
        <translation>Why not every document is available</translation>
    </message>
    <message>
        <source>Laatste afdruk of opslag</source>
        <translation>Last print or save</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Verkleinen</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Verkleinen (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Vergroten</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Vergroten (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>Paginabreedte</source>
        <translation>Page width</translation>
    </message>
    <message>
        <source>Passend op de breedte</source>
        <translation>Fit to width</translation>
    </message>
    <message>
        <source>De pagina passend op de breedte tonen (Ctrl+0)</source>
        <translation>Fit the page to the width (Ctrl+0)</translation>
    </message>
    <message>
        <source>Voorbeeld van het document</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <source>Melding bij het document</source>
        <translation>Document message</translation>
    </message>
    <message>
        <source>Er is nog geen plan om te tonen.</source>
        <translation>There is no plan to show yet.</translation>
    </message>
    <message>
        <source>Volledig plan</source>
        <translation>Full plan</translation>
    </message>
    <message>
        <source>Versie voor de aanbieder</source>
        <translation>Version for the provider</translation>
    </message>
    <message>
        <source>Ontvangstbewijs toestemming</source>
        <translation>Consent receipt</translation>
    </message>
    <message>
        <source>Versie {n}: concept</source>
        <translation>Version {n}: draft</translation>
    </message>
    <message>
        <source>Versie {n}: ondertekend {datum}</source>
        <translation>Version {n}: signed {datum}</translation>
    </message>
    <message>
        <source>Versie {n}: ondertekend {datum}, ⚠ gewijzigd na ondertekening</source>
        <translation>Version {n}: signed {datum}, ⚠ changed after signing</translation>
    </message>
    <message>
        <source>Kan pas na ondertekening</source>
        <translation>Only available after signing</translation>
    </message>
    <message>
        <source>Versie {n} is een concept. De versie voor de aanbieder en het ontvangstbewijs bestaan pas als het plan is ondertekend.</source>
        <translation>Version {n} is a draft. The version for the provider and the receipt only exist once the plan has been signed.</translation>
    </message>
    <message>
        <source>Let op: versie {n} is gewijzigd na ondertekening. De handtekeningen horen niet bij deze tekst.</source>
        <translation>Note: version {n} was changed after signing. The signatures do not belong to this text.</translation>
    </message>
    <message>
        <source>Er is nog geen plan om te tonen. Stel eerst een plan op bij Opstellen.</source>
        <translation>There is no plan to show yet. First draft a plan under Edit.</translation>
    </message>
    <message>
        <source>Document wordt gemaakt…</source>
        <translation>Creating the document…</translation>
    </message>
    <message>
        <source>Ontvangstbewijs plan versie {n}</source>
        <translation>Consent receipt, plan version {n}</translation>
    </message>
    <message>
        <source>Plan versie {n} voor de aanbieder</source>
        <translation>Plan version {n} for the provider</translation>
    </message>
    <message>
        <source>Plan versie {n}</source>
        <translation>Plan version {n}</translation>
    </message>
    <message>
        <source>Afgedrukt: {titel}.</source>
        <translation>Printed: {titel}.</translation>
    </message>
    <message>
        <source>PDF-document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden opgeslagen. Controleer of de map bestaat en of u daar mag schrijven, en probeer het opnieuw in een andere map. Er is niets opgeslagen.</source>
        <translation>The file could not be saved. Check that the folder exists and that you are allowed to write there, or try again in another folder. Nothing has been saved.</translation>
    </message>
    <message>
        <source>Opgeslagen als {bestand}.</source>
        <translation>Saved as {bestand}.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Melding bij het plan</source>
        <translation>Plan message</translation>
    </message>
    <message>
        <source>Uit het gesprek</source>
        <translation>From the conversation</translation>
    </message>
    <message>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Nog geen doelen. Maak een doel van een wens hierboven, of voeg hieronder een doel toe.</source>
        <translation>No goals yet. Make a goal from a wish above, or add a goal below.</translation>
    </message>
    <message>
        <source>Afspraken voor het hele plan</source>
        <translation>Agreements for the whole plan</translation>
    </message>
    <message>
        <source>Ondertekende versie</source>
        <translation>Signed version</translation>
    </message>
    <message>
        <source>Nieuwe versie opstellen</source>
        <translation>Start a new version</translation>
    </message>
    <message>
        <source>Ondertekend</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Wensen uit het gesprek</source>
        <translation>Wishes from the conversation</translation>
    </message>
    <message>
        <source>In het gesprek is nog geen wens genoteerd.</source>
        <translation>No wish has been noted in the conversation yet.</translation>
    </message>
    <message>
        <source>Maak van een wens een doel: u kunt de tekst daarna samen met de cliënt aanpassen.</source>
        <translation>Turn a wish into a goal: you can then adjust the text together with the client.</translation>
    </message>
    <message>
        <source>Nieuw doel in &amp;leefgebied:</source>
        <translation>New goal in &amp;leefgebied:</translation>
    </message>
    <message>
        <source>Leefgebied van het nieuwe doel</source>
        <translation>Leefgebied of the new goal</translation>
    </message>
    <message>
        <source>+ Doel toevoe&amp;gen</source>
        <translation>+ &amp;Add goal</translation>
    </message>
    <message>
        <source>Doel toevoegen</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <source>Tussenevaluatie</source>
        <translation>Interim evaluation</translation>
    </message>
    <message>
        <source>Geen datum</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>Tussenevaluatie:</source>
        <translation>Interim evaluation:</translation>
    </message>
    <message>
        <source>Toelichting bij het plan</source>
        <translation>Notes on the plan</translation>
    </message>
    <message>
        <source>Wat verder is afgesproken, of wat de cliënt belangrijk vindt om te noemen.</source>
        <translation>What else was agreed, or what the client thinks is important to mention.</translation>
    </message>
    <message>
        <source>Toelichting:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Versie {n} is ondertekend en verandert niet meer. Wijzigingen komen in een nieuwe versie, die de cliënt opnieuw moet lezen en ondertekenen.</source>
        <translation>Version {n} has been signed and will not change any more. Changes go into a new version, which the client must read and sign again.</translation>
    </message>
    <message>
        <source>Doel verwijderen</source>
        <translation>Remove goal</translation>
    </message>
    <message>
        <source>Doel {n} verwijderen, met zijn acties en inzet?</source>
        <translation>Remove goal {n}, with its actions and support?</translation>
    </message>
    <message>
        <source>{persoon}: “{wens}”</source>
        <translation>{persoon}: “{wens}”</translation>
    </message>
    <message>
        <source>Doel maken</source>
        <translation>Make goal</translation>
    </message>
    <message>
        <source>Doel maken van de wens van {persoon} ({leefgebied})</source>
        <translation>Make a goal from the wish of {persoon} ({leefgebied})</translation>
    </message>
    <message>
        <source>Het plan is niet opgeslagen: {reden} Wat u typte staat nog op het scherm.</source>
        <translation>The plan has not been saved: {reden} What you typed is still on the screen.</translation>
    </message>
    <message>
        <source>Het plan is intussen ergens anders gewijzigd of ondertekend, daarom is het hier niet opgeslagen. Wat u typte staat nog op het scherm; open het plan opnieuw om verder te gaan.</source>
        <translation>The plan has meanwhile been changed or signed elsewhere, so it has not been saved here. What you typed is still on the screen; open the plan again to continue.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Plan van</source>
        <translation>Plan for</translation>
    </message>
    <message>
        <source>Status van deze planversie</source>
        <translation>Status of this plan version</translation>
    </message>
    <message>
        <source>Versies:</source>
        <translation>Versions:</translation>
    </message>
    <message>
        <source>Versies van het plan</source>
        <translation>Versions of the plan</translation>
    </message>
    <message>
        <source>Onderdelen van het plan</source>
        <translation>Parts of the plan</translation>
    </message>
    <message>
        <source>&amp;Opstellen</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Vergelijken</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <source>&amp;Doornemen met cliënt</source>
        <translation>&amp;Review with client</translation>
    </message>
    <message>
        <source>&amp;Toestemming en ondertekenen</source>
        <translation>C&amp;onsent and signing</translation>
    </message>
    <message>
        <source>Doc&amp;ument</source>
        <translation>Doc&amp;ument</translation>
    </message>
    <message>
        <source>Plan van {naam}</source>
        <translation>Plan for {naam}</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>nog geen versie</source>
        <translation>no version yet</translation>
    </message>
    <message>
        <source>Nog niet opgeslagen</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>Versie {n}: concept</source>
        <translation>Version {n}: draft</translation>
    </message>
    <message>
        <source>Versie {n}: {badge}</source>
        <translation>Version {n}: {badge}</translation>
    </message>
    <message>
        <source>Versie {n} is een concept: nog niet ondertekend</source>
        <translation>Version {n} is a draft: not signed yet</translation>
    </message>
    <message>
        <source>Versie {n}, ondertekend {datum}: {badge}</source>
        <translation>Version {n}, signed {datum}: {badge}</translation>
    </message>
    <message>
        <source>✓ geldig</source>
        <translation>✓ valid</translation>
    </message>
    <message>
        <source>⚠ ondertekend op een onbekend apparaat</source>
        <translation>⚠ signed on an unknown device</translation>
    </message>
    <message>
        <source>⚠ gewijzigd na ondertekening</source>
        <translation>⚠ changed after signing</translation>
    </message>
</context>
<context>
    <name>PlanReviewView</name>
    <message>
        <source>Op volledig &amp;scherm</source>
        <translation>Full &amp;screen</translation>
    </message>
    <message>
        <source>Het plan op volledig scherm tonen</source>
        <translation>Show the plan full screen</translation>
    </message>
    <message>
        <source>Opent het plan in een eigen venster met grote letters; Esc sluit het.</source>
        <translation>Opens the plan in its own window in large print; Esc closes it.</translation>
    </message>
</context>
<context>
    <name>PresentationSession</name>
    <message>
        <source>Namen tonen</source>
        <translation>Show names</translation>
    </message>
    <message>
        <source>De namen van casus {label} komen op de beamer, voor iedereen in de zaal. Dit wordt vastgelegd in het logboek. BSN, adres en contactgegevens blijven verborgen. Namen tonen?</source>
        <translation>The names of case {label} will appear on the projector, for everyone in the room. This is recorded in the access log. BSN, address and contact details stay hidden. Show names?</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Regie — presentatie</source>
        <translation>Regie — presentation</translation>
    </message>
    <message>
        <source>Presentatie</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>ZRM</source>
        <translation>ZRM</translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Regiestappen</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>▼ verder in het plan</source>
        <translation>▼ more of the plan below</translation>
    </message>
    <message>
        <source>▲ eerder in het plan</source>
        <translation>▲ more of the plan above</translation>
    </message>
    <message>
        <source>, {n} jaar</source>
        <translation>, {n} years</translation>
    </message>
    <message>
        <source>{label} · {persoon}{age} · fase {fase}</source>
        <translation>{label} · {persoon}{age} · phase {fase}</translation>
    </message>
    <message>
        <source>Huishouden: {members}</source>
        <translation>Household: {members}</translation>
    </message>
    <message>
        <source>Hulpvraag: {text}</source>
        <translation>Request for help: {text}</translation>
    </message>
    <message>
        <source>Namen zichtbaar</source>
        <translation>Names visible</translation>
    </message>
    <message>
        <source>Plan: nog niet opgesteld</source>
        <translation>Plan: not drawn up yet</translation>
    </message>
    <message>
        <source>Plan versie {n}, ondertekend</source>
        <translation>Plan version {n}, signed</translation>
    </message>
    <message>
        <source>Plan versie {n}, concept</source>
        <translation>Plan version {n}, draft</translation>
    </message>
    <message>
        <source>Tussenevaluatie: {date}</source>
        <translation>Interim evaluation: {date}</translation>
    </message>
    <message>
        <source>Wensen uit het gesprek</source>
        <translation>Wishes from the conversation</translation>
    </message>
    <message>
        <source>{leefgebied} ({persoon}): {tekst}</source>
        <translation>{leefgebied} ({persoon}): {tekst}</translation>
    </message>
    <message>
        <source>Doel {n} · {leefgebied}</source>
        <translation>Goal {n} · {leefgebied}</translation>
    </message>
    <message>
        <source>De 6: {text}</source>
        <translation>The 6: {text}</translation>
    </message>
    <message>
        <source> (voor {date})</source>
        <translation> (before {date})</translation>
    </message>
    <message>
        <source>• {wie} ({soort}): {wat}{when}</source>
        <translation>• {wie} ({soort}): {wat}{when}</translation>
    </message>
    <message>
        <source>Inzet: {soort} — {wat}</source>
        <translation>Support: {soort} — {wat}</translation>
    </message>
    <message>
        <source>ZRM: nog geen meting</source>
        <translation>ZRM: no assessment yet</translation>
    </message>
    <message>
        <source>ZRM van {persoon}</source>
        <translation>ZRM of {persoon}</translation>
    </message>
    <message>
        <source>{done} van {total} stappen gedaan</source>
        <translation>{done} of {total} steps done</translation>
    </message>
    <message>
        <source>gedaan</source>
        <translation>done</translation>
    </message>
    <message>
        <source>te laat</source>
        <translation>late</translation>
    </message>
    <message>
        <source>deze week</source>
        <translation>this week</translation>
    </message>
    <message>
        <source>gepland</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>nog geen termijn</source>
        <translation>no term yet</translation>
    </message>
</context>
<context>
    <name>PresenterPanel</name>
    <message>
        <source>Regie — presentatie bedienen</source>
        <translation>Regie — presentation controls</translation>
    </message>
    <message>
        <source>Presentatie bedienen</source>
        <translation>Presentation controls</translation>
    </message>
    <message>
        <source>Welke casus</source>
        <translation>Which case</translation>
    </message>
    <message>
        <source>Casussen in deze presentatie</source>
        <translation>Cases in this presentation</translation>
    </message>
    <message>
        <source>◀ &amp;Vorige</source>
        <translation>◀ &amp;Previous</translation>
    </message>
    <message>
        <source>Vorige casus (Page Up)</source>
        <translation>Previous case (Page Up)</translation>
    </message>
    <message>
        <source>Vo&amp;lgende ▶</source>
        <translation>&amp;Next ▶</translation>
    </message>
    <message>
        <source>Volgende casus (Page Down)</source>
        <translation>Next case (Page Down)</translation>
    </message>
    <message>
        <source>&amp;Namen tonen…</source>
        <translation>Show &amp;names…</translation>
    </message>
    <message>
        <source>De namen van deze casus op de beamer tonen; dit komt in het logboek</source>
        <translation>Show the names of this case on the projector; this goes into the access log</translation>
    </message>
    <message>
        <source>Presentatie &amp;stoppen</source>
        <translation>&amp;Stop presentation</translation>
    </message>
    <message>
        <source>Beamer leegmaken en sluiten (Esc)</source>
        <translation>Blank and close the projector (Esc)</translation>
    </message>
    <message>
        <source>Plan om&amp;hoog</source>
        <translation>Plan &amp;up</translation>
    </message>
    <message>
        <source>Het plan op de beamer terugschuiven (Ctrl+↑)</source>
        <translation>Scroll the plan on the projector back up (Ctrl+↑)</translation>
    </message>
    <message>
        <source>Plan omlaa&amp;g</source>
        <translation>Plan do&amp;wn</translation>
    </message>
    <message>
        <source>Verder in het plan op de beamer (Ctrl+↓)</source>
        <translation>Further down the plan on the projector (Ctrl+↓)</translation>
    </message>
    <message>
        <source>Tonen</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>&amp;Alles</source>
        <translation>&amp;All</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;ZRM</source>
        <translation>&amp;ZRM</translation>
    </message>
    <message>
        <source>&amp;Tijdlijn</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <source>Casus {n} van {count}: {label}</source>
        <translation>Case {n} of {count}: {label}</translation>
    </message>
    <message>
        <source>&amp;Namen verbergen</source>
        <translation>Hide &amp;names</translation>
    </message>
    <message>
        <source>De namen van deze casus staan op de beamer.</source>
        <translation>The names of this case are on the projector.</translation>
    </message>
    <message>
        <source>Zonder namen op de beamer.</source>
        <translation>Without names on the projector.</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Regie — wachtwoord vergeten</source>
        <translation>Regie — forgotten password</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord met de herstelsleutel</source>
        <translation>New password with the recovery key</translation>
    </message>
    <message>
        <source>Typ de herstelsleutel die u bij het maken van de werkruimte kreeg en kies een nieuw wachtwoord. De herstelsleutel blijft daarna geldig.</source>
        <translation>Type the recovery key you were given when the workspace was created, and choose a new password. The recovery key remains valid afterwards.</translation>
    </message>
    <message>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord herhalen</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <source>&amp;Herstelsleutel:</source>
        <translation>&amp;Recovery key:</translation>
    </message>
    <message>
        <source>&amp;Nieuw wachtwoord:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>H&amp;erhalen:</source>
        <translation>Re&amp;peat:</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Wachttijd</source>
        <translation>Waiting time</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord instellen</source>
        <translation>Set new password</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Het nieuwe wachtwoord is ingesteld, maar Regie is intussen vergrendeld. Sluit dit venster en ontgrendel met het nieuwe wachtwoord.</source>
        <translation>The new password has been set, but Regie was locked in the meantime. Close this window and unlock with the new password.</translation>
    </message>
    <message>
        <source>Bezig met het instellen van het nieuwe wachtwoord…</source>
        <translation>Setting the new password…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Uw herstelsleutel</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <source>Deze sleutel ziet u maar één keer.</source>
        <translation>You will see this key only once.</translation>
    </message>
    <message>
        <source>Met de herstelsleutel stelt u een nieuw wachtwoord in als u het oude vergeet. Schrijf hem op of druk hem af, en bewaar hem op een veilige plek: niet bij de laptop.</source>
        <translation>With the recovery key you can set a new password if you forget the old one. Write it down or print it, and keep it somewhere safe: not with the laptop.</translation>
    </message>
    <message>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Herstelsleutel afdrukken</source>
        <translation>Print the recovery key</translation>
    </message>
    <message>
        <source>Ik heb de herstelsleutel &amp;veilig bewaard</source>
        <translation>I have stored the recovery key &amp;safely</translation>
    </message>
    <message>
        <source>Ik heb de herstelsleutel veilig bewaard</source>
        <translation>I have stored the recovery key safely</translation>
    </message>
    <message>
        <source>Herstelsleutel Regie

{key}

Met deze sleutel stelt u een nieuw wachtwoord in als u het oude vergeet.
Bewaar dit papier op een veilige plek, niet bij de laptop.

Gemaakt op {date}.</source>
        <translation>Regie recovery key

{key}

With this key you can set a new password if you forget the old one.
Keep this paper somewhere safe, not with the laptop.

Created on {date}.</translation>
    </message>
    <message>
        <source>Herstelsleutel Regie</source>
        <translation>Regie recovery key</translation>
    </message>
</context>
<context>
    <name>RectifyDialog</name>
    <message>
        <source>Gegevens corrigeren</source>
        <translation>Correct data</translation>
    </message>
    <message>
        <source>Corrigeer een gegeven van {naam}. De oude waarde en de reden blijven bewaard.</source>
        <translation>Correct an item of data about {naam}. The old value and the reason are kept.</translation>
    </message>
    <message>
        <source>Gegeven</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Huidige waarde</source>
        <translation>Current value</translation>
    </message>
    <message>
        <source>Nieuwe waarde</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Reden van de correctie</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: naam verkeerd gespeld, gezien op het paspoort</source>
        <translation>For example: name misspelt, checked against the passport</translation>
    </message>
    <message>
        <source>&amp;Gegeven:</source>
        <translation>&amp;Item:</translation>
    </message>
    <message>
        <source>Nu vastgelegd:</source>
        <translation>Now recorded:</translation>
    </message>
    <message>
        <source>&amp;Nieuwe waarde:</source>
        <translation>&amp;New value:</translation>
    </message>
    <message>
        <source>&amp;Reden:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Voornamen</source>
        <translation>First names</translation>
    </message>
    <message>
        <source>Tussenvoegsel</source>
        <translation>Surname prefix</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Geboortedatum (jjjj-mm-dd)</source>
        <translation>Date of birth (yyyy-mm-dd)</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Straat (hele huishouden)</source>
        <translation>Street (whole household)</translation>
    </message>
    <message>
        <source>Huisnummer (hele huishouden)</source>
        <translation>House number (whole household)</translation>
    </message>
    <message>
        <source>Postcode (hele huishouden)</source>
        <translation>Postcode (whole household)</translation>
    </message>
    <message>
        <source>Woonplaats (hele huishouden)</source>
        <translation>Town (whole household)</translation>
    </message>
    <message>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>De nieuwe waarde is gelijk aan de oude; er is niets gecorrigeerd.</source>
        <translation>The new value is the same as the old one; nothing has been corrected.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Eén doel tegelijk of alle doelen tonen</source>
        <translation>Show one goal at a time or all goals</translation>
    </message>
    <message>
        <source>← Vorige</source>
        <translation>← Previous</translation>
    </message>
    <message>
        <source>Vorige doel</source>
        <translation>Previous goal</translation>
    </message>
    <message>
        <source>Vorige doel (pijl links of Page Up)</source>
        <translation>Previous goal (left arrow or Page Up)</translation>
    </message>
    <message>
        <source>Volgende →</source>
        <translation>Next →</translation>
    </message>
    <message>
        <source>Volgende doel</source>
        <translation>Next goal</translation>
    </message>
    <message>
        <source>Volgende doel (pijl rechts of Page Down)</source>
        <translation>Next goal (right arrow or Page Down)</translation>
    </message>
    <message>
        <source>Welk doel</source>
        <translation>Which goal</translation>
    </message>
    <message>
        <source>Uw plan</source>
        <translation>Your plan</translation>
    </message>
    <message>
        <source>Er staan nog geen doelen in het plan. Die maken we eerst samen.</source>
        <translation>There are no goals in the plan yet. We will make them together first.</translation>
    </message>
    <message>
        <source>We kijken samen hoe het gaat op {datum}.</source>
        <translation>We will look together at how things are going on {datum}.</translation>
    </message>
    <message>
        <source>We spreken nog af wanneer we samen kijken hoe het gaat.</source>
        <translation>We will agree later when we look together at how things are going.</translation>
    </message>
    <message>
        <source>Wat we verder afspraken</source>
        <translation>What else we agreed</translation>
    </message>
    <message>
        <source>Wat wilt u bereiken?</source>
        <translation>What do you want to achieve?</translation>
    </message>
    <message>
        <source>Dat schrijven we nog samen op.</source>
        <translation>We will write that down together.</translation>
    </message>
    <message>
        <source>Wanneer is het goed genoeg?</source>
        <translation>When is it good enough?</translation>
    </message>
    <message>
        <source>Dat spreken we nog samen af.</source>
        <translation>We will agree on that together.</translation>
    </message>
    <message>
        <source>Wie doet wat?</source>
        <translation>Who does what?</translation>
    </message>
    <message>
        <source>{wie}: {wat}</source>
        <translation>{wie}: {wat}</translation>
    </message>
    <message>
        <source>vóór {datum}</source>
        <translation>by {datum}</translation>
    </message>
    <message>
        <source>zo snel mogelijk</source>
        <translation>as soon as possible</translation>
    </message>
    <message>
        <source>Welke hulp komt er?</source>
        <translation>What help will there be?</translation>
    </message>
    <message>
        <source>Er is geen extra hulp afgesproken.</source>
        <translation>No extra help has been agreed.</translation>
    </message>
    <message>
        <source>dat doet u zelf</source>
        <translation>you do this yourself</translation>
    </message>
    <message>
        <source>hulp van familie, vrienden of buren</source>
        <translation>help from family, friends or neighbours</translation>
    </message>
    <message>
        <source>hulp uit de buurt</source>
        <translation>help from the neighbourhood</translation>
    </message>
    <message>
        <source>hulp van een zorgaanbieder</source>
        <translation>help from a care provider</translation>
    </message>
    <message>
        <source>Alle doelen</source>
        <translation>All goals</translation>
    </message>
    <message>
        <source>Eén doel tegelijk</source>
        <translation>One goal at a time</translation>
    </message>
    <message>
        <source>Doel {n} van {totaal}</source>
        <translation>Goal {n} of {totaal}</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Uw plan</source>
        <translation>Your plan</translation>
    </message>
    <message>
        <source>Sluiten (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ScoreButtons</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Score {value}: {label}</source>
        <translation>Score {value}: {label}</translation>
    </message>
    <message>
        <source>{label} (toets {value})</source>
        <translation>{label} (key {value})</translation>
    </message>
    <message>
        <source>n.v.t.</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Niet van toepassing</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Niet van toepassing (toets N)</source>
        <translation>Not applicable (key N)</translation>
    </message>
    <message>
        <source>niet
besproken</source>
        <translation>not
discussed</translation>
    </message>
    <message>
        <source>Niet besproken</source>
        <translation>Not discussed</translation>
    </message>
    <message>
        <source>Niet besproken (toets 0)</source>
        <translation>Not discussed (key 0)</translation>
    </message>
    <message>
        <source>besproken</source>
        <translation>discussed</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentDialog</name>
    <message>
        <source>Zelfscore van de cliënt</source>
        <translation>Client&apos;s self-assessment</translation>
    </message>
    <message>
        <source>Zelfscore van {naam}</source>
        <translation>Self-assessment by {naam}</translation>
    </message>
    <message>
        <source>Hoe gaat het volgens u zelf? Kies per leefgebied het niveau dat past. Wat u overslaat, blijft &apos;niet besproken&apos;. Datum: {date}.</source>
        <translation>How are things going, in your own view? For each leefgebied, choose the level that fits. Anything you skip stays &apos;not discussed&apos;. Date: {date}.</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Zelfscore opslaan</source>
        <translation>Save self-assessment</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Annuleren zonder opslaan</source>
        <translation>Cancel without saving</translation>
    </message>
    <message>
        <source>{leefgebied}: {value} {label}</source>
        <translation>{leefgebied}: {value} {label}</translation>
    </message>
    <message>
        <source>n.v.t.</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>{leefgebied}: n.v.t.</source>
        <translation>{leefgebied}: n/a</translation>
    </message>
    <message>
        <source>niet
besproken</source>
        <translation>not
discussed</translation>
    </message>
    <message>
        <source>{leefgebied}: niet besproken</source>
        <translation>{leefgebied}: not discussed</translation>
    </message>
    <message>
        <source>Kies bij minstens één leefgebied een score of n.v.t.</source>
        <translation>Choose a score or n/a for at least one leefgebied.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Meldingen over het beleid</source>
        <translation>Policy notices</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Instellingen opslaan</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Annuleren zonder op te slaan</source>
        <translation>Cancel without saving</translation>
    </message>
    <message>
        <source>Beveiliging</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Automatisch vergrendelen na aantal minuten</source>
        <translation>Lock automatically after a number of minutes</translation>
    </message>
    <message>
        <source>Zonder invoer vergrendelt Regie zich na deze tijd.</source>
        <translation>Regie locks itself after this time without input.</translation>
    </message>
    <message>
        <source>Automatisch &amp;vergrendelen na:</source>
        <translation>Lock a&amp;utomatically after:</translation>
    </message>
    <message>
        <source>Grens van uw organisatie</source>
        <translation>Your organisation&apos;s limit</translation>
    </message>
    <message>
        <source>Vastgelegd door uw organisatie: maximaal 1 minuut</source>
        <translation>Set by your organisation: at most 1 minute</translation>
    </message>
    <message>
        <source>Vastgelegd door uw organisatie: maximaal %1 minuten</source>
        <translation>Set by your organisation: at most %1 minutes</translation>
    </message>
    <message>
        <source>Weergave</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Kleurenschema</source>
        <translation>Colour scheme</translation>
    </message>
    <message>
        <source>Licht</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Hoog contrast (zwart op wit)</source>
        <translation>High contrast (black on white)</translation>
    </message>
    <message>
        <source>Lettergrootte in punten</source>
        <translation>Font size in points</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Taal van Regie</source>
        <translation>Regie&apos;s language</translation>
    </message>
    <message>
        <source>Een andere taal geldt vanaf de volgende keer dat Regie start.</source>
        <translation>A different language takes effect the next time Regie starts.</translation>
    </message>
    <message>
        <source>&amp;Kleurenschema:</source>
        <translation>&amp;Colour scheme:</translation>
    </message>
    <message>
        <source>&amp;Lettergrootte:</source>
        <translation>&amp;Font size:</translation>
    </message>
    <message>
        <source>&amp;Taal (na herstart):</source>
        <translation>&amp;Language (after restart):</translation>
    </message>
    <message>
        <source>Werkwijze van het team</source>
        <translation>The team&apos;s way of working</translation>
    </message>
    <message>
        <source>Instrument voor nieuwe casussen</source>
        <translation>Instrument for new casussen</translation>
    </message>
    <message>
        <source>Uitleg bij het instrument</source>
        <translation>About the instrument</translation>
    </message>
    <message>
        <source>Geldt voor nieuwe casussen in deze werkruimte; bestaande casussen houden hun instrument.</source>
        <translation>Applies to new casussen in this workspace; existing casussen keep their instrument.</translation>
    </message>
    <message>
        <source>&amp;Instrument voor nieuwe casussen:</source>
        <translation>&amp;Instrument for new casussen:</translation>
    </message>
    <message>
        <source>Instrument vastgelegd</source>
        <translation>Instrument locked</translation>
    </message>
    <message>
        <source>Vastgelegd door uw organisatie</source>
        <translation>Set by your organisation</translation>
    </message>
    <message>
        <source>Gemeente:</source>
        <translation>Municipality:</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Team van deze computer</source>
        <translation>Team of this computer</translation>
    </message>
    <message>
        <source>Werkgebied:</source>
        <translation>Service area:</translation>
    </message>
    <message>
        <source>Werkgebied (postcodes)</source>
        <translation>Service area (postcodes)</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Logobestand</source>
        <translation>Logo file</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Uitleg bij de organisatie</source>
        <translation>About the organisation</translation>
    </message>
    <message>
        <source> minuut</source>
        <translation> minute</translation>
    </message>
    <message>
        <source> minuten</source>
        <translation> minutes</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <source>Handtekening</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Deze handtekening is te eenvoudig: teken uw handtekening zoals op papier.</source>
        <translation>This signature is too simple: sign the way you would on paper.</translation>
    </message>
    <message>
        <source>Melding bij de handtekening</source>
        <translation>Message about the signature</translation>
    </message>
    <message>
        <source>Wissen</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Handtekening wissen</source>
        <translation>Clear the signature</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Laatste lijn ongedaan maken</source>
        <translation>Undo the last stroke</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Handtekening</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Teken met muis, vinger of pen. Ctrl+Z maakt de laatste lijn ongedaan, Delete wist alles.</source>
        <translation>Sign with a mouse, finger or pen. Ctrl+Z undoes the last stroke, Delete clears everything.</translation>
    </message>
    <message>
        <source>Hier tekenen</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Sterkte van het wachtwoord</source>
        <translation>Password strength</translation>
    </message>
    <message>
        <source>Uitleg over de sterkte van het wachtwoord</source>
        <translation>Explanation of the password strength</translation>
    </message>
    <message>
        <source>Sterk genoeg</source>
        <translation>Strong enough</translation>
    </message>
    <message>
        <source>Dit wachtwoord is sterk genoeg.</source>
        <translation>This password is strong enough.</translation>
    </message>
    <message>
        <source>Nog geen wachtwoord</source>
        <translation>No password yet</translation>
    </message>
    <message>
        <source>Kies minstens {length} tekens, bijvoorbeeld vier of meer losse woorden die niet bij elkaar horen.</source>
        <translation>Use at least {length} characters, for example four or more unrelated words.</translation>
    </message>
    <message>
        <source>Niet sterk genoeg</source>
        <translation>Not strong enough</translation>
    </message>
</context>
<context>
    <name>SyncStatusController</name>
    <message>
        <source>Nu synchroniseren</source>
        <translation>Synchronise now</translation>
    </message>
    <message>
        <source>Wijzigingen nu uitwisselen met de centrale opslag</source>
        <translation>Exchange changes with the central storage now</translation>
    </message>
    <message>
        <source>Niet gekoppeld</source>
        <translation>Not linked</translation>
    </message>
    <message>
        <source>Meld dit apparaat aan via Instellingen → Synchronisatie.</source>
        <translation>Register this device in Settings → Synchronisation.</translation>
    </message>
    <message>
        <source>Niet gesynchroniseerd</source>
        <translation>Not synchronised</translation>
    </message>
    <message>
        <source>Nog niet gesynchroniseerd</source>
        <translation>Not synchronised yet</translation>
    </message>
    <message>
        <source>Gesynchroniseerd %1</source>
        <translation>Synchronised %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(en)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Centrale opslag: %1 (team %2)</source>
        <translation>Central storage: %1 (team %2)</translation>
    </message>
    <message>
        <source>Nog te versturen: %1</source>
        <translation>Still to send: %1</translation>
    </message>
    <message>
        <source>Synchroniseren…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <source>Synchroniseren… %1 van %2</source>
        <translation>Synchronising… %1 of %2</translation>
    </message>
</context>
<context>
    <name>TeamOverviewPage</name>
    <message>
        <source>Teamoverzicht</source>
        <translation>Team overview</translation>
    </message>
    <message>
        <source>Welke casussen</source>
        <translation>Which cases</translation>
    </message>
    <message>
        <source>Mijn casussen</source>
        <translation>My cases</translation>
    </message>
    <message>
        <source>Het team</source>
        <translation>The team</translation>
    </message>
    <message>
        <source>&amp;Casussen:</source>
        <translation>&amp;Cases:</translation>
    </message>
    <message>
        <source>Periode vanaf</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Periode tot en met</source>
        <translation>Period up to and including</translation>
    </message>
    <message>
        <source>&amp;Van:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Tot en met:</source>
        <translation>&amp;Up to and including:</translation>
    </message>
    <message>
        <source>Exporteren als C&amp;SV…</source>
        <translation>Export as C&amp;SV…</translation>
    </message>
    <message>
        <source>Teamoverzicht exporteren als CSV</source>
        <translation>Export the team overview as CSV</translation>
    </message>
    <message>
        <source>Exporteren als &amp;PDF…</source>
        <translation>Export as &amp;PDF…</translation>
    </message>
    <message>
        <source>Teamoverzicht exporteren als PDF</source>
        <translation>Export the team overview as PDF</translation>
    </message>
    <message>
        <source>{scope}. Periode: {period}.</source>
        <translation>{scope}. Period: {period}.</translation>
    </message>
    <message>
        <source>CSV-bestand (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>PDF-bestand (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Teamoverzicht opslaan</source>
        <translation>Save the team overview</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden opgeslagen.</source>
        <translation>The file could not be saved.</translation>
    </message>
</context>
<context>
    <name>TextPart</name>
    <message>
        <source>Alleen voor professionals (niet tonen aan cliënt)</source>
        <translation>Professionals only (not shown to the client)</translation>
    </message>
    <message>
        <source>Alleen voor professionals</source>
        <translation>Professionals only</translation>
    </message>
</context>
<context>
    <name>ThrottleCountdown</name>
    <message>
        <source>Wacht nog 1 seconde</source>
        <translation>Please wait 1 more second</translation>
    </message>
    <message>
        <source>Wacht nog {seconds} seconden</source>
        <translation>Please wait {seconds} more seconds</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Regiestappen</source>
        <translation>Regiestappen</translation>
    </message>
    <message>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Regiestap</source>
        <translation>Regiestap</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Gedaan op</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Gedaan…</source>
        <translation>D&amp;one…</translation>
    </message>
    <message>
        <source>Gekozen regiestap als gedaan markeren</source>
        <translation>Mark the selected regiestap as done</translation>
    </message>
    <message>
        <source>Korte notitie</source>
        <translation>Short note</translation>
    </message>
    <message>
        <source>Korte notitie (mag leeg blijven)</source>
        <translation>Short note (may be left empty)</translation>
    </message>
    <message>
        <source>&amp;Waarom eerder:</source>
        <translation>&amp;Why earlier:</translation>
    </message>
    <message>
        <source>Reden om deze stap eerder te doen</source>
        <translation>Reason to do this step earlier</translation>
    </message>
    <message>
        <source>Vas&amp;tleggen</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Notitie:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Momenten waar de termijnen vanaf tellen</source>
        <translation>Moments the deadlines count from</translation>
    </message>
    <message>
        <source>Welk moment</source>
        <translation>Which moment</translation>
    </message>
    <message>
        <source>Datum van het moment</source>
        <translation>Date of the moment</translation>
    </message>
    <message>
        <source>&amp;Moment vastleggen</source>
        <translation>Record &amp;moment</translation>
    </message>
    <message>
        <source>Momenten</source>
        <translation>Moments</translation>
    </message>
    <message>
        <source>nog niet bekend</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <source>Klik om deze stap als gedaan te markeren</source>
        <translation>Click to mark this step as done</translation>
    </message>
    <message>
        <source>1 stap te laat.</source>
        <translation>1 step late.</translation>
    </message>
    <message>
        <source>{n} stappen te laat.</source>
        <translation>{n} steps late.</translation>
    </message>
    <message>
        <source>Volgende: stap {nr}, {naam} ({wie}).</source>
        <translation>Next: step {nr}, {naam} ({wie}).</translation>
    </message>
    <message>
        <source>Alle regiestappen zijn gedaan.</source>
        <translation>All regiestappen have been done.</translation>
    </message>
    <message>
        <source>{moment}: {datum}</source>
        <translation>{moment}: {datum}</translation>
    </message>
    <message>
        <source>nog niet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Sociaal werker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Backoffice</source>
        <translation>Back office</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>✓ gedaan</source>
        <translation>✓ done</translation>
    </message>
    <message>
        <source>⚠ te laat</source>
        <translation>⚠ overdue</translation>
    </message>
    <message>
        <source>● binnen een week</source>
        <translation>● within a week</translation>
    </message>
    <message>
        <source>gepland</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Stap {nr} is al gedaan op {datum}.</source>
        <translation>Step {nr} was already done on {datum}.</translation>
    </message>
    <message>
        <source>Stap {nr} gedaan: {naam}</source>
        <translation>Step {nr} done: {naam}</translation>
    </message>
</context>
<context>
    <name>TrajectPage</name>
    <message>
        <source>Traject van</source>
        <translation>Trajectory of</translation>
    </message>
    <message>
        <source>Fase van de casus</source>
        <translation>Phase of the casus</translation>
    </message>
    <message>
        <source>Onderdelen van het traject</source>
        <translation>Parts of the trajectory</translation>
    </message>
    <message>
        <source>T&amp;ijdlijn</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <source>&amp;Aanbieder</source>
        <translation>&amp;Provider</translation>
    </message>
    <message>
        <source>&amp;Contactjournaal</source>
        <translation>&amp;Contact journal</translation>
    </message>
    <message>
        <source>&amp;Voortgang en evaluatie</source>
        <translation>Progress and &amp;evaluation</translation>
    </message>
    <message>
        <source>Af&amp;schalen en afsluiten</source>
        <translation>&amp;Scale down and close</translation>
    </message>
    <message>
        <source>Traject van {naam}</source>
        <translation>Trajectory of {naam}</translation>
    </message>
    <message>
        <source>Traject</source>
        <translation>Trajectory</translation>
    </message>
    <message>
        <source>Fase: {fase}</source>
        <translation>Phase: {fase}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Regie — ontgrendelen</source>
        <translation>Regie — unlock</translation>
    </message>
    <message>
        <source>Regie is vergrendeld</source>
        <translation>Regie is locked</translation>
    </message>
    <message>
        <source>Vul uw wachtwoord in om de werkruimte te openen.</source>
        <translation>Enter your password to open the workspace.</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Wachttijd</source>
        <translation>Waiting time</translation>
    </message>
    <message>
        <source>Wachtwoord vergeten?</source>
        <translation>Forgotten your password?</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Bezig met openen…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord ingesteld</source>
        <translation>New password set</translation>
    </message>
    <message>
        <source>Uw nieuwe wachtwoord is ingesteld. De herstelsleutel blijft geldig; bewaar hem goed.</source>
        <translation>Your new password has been set. The recovery key remains valid; keep it safe.</translation>
    </message>
</context>
<context>
    <name>VandaagPage</name>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Aantal punten voor vandaag</source>
        <translation>Number of items for today</translation>
    </message>
    <message>
        <source>Spoed</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Wat vandaag aandacht vraagt</source>
        <translation>What needs attention today</translation>
    </message>
    <message>
        <source>1 punt vraagt aandacht.</source>
        <translation>1 item needs attention.</translation>
    </message>
    <message>
        <source>{n} punten vragen aandacht.</source>
        <translation>{n} items need attention.</translation>
    </message>
    <message>
        <source>Niets dringends vandaag.</source>
        <translation>Nothing urgent today.</translation>
    </message>
    <message>
        <source>Spoed: deze casus gaat voor</source>
        <translation>Urgent: this casus takes priority</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>immediately</translation>
    </message>
    <message>
        <source>meldcode</source>
        <translation>meldcode</translation>
    </message>
    <message>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>verouderd</source>
        <translation>out of date</translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>binnenkort</source>
        <translation>soon</translation>
    </message>
</context>
<context>
    <name>VeiligheidPart</name>
    <message>
        <source>Veiligheid</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>Veiligheidscheck</source>
        <translation>Safety check</translation>
    </message>
    <message>
        <source>Wat er over veiligheid besproken is</source>
        <translation>What was discussed about safety</translation>
    </message>
    <message>
        <source>Wat zegt de cliënt, wat ziet en hoort u?</source>
        <translation>What does the client say, what do you see and hear?</translation>
    </message>
    <message>
        <source>&amp;Wat er besproken is</source>
        <translation>&amp;What was discussed</translation>
    </message>
    <message>
        <source>Bewaarstatus veiligheid</source>
        <translation>Save status (safety)</translation>
    </message>
    <message>
        <source>&amp;Signalen voor de meldcode</source>
        <translation>&amp;Signs for the meldcode</translation>
    </message>
    <message>
        <source>Signalen voor de meldcode huiselijk geweld en kindermishandeling</source>
        <translation>Signs for the meldcode for domestic violence and child abuse</translation>
    </message>
    <message>
        <source>Fout bij veiligheid</source>
        <translation>Error in &apos;Safety&apos;</translation>
    </message>
    <message>
        <source>Spoed bij de aanmelding: {items}</source>
        <translation>Urgent at registration: {items}</translation>
    </message>
    <message>
        <source>Bewaard om {time}</source>
        <translation>Saved at {time}</translation>
    </message>
</context>
<context>
    <name>WaitlistPage</name>
    <message>
        <source>Wachtlijst</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Wachten is riskant: houd contact met wie wacht.</source>
        <translation>Waiting is risky: keep in touch with those who are waiting.</translation>
    </message>
    <message>
        <source>Spoed</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Wacht sinds</source>
        <translation>Waiting since</translation>
    </message>
    <message>
        <source>Dagen</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welkom bij Regie</source>
        <translation>Welcome to Regie</translation>
    </message>
    <message>
        <source>In een paar stappen richt u Regie in op deze laptop.</source>
        <translation>Set up Regie on this laptop in a few steps.</translation>
    </message>
    <message>
        <source>Regie ondersteunt u bij het werk met huishoudens: het keukentafelgesprek, de scores op de Zelfredzaamheid-Matrix, het plan dat de cliënt ondertekent en de regiestappen met hun termijnen. U kunt er ook zonder internet mee werken.</source>
        <translation>Regie supports your work with households: the keukentafelgesprek, the scores on the Zelfredzaamheid-Matrix, the plan the client signs and the regiestappen with their deadlines. It also works without an internet connection.</translation>
    </message>
    <message>
        <source>Alles wat u vastlegt, bewaart Regie versleuteld op deze laptop. Alleen met uw wachtwoord gaan de gegevens open.</source>
        <translation>Everything you record is stored encrypted on this laptop. Only your password opens the data.</translation>
    </message>
    <message>
        <source>Zo meteen kiest u dat wachtwoord. Daarna krijgt u één keer een herstelsleutel: daarmee stelt u een nieuw wachtwoord in als u het oude vergeet. Zonder wachtwoord en zonder herstelsleutel kan niemand de gegevens nog openen, ook de helpdesk niet.</source>
        <translation>In a moment you will choose that password. After that you receive a recovery key, shown once: with it you can set a new password if you forget the old one. Without the password and the recovery key nobody can open the data, not even the helpdesk.</translation>
    </message>
</context>
<context>
    <name>WorkspaceSummary</name>
    <message>
        <source>Welkom</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Aantal huishoudens</source>
        <translation>Number of households</translation>
    </message>
    <message>
        <source>Aantal personen</source>
        <translation>Number of people</translation>
    </message>
    <message>
        <source>Wijzigingen nog te versturen</source>
        <translation>Changes still to be sent</translation>
    </message>
    <message>
        <source>Regie-versie</source>
        <translation>Regie version</translation>
    </message>
    <message>
        <source>Schemaversie</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <source>Map van de werkruimte</source>
        <translation>Workspace folder</translation>
    </message>
    <message>
        <source>Huishoudens:</source>
        <translation>Households:</translation>
    </message>
    <message>
        <source>Personen:</source>
        <translation>People:</translation>
    </message>
    <message>
        <source>Nog te versturen:</source>
        <translation>Still to send:</translation>
    </message>
    <message>
        <source>Welkom, {name}</source>
        <translation>Welcome, {name}</translation>
    </message>
    <message>
        <source>Team: {team}</source>
        <translation>Team: {team}</translation>
    </message>
    <message>
        <source>Schema {version} (bijgewerkt)</source>
        <translation>Schema {version} (up to date)</translation>
    </message>
    <message>
        <source>Schema {version} (nieuwste: {head})</source>
        <translation>Schema {version} (latest: {head})</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Regie {version}</source>
        <translation>Regie {version}</translation>
    </message>
    <message>
        <source>Map: {folder}</source>
        <translation>Folder: {folder}</translation>
    </message>
</context>
<context>
    <name>ZrmChart</name>
    <message>
        <source>ZRM-grafiek</source>
        <translation>ZRM chart</translation>
    </message>
    <message>
        <source>Legenda</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Toelichting bij de grafiek</source>
        <translation>Notes on the chart</translation>
    </message>
    <message>
        <source>{low} = {low_label} … {high} = {high_label}</source>
        <translation>{low} = {low_label} … {high} = {high_label}</translation>
    </message>
    <message>
        <source>Afgesproken niveau (de &apos;6&apos;): {value} {label}</source>
        <translation>Agreed level (the &apos;6&apos;): {value} {label}</translation>
    </message>
    <message>
        <source>Geen afgesproken niveau: dit instrument kent geen &apos;voldoende zelfredzaam&apos;</source>
        <translation>No agreed level: this instrument has no &apos;voldoende zelfredzaam&apos; level</translation>
    </message>
    <message>
        <source>Er is nog geen meting voor deze persoon.</source>
        <translation>There is no assessment for this person yet.</translation>
    </message>
    <message>
        <source>Niet in de grafiek (n.v.t. of niet besproken): {names}.</source>
        <translation>Not in the chart (n/a or not discussed): {names}.</translation>
    </message>
    <message>
        <source>niet besproken</source>
        <translation>not discussed</translation>
    </message>
    <message>
        <source>n.v.t.</source>
        <translation>n/a</translation>
    </message>
</context>
<context>
    <name>ZrmOverviewModel</name>
    <message>
        <source>Leefgebied</source>
        <translation>Leefgebied</translation>
    </message>
    <message>
        <source>Verandering</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Afgesproken &apos;6&apos;</source>
        <translation>Agreed &apos;6&apos;</translation>
    </message>
    <message>
        <source>Werker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Cliënt zelf</source>
        <translation>Client (self)</translation>
    </message>
    <message>
        <source>Verschil tussen de laatste twee metingen van de werker</source>
        <translation>Difference between the worker&apos;s last two assessments</translation>
    </message>
    <message>
        <source>Wat &apos;goed genoeg&apos; is volgens het plan</source>
        <translation>What counts as &apos;good enough&apos; according to the plan</translation>
    </message>
    <message>
        <source>Eigen score van de cliënt (zelfscore) op {date}</source>
        <translation>The client&apos;s own score (self-assessment) on {date}</translation>
    </message>
    <message>
        <source>Meting door de werker op {date}</source>
        <translation>Assessment by the worker on {date}</translation>
    </message>
    <message>
        <source>niet besproken</source>
        <translation>not discussed</translation>
    </message>
    <message>
        <source>n.v.t.</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>{score} (verouderd)</source>
        <translation>{score} (out of date)</translation>
    </message>
    <message>
        <source>Nog maar één meting: er is niets te vergelijken</source>
        <translation>Only one assessment so far: nothing to compare</translation>
    </message>
    <message>
        <source>Niet te vergelijken: n.v.t. of niet besproken in een van beide metingen</source>
        <translation>Cannot be compared: n/a or not discussed in one of the two assessments</translation>
    </message>
    <message>
        <source>Verandering {change} ten opzichte van de vorige meting</source>
        <translation>Change of {change} since the previous assessment</translation>
    </message>
    <message>
        <source>cliënt</source>
        <translation>client</translation>
    </message>
    <message>
        <source>werker</source>
        <translation>worker</translation>
    </message>
    <message>
        <source>{leefgebied}: {score} ({who}, {date})</source>
        <translation>{leefgebied}: {score} ({who}, {date})</translation>
    </message>
    <message>
        <source>Verouderd: ouder dan {days} dagen.</source>
        <translation>Out of date: older than {days} days.</translation>
    </message>
</context>
<context>
    <name>ZrmOverviewPart</name>
    <message>
        <source>Persoon:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Zelfscore cliënt invullen…</source>
        <translation>Enter client&apos;s self-assessment…</translation>
    </message>
    <message>
        <source>Zelfscore van de cliënt invullen</source>
        <translation>Enter the client&apos;s self-assessment</translation>
    </message>
    <message>
        <source>Verouderde scores</source>
        <translation>Out-of-date scores</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>ZRM-scores per leefgebied en meting</source>
        <translation>ZRM scores per leefgebied and assessment</translation>
    </message>
    <message>
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Grafiek</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Verouderd (ouder dan {days} dagen): {names}. Bespreek deze leefgebieden opnieuw.</source>
        <translation>Out of date (older than {days} days): {names}. Discuss these leefgebieden again.</translation>
    </message>
    <message>
        <source>Voor deze persoon is nog geen meting vastgelegd.</source>
        <translation>No assessment has been recorded for this person yet.</translation>
    </message>
    <message>
        <source>{n} meting(en) met een ander instrument staan niet in dit overzicht.</source>
        <translation>{n} assessment(s) made with a different instrument are not shown in this overview.</translation>
    </message>
</context>
<context>
    <name>_DoelRow</name>
    <message>
        <source>Doel {n} · {leefgebied}: {doel}</source>
        <translation>Goal {n} · {leefgebied}: {doel}</translation>
    </message>
    <message>
        <source>De afgesproken 6: {zes}</source>
        <translation>The agreed 6: {zes}</translation>
    </message>
    <message>
        <source>Geen 6 afgesproken</source>
        <translation>No 6 agreed</translation>
    </message>
    <message>
        <source>Uitkomst van doel {n}</source>
        <translation>Outcome of goal {n}</translation>
    </message>
    <message>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Toelichting bij doel {n}</source>
        <translation>Notes on goal {n}</translation>
    </message>
    <message>
        <source>Kort: wat ging goed, wat nog niet?</source>
        <translation>In short: what went well, what not yet?</translation>
    </message>
</context>
<context>
    <name>domein</name>
    <message>
        <source>Aanmelding</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Wachtlijst</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Gesprek</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Traject</source>
        <translation>Trajectory</translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Waakvlam</source>
        <translation>Waakvlam (monitoring)</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Huiselijk geweld</source>
        <translation>Domestic violence</translation>
    </message>
    <message>
        <source>Dreigende ontruiming</source>
        <translation>Threatened eviction</translation>
    </message>
    <message>
        <source>Afsluiting gas, water of licht</source>
        <translation>Disconnection of gas, water or electricity</translation>
    </message>
    <message>
        <source>Suïcidedreiging</source>
        <translation>Risk of suicide</translation>
    </message>
    <message>
        <source>Geen inkomen</source>
        <translation>No income</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Huishouden</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Netwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Sociaal werker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>Voorveld</source>
        <translation>Voorveld</translation>
    </message>
    <message>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Eigen kracht</source>
        <translation>Own resources</translation>
    </message>
    <message>
        <source>Maatwerk</source>
        <translation>Tailored support</translation>
    </message>
</context>
<context>
    <name>frame</name>
    <message>
        <source>Handtekening cliënt</source>
        <translation>Client&apos;s signature</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Er ging iets onverwachts mis. Uw opgeslagen gegevens zijn niet aangetast. Sluit Regie af en start het opnieuw; blijft dit gebeuren, neem dan contact op met de applicatiebeheerder.</source>
        <translation>Something unexpected went wrong. Your saved data has not been affected. Close Regie and start it again; if this keeps happening, contact your application administrator.</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Markering</source>
        <translation>Marked as</translation>
    </message>
</context>
</TS>
