<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="da_DK">
<context>
    <name>ActionsPage</name>
    <message>
        <source>Handlinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konkrete aftaler: hvad er første skridt, hvem gør hvad, og hvornår følger vi op?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nøgletal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilføj handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slet handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vi følger op den</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(intet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>dialogtool – skærmen til gruppen</source>
        <extracomment>Point sizes at 1024×768 and scale 1.0.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Udbytte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lederens perspektiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trin 1 af 3 · Undersøg: hvad lægger I mærke til?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trin 2 af 3 · Lederen giver sit perspektiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trin 3 af 3 · Undersøg igen: giver det mening?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gæt først: hvor tror I, tallet er landet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilde: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trukket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (står over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gruppe %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I grupper – bagefter samler vi op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vi følger op den %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareChart</name>
    <message>
        <source>(alle)</source>
        <extracomment>(group, value) as drawn, for tests and the record.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gennemsnit (uvægtet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mål</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageMeter</name>
    <message>
        <source>Brugt i mødet: %1 af 4 typer</source>
        <extracomment>(row, column) of each quadrant, as on the question page.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spørgsmålstyper brugt: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataController</name>
    <message>
        <source>Indlæs data</source>
        <extracomment>A dataset is to be shown from now on; carries the described ``Dataset``. The landscape in use: the open meeting&apos;s team&apos;s, else the one edited last.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataeksporter (%1);;Alle filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Data i kontekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis ét nøgletal ad gangen. Lad teamet undersøge først, giv så dit perspektiv, og undersøg igen sammen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indlæs data …</source>
        <translation type="unfinished">Import data …</translation>
    </message>
    <message>
        <source>Indlæs en dataeksport (CSV, Excel eller ODS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UGU – undersøg, giv, undersøg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Teamet undersøger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teamets iagttagelser – før du siger noget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Dit perspektiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbered det gerne – gruppen ser det først, når I har talt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Undersøg igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teamets respons på dit perspektiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giv dit perspektiv →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undersøg igen →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Øvrige nøgletal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intet datasæt er indlæst. Start med demodata eller indlæs en fil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Seneste&lt;/b&gt; (%1, %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forrige: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mål: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>højere er bedre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lavere er bedre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilde: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trukket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trin 1 af 3: Teamet undersøger – hvad lægger I mærke til?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trin 2 af 3: Du giver dit perspektiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trin 3 af 3: Undersøg igen – giver det mening, og hvordan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv først, hvad teamet lægger mærke til.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsView</name>
    <message>
        <source>Filtrér, fx et team eller en periode …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indlæs detaljeliste …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En liste på individniveau bag tallet, fx borgere eller forløb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis tallene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detaljeliste fra %1. Personoplysninger: vises kun her og gemmes ikke i mødet.</source>
        <extracomment>Detail lists loaded in this session, per indicator; never written anywhere.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Værdi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Række i filen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rækker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 af %2 rækker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indlæs detaljeliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lister (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;Alle filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Læser %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen kunne ikke læses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detaljeliste</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplanationBox</name>
    <message>
        <source>Ny forklaring …</source>
        <extracomment>Grid position (row, column) of each quadrant, below and right of the axis labels.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv forklaringen, og tryk Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny forklaring i %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flyt kortet til %1 (Ctrl+pil)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slet kortet (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplanationsPage</name>
    <message>
        <source>Forklaringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvad kan forklare det, vi undrer os over? Skriv hver forklaring som et kort, og placér det: kan vi selv påvirke det, og gælder det alle eller én?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekstern – uden for vores indflydelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intern – noget vi kan påvirke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kollektiv
(gælder alle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuel
(knyttet til én)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FramingPage</name>
    <message>
        <source>Rammesætning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortæl gruppen, hvorfor vi kigger på netop disse data i dag, hvad vi skal tale om, hvordan dialogen foregår, og hvad vi skal have i hånden til sidst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Udbytte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ikke udfyldt under forberedelsen)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Luk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metode – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvorfor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sådan gør du</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Læser %1 …</source>
        <extracomment>The file was loaded; carries the ``ImportResult``. The flow is over, loaded or not. How the mapping was found: &quot;remembered&quot;, &quot;detected&quot; or &quot;asked&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Læser arket %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indlæser data fra %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen %1 kunne ikke indlæses (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen kan ikke bruges</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>Øvrige grupper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(alle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedre end målet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dårligere end målet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>Trædesten</source>
        <extracomment>The set of stepping stones changed; carries how many are chosen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Højere er bedre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trukket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leveret af</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvor ofte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition – kan vi stole på data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Målet fra filen; skriv et andet for at bruge det, hvor filen intet har</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorViews</name>
    <message>
        <source>&amp;Udvikling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Udvikling over tid med mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sammenlign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teamet sammenlignet med de andre grupper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;neste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seneste periode mod forrige og målet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detaljer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tallene bag nøgletallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(alle)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LandscapeDialog</name>
    <message>
        <source>Teamets datalandskab</source>
        <extracomment>The landscape was saved; carries the ``Landscape``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datalandskabet hører til teamet, ikke til ét møde: hvilken effekt I vil skabe for borgeren, og de 7–8 trædesten, der siger mest om den. Hvert nøgletal får kilde, dato og definition med, så alle kan se, om data er til at stole på.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyt team …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datalandskab:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fx: Flere borgere kommer i ordinære løntimer og bliver selvforsørgende.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effekten for borgeren:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trædesten valgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datalandskabet kunne ikke gemmes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LatestChart</name>
    <message>
        <source>Forrige (%1)</source>
        <extracomment>(label, value) as drawn, for tests and the record.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seneste (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mål</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kan ikke åbne mødet</source>
        <extracomment>Imports, the team&apos;s data landscape and the dataset as loaded.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Hvilke kolonner er hvad? – %1</source>
        <extracomment>Tidy observations shown in the preview. The user chose another sheet; the flow reads it and calls ``set_source``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vi er ikke helt sikre på, hvordan filen skal læses. Vælg, hvilken kolonne der er hvad – forhåndsvisningen nederst viser straks, hvad det giver. Valget huskes til næste fil fra samme kilde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingen overskrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overskrift i række:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Én række pr. tal, med en kolonne for nøgletallets navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Én kolonne pr. nøgletal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opbygning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gruppe (team):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nøgletal (navn):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Værdi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mål:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nøgletals&amp;kolonner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Filens første rækker&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Første observationer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problemer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indlæs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Læser arket %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markér mindst én nøgletalskolonne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den samme kolonne er valgt til to ting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vælg kolonnen med perioder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nøgletal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>værdi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(alle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nøgletal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Værdi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problemer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forhåndsvisning af de første %1 rækker: %2 nøgletal, %3 grupper, perioder %4–%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 celler eller rækker giver problemer – se fanen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingSession</name>
    <message>
        <source>Mødet kunne ikke gemmes: %1</source>
        <extracomment>Emitted after any edit (pages refresh derived views, e.g. the summary). Emitted after the record was written; carries the file path. Emitted when saving failed; carries a sentence for the user. Emitted when the meeting moves between editable and read-only. The leader asked, from within the meeting, to load a data file. Another dataset is shown from now on (a file was loaded). A walk-through of a copy of the record: edits are kept in memory only.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <source>Mødet er afsluttet og vises skrivebeskyttet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortsæt mødet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Prøvegennemgang – gemmes ikke.&lt;/b&gt; Du kan prøve alt af; intet bliver gemt, og mødet er uændret bagefter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afslut prøven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deles i opsamlingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private noter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kun til dig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til forsiden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Forrige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Næste →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metode (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kort om metoden i denne fase: hvad, hvorfor, hvordan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forberedelse</source>
        <extracomment>The audience window, the presenter&apos;s controls and the presenting keys.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemmer …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>&lt;b&gt;Fordeling af indlæg&lt;/b&gt; – kun for dig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Som listet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Næste taler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Står over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 indlæg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tæl et indlæg fra den valgte (dobbeltklik også)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen taletid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> sek./person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grupper á </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del i grupper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saml op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (står over)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Skærm til gruppen</source>
        <translation>Screen for the group</translation>
    </message>
    <message>
        <source>Spejling: fuld skærm på den eneste skærm</source>
        <translation>Mirroring: full screen on the only screen</translation>
    </message>
    <message>
        <source>Vis nedtælling for gruppen</source>
        <translation>Show the countdown to the group</translation>
    </message>
    <message>
        <source>Blød lyd ved 2 min og ved tidens udløb</source>
        <translation>Soft sound at 2 min and when time is up</translation>
    </message>
    <message>
        <source>Skriftstørrelse</source>
        <translation>Font size</translation>
    </message>
</context>
<context>
    <name>PreparePage</name>
    <message>
        <source>Forberedelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afklar i denne rækkefølge: formål, udbytte – og først derefter proces. Vælg også, hvilken rolle du tager over for tallene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødetype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team / person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødeleder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navn på deltager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilføj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Din rolle over for tallene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Formål&lt;/b&gt; – hvorfor mødes vi?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vi mødes for at …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Udbytte&lt;/b&gt; – hvad har vi konkret, når mødet slutter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Når klokken er … og vi er færdige, har vi …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Proces&lt;/b&gt; – dagsorden med tidsrammer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilføj punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyt punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gem som min skabelon …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Næste møde af samme slags kan starte med disse faser, tider og FUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gem som min skabelon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skabelonens navn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skabelon</source>
        <translation type="unfinished">Template</translation>
    </message>
    <message>
        <source>Gemt som skabelonen »%1«.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I alt %1 af %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Manuskript</source>
        <extracomment>The visible shuffle of the speaking order has landed on its final order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dig (leder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forberedelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Næste: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødet: %1 over tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødet: %1 tilbage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 over tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taletid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tid i grupperne: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rød tråd: Vi er cirka halvvejs – hvordan er vi blevet klogere indtil nu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rød tråd: Vi har en halv time tilbage – er der andet, vi skal nå?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rød tråd: Ti minutter tilbage – hvad skal vi have samlet op, og hvornår følger vi op?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brobyg: »%1«</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talt: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterBar</name>
    <message>
        <source>Gæt først</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafen skjules, mens teamet gætter, hvor tallet landede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis grafen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brobyg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send spørgsmålet videre til gruppen (kun på din skærm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvid (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skærm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Præsentér (F5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Det kunne filen ikke give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resten er indlæst. Nedenfor står de celler og rækker, der er sprunget over eller bør tjekkes, med deres placering i filen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Fil</source>
        <extracomment>A light tint behind the columns the mapping uses.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Række</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolonne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuadrantBox</name>
    <message>
        <source>Markér som stillet</source>
        <extracomment>(row, column) of each quadrant in the grid, below the axis labels.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (stillet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionLibraryDialog</name>
    <message>
        <source>Mine spørgsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle kategorier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis skjulte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spørgsmålet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spørgsmålet på dansk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dansk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valgfrit – ellers bruges den danske tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engelsk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gem som nyt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gem ændringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lav en kopi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv spørgsmålet på dansk først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spørgsmålet er gemt i dit bibliotek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ændringerne er gemt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopien er din egen – ret den, og gem ændringerne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spørgsmålet er slettet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionTableModel</name>
    <message>
        <source>Favorit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spørgsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skjult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medfølger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentMeetingsModel</name>
    <message>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åbne handlinger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundPage</name>
    <message>
        <source>Tjek ind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hver deltager forbinder sig med formål og udbytte. Skriv kort, hvad hver især siger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sæt flueben ved det spørgsmål, I bruger. Spørgsmål fra teamets seneste møder foreslås ikke igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tjek ud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvad tager vi med os, og hvad skal det føre til af handling? Én ad gangen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sæt flueben ved det spørgsmål, I bruger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltager</source>
        <extracomment>Earlier meetings, read once: which check-in questions the team had recently.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Står over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilføj deltagere under Forberedelse for at tage en runde.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptBox</name>
    <message>
        <source>Vis</source>
        <extracomment>The question to show (&quot;&quot; shows none).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis det valgte spørgsmål på skærmen (dobbeltklik også)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis intet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til dig: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Datainformerede dialoger</source>
        <translation>Data-informed dialogues</translation>
    </message>
    <message>
        <source>Forbered og gennemfør en god samtale om jeres data – og hold fast i, hvad I lærte og aftalte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyt møde</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Opret møde</source>
        <translation>Create meeting</translation>
    </message>
    <message>
        <source>Skabelon</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Mine spørgsmål …</source>
        <translation>My questions …</translation>
    </message>
    <message>
        <source>Brug demodata</source>
        <translation>Use demo data</translation>
    </message>
    <message>
        <source>Indlæs data …</source>
        <translation>Import data …</translation>
    </message>
    <message>
        <source>Indlæs en dataeksport (CSV, Excel eller ODS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datalandskab …</source>
        <translation>Data landscape …</translation>
    </message>
    <message>
        <source>Teamets effekt, trædesten og hvad hvert nøgletal betyder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seneste møder</source>
        <translation>Recent meetings</translation>
    </message>
    <message>
        <source>Ingen møder endnu. Opret det første ovenfor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prøvegennemgang</source>
        <translation>Rehearsal</translation>
    </message>
    <message>
        <source>Gå mødet igennem på forhånd. Intet af det, du gør, bliver gemt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åbn</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Datasæt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intet datasæt indlæst – indlæs en dataeksport, eller brug demodata for at prøve programmet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Opsamling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det vigtigste, vi lærte, hvordan vi blev klogere, næste skridt – og hvornår vi følger op. Private noter kommer kun med, hvis du beder om det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medtag private noter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopiér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gem som Markdown …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afslut mødet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gem resumé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateMenu</name>
    <message>
        <source>Favorit (øverst på listen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skjul skabelonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis skjulte skabeloner igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lav en kopi, jeg kan rette i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slet min skabelon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skabelon</source>
        <translation type="unfinished">Template</translation>
    </message>
</context>
<context>
    <name>TommPage</name>
    <message>
        <source>Spørgsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sæt flueben ved de spørgsmål, du vil bruge, og markér dem som stillet, når de er stillet. Brug gerne alle fire typer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orienterende – forstå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Påvirkende – forandre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klarhed og
handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refleksion og
læring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit eget spørgsmål …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit eget spørgsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spørgsmålstype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilføj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemmes i dit spørgsmålsbibliotek og vælges til mødet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spørgsmålet kunne ikke gemmes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Annullér</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>%1 er indlæst: %2 nøgletal, %3 grupper, perioder %4–%5, %6 tal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
